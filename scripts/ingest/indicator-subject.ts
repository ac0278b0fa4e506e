/**
 * Whose value a number is, for the indicator matcher (`lexicon.ts`): a province's ("tỉnh Lào Cai
 * đạt …", "toàn tỉnh có …") or the country's. A `country` indicator never takes a province's value
 * and a `province` indicator needs a province in the sentence (for a ranking or score, the field of
 * provinces will do: "… trong 63 tỉnh, thành phố"), so charts never mix the two. Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import type { Unit } from '../../src/schemas/metric';
import { findPhrase, phraseWords, tokenize, type Token } from './folded-text';
import { PROVINCES_34, PROVINCES_63, PROVINCE_ALIASES } from './provinces';
import { englishSubjectAllows } from './english-subject';

/** Words that make a clause a province's ("toàn tỉnh", "trên địa bàn"), besides the provinces' names. */
const PROVINCE_MARKS = ['toan tinh', 'tren dia ban', 'cua tinh', 'tinh nha', 'cap tinh', 'cap huyen', 'cap xa', 'toan thanh pho', 'cua thanh pho'].map(phraseWords);
/** Session 42: one locality as the owner, its words side by side ("thuộc thẩm quyền giải quyết của địa phương"); not the localities' level as
 *  a whole ("của khối địa phương", "của các địa phương"). */
const OF_LOCALITY = [phraseWords('cua dia phuong')];
/** True when the claim's words name one locality as the owner (`OF_LOCALITY`) of a figure `ind` cannot take: not a series of the
 *  localities' level itself (its concepts name "địa phương"; review of round 61: "tỷ lệ số hóa … của địa phương đạt 55%" in a national
 *  report is the localities' level). */
function ownedByLocality(ind: Indicator, span: Token[]): boolean {
  if (!sideBySide(span, OF_LOCALITY)) return false;
  return !ind.concepts.some((c) => c.some((f) => /(?:^|\s)dia phuong(?:\s|$)/u.test(phraseWords(f).join(' '))));
}

/** What after "trên địa bàn" makes it the whole country's ("trên địa bàn toàn quốc", "… cả nước"), not a province's. */
const NATIONAL_AREA = ['toan quoc', 'ca nuoc'].map(phraseWords);

/** Whether `span` holds a province mark that is not "trên địa bàn toàn quốc / cả nước". */
function marksProvince(span: Token[], text: string): boolean {
  return PROVINCE_MARKS.some((f) => findPhrase(span, f).some((h) => !NATIONAL_AREA.some((n) => n.every((w, i) => span[h.last + 1 + i]?.w === w)) && !foldedFromOtherWord(span, h, text)));
}

/** Session 24: true when a "tinh" of the hit is written "tính" (count, compute) in `text`, not "tỉnh" ("đã cấp tính đến hết tháng 2" is no "cấp tỉnh"). */
function foldedFromOtherWord(span: Token[], h: { first: number; last: number }, text: string): boolean {
  for (let i = h.first; i <= h.last; i++) {
    const t = span[i]!;
    if (t.w === 'tinh' && !/^t[ỉỈ]nh$/iu.test(text.slice(t.start, t.end))) return true;
  }
  return false;
}

