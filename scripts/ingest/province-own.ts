/**
 * Round 15: a province's or city's own page or paragraph, told by words only such a page uses, when no
 * issuer or headline names it (`plan-scope.ts` reads those). A province's plan lists its own departments
 * ("các sở, ban, ngành"), its districts by their kinds ("trung tâm các huyện, thị xã, thành phố", "UBND các
 * quận, huyện, thị xã"), its own bodies unnamed ("trong các cơ quan nhà nước thành phố", "cơ quan nhà nước
 * của tỉnh") or its reach from the province down ("từ tỉnh đến cấp xã"); a paragraph or sentence opens on a
 * province as its place or subject ("Tại Hà Nội, …", "Tính đến tháng 5, Đà Nẵng đã …"). Such a page's goals, and
 * such a paragraph's figures, are no values of a national series. Pure.
 */
import { namesProvince, provinceNamesAt } from './indicator-subject';
import { isProvincialBodyLead } from './provincial-body';
import { findNumbers } from './numbers';
import { splitSentences } from './sentences';

/** A province's own departments, districts by kind, unnamed bodies, or reach down to the commune, on lowercase text. */
const OWN_PROVINCE = /(?<![\p{L}\p{M}])(?:sở,\s*ban,\s*ngành|huyện,\s*thị xã,\s*thành phố|quận,\s*huyện,\s*thị xã|cơ quan nhà nước\s+(?:của\s+)?(?:tỉnh|thành phố)(?=\s*[;,.:)]|\s+(?:và|trong|từ|đến|để)(?![\p{L}\p{M}]))|từ\s+(?:cấp\s+)?tỉnh\s+(?:đến|tới|xuống)\s+(?:cấp\s+)?(?:huyện|xã|cơ sở))(?![\p{L}\p{M}])/u;
/** Words that make a paragraph the nation's or address every province ("các tỉnh, thành phố", "trung ương"), on lowercase text. */
const NATION_WIDE = /(?<![\p{L}\p{M}])(?:cả nước|toàn quốc|quốc gia|việt nam|trung ương|(?:các|những|63|34)\s+tỉnh,?\s*thành(?:\s+phố)?)(?![\p{L}\p{M}])/u;

/**
 * True when some paragraph of the article uses a province's own words (`OWN_PROVINCE`) and names nothing
 * national and no other provinces as a whole (`NATION_WIDE`), and does not open on a named province (a page
 * on the nation may tell of one province: "Tại Bắc Ninh, các sở, ban, ngành …"): the page is one province's or
 * city's own, and its goals take no national series (`plan-scope.ts` `isProvincialGoal`).
 */
export function isOwnProvincePage(paragraphs: readonly string[]): boolean {
  return paragraphs.some((p) => {
    const lower = p.toLowerCase();
    return OWN_PROVINCE.test(lower) && !NATION_WIDE.test(lower) && !opensOnProvince(p);
  });
}

/** An outlet's short code opening the lead ("BDK - "), then opening adverbials before a sentence's subject, each up to a comma: "Theo số liệu mới nhất, ", "tính đến 8-5, ", "Với tinh thần đó, ". */
const OPENERS = /^(?:[-–+•*]\s+|[^\s,.;:]{2,8}\s+[-–]\s+)?(?:\s*(?:theo|tính đến|tính tới|đến|tới|trong|sau|năm|tháng|hiện nay|hiện tại|đến nay|từ|với)(?![\p{L}\p{M}])[^,;.:]{0,60},)*\s*/u;
/** A place that opens the rest ("tại hà nội,", "ở đà nẵng,") or a subject that acts ("hà nội đã …", "tp.hcm có …"). */
const PLACE = /^(?:tại|ở)\s+([^,;:]{2,40}?),/u;
const SUBJECT = /^((?:thủ đô|thành phố|tp\.?|tỉnh)?\s*[^,;.:\d]{2,30}?)\s+(?:đã|đang|vừa|có|đạt|ghi nhận|thu nhận|hiện có|cũng|xác định|đặt|đề ra|tiếp tục|luôn|sẽ|phấn đấu|không chỉ|hướng tới|trở thành|tập trung|ban hành|triển khai)(?![\p{L}\p{M}])/u;

/**
 * True when `text` (a sentence, or a paragraph from its start) opens on one province or city, past its
 * opening adverbials: as its place ("Tại Hà Nội, 100% các trường …"; not when `subjectOnly`) or as the subject that acts
 * ("Theo số liệu mới nhất, tính đến 8-5, Hà Nội đã thu nhận …"); not on the nation ("Việt Nam đã …").
 */
