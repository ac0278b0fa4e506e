/**
 * Dates that are no period of the figures around them: the baseline of a comparison ("so với năm
 * 2020", "cùng kỳ năm 2023", "Con số này năm 2022 là …"), a rank kept from an earlier edition, the
 * year of a plan a number is a share of or a plan's horizon ("đạt 43,78% kế hoạch năm 2023",
 * "nhiệm vụ trọng tâm năm 2025"), a cited document's date ("Quyết định số 06/QĐ-TTg ngày …") and an issued plan's
 * name ("ban hành Kế hoạch chuyển đổi số năm 2024"). Pure.
 */
import type { DateMatch } from './dates';
import { FORECAST } from './baseline-value';

/** Words before a date that make it the baseline of a comparison (at most 30 characters before it; a "top 10" may stand between). */
const BASELINE = /(?:so với|so sánh với|từ mức|cùng kỳ|(?<![\p{L}\p{M}])bằng\s+(?:xếp\s+hạng|thứ\s+hạng|vị\s+trí|mức|kết\s+quả)(?=\s*(?:của\s*)?$|\s+(?:của\s+)?năm)|(?<![\p{L}\p{M}])(?:so|(?:cao|thấp|nhiều|ít|lớn)\s+hơn|bằng|kém|tương\s+đương)(?=\s*$|\s+(?:năm|tháng|quý|kỳ)))(?:[^,;.()\d]|(?<=top\s{1,2}\d{0,2})\d){0,30}$/u; // "so với bảng xếp hạng top 10 năm 2023", "cao hơn năm 2022", "không bằng năm 2022"
/** Round 44: a later date of a list of compared dates ("so với năm 2022 và 2020", "so với các năm 2019, 2020 và 2021"): the comparison's too. */
const COMPARED_LIST = /(?:so với|cùng kỳ)\s+(?:(?:các\s+)?(?:năm|tháng|quý|kỳ)\s+)?[\d/]+(?:\s*(?:,|và)\s*(?:(?:năm|tháng|quý)\s+)?[\d/]+)*\s*(?:,|và)\s*(?:(?:năm|tháng|quý)\s+)?$/u;
/** Round 38: what a figure equals, named by up to three words, then its date: "tương đương đóng góp năm 2019", "tương đương với mức của năm 2021". */
const EQUALS_NAMED = /(?<![\p{L}\p{M}])tương\s+đương(?:\s+với)?(?:\s+[^\s,;.()\d]+){1,3}\s*$/u;
/** A compared value with its date after it: "so với mức 91,25% hồi quý I/2024", "so với 40 điểm của năm 2023", "trái ngược với chỉ 9% vào cuối năm 2019" (round 36), "so với mức 3,94 tỷ USD của tháng 2/2024" (two unit words, session 25). */
const COMPARED_VALUE = /(?:so với|(?:trái\s+)?ngược\s+với)\s+(?:(?:chỉ|mới)\s+)?(?:mức\s+|con số\s+)?(?:khoảng\s+)?\d[\d.,]*\s*(?:%|điểm|[\p{L}]+(?:\s+[\p{L}]+)?)?\s+(?:hồi|của|vào|trong|ở)?\s*$/u;
/** A value the figure is ranked against, with its date after it: "chỉ thấp hơn mức 8,1% của quý III/2021", "cao hơn tốc độ 5% của năm 2022" (round 32), "chỉ sau mức tăng 9,44% của năm 2022" (session 25); not "cao hơn 2 điểm trong năm 2024", the figure's own date. */
const HIGHER_THAN_VALUE = /(?<![\p{L}\p{M}])(?:(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+hơn|(?:chỉ|đứng)\s+sau)\s+(?:[^,;()\d]{0,30}?\s)?\d[\d.,]*\s*(?:%|điểm|[\p{L}]+)?\s+(?:hồi|của)\s*$/u;
/**
 * Round 33: a rate ranked against another period's with no value ("cao hơn mức tăng của năm 2021", "thấp hơn tốc độ
 * tăng của 6 tháng các năm 2019-2022"): the date after "của" is the comparison's; not "… trong năm 2024", the figure's own.
 */
const HIGHER_THAN_RATE = /(?<![\p{L}\p{M}])(?:cao|thấp|lớn|nhỏ)\s+hơn\s+(?:so với\s+)?(?:tốc độ|mức|nhịp)(?:\s+[^\s,;.()\d]+){0,3}\s+của(?:\s+[^\s,;.()\d]+){0,4}\s*$/u;
/**
 * Round 33: the phase a result or a goal prepares ("…, tạo đà bứt phá trong giai đoạn 2026-2030", "làm
 * tiền đề vững chắc cho kỳ 2026-2030"): the next phase's, neither the figure's period nor one handed on.
 */
const PREPARED_PHASE = /(?<![\p{L}\p{M}])(?:tạo\s+(?:đà|tiền\s+đề|nền\s+tảng)|làm\s+(?:tiền\s+đề|nền\s+tảng))(?:\s+[^\s,;.()\d]+){0,8}?\s+(?:cho|trong)\s+(?:cả\s+)?$/u;
/** True when the phase `d` ("giai đoạn 2026-2030", a span) is one the figure before prepares (`PREPARED_PHASE`). */
const isPreparedPhase = (sentence: string, d: Pick<DateMatch, 'start'> & { isoEnd?: string }): boolean =>
  d.isoEnd !== undefined && PREPARED_PHASE.test(sentence.slice(Math.max(0, d.start - 90), d.start).toLowerCase());
/** A sentence opening on the figure before and an earlier date: "Con số này năm 2022 là 288 USD" (not a forecast: "… năm 2026 dự kiến đạt …"). */
const POINTING_BACK = /^\s*(?:con số|t[ỷỉ] lệ|chỉ số|mức|giá trị) (?:này|đó)\s*$/u;

/** True when the date `d` opens a sentence that gives the earlier value of the figure before ("Con số này năm 2022 là 288 USD"). */
function pointsBackDate(sentence: string, d: Pick<DateMatch, 'start'>): boolean {
  const lower = sentence.toLowerCase();
  return POINTING_BACK.test(lower.slice(0, d.start)) && !FORECAST.test(lower.slice(d.start).replace(/^\D*\d[\d/.-]*/u, '').split(/\d/u)[0]!);
}

/** Words before a date that make it the year of a plan a number is measured against ("đạt 43,78% kế hoạch năm 2023"). */
const PLAN_SHARE = /\d\s*%?\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)\s*(?:năm\s*)?$/u;
/**
 * Round 37: the plan of a span shorter than a year ("đạt 107% kế hoạch 6 tháng", "100,2% kế hoạch quý I", "95% kế hoạch tháng 10"):
 * the figure measured against it is that span's own, unlike a year's plan, which a part of the year is a share of.
 */
