/**
 * Figures whose subject is not the series' (round 9b): one company's ("Tập đoàn … (Viettel) công bố doanh
 * thu hợp nhất … đạt 190.000 tỷ đồng", "công ty bảo mật cho biết đã chặn … vụ"), some members of a group
 * ("Nhiều ngân hàng báo cáo trên 90% giao dịch …"), or another index's ("Chỉ số Hạ tầng kỹ thuật đạt 0,70
 * điểm" in a paragraph on the ICT Index, not the DTI). Such a figure keeps everything but the national,
 * sector or other index's series; so does a figure of an article on a district's or a sector's own plan, (round 22) a
 * platform tracker's sales in a paragraph that counts shops or products sold, and (round 33) a company's business line and the
 * sales of several platforms named before the figure. Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import { findPhrase, phraseWords, tokenize } from './folded-text';
import { isHolidayFigure, isTierFigure } from './part-subject';
import { namesProvince } from './indicator-subject';
import { SAYS } from './english-goal-years';
import { isOtherSegmentFigure } from './economy-segments';

/**
 * A company named as what the figure belongs to, on original-case text: "Tập đoàn Viettel", "Tổng công ty
 * Bưu điện", "nhà mạng MobiFone", "sàn Tiki", "công ty mẹ", "công ty bảo mật", "hãng nghiên cứu"; or a company's consolidated
 * figure ("doanh thu / lợi nhuận hợp nhất"; not a merger of provinces, "sau hợp nhất"). Not "các doanh nghiệp" (a count of the sector), nor "các sàn TMĐT" (the market).
 */
const COMPANY = /(?<![\p{L}\p{M}])(?:(?<!(?:các|những|nhiều)\s)[Ss]àn\s+(?!TMĐT|TMDT|[Tt]hương)\p{Lu}|(?:[Tt]ập đoàn|[Tt]ổng công ty|[Cc]ông ty|[Hh]ãng|[Nn]hà mạng|[Nn]hà cung cấp)\s+(?:\p{Lu}|(?:mẹ|bảo mật|an ninh mạng|nghiên cứu)(?![\p{L}\p{M}]))|(?:[Dd]oanh thu|[Ll]ợi nhuận|báo cáo tài chính)\s+hợp nhất(?![\p{L}\p{M}]))/u;
/** A sentence's opening attribution ("Theo Tập đoàn X, …", "According to Viettel, …"): the source, not the subject. */
const SOURCE = /^\s*(?:theo|according\s+to)\s[^,;.]{1,80},/iu;

/** Session 47: a telecom operator by name (either language) (not Viettel Post, a postal firm), a group or corporation by its capitalised name
 *  ("Vietnam Post and Telecommunication Group", "Military Industry and Telecoms Group"), or a consolidated figure: a company's own. */