export function opensOnProvince(text: string, subjectOnly = false): boolean {
  const rest = text.toLowerCase().replace(OPENERS, '');
  const place = (subjectOnly ? undefined : PLACE.exec(rest)?.[1]) ?? SUBJECT.exec(rest)?.[1];
  return place !== undefined && (namesProvince(place) || UNNAMED_PROVINCE.test(place)) && !NATION_WIDE.test(place);
}

/** The province itself, unnamed, as a sentence's subject: "tỉnh đã …", "toàn tỉnh có …", "tỉnh ta đạt …", its police or people's committee ("công an tỉnh đã cấp …"; lowercase). */
const UNNAMED_PROVINCE = /^\s*(?:(?:toàn|công an|ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?tỉnh(?:\s+(?:ta|nhà))?\s*$/u; // round 38: the province's police or committee acting ("Công an tỉnh đã cấp …")

/**
 * True when the paragraph's first sentence opens on one province as the subject that acts ("Với tinh thần đó, Long An
 * đã đầu tư …") or as its place and states a figure of it ("Tại Hà Nội, 100% các trường …"): the paragraph is that
 * province's. A place that only sets the scene of an event ("Tại Hà Nội, Bộ … tổ chức hội nghị tổng kết.") hands nothing on.
 */
export function opensParagraphOnProvince(paragraph: string): boolean {
  const first = paragraph.split(/[.!?](?:\s|$)/u)[0] ?? '';
  return opensOnProvince(first, true) || (opensOnProvince(first) && findNumbers(first).length > 0);
}

/** The province itself, unnamed, as the place of what is counted (lowercase): "toàn tỉnh có …", "trên địa bàn tỉnh hiện có …", or as the owner or place a sentence ends on ("… nhiệm vụ chính trị của tỉnh.", "… tại địa phương.", "… trên địa bàn."). */
const OWN_PROVINCE_PLACE = /(?<![\p{L}\p{M}])(?:(?:toàn|trên địa bàn|trong)\s+tỉnh(?![\p{L}\p{M}])(?!\s*(?:,\s*)?(?:thành phố|thành|bạn|khác))|(?:của|tại)\s+(?:tỉnh|địa phương)(?=\s*[.;:]|\s*$)|trên\s+địa\s+bàn(?=\s*[.;:]|\s*$))/u;
/** How many paragraphs must place their figures in the unnamed province. */
const OWN_PLACE_PARAGRAPHS = 2;

/**
 * True when the page is one province's own report, told by its shape: at least `OWN_PLACE_PARAGRAPHS` paragraphs
 * place what they count in the province unnamed ("Toàn tỉnh có …", "Trên địa bàn tỉnh hiện có …", `OWN_PROVINCE_PLACE`) and no paragraph
 * names the nation (a national system it uses, `NATIONAL_SYSTEM`, does not count) or the provinces as a whole (`NATION_WIDE`). Its figures are the province's, whatever its
 * headline ("Tin tổng hợp").
 */
export function isOwnProvinceReport(paragraphs: readonly string[]): boolean {
  const lower = paragraphs.map((p) => p.toLowerCase().replace(NATIONAL_SYSTEM, ''));
  return !lower.some((p) => NATION_WIDE.test(p)) && lower.filter((p) => OWN_PROVINCE_PLACE.test(p)).length >= OWN_PLACE_PARAGRAPHS;
}

/** A national system a province's page uses, named with "quốc gia" ("Cổng Dịch vụ công quốc gia", "Cổng DVC quốc gia", "Cơ sở dữ liệu quốc gia về dân cư"): no sign of a national page (lowercase). */
export const NATIONAL_SYSTEM = /(?<![\p{L}\p{M}])(?:cổng dịch vụ công|cổng dvc|cơ sở dữ liệu|csdl|nền tảng|trục liên thông|trung tâm dữ liệu|mạng truyền số liệu chuyên dùng)[^;.]{0,40}?\s+quốc gia(?![\p{L}\p{M}])/gu;

/**
 * The nation as the field a province's figure is compared in ("là những con số ấn tượng trong cả nước", "cao nhất cả nước",
 * "đứng đầu toàn quốc", "thứ 5 so với cả nước"): no sign that the figure is the nation's (lowercase).
 */
export const NATIONAL_FIELD = /(?<![\p{L}\p{M}])(?:(?:nhất|đầu|ấn tượng|nổi bật|cao|thấp|thứ\s+\d+|top\s+\d+)(?:\s+[\p{L}\p{M}]+){0,2}?\s+(?:(?:trong|so với|trên|của)\s+)?|(?:so với|hơn)\s+(?:mức\s+)?(?:bình quân|trung bình)(?:\s+chung)?(?:\s+của)?\s+)(?:cả nước|toàn quốc)(?![\p{L}\p{M}])/gu; // round 43: "(cao hơn so với bình quân chung cả nước)": the nation's average compared with

/** How long a paragraph must be to be the page's lead (shorter ones are date lines, bylines, captions). */
const LEAD_MIN_CHARS = 80;

/**
 * True when the page's lead (its first paragraph of `LEAD_MIN_CHARS` or more, after the headline when `headline`)
 * opens on one province as the subject that acts ("Trong những năm qua, Hà Tĩnh đã đạt được …"; not the scene of an
 * event, "Tại Hà Nội, Bộ … tổ chức …"), or on a provincial department's own event or report (`isProvincialBodyLead`): the page is that
 * province's report, and its figures are the province's unless their clause says otherwise.
 */
export function opensPageOnProvince(paragraphs: readonly string[], headline: boolean): boolean {
  const first = leadSentence(paragraphs, headline);
  return first !== undefined && (opensOnProvince(first, true) || isProvincialBodyLead(first) || opensOnOwnProvince(first, leadParagraph(paragraphs, headline) ?? '') || opensOnProvinceIndex(first));
}

/** Round 48: an index's value named up to the province it is of, opening a lead ("Giá trị DTI Đà Nẵng năm 2023 đạt 0,834/1 điểm, …",
 *  "Chỉ số DTI của tỉnh Bắc Ninh đạt …"), lowercase: the words before the province's name. */
const INDEX_OF_PROVINCE = /^\s*(?:giá\s+trị\s+|điểm\s+)?(?:chỉ\s+số\s+)?(?:dti|par\s+index|pci|papi|sipas|ict\s+index)(?:\s+(?:của|cấp\s+tỉnh\s+của))?\s+(?:(?:tỉnh|thành\s+phố|tp\.?)\s+)?$/u;

/** True when the lead's first sentence opens on the index value of the one province it names (`INDEX_OF_PROVINCE`): the page is that province's. */
function opensOnProvinceIndex(first: string): boolean {
  const lower = first.toLowerCase().normalize('NFC');
  const names = provinceNamesAt(lower);
  return names.length === 1 && INDEX_OF_PROVINCE.test(lower.slice(0, names[0]));
}

/** The province itself, unnamed, in the lead's first sentence: "… của tỉnh tiếp tục chuyển biến …", "toàn tỉnh", "trên địa bàn tỉnh" (lowercase). */
const OWN_PROVINCE_IN_LEAD = /(?<![\p{L}\p{M}])(?:của|toàn|trên\s+địa\s+bàn)\s+tỉnh(?![\p{L}\p{M}])(?!\s*(?:,\s*)?(?:thành\s+phố|thành|bạn|khác))/u;

/** Round 44: a lead whose first sentence speaks of the province unnamed and whose paragraph then names it ("Năm 2023, việc thực hiện … của tỉnh tiếp
 *  tục chuyển biến …. Theo công bố …, tỉnh Nam Định xếp thứ 7 cả nước …"), a page without a headline: the province's report. */
function opensOnOwnProvince(first: string, lead: string): boolean {
  return OWN_PROVINCE_IN_LEAD.test(first.toLowerCase()) && namesProvince(lead.toLowerCase());
}

/** The page's lead paragraph (its first of `LEAD_MIN_CHARS` or more, after the headline when `headline`). */
function leadParagraph(paragraphs: readonly string[], headline: boolean): string | undefined {
  return paragraphs.slice(headline ? 1 : 0).find((p) => p.length >= LEAD_MIN_CHARS);
}

/** The first sentence of the page's lead (its first paragraph of `LEAD_MIN_CHARS` or more, after the headline when `headline`); an
 *  abbreviation's stop ends no sentence ("Đến năm 2030, TP. Hồ Chí Minh …", round 43). Undefined when the page has no lead. */
export function leadSentence(paragraphs: readonly string[], headline: boolean): string | undefined {
  const lead = leadParagraph(paragraphs, headline);
  return lead === undefined ? undefined : splitSentences(lead, 0)[0]?.text ?? '';
}

/** Round 45: a dateline opening a story, the place it was filed from ("HÀ NỘI — ", "HCM CITY — "): no owner of its figures. As written
 *  (in capitals, `DATELINE_CAPS`), or in text already lowercased (`DATELINE_ANY`: an English sentence as the matcher reads it). */
const DATELINE_CAPS = /^\s*\p{Lu}[\p{Lu}\p{M}.]*(?:\s+\p{Lu}[\p{Lu}\p{M}.]*){0,2}\s+[—–]\s+/u;
const DATELINE_ANY = /^\s*(?:[\p{L}\p{M}.]+\s+){0,2}[\p{L}\p{M}.]+\s+[—–]\s+/u;

/** `text` with an opening dateline's place blanked (same length); `asWritten`: only one in capitals. */
export function withoutDatelinePlace(text: string, asWritten = false): string {
  return text.replace(asWritten ? DATELINE_CAPS : DATELINE_ANY, (m) => ' '.repeat(m.length));
}

/** Words right before a province's name that make it a scene, a destination, a partner or a comparison, not the owner of a figure ("tại Hà Nội", "so với Đà Nẵng"). */
const NOT_OWNER_BEFORE = /(?<![\p{L}\p{M}])(?:tại|ở|tới|đến|về|với|cùng|và|như|hay|hoặc|ngoài)\s+(?:(?:tỉnh|thành phố|tp\.?)\s*)?$/u;

/**
 * Round 36: true when the sentence, before the number at `at`, names a province as the owner of what it counts ("Trung tâm
 * Hành chính công tỉnh X nhận gần 80.000 hồ sơ, trong đó …", "Công an tỉnh X đã kích hoạt …", "X là 1/9 tỉnh
 * …"), not as a scene, a partner or a comparison (`NOT_OWNER_BEFORE`), and names nothing national there (`NATION_WIDE`) but the field
 * it is placed in (`NATIONAL_FIELD`: "đứng thứ 3 cả nước", "nhóm đầu cả nước"):
 * the figure is that province's, no value of a national series.
 */
export function namesOwnerProvinceBefore(sentence: string, at: number): boolean {
  const before = withoutDatelinePlace(sentence.slice(0, at).normalize('NFC'), true).toLowerCase();
  if (NATION_WIDE.test(before.replace(NATIONAL_FIELD, ''))) return false; // round 43: "Hà Nội đứng thứ 3 cả nước về doanh thu …, đạt …": the field the province is placed in, no national owner
  return provinceNamesAt(before).some((i) => !NOT_OWNER_BEFORE.test(before.slice(Math.max(0, i - 24), i)));
}

/** The districts of a province counted together as the owner or place of a figure: "các huyện, thành phố", "tại các quận, huyện", "cấp huyện, thành phố" (lowercase). */
const DISTRICTS = /(?<![\p{L}\p{M}])(?:(?:các|những)\s+(?:quận,\s*)?huyện(?:,\s*(?:thị xã,\s*)?(?:thành phố|thị xã))?|cấp\s+huyện,\s*(?:thị xã,\s*)?thành phố)(?![\p{L}\p{M}])/u;

/**
 * Round 36: true when the number's `;`-clause, before the number, names the districts of a province together ("Tính riêng tháng
 * 3, các huyện, thành phố đã nhận gần 9.000 hồ sơ qua mạng", "… ở các huyện, thị xã đạt 90%"): the figure is the
 * districts', a part of the province's, and no value of a national or a provincial series. Not indicator-subject.ts'
 * `BELOW_PROVINCE` ("của huyện", "cấp xã"), which reads the words between a series' concepts and the number: here the
 * districts are the subject before the number, outside that span.
 */
export function countsDistricts(clauseBefore: string): boolean {
  return DISTRICTS.test(clauseBefore.toLowerCase());
}

/** The province itself, unnamed, acting at a clause's start in a paragraph: "…, tỉnh đã tiến hành …", "Toàn tỉnh đang …" (lowercase). */
const PROVINCE_ACTS = /(?:^|[.;:,]\s*|(?<![\p{L}\p{M}])toàn\s+)tỉnh\s+(?:đã|đang|vừa)(?![\p{L}\p{M}])/u; // a clause opening on it, not a count of provinces ("60 tỉnh đã kiện toàn …")

/**
 * Round 47: true when a paragraph speaks of the province unnamed as its own, anywhere in it ("… trên tổng số trẻ em dưới 14 tuổi của
 * tỉnh.", "tỉnh đã tiến hành thu nhận …"), and names nothing national but the national systems it uses: its figures are the province's,
 * those before that sentence too ("Đến nay, …; 100% xã, phường, thị trấn được phủ sóng di động; tỷ lệ người dùng internet đạt 91%; …").
 */
export function speaksAsOwnProvince(paragraph: string): boolean {
  const lower = paragraph.toLowerCase().replace(NATIONAL_SYSTEM, '');
  return (OWN_PROVINCE_PLACE.test(lower) || PROVINCE_ACTS.test(lower)) && !NATION_WIDE.test(lower);
}