/** Words that place a sentence in a province, for a `province` indicator. */
const PROVINCE_WORDS = [...PROVINCE_MARKS, ...['tinh ta', 'tinh dung thu', 'tinh xep thu', 'tinh xep hang', 'tinh dat'].map(phraseWords)];
/** A province's product (GRDP): a province's sentence, unless the sentence names the whole country too ("chỉ tiêu … trong GDP, GRDP tại Việt Nam" names the measure). */
const PROVINCE_PRODUCT = phraseWords('grdp');
/** Words of a ranking of provinces ("… trong 63 tỉnh, thành phố"): enough for a `province` ranking or score. */
const PROVINCE_FIELD = ['tinh thanh pho', 'tinh thanh', '63 tinh', '34 tinh', 'cac dia phuong'].map(phraseWords);
/** Phrases that contain a province's name but are not about it (read before looking for names): peace ("hòa bình"), unless "tỉnh Hòa Bình". */
const NOT_PROVINCES = /thái bình dương|(?<!tỉnh\s)hòa bình|(?<!tỉnh\s)hoà bình/gu;
/** A province's name (63 before and 34 after the 2025 merger, and common other spellings), on lowercase text with diacritics. */
const PROVINCE_NAME = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...new Set([...PROVINCES_63, ...PROVINCES_34, ...Object.keys(PROVINCE_ALIASES), 'tp.hcm', 'tp. hồ chí minh', 'hồ chí minh'])]
  .map((n) => n.toLowerCase().normalize('NFC').replace(/^thành phố /u, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .sort((a, b) => b.length - a.length)
  .join('|')})(?![\\p{L}\\p{M}])`, 'u');

/** True when lowercase `text` names a province or city ("lào cai", "tp.hcm"). */
export function namesProvince(text: string): boolean {
  return PROVINCE_NAME.test(text.normalize('NFC').replace(NOT_PROVINCES, ' '));
}

/** Where lowercase NFC `text` names a province or city: the index of each name (`NOT_PROVINCES` blanked out, same length). */
export function provinceNamesAt(text: string): number[] {
  const blanked = text.replace(NOT_PROVINCES, (m) => ' '.repeat(m.length));
  return [...blanked.matchAll(new RegExp(PROVINCE_NAME.source, 'gu'))].map((m) => m.index);
}

/** The whole country named ("cả nước", "toàn quốc", "Việt Nam"), on any-case text. */
const NATION = /(?<![\p{L}\p{M}])(?:cả nước|toàn quốc|việt nam)(?![\p{L}\p{M}])/iu;

/** True when `text` names the whole country: a province's series does not carry to it. */
export function namesNation(text: string): boolean {
  return NATION.test(text.normalize('NFC'));
}

/**
 * The world's or the globe's figure ("chi tiêu … của thế giới", "thị phần toàn cầu"), not "nhanh nhất thế giới" / "trên
 * thế giới" (a comparison or a field) nor a place in the world's ranking ("xếp hạng 20 thế giới", "thứ 18 toàn cầu").
 */
const WORLD = /(?<!(?:nhat|tren|voi|hon|(?:xep hang|thu|hang|top) \d+)\s)(?:the gioi|toan cau)(?![a-z])/u;

/** Round 37: a figure and its unit right before "trên toàn cầu" / "trên thế giới" ("đạt 6,3 nghìn tỷ USD trên toàn cầu"): the world's total, no field. */
const WORLD_TOTAL = /(?<!(?:thu|hang|top|tri|vi tri)\s)\d[\d.,]*\s*(?:%|[a-z]+(?:\s[a-z]+){0,2})\s+tren\s+(?:toan\s+)?(?:the gioi|toan cau)(?![a-z])/u; // not a rank's place ("xếp thứ 71 trên thế giới")

/** True when `text` says the figure is the world's (a national or sector series never takes it; a ranking's field may be the world). */
export function namesWorld(text: string): boolean {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').toLowerCase();
  return WORLD.test(folded) || WORLD_TOTAL.test(folded);
}

/** What `subjectAllows` reads: the number's claim (tokens and their text), the sentence and the ranked field. */
export interface SubjectEvidence {
  /** Tokens from the indicator's concepts to the number. */
  span: Token[];
  /** The text the tokens index into. */
  text: string;
  /** The whole sentence, lowercased. */
  sentence: string;
  total?: number | undefined;
  /** The number's unit: a sector's amounts and counts are the nation's, its shares may be a province's. */
  unit?: Unit | undefined;
  /** The paragraph or the article places the number in one province (`plan-scope.ts` `isInProvince`). */
  inProvince?: boolean | undefined;
  /** The page is English: its words are read by `englishSubjectAllows`. */
  english?: boolean | undefined;
}

/** An owner below the province after "của" ("tỷ lệ … của huyện đạt", "của xã"); not "của xã hội". */
const BELOW_PROVINCE = ['cua huyen', 'cua quan', 'cua thi xa', 'cua thi tran', 'cua xa', 'cua phuong', 'cap xa'].map(phraseWords);

/** One department of a province after "của" ("tỷ lệ … của Sở Tư pháp đạt", "của các sở"), on lowercase text with diacritics: not "sở hữu". */
const DEPARTMENT = /(?<![\p{L}\p{M}])của\s+(?:các\s+)?sở(?![\p{L}\p{M}])(?!\s+hữu)/u;

/** Whether `span` names an owner below the province (`BELOW_PROVINCE`): its value is no series' of the country nor of a province. */
function marksBelowProvince(span: Token[]): boolean {
  return sideBySide(span, BELOW_PROVINCE, 'hoi');
}

/** Whether `span` holds one of `phrases` with its words side by side ("của cơ quan" is no "của quận", "toàn ngành tính" no "toàn tỉnh"), not followed by `notNext`. */
function sideBySide(span: Token[], phrases: string[][], notNext?: string): boolean {
  const at = (i: number, f: string[]) => f.every((w, j) => span[i + j]?.w === w) && (notNext === undefined || span[i + f.length]?.w !== notNext);
  return span.some((_, i) => phrases.some((f) => at(i, f)));
}

/** A sentence's opening lead-in that names a field ("Trong ASEAN, …", "Ở khu vực Đông Nam Á, …"; session 40, English: "In the innovation
 *  input sub-index, …", "Among ASEAN countries, …"), lowercased. */
const FIELD_LEAD_IN = /^\s*(?:(?:trong|tại|ở|giữa)\s+[^,;:]{1,40}|(?:in|within|among)\s+[^,;:\d]{1,40}),/u; // English: no figure in it (review: "In the report covering 78 indicators, …")

/** The folded words of the sentence's field lead-in (`FIELD_LEAD_IN`) when it ends before the number at `at`, else none: the field of every rank after it. */
export function fieldLeadIn(sentence: string, at: number): string[] {
  const lead = FIELD_LEAD_IN.exec(sentence)?.[0];
  return lead && lead.length <= at ? tokenize(lead).map((t) => t.w) : [];
}

/** A sentence that opens on the provincial level as a whole ("Đối với cấp tỉnh, giá trị DTI đạt …", "Ở cấp địa phương, …"; round 31f), lowercased: its figure is all the provinces' (their average), neither one province's nor the nation's. */
const WHOLE_LEVEL = /^\s*(?:đối\s+với|ở|tại|với|còn)\s+(?:(?:khối|nhóm)\s+)?cấp\s+(?:tỉnh|địa\s+phương)\s*,/u;

/** Round 47: the world as what a figure is compared with ("cao hơn trung bình thế giới (67%)", "so với mức trung bình toàn cầu"), lowercase: no owner. */
const WORLD_COMPARED = /(?<![\p{L}\p{M}])(?:(?:cao|thấp|nhanh|chậm|nhiều|ít)\s+hơn|so\s+với|gấp[^.;,]{0,12}?)[^.;,]{0,30}?(?:thế giới|toàn cầu)(?![\p{L}\p{M}])/gu;

/** Round 60: the names of the ministries, lowercase (not the police ministry's: its systems, ID cards, VNeID and the population
 *  database, are the nation's). */
const MINISTRY = String.raw`bộ\s+(?:giao\s+thông|gtvt|tài\s+chính|tư\s+pháp|y\s+tế|giáo\s+dục|gd\s*&\s*đt|công\s+thương|xây\s+dựng|nội\s+vụ|ngoại\s+giao|kế\s+hoạch|khđt|tài\s+nguyên|tn\s*&\s*mt|lao\s+động|lđtbxh|nông\s+nghiệp|nn\s*&\s*ptnt|thông\s+tin|tt\s*&\s*tt|khoa\s+học|kh\s*&\s*cn|văn\s+hóa|vh\s*,?\s*tt\s*&\s*dl)(?![\p{L}\p{M}])`;
/** Round 60: one ministry as the owner of what is counted ("… hồ sơ thực hiện tại Bộ Giao thông vận tải", "dịch vụ công … do Bộ
 *  GTVT cung cấp", "thuộc thẩm quyền giải quyết của Bộ GTVT", review: "tỷ lệ hồ sơ … của Bộ Giao thông vận tải"), lowercase: the value is
 *  the ministry's, no series of the whole country. A ministry that publishes, reports or ranks ("do Bộ TT&TT công bố", "theo báo cáo của
 *  Bộ …", "số liệu của Bộ …") is no owner. */
const ONE_MINISTRY = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:tại\s+${MINISTRY}|do\s+${MINISTRY}[^,;.]{0,20}?\s(?:cung\s+cấp|quản\s+lý|giải\s+quyết|tiếp\s+nhận)|thuộc\s+(?:thẩm\s+quyền\s+(?:giải\s+quyết\s+)?(?:của\s+)?)?${MINISTRY}|(?<!(?:báo\s+cáo|số\s+liệu|thống\s+kê|công\s+bố|đánh\s+giá|theo|ý\s+kiến|đại\s+diện|lãnh\s+đạo)\s+)của\s+${MINISTRY})`, 'u');