const FIRM_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:Viettel(?!\s+Post)|VNPT|MobiFone|Vietnamobile|Gmobile|FPT\s+Telecom)(?![\p{L}])|\p{Lu}[\p{L}]*\s+(?:Group|Corporation|Corp\.?|JSC)(?![\p{L}])|(?<![\p{L}])consolidated\s+(?:revenue|profit|turnover|pre-tax)|(?<![\p{L}])[Tt]he\s+(?:company|firm|operator|carrier|corporation)(?![\p{L}])(?!['’]s\s+(?:report|data|survey|research|study|analysis|figures|statistics|tracking)(?![\p{L}]))(?!\s*,)(?!\s+(?!(?:reported|reports)\s+(?!(?:that|the|viet|in)(?![\p{L}])|[,:]))${SAYS}(?![\p{L}])(?!\s+(?:that\s+)?its\s+(?!(?:report|research|survey|data|study|studies|analysis|figures|statistics|findings)(?![\p{L}]))))(?!\s+(?:of|that|which|who)(?![\p{L}]))`, 'u'); // session 48: a firm named before, "The company aims to expand 5G coverage to 99 percent"; reviews: not a source ("The firm said …", "The firm's report shows …", "…, the company said", "The operator of VNeID"), unless it speaks of its own ("The company said its 5G network covers 99%")
/** An aside that names firms inside a sector's sentence ("…, including Viettel, VNPT and MobiFone, …", "…, dominated by Viettel Group, …",
 *  "…, where Viettel is the largest operator, …", "…, not only Viettel, …") or an appositive after a firm's name: not the figure's subject. */
const FIRM_ASIDE = /,\s*(?:including|led\s+by|dominated\s+by|where|which|such\s+as|as\s+well\s+as|not\s+only|like|trong\s+đó(?:\s+có)?|dẫn\s+đầu\s+là|gồm|nhờ)\s[^,;]*(?:,|$)|(?<=\p{Lu}[\p{L}]*)\s*,\s*(?:an?|another)\s[^,;]*,/gu; // an appositive after a name too ("MobiFone, another major player in the telecoms industry, saw …")
/** The whole sector or market named in the text before the figure: the figure is the sector's, whatever firms it names. */
const WHOLE_SECTOR = /(?<![\p{L}])(?:[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(?:sector|industry|market)|whole\s+(?:sector|industry)|nationwide|all\s+(?:licensed\s+)?operators|(?:[Tt]elecom|[Tt]elecoms|[Tt]elecommunications)\s+(?:companies|operators|firms)|toàn\s+ngành|cả\s+nước|toàn\s+thị\s+trường|các\s+(?:doanh\s+nghiệp|nhà\s+mạng))(?![\p{L}\p{M}])/u; // lowercase: not a name ("The Military Industry and Telecoms Group")

/** A security vendor ("hãng bảo mật", "công ty an ninh mạng"): what it counts is what it detected, even as a source. */
const SECURITY_VENDOR = /(?<![\p{L}\p{M}])(?:(?:hãng|công ty|nhà cung cấp(?:\s+giải pháp)?)\s+(?:bảo mật|an ninh mạng|an toàn thông tin)|hãng\s+(?:này\s+)?(?:đã\s+)?(?:ghi nhận|phát hiện|ngăn chặn|thống kê))(?![\p{L}\p{M}])/iu; // round 38: "hãng đã ghi nhận hơn 29.000 vụ tấn công": the firm named before counts what it saw

/** A closed bracket: a gloss of the item before it ("1 doanh nghiệp nhà nước (Tập đoàn Điện lực)"), not the sentence's subject. */
const GLOSS = /\([^()]*\)/gu;

/**
 * A business line or division of a named owner (round 33): "mảng viễn thông của một tập đoàn", "các khối của Tổng công ty",
 * "khối hạ tầng số của tập đoàn"; the owner a company word or one capitalised name standing alone (not "của Việt Nam", "của Bộ Công
 * Thương": two capitalised words name a place or a body).
 */
const SEGMENT = /(?<![\p{L}\p{M}])(?:[Mm]ảng|[Kk]hối)\s+(?:[\p{L}\p{M}]+\s+){0,6}?của\s+(?:(?:[Cc]ông ty|[Tt]ập đoàn|[Dd]oanh nghiệp)(?:\s+này)?(?![\p{L}\p{M}])|\p{Lu}[\p{L}\p{M}]*(?![\p{L}\p{M}])(?!\s+\p{Lu}))/u;

/** Session 50: one shop or one supermarket as where the figure was measured, in English ("the percentage of customers using non-cash payment
 *  at the supermarket has increased by about 10%"): that place's figure. */
const ONE_OUTLET = /(?<![\p{L}])at\s+(?:the|this|that|his|her|their|its)\s+(?:supermarket|store|shop|mall|outlet|restaurant|caf[eé])(?![\p{L}])/iu;

/** The country named as where the figure stands ("in Vietnam", "nationwide", "across the country"). */
const COUNTRY_WIDE = /(?<![\p{L}])(?:viet\s*nam|nationwide|(?:across|throughout)\s+the\s+country)(?![\p{L}])/iu;
/** True when the figure's own clause (after the last , ; :) names one outlet (`ONE_OUTLET`) and not the country (review: "With QR codes now
 *  accepted at the supermarket …, the number of cashless transactions in Vietnam rose 50%" is the nation's). */
function atOneOutlet(sentenceBefore: string): boolean {
  const clause = sentenceBefore.slice(Math.max(sentenceBefore.lastIndexOf(','), sentenceBefore.lastIndexOf(';'), sentenceBefore.lastIndexOf(':')) + 1);
  return ONE_OUTLET.test(clause) && !COUNTRY_WIDE.test(clause);
}

/** True when the text of the sentence before the figure names a company as its subject (`COMPANY`), not only as its source or in a gloss, a company's business line (`SEGMENT`), one outlet (`ONE_OUTLET`), or cites a security vendor. */
export function isCompanyFigure(sentenceBefore: string): boolean {
  const own = sentenceBefore.replace(SOURCE, '').replace(GLOSS, ' ');
  const ownFirm = own.replace(FIRM_ASIDE, ' ');
  return COMPANY.test(own) || SEGMENT.test(own) || SECURITY_VENDOR.test(sentenceBefore) || atOneOutlet(own) || (FIRM_NAMED.test(ownFirm) && !WHOLE_SECTOR.test(ownFirm));
}

/** Nouns a share may count, folded, right after it ("90% giao dịch", "60% doanh nghiệp"): longest first. */
const COUNTED = ['ho gia dinh', 'doanh nghiep', 'can bo', 'cong chuc', 'vien chuc', 'nguoi lao dong', 'giao dich', 'nguoi dan', 'nguoi dung', 'dan so', 'ho so', 'thu tuc', 'dich vu', 'thue bao', 'tai khoan', 'cua hang', 'ngan hang', 'co quan', 'don vi', 'giao vien', 'hoc sinh', 'thi sinh', 'sinh vien', 'hoc vien', 'tieu thuong', 'khach hang', 'benh vien', 'benh nhan', 'nguoi benh', 'nguoi', 'truong', 'luot', 'tinh', 'thon', 'xa', 'ho']
  .map((w) => w.split(' '));

/** Round 38: counted people of a kind no procedure or dossier series counts ("hơn 100% thí sinh đăng ký … trực tuyến"): even
 * a clause that names a series' words does not make their share that series'. */
const PEOPLE = new Set(['thi sinh', 'sinh vien', 'hoc vien', 'hoc sinh', 'giao vien', 'tieu thuong', 'benh nhan', 'nguoi benh']);

/** A bracket the share closes ("(chiếm 79%) các tỉnh"): the counted noun follows it. */
const CLOSED_BRACKET = /^\s*\)/u;
/** A word right after the share, before the counted noun: "100% các tỉnh", "100% số hộ", "90% những người". */
const DETERMINER = /^\s+(?:các|số|những)\s+/iu;

/**
 * True when a share whose own words (`clause`) do not name its series — it was read from the sentences
 * before or carried (`series-carry.ts`) — counts a noun, right after it, that opens none of the series'
 * phrases ("Trên 90% giao dịch …" after the share of adults with an account): it is a share of something
 * else. `after` is the text right after the number.
 */
export function countsOtherNoun(ind: Indicator, clause: string, after: string): boolean {
  const words = phraseWords(after.replace(CLOSED_BRACKET, ' ').replace(DETERMINER, '').slice(0, 30)).slice(0, 3); // "Có 50/63 (chiếm 79%) các tỉnh …": the noun after the bracket (round 33)
  const head = COUNTED.find((c) => c.every((w, k) => words[k] === w));
  if (!head) return false;
  const tokens = tokenize(clause);
  if (!PEOPLE.has(head.join(' ')) && ind.concepts.every((group) => group.some((p) => findPhrase(tokens, phraseWords(p)).length > 0))) return false;
  const own = [...ind.concepts.flat(), ...ind.optional].map((p) => ` ${phraseWords(p).join(' ')} `);
  return !own.some((p) => p.startsWith(` ${head.join(" ")} `));
}

/** Some members of a group opening the sentence: "Nhiều ngân hàng …", "Một số doanh nghiệp …", "Có tỉnh …". */
const MEMBERS = /^\s*(?:(?:nhiều|một\s+số|một\s+vài|không\s+ít|có)\s+)(?:ngân hàng|doanh nghiệp|công ty|tỉnh|địa phương|đơn vị|trường|sàn|tổ chức|bộ)(?![\p{L}\p{M}])/iu;

/** The people or firms a survey asked: "người được hỏi", "người tham gia khảo sát", "doanh nghiệp được khảo sát". */
const RESPONDENTS = /(?<![\p{L}\p{M}])(?:người|doanh nghiệp|người tiêu dùng|người dùng|đơn vị)\s+(?:được\s+(?:hỏi|khảo\s+sát|phỏng\s+vấn)|tham\s+gia\s+khảo\s+sát|trả\s+lời(?:\s+khảo\s+sát)?)(?![\p{L}\p{M}])/iu;

/** The firms or bodies taking part in one programme or event: "40 doanh nghiệp tham gia chương trình", "các đơn vị đã tham gia hội chợ". */
const PARTICIPANTS = /(?<![\p{L}\p{M}])(?:doanh nghiệp|công ty|đơn vị|cơ sở|hợp tác xã|nhà bán hàng|gian hàng|tổ chức)\s+(?:đã\s+|cùng\s+)?tham\s+gia\s+(?:chương trình|hội chợ|triển lãm|sự kiện|cuộc thi|chiến dịch|phong trào|tuần lễ|ngày hội)(?![\p{L}\p{M}])/iu;

/** True when the sentence is about some members of a group, not the whole ("Nhiều ngân hàng báo cáo trên 90% giao dịch …"), about a survey's respondents ("72% người được hỏi …"), or about the participants of one programme or event (`PARTICIPANTS`). */
export function isMembersFigure(sentence: string): boolean {
  return MEMBERS.test(sentence) || RESPONDENTS.test(sentence) || PARTICIPANTS.test(sentence);
}

/** The indexes of provinces a series may belong to, with the words that name each (lowercase text). */
const INDEXES: ReadonlyArray<readonly [string, RegExp]> = [
  ['dti', /(?<![\p{L}\p{M}])(?:dti|chỉ số (?:chuyển đổi số|cđs)|(?:xếp hạng|đánh giá)(?: mức độ| kết quả)? chuyển đổi số)(?![\p{L}\p{M}])/u], // round 45: "… xếp thứ 10 … về kết quả xếp hạng chuyển đổi số"
  ['ict', /(?<![\p{L}\p{M}])(?:ict index|chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin)(?![\p{L}\p{M}])/u],
  ['par', /(?<![\p{L}\p{M}])(?:par inde[xr]|chỉ số (?:cải cách hành chính|cchc))(?![\p{L}\p{M}])/u], // round 47: "Chỉ số CCHC", a typo "PAR INDER"
  ['pci', /(?<![\p{L}\p{M}])(?:pci|chỉ số năng lực cạnh tranh)(?![\p{L}\p{M}])/u],
  ['papi', /(?<![\p{L}\p{M}])papi(?![\p{L}\p{M}])/u],
  ['sipas', /(?<![\p{L}\p{M}])sipas(?![\p{L}\p{M}])/u],
  ['pii', /(?<![\p{L}\p{M}])(?:pii|chỉ số đổi mới sáng tạo cấp (?:địa phương|tỉnh))(?![\p{L}\p{M}])/u],
];

/** The indexes a text names. */
function indexesIn(text: string): string[] {
  return INDEXES.filter(([, re]) => re.test(text)).map(([k]) => k);
}

/**
 * True when `ind` is a series of one index (its `scope` names it) and the figure's nearest context that
 * names an index at all (its sentence, else its paragraph, else the article's lead; lowercase) names
 * another and not this one.
 */
export function isOtherIndexFigure(ind: Indicator, contexts: readonly (string | undefined)[]): boolean {
  const own = indexesIn((ind.scope ?? '').toLowerCase());
  if (own.length !== 1) return false;
  const named = contexts.map((t) => indexesIn(t ?? '')).find((x) => x.length > 0);
  return !!named && !named.includes(own[0]!);
}

/**
 * An owner below the province or outside the series, on lowercase text: a district's or commune's body
 * ("ubnd huyện X ban hành …", "huyện ủy Y", "ủy ban nhân dân xã Z") or a public sector setting its own goals
 * ("toàn ngành y tế triển khai …", "mục tiêu mà ngành giáo dục đặt ra", "chuyển đổi số y tế").
 */
const LOCAL_OWNER = /(?<![\p{L}\p{M}])(?:(?:ubnd|(?:ủy|uỷ) ban nhân dân|đảng (?:ủy|uỷ))\s+(?:huyện|quận|thị xã|xã|phường|thị trấn)\s+\p{L}|(?:huyện|quận|thị) (?:ủy|uỷ)\s+\p{L}|(?:toàn|mà|của)\s+ngành\s+(?:y tế|giáo dục)(?![\p{L}\p{M}])|chuyển đổi số\s+(?:ngành\s+)?(?:y tế|giáo dục)(?![\p{L}\p{M}]))/u;
/** A lead that reports on the national level: a national programme, system or body ("chuyển đổi số quốc gia", "Cơ sở dữ liệu quốc gia",
 *  "Chính phủ", "Bộ Công an"), lowercase. */
const NATIONAL_LEAD = /(?<![\p{L}\p{M}])(?:quốc gia|chính phủ|thủ tướng|bộ (?:công an|thông tin|khoa học|tài chính|tư pháp|công thương|y tế|giáo dục|nội vụ))(?![\p{L}\p{M}])/u;
/** Words that put a figure back on the national scale ("cả nước", "toàn quốc"). */
const NATIONWIDE = /(?<![\p{L}\p{M}])(?:cả nước|toàn quốc)(?![\p{L}\p{M}])/u;

/**
 * True when the article is local (`isLocalArticle`) and the figure's sentence does not name the whole
 * country: no national or provincial series is its.
 */
export function isLocalFigure(sentence: string, local: boolean): boolean {
  return local && !NATIONWIDE.test(sentence.toLowerCase());
}

/** A unit below the province, named (original case): "huyện Mường Khương", "xã Tân Lập", "phường Bến Nghé", "thị trấn Phố Lu"; not "Thông tấn xã Việt Nam". */
const NAMED_UNIT = /(?<![\p{L}\p{M}])(?<!tấn\s)(?:[Hh]uyện|[Xx]ã(?!\s+[Hh]ội)|[Pp]hường|[Tt]hị trấn|[Qq]uận|[Tt]hị xã)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*/gu;
/** A comparison within the province ("dẫn đầu", "xếp thứ", "đứng đầu", "thứ nhất", "là đơn vị …"), whole words only (second review of round 61:
 *  "sắp xếp", "thống nhất", "Nhất là" compare nothing). */
const COMPARISON = String.raw`(?:dẫn\s+đầu|đi\s+đầu|xếp\s+(?:thứ|hạng|đầu|vị)|đứng\s+(?:đầu|thứ)|(?:thứ|đứng)\s+nhất|vai\s+trò|là\s+(?:đơn\s+vị|địa\s+phương))`;
/** Session 42: the province itself named before a unit in the unit's sentence ("phát triển đô thị thông minh trên địa bàn tỉnh, phấn đấu … thị
 *  xã Quảng Trị …"): the unit is a part of the province's plan, not the page's owner. Review of round 61: not "trong tỉnh", and no comparison
 *  between ("Là địa phương dẫn đầu trong tỉnh …, huyện Bảo Thắng": the unit's own page). */
const PROVINCE_SCOPE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:trên\s+địa\s+bàn|toàn)\s+tỉnh(?![\p{L}\p{M}])(?:(?!${COMPARISON})[^.])*$`, 'iu');
/** A comparison before the scope in the unit's sentence ("Xếp thứ nhất toàn tỉnh …, thị xã Sa Pa", "dẫn đầu trên địa bàn tỉnh"). */
const RANKED_BEFORE_SCOPE = new RegExp(String.raw`(?<![\p{L}\p{M}])${COMPARISON}(?![\p{L}\p{M}])[^.]*?(?:trên\s+địa\s+bàn|toàn)\s+tỉnh(?![\p{L}\p{M}])`, 'iu');

/** True when `text` names a commune, ward, district or town ("huyện Mường Khương") that its sentence does not place inside the province it speaks of (`PROVINCE_SCOPE` before the name, no comparison before it: `RANKED_BEFORE_SCOPE`). */
function namesOwnUnit(text: string): boolean {
  return [...text.matchAll(NAMED_UNIT)].some((m) => {
    const before = text.slice(Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf('\n', m.index), 0), m.index);
    return !PROVINCE_SCOPE.test(before) || RANKED_BEFORE_SCOPE.test(before);
  });
}
/** The article's own unit below the province, unnamed (lowercase): "trên địa bàn xã", "toàn huyện", "các xã, phường phải đạt …", "… GRDP của huyện;" (the unit ends its clause); not "toàn xã hội" (the whole society) nor "của huyện, thị xã" (every district of a province). */
const OWN_UNIT = /(?<![\p{L}\p{M}])(?:(?:trên địa bàn|toàn)\s+(?:huyện|xã(?!\s+hội)|phường|thị trấn|quận)(?![\p{L}\p{M}])(?!\s*(?:,\s*)?(?:tỉnh|thành phố|\p{L}+\s+(?:và|,)))|(?:các|mỗi|từng)\s+(?:xã|phường)(?:\s*,\s*(?:xã|phường|thị trấn))*\s+(?:phải|cần|đều phải)(?![\p{L}\p{M}])|của\s+(?:huyện|xã(?!\s+hội)|phường|thị trấn|quận)\s*(?:[;.)]|$|,(?!\s*(?:thị|xã|phường|quận|huyện|tỉnh|thành))))/u;
/** How many paragraphs, and at most how many characters, from the top may name the unit; how many paragraphs may name the owner. */
const LOCAL_LEAD = 3;
const LOCAL_LEAD_CHARS = 800;
const OWNER_LEAD = 2;

/**
 * True when the article is local, the one decision for all its figures: its top (`OWNER_LEAD` paragraphs)
 * makes it a district's or a sector's own plan or report (`LOCAL_OWNER`: "UBND huyện X ban hành …", "toàn
 * ngành y tế …"); or it is a commune's, ward's or district's own: its top (`LOCAL_LEAD` paragraphs) names
 * such a unit ("huyện Mường Khương tập trung …"), or anywhere it speaks of its own unit unnamed ("trên địa
 * bàn xã", "toàn huyện", "các xã, phường phải đạt …"), and its top names nothing national. Round 47: a unit named after the lead,
 * when the lead reports on the national level (`NATIONAL_LEAD`), is a scene the report visits, not its owner.
 */
export function isLocalArticle(paragraphs: readonly string[]): boolean {
  if (LOCAL_OWNER.test(paragraphs.slice(0, OWNER_LEAD).join(' ').toLowerCase())) return true;
  const top = paragraphs.slice(0, LOCAL_LEAD).join('\n').slice(0, LOCAL_LEAD_CHARS);
  if (NATIONWIDE.test(top.toLowerCase())) return false;
  const lead = paragraphs[0] ?? '';
  const named = namesOwnUnit(lead.slice(0, LOCAL_LEAD_CHARS)) || (namesOwnUnit(top) && !NATIONAL_LEAD.test(lead.toLowerCase())); // round 47: a ward a national report visits later ("… Đề án 06 … phục vụ chuyển đổi số quốc gia …. … công an phường Yên Hòa …") is a scene
  return named || namesCityBelowProvince(paragraphs.slice(0, 1).join(' ').slice(0, LOCAL_LEAD_CHARS)) || paragraphs.some((p) => OWN_UNIT.test(p.toLowerCase()));
}

/** A city named in the text ("TP Hạ Long", "thành phố Bảo Lộc"), its name in group 1. */
const NAMED_CITY = /(?<![\p{L}\p{M}])(?:TP\.?|[Tt]hành phố)\s*(\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}]*){0,3})/gu; // a name in words, not an abbreviation ("TP.HCM")

/** Round 44: the page's first paragraph names a city that is no province ("TP Hạ Long", not "TP. Hồ Chí Minh" nor "thành phố Cần Thơ"): a city below a province reports on itself. */
function namesCityBelowProvince(lead: string): boolean {
  return [...lead.matchAll(NAMED_CITY)].some((m) => !namesProvince(m[1]!.toLowerCase()));
}

/** A rank's field named right after it, up to "và" or a stop: "28 cả nước về chỉ số cải cách hành chính (PAR Index) và …", "7/63 về SIPAS". */
const FIELD_AFTER = /^[\d.,/]+\s*(?:(?:tỉnh,?\s*thành(?:\s+phố)?|cả nước|toàn quốc|trên cả nước)\s+)?về\s+(.*?)(?=\s+và\s|[;.]\s|[;.]?$)/u;

/** The lowercase field a rank names right after itself (`FIELD_AFTER`), or undefined: the nearest words of which index it is. */
function rankFieldAfter(fromNumber: string): string | undefined {
  return FIELD_AFTER.exec(fromNumber.toLowerCase())?.[1];
}

/** What a tracker of selling platforms counts (lowercase): online shops or stalls, sellers, products sold or put on the platforms ("số lượng cửa hàng trực tuyến", "gian hàng", "nhà bán hàng", "sản phẩm bán ra", "sản phẩm nông sản được đưa lên sàn"); round 39: sellers as
 * "nhà bán", shops counted ("472,5 nghìn shop") and the tracker's scope note ("số liệu chỉ thống kê trên 4 sàn"). */
const PLATFORM_TRACKER = /(?<![\p{L}\p{M}])(?:cửa hàng trực tuyến|cửa hàng online|gian hàng|nhà bán(?:\s+hàng)?(?!\s+lẻ)|\d[\d.,]*\s*(?:nghìn\s+|ngàn\s+)?shop|thống\s+kê\s+(?:trên|từ)\s+(?:\d+|hai|ba|bốn|năm|sáu)\s+sàn|sản phẩm bán ra|sản lượng bán(?:\s+ra)?|(?:sản phẩm|mặt hàng)(?:\s+[^\s,.;]+){0,3}\s+(?:được\s+)?(?:đưa\s+)?lên\s+sàn)(?![\p{L}\p{M}])/u;
/** An e-commerce market series: one whose concepts name e-commerce. */
const isEcommerceSeries = (ind: Indicator) => ind.concepts.some((group) => group.includes('thuong mai dien tu'));

/**
 * True when the paragraph counts what a tracker of selling platforms counts (`PLATFORM_TRACKER`): its sales and
 * growth are the platforms' as tracked ("doanh số thương mại điện tử đạt …; số lượng sản phẩm bán ra tăng …"), not
 * the national e-commerce market's (`isEcommerceSeries`).
 */
export function isPlatformTrackerFigure(ind: Indicator, paragraph: string): boolean {
  return PLATFORM_TRACKER.test(paragraph.toLowerCase()) && isEcommerceSeries(ind);
}

/** Several selling platforms counted as what is measured (lowercase): "trên 5 sàn", "bốn sàn lớn", "4 nền tảng thương mại điện
 *  tử", round 64: "5 ông lớn thương mại điện tử"; a platform tracker's measure, "NMV", or the tracker cited as a data platform ("một nền tảng số liệu bán lẻ …",
 *  "nền tảng phân tích dữ liệu …", "nền tảng số liệu …") (round 33). Not "các sàn TMĐT" (the market as a whole) nor one "sàn giao
 *  dịch bán lẻ trực tuyến", nor "GMV" alone (the e-Conomy report's measure of the national market too). */
const PLATFORMS = /(?<![\p{L}\p{M}])(?:(?:\d+|hai|ba|bốn|năm|sáu)\s+(?:sàn|ông\s+lớn|nền\s+tảng\s+(?:thương\s+mại\s+điện\s+tử|tmđt))|nmv|nền\s+tảng\s+(?:[\p{L}\p{M}]+\s+){0,4}?(?:dữ\s+liệu|số\s+liệu))(?![\p{L}\p{M}])/u;

/**
 * True when the sentence up to the figure (`sentenceBefore`) counts several selling platforms or names a tracker's measure
 * (`PLATFORMS`): the figure is the platforms' sales or growth as tracked, not the national e-commerce market's (`isEcommerceSeries`).
 */
export function isPlatformsFigure(ind: Indicator, sentenceBefore: string): boolean {
  return PLATFORMS.test(sentenceBefore.toLowerCase()) && isEcommerceSeries(ind);
}

/** The paragraph up to the end of `sentence` (the sentence alone when it is not found there): what has been read by the figure's sentence. */
function readUpTo(paragraph: string, sentence: string): string {
  const at = paragraph.indexOf(sentence);
  return at < 0 ? sentence : paragraph.slice(0, at + sentence.length);
}

/** The provincial level as a whole, all its pillars or indices ("giá trị chỉ số của cả 3 trụ cột chuyển đổi số cấp tỉnh …"), and the words that would make it one province's (lowercase). */
const PROVINCIAL_LEVEL = /(?<![\p{L}\p{M}])(?:cả|các)\s+(?:\d+\s+|ba\s+)?(?:trụ\s+cột|chỉ\s+số)[^.;:]{0,40}?cấp\s+tỉnh(?![\p{L}\p{M}])/u;
const ONE_PROVINCE = /(?<![\p{L}\p{M}])(?:(?:của|toàn|trong|tại)\s+tỉnh|tỉnh\s+(?:này|nhà)|địa\s+phương)(?![\p{L}\p{M}])/u;

/** Round 44: a province series' value in a sentence about the provincial level as a whole that names no province ("Chỉ số Chính quyền số có giá trị
 *  0,7240" after "giá trị chỉ số của cả 3 trụ cột … cấp tỉnh đều …"): the level's average, no province's own. */
function isProvincialLevelFigure(ind: Indicator, sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return ind.subject === 'province' && PROVINCIAL_LEVEL.test(lower) && !ONE_PROVINCE.test(lower) && !namesProvince(lower);
}

/** True when the figure at `at` (to `end`) of `sentence` is a company's, some members', another index's (named by its `;`-item first, then its sentence), a district's or sector's own (see the module comment), one tier's of a province or a holiday's (`part-subject.ts`), or another internet-economy segment's (`economy-segments.ts`): `ind` is not its series. */
export function isOtherSubject(ind: Indicator, sentence: string, at: number, paragraph: string, lead: string | undefined, local = false, end = at): boolean {
  const item = sentence.slice(sentence.lastIndexOf(';', at) + 1, (sentence.indexOf(';', at) + 1 || sentence.length + 1) - 1); // "…; chỉ số PCI đạt … xếp thứ 9;": the figure's own item
  return isProvincialLevelFigure(ind, sentence) || isCompanyFigure(sentence.slice(0, at)) || isMembersFigure(sentence) || isOtherIndexFigure(ind, [rankFieldAfter(sentence.slice(at)), item.toLowerCase(), sentence.toLowerCase(), paragraph.toLowerCase(), lead]) || isLocalFigure(sentence, local) || isPlatformTrackerFigure(ind, paragraph) || isPlatformsFigure(ind, sentence.slice(0, at)) || isTierFigure(item) || isHolidayFigure(readUpTo(paragraph, sentence)) || isOtherSegmentFigure(ind, sentence, at, end);
}