export const isSpanPlan = (d: { precision?: DateMatch['precision'] }): boolean => d.precision !== undefined && d.precision !== 'year' && d.precision !== 'day';
/** A bracket opening on a share of a plan, up to the plan's date: "(tương đương 107,6% kế hoạch ", "(đạt 100,2% kế hoạch ". */
const PLAN_SHARE_BRACKET = /^\(\s*(?:(?:tương\s+đương|bằng|đạt|vượt)\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*%\s*(?:so\s+với\s+)?kế\s+hoạch\s*$/iu;

/** Round 37: the bracket's text up to `d` measures the figure before it against the plan of the span `d` ("89.900 tỷ đồng (tương đương 107,6% kế hoạch 6 tháng)"): the figure is that span's. */
export const isSpanPlanBracket = (bracketToDate: string, d: { precision?: DateMatch['precision'] }): boolean => isSpanPlan(d) && PLAN_SHARE_BRACKET.test(bracketToDate);
/** Words before a date that make it a plan's horizon ("nhiệm vụ trọng tâm năm 2025"): not the period of what follows. */
const PLAN_YEAR = /(?:kế hoạch|chỉ tiêu|dự toán|nhiệm vụ(?: trọng tâm)?|phương hướng)\s*(?:năm\s*)?$/u;

/** Session 25: a plan's span a result is measured against ("đạt 1.148, vượt chỉ tiêu giai đoạn 2021 - 2025", "đã hoàn thành kế hoạch
 *  giai đoạn 2021-2025"): the plan's, not the result's period (an annual plan's year, "vượt kế hoạch năm 2024", is the result's own;
 *  a purpose, "để hoàn thành kế hoạch giai đoạn …", names the stage a year's goals belong to). */
const PLAN_SPAN_MET = /(?<![\p{L}\p{M}])(?:vượt|(?:đã\s+)(?:đạt|hoàn thành)(?:\s+và\s+vượt)?)(?:\s+(?:xa|trước|sớm))?\s+(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+(?:đề ra|đặt ra|được giao|của))?\s*(?:giai đoạn\s*)?$/u;
/** True when the span `d` of `sentence` is a plan's a result is measured against (`PLAN_SPAN_MET`). */
export const isPlanSpanMet = (sentence: string, d: Pick<DateMatch, 'start'> & { isoEnd?: string }): boolean =>
  d.isoEnd !== undefined && PLAN_SPAN_MET.test(sentence.slice(Math.max(0, d.start - 45), d.start).toLowerCase());

/** A rank kept from an earlier edition: "duy trì thứ hạng năm 2024", "giữ nguyên vị trí như năm 2023". */
const KEPT = /(?:duy trì|giữ(?: nguyên| vững)?)\s+(?:thứ hạng|vị trí|hạng|thứ bậc)(?:\s+(?:của|như|bằng))?\s*(?:năm\s*)?$/u;
/** True when the year `d` of `sentence` names a year's plan or tasks ("triển khai kế hoạch năm 2026", "nhiệm vụ trọng tâm năm 2025"). */
export const isPlanYear = (sentence: string, d: Pick<DateMatch, 'start'>): boolean => PLAN_YEAR.test(sentence.slice(Math.max(0, d.start - 45), d.start).toLowerCase());
/** True when the date `d` of `sentence` is a comparison's, a plan's a number is a share of, or a plan's horizon: never inherited by what follows. */
export function isBaseline(sentence: string, d: Pick<DateMatch, 'start'> & { isoEnd?: string }): boolean {
  return isComparison(sentence, d) || isPlanYear(sentence, d);
}

/** True when the date `d` of `sentence` is the baseline of a comparison ("so với năm 2020", "cùng kỳ năm 2023"), the year of a plan a number is a share of ("đạt 43,78% kế hoạch năm 2023") or a phase the figure prepares (`PREPARED_PHASE`): never a number's period. */
/** Session 24: an English comparison right before a date ("a 131 per cent increase from Q1/2024's …", "compared with 2023", "up from
 *  2022", "than in 2021", "over the same period of 2023"). */
const ENGLISH_BASELINE = /(?<![\p{L}])(?:from|compared\s+(?:to|with)|than(?:\s+in)?|against|versus|vs\.?|over)(?:\s+(?:the\s+)?(?:same\s+(?:period|time|quarter|month)\s+(?:of|in|last)\s*)?)?\s*$/u;

/** Round 46: the last edition a figure is compared with, named at length before its date ("so với phiên bản Chỉ số An toàn thông tin
 *  mạng toàn cầu gần nhất vào năm 2021", "so với kỳ đánh giá trước đó năm 2022"). */
const COMPARED_EDITION = /(?<![\p{L}\p{M}])so\s+với\s+[^,;.()\d]{0,90}?(?:gần\s+nhất|trước\s+đó|lần\s+trước|kỳ\s+trước)\s+(?:(?:vào|trong)\s+)?(?:năm\s+)?$/u;

export function isComparison(sentence: string, d: Pick<DateMatch, 'start'> & { isoEnd?: string; precision?: DateMatch['precision'] }): boolean {
  const before = sentence.slice(Math.max(0, d.start - 45), d.start).toLowerCase();
  return BASELINE.test(before) || COMPARED_EDITION.test(sentence.slice(Math.max(0, d.start - 130), d.start).toLowerCase()) || COMPARED_LIST.test(before) || ENGLISH_BASELINE.test(before) || EQUALS_NAMED.test(before) || KEPT.test(before) || COMPARED_VALUE.test(before) || HIGHER_THAN_VALUE.test(before) || HIGHER_THAN_RATE.test(before) || (PLAN_SHARE.test(before) && !isSpanPlan(d)) || isPreparedPhase(sentence, d) || pointsBackDate(sentence, d);
}

/**
 * A cited document's number and date: "Quyết định số 06/QĐ-TTg ngày", "Nghị quyết 57-NQ/TW ngày",
 * "Kế hoạch số 12/KH-UBND ngày …" (optionally "của <issuer>" before "ngày": "Nghị quyết số 05-NQ/TU của Tỉnh ủy đặt mục
 * tiêu đến năm 2030" cites no date), on lowercase text.
 */
const DOCUMENT_BEFORE = /(?:quyết định|nghị định|nghị quyết|thông tư|chỉ thị|công văn|kế hoạch|quy định|luật|văn bản|đề án|kết luận|thông báo|hướng dẫn|chương trình)(?:\s+số)?\s+\d[\p{L}\p{M}\d/.\-–]*\s*(?:,?\s*(?:của\s+[^,;()\d]{1,60}?\s*)?ngày\s*)?$/u; // round 44: a comma before its day ("Nghị quyết số 05-NQ/TU, ngày 14/7/2022, …"; not "Kế hoạch số 12/KH-UBND, năm 2024 tỉnh đã …")

/**
 * Round 24b: a plan issued, approved or drawn up, its name closing on a year or a phase ("đã ban hành Kế hoạch chuyển đổi
 * số năm 2024", "phê duyệt Đề án phát triển hạ tầng số giai đoạn 2021 - 2025"): the year names the document, it dates
 * neither the count of those who issued it nor the figures around it (on lowercase text; up to six words of name).
 */
const ISSUED_PLAN_BEFORE = /(?<![\p{L}\p{M}])(?:ban hành|phê duyệt|xây dựng)\s+(?:kế hoạch|chương trình|đề án|chiến lược)(?:\s+[^\s,;:.()\d]+){0,6}\s+(?:(?:năm|giai đoạn)\s+)?$/u;

/** True when the date `d` of `sentence` is a cited document's date ("Theo Quyết định số 06/QĐ-TTg ngày 6/1/2022, …") or ends an issued plan's name (`ISSUED_PLAN_BEFORE`): never a period. */
export function isDocumentDate(sentence: string, d: Pick<DateMatch, 'start' | 'text'>): boolean {
  const own = /^ngày\s*/iu.exec(d.text)?.[0].length ?? 0;
  const before = sentence.slice(Math.max(0, d.start - 120), d.start + own).toLowerCase();
  return DOCUMENT_BEFORE.test(before) || (own === 0 && ISSUED_PLAN_BEFORE.test(before));
}