/** The words the owner may stand in (review of round 60): the indicator's words up to the number (`span`, lowercase) and what follows
 *  them in `sentence` up to the next comma or stop ("… dịch vụ công trực tuyến do Bộ GTVT cung cấp được định danh"), not a source or a
 *  venue after a comma (", theo số liệu … do Bộ TT&TT quản lý", ", tại buổi làm việc tại Bộ TT&TT"). */
function ownerWords(sentence: string, span: string): string {
  const at = sentence.indexOf(span);
  if (at < 0) return span;
  const rest = sentence.slice(at + span.length);
  const stop = rest.search(/[,;.]/u);
  return span + (stop < 0 ? rest : rest.slice(0, stop));
}

/** Session 42: a lead-in that places what follows in a province ("Đơn cử như tại Bắc Giang, hiện có 1.700 doanh nghiệp …", "Ở Đà Nẵng,
 *  …", "Trong khi đó tại Quảng Ninh, …", "Đặc biệt, tại …"), lowercase: up to four words before "tại|ở" (group 1) and the place (group 2);
 *  the figures after it are that province's, no series of the whole country. Reviews of round 61: it opens the sentence, and the words
 *  before it are no venue's verb ("Phát biểu tại Hà Nội, Thứ trưởng cho biết …", `VENUE`). */
const PLACE_LEAD = /^\s*((?:[\p{L}\p{M}]+,?\s+){0,4}?)(?:tại|ở)\s+(?:tỉnh\s+|thành\s+phố\s+|tp\.?\s*)?([^,;.]{2,30}),/u;
const VENUE = /(?<![\p{L}\p{M}])(?:phát\s+biểu|diễn\s+ra|tổ\s+chức|họp|hội\s+nghị|hội\s+thảo|làm\s+việc|khai\s+mạc|gặp|thăm|nói|cho\s+biết)(?![\p{L}\p{M}])/u;

/** True when the sentence, before the claim's words (`span`, lowercase), opens on a province (`PLACE_LEAD`, no `VENUE`) and names the whole
 *  country nowhere ("Tại Hà Nội, Bộ … công bố cả nước có …" stays the nation's). */
function ledByProvince(sentence: string, span: string): boolean {
  const at = sentence.indexOf(span);
  const lead = at < 0 ? null : PLACE_LEAD.exec(sentence.slice(0, at));
  return !!lead && !VENUE.test(lead[1]!) && !NATION.test(sentence) && PROVINCE_NAME.exec(lead[2]!.normalize('NFC'))?.index === 0;
}

/** Whether the words say whose value it is in a way `ind` allows (a province's value is not the country's, a district's neither). */
export function subjectAllows(ind: Indicator, e: SubjectEvidence): boolean {
  const { span } = e;
  const text = span.length ? e.text.slice(span[0]!.start, span[span.length - 1]!.end) : '';
  if (e.english) return englishSubjectAllows(ind, { span: text, sentence: e.sentence, total: e.total, unit: e.unit, inProvince: e.inProvince });
  if (ind.subject !== 'sector' && (marksBelowProvince(span) || DEPARTMENT.test(text.toLowerCase()))) return false;
  if (ind.subject !== 'province' && !ind.units.some((u) => u === 'rank' || u === 'index') && namesWorld(text)) return false;
  if ((ind.subject === 'country' || ind.subject === 'province') && !e.inProvince && WHOLE_LEVEL.test(e.sentence) && !namesProvince(e.sentence)) return false;
  if (ind.subject === 'country' && !ind.units.some((u) => u === 'rank' || u === 'index') && namesWorld(e.sentence.replace(WORLD_COMPARED, ' ')) && !NATION.test(e.sentence)) return false; // round 47: "74% dân số thế giới … sử dụng internet, tăng từ 71%": the world's, not Viet Nam's
  if (ind.subject === 'country') return !namesProvince(text) && !marksProvince(span, e.text) && !ownedByLocality(ind, span) && !ONE_MINISTRY.test(ownerWords(e.sentence, text.toLowerCase())) && !ledByProvince(e.sentence, text.toLowerCase());
  if (ind.subject === 'sector' && e.unit !== 'percent' && sideBySide(span, PROVINCE_MARKS)) return false; // a sector's amount or count is the nation's: not "doanh thu … trên địa bàn tỉnh" (a share may be a province's: "tỷ trọng … trong từng ngành của tỉnh")
  if (ind.subject === 'province') {
    if (e.inProvince || (e.total !== undefined && ind.totals?.includes(e.total))) return true;
    const words = tokenize(e.sentence);
    const ranking = ind.units.some((u) => u === 'rank' || u === 'index');
    if (namesProvince(e.sentence) || [...PROVINCE_WORDS, ...(ranking ? PROVINCE_FIELD : [])].some((f) => findPhrase(words, f).length > 0)) return true;
    return findPhrase(words, PROVINCE_PRODUCT).length > 0 && !namesNation(e.sentence);
  }
  return true;
}
