/**
 * Figures that are no value of any series of the catalogue, whatever words stand around them (the
 * growth and share series are year-on-year levels of a whole): a change over the month or quarter
 * before ("tăng 6% so với tháng trước", "tăng 5% so với tháng 10/2023" for November 2023), a share of
 * a plan ("đạt 49% kế hoạch năm") or of a change ("chiếm 53% mức tăng …"), a trade flow with one market ("xuất khẩu … sang Mỹ đạt", "xuất khẩu Hoa Kỳ đạt"), an amount stated as a change ("tương đương mức tăng tuyệt đối …"), the bodies a task is handed to ("giao cho 56 cơ quan"), an average over years or a per-capita mean ("trung bình tăng
 * 30-40%/năm", "bình quân tính đến tháng 6 đã tăng 52%"), a count per day or hour ("mỗi ngày … hơn 23 sự cố"), a bound on a rank ("thuộc nhóm 10 địa phương
 * dẫn đầu"), a rank by a share ("đứng thứ 2 về tỷ lệ …"), a part's share of the whole in brackets after its
 * share of another base ("đóng góp 7,4% GDP (chiếm 60%)"), a range of a rate ("khoảng 7,8- 8%/năm"), one kind of body in a list of counts
 * of other kinds ("13 bộ, ngành, 63 địa phương, 03 doanh nghiệp"), the change of a growth rate stated just before it
 * ("tăng trưởng … là 13,6%, tăng 3,99%") or of a score ("… đạt 0,7723, tăng 13,3%", round 31f), a ratio "one in N" restated as a rate (round 31f), faults of a cable or a line counted in its sentence ("tuyến cáp … gặp 12 sự cố",
 * round 31e: a breakdown, no cyberattack). Such a figure keeps its value, status and
 * period but takes no indicator; so does a revenue beyond twice the GDP (`isRevenueBeyondGdp`). Averages and rates
 * per short span are read in not-series-averages.ts. Pure.
 */
import { isFinishingOrder } from './rank-order';
import type { Period } from '../../src/schemas/metric';
import { findDates } from './dates';
import { isCompoundGrowth } from './forecast';
import { FOREIGN_COUNTRIES } from './phrases';
import type { Span } from './items';
import { isBareTop } from './number-share';
import { isAverageOrRate } from './not-series-averages';

export { isAverageBreakdown, opensAverage } from './not-series-averages';

/** The number's own piece after it: up to the next comma, ";", "và" or the end. */
function pieceAfter(sentence: string, n: Span): string {
  const rest = sentence.slice(n.end).toLowerCase();
  const stop = /,(?!\d)|;|\svà\s|\.\s|\.$/u.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}

/** A comparison with the period just before ("so với tháng trước", "so với quý liền kề", "so với tháng đầu tiên"). */
const PREVIOUS_PERIOD = /so\s+(?:với\s+)?(?:(?:tháng|quý|kỳ)\s+(?:trước|liền\s+kề)|tháng\s+đầu\s+tiên)(?![\p{L}\p{M}])/u;

/** A comparison with a named year ("so với năm 2019", "so với cùng kỳ năm 2019"); its year in group 1. */
const COMPARED_YEAR = /so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+(\d{4})(?![\p{L}\p{M}\p{N}])/u;

/** Round 44: growth over a year before the year before ("tăng 21,8% so với năm 2019" of May 2022): a change over several years, not the yearly rate a series counts. */
function isOverEarlierYears(piece: string, period: Period | undefined): boolean {
  const year = COMPARED_YEAR.exec(piece)?.[1];
  return !!year && !!period?.iso && Number(year) < Number(period.iso.slice(0, 4)) - 1;
}

/** True when the growth at `n` is over the month or quarter before, not over a year ("tăng 5% so với tháng 10/2023" of November 2023). */
export function isPeriodOnPeriod(sentence: string, n: Span, period: Period | undefined): boolean {
  const piece = pieceAfter(sentence, n);
  if (PREVIOUS_PERIOD.test(piece) || isOverEarlierYears(piece, period)) return true;
  const at = piece.search(/so\s+(?:với\s+)?(?:tháng|quý)/u);
  if (at < 0 || !period) return false;
  const d = findDates(piece.slice(at))[0];
  if (!d || (d.precision !== 'month' && d.precision !== 'quarter')) return false;
  if (d.yearMissing) return d.iso.slice(5) !== period.iso.slice(5); // "so với tháng 8" of September: the same year
  return d.iso.slice(0, 4) === period.iso.slice(0, 4) && d.iso !== period.iso;
}

/** A percentage followed by the plan it is a share of ("đạt 49% kế hoạch năm nay", "bằng 102% so với chỉ tiêu"). */
const OF_PLAN = /^\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu)(?![\p{L}\p{M}])/u;
/** A percentage followed by the change it is a share of ("chiếm 53% mức tăng trị giá xuất khẩu", "đóng góp 40% phần tăng thêm"). */
const OF_CHANGE = /^\s*(?:của\s+)?(?:mức|phần|lượng|giá\s+trị)\s+(?:tăng|giảm|sụt\s+giảm)(?![\p{L}\p{M}])/u;
/** A trade flow to or from one market before the number ("xuất khẩu … sang Mỹ đạt", "nhập khẩu từ Hàn Quốc"): a part of the national total. */
const ONE_MARKET = /(?<![\p{L}\p{M}])(?:xuất\s+khẩu|nhập\s+khẩu)(?![\p{L}\p{M}])[^;.]{0,80}?(?<![\p{L}\p{M}])(?:sang|tới|vào|từ)\s+(?:(?:thị\s+trường|khu\s+vực)\s+)?\p{Lu}[^;.]*$/u;
/** Exports named by their market with no word between ("xuất khẩu Hoa Kỳ đạt …", "nhập khẩu Trung Quốc"): the market must be a foreign country's name. */
const MARKET_NAMED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:xuất\s+khẩu|nhập\s+khẩu)\s+(?:${FOREIGN_COUNTRIES.join('|')})(?![\p{L}\p{M}])[^;.]*$`, 'u');

/** An amount stated as the change of a figure before it ("tương đương mức tăng tuyệt đối hơn 33 tỷ USD", "mức tăng tuyệt đối"): a change, no level of a series. Lowercase, up to the number. */
const CHANGE_AMOUNT = /(?<![\p{L}\p{M}])(?:mức\s+(?:tăng|giảm)(?:\s+tuyệt\s+đối)?|(?:tăng|giảm)\s+tuyệt\s+đối|tương\s+(?:ứng|đương)(?:\s+với)?(?:\s+mức)?\s+(?:tăng|giảm))(?:\s+(?:thêm|khoảng|gần|hơn|trên|tới|là|đạt))*\s*$/u;

/** The bodies something is handed to, right before their count ("… nhiệm vụ giao cho 31 cơ quan", "phân bổ cho 20 đơn vị"): the receivers, no count of bodies that did what a series counts. Lowercase, up to the number. */
const RECEIVERS = /(?<![\p{L}\p{M}])(?:giao|phân\s+công|phân\s+bổ|gửi|cấp\s+phát)\s+(?:cho|tới|đến)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$/u;

/** Qualifiers that may stand before a bound of a range. */
const Q = String.raw`(?:(?:khoảng|gần|hơn|trên|dưới|xấp xỉ)\s+)?`;
/** "từ khoảng 0,5 …" right before the lower bound, "… đến gần 0,6" right after it. */
const FROM_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])từ\s+${Q}$`, 'u');
const TO_AFTER = new RegExp(String.raw`^\s*(?:%|điểm)?\s*đến\s+${Q}\d`, 'u');
/** "… từ khoảng 0,5 đến gần " right before the upper bound. */
const TO_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])từ\s+${Q}[\d.,]+\s*(?:%|điểm)?\s+đến\s+${Q}$`, 'u');

/** True when the number at `n` is a bound of a range written "từ X đến Y" ("giá trị DTI đạt từ khoảng 0,5 đến gần 0,6"); "từ X lên Y" is a move, not a range. */
export function isFromToBound(sentence: string, n: Span): boolean {
  const before = sentence.slice(Math.max(0, n.start - 80), n.start).toLowerCase();
  return (FROM_BEFORE.test(before) && TO_AFTER.test(sentence.slice(n.end, n.end + 40).toLowerCase())) || TO_BEFORE.test(before);
}

/** A share in brackets right after a share ("lõi đóng góp 7,42% (chiếm 60,19%)"): the part's share of the whole just named, not of the first one's base. */
const SHARE_OF_PART = /\d\s*%(?:\s+[\p{L}\p{M}]+){0,2}\s*\(\s*(?:chiếm|bằng|tương\s+đương)(?:\s+(?:tỷ|tỉ)\s+(?:trọng|lệ))?\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$/u;

/** A rank's measure named as a share in its own clause ("đứng thứ 2 toàn quốc về tỷ lệ …", "Đứng thứ 2 là A với tỷ trọng 42%"): a place by that share, no index's rank. */
const RANKS_A_SHARE = /(?<![\p{L}\p{M}])(?:về|với|theo)\s+(?:tỷ|tỉ)\s+(?:lệ|trọng)(?![\p{L}\p{M}])/u;

/** True when the rank at `n` ranks a share its clause names (`RANKS_A_SHARE`), not an index. */
export function ranksAShare(sentence: string, n: Span): boolean {
  const lower = sentence.toLowerCase().replace(/(?<=\d),(?=\d)/gu, '.'); // a decimal comma ("đạt 8,01% đã giúp … xếp thứ 21") cuts no clause
  const from = Math.max(lower.lastIndexOf(',', n.start), lower.lastIndexOf(';', n.start), lower.lastIndexOf(':', n.start)) + 1;
  const stop = /[,;:]/u.exec(lower.slice(n.end));
  return RANKS_A_SHARE.test(lower.slice(from, stop ? n.end + stop.index : lower.length));
}

/** Kinds of bodies or places a count may count, lowercase: "bộ, ngành", "địa phương", "tỉnh, thành phố", "doanh nghiệp". */
const BODY = String.raw`(bộ|ngành|địa phương|tỉnh|thành phố|doanh nghiệp|cơ quan|đơn vị|tổ chức)(?![\p{L}\p{M}])`;
/** A count of bodies right after the number, then another count of another kind in the same list: "13 bộ, ngành, 63 địa phương". */
const BODY_THEN_OTHER = new RegExp(String.raw`^\s*${BODY}[^;.()\d]{0,40}?(?:,|\svà)\s*\d[\d./]*\s+${BODY}`, 'u');
/** Counts of bodies of a sentence. */
const BODY_COUNTS = new RegExp(String.raw`\d[\d./]*\s+(?:[\p{L}\p{M}]+\s+)?${BODY}`, 'gu'); // a stray word between: "4 doanh doanh nghiệp"
/** The kind of body a count counts, right after it. */
const OWN_BODY = new RegExp(String.raw`^\s*${BODY}`, 'u');
/** Another count of another kind of body just before the number in its list: "13 bộ, ngành, 4 doanh nghiệp và 63/63 địa phương". */
const OTHER_BEFORE = new RegExp(String.raw`\d[\d./]*\s+${BODY}[^;.()\d]{0,40}?(?:,|\svà)\s*$`, 'u');

/**
 * True when the count at `n` counts one kind of body in a list of three or more counts of other kinds ("kết nối với 13
 * bộ, ngành, 63 địa phương và 03 doanh nghiệp"): a part of the parties connected, not a series' value; a list of two
 * ("19/21 bộ và 63/63 tỉnh") is each group's value.
 */
export function isBodyListPart(sentence: string, n: Span): boolean {
  const lower = sentence.toLowerCase();
  if ((lower.match(BODY_COUNTS) ?? []).length < 3) return false; // "19/21 bộ và 63/63 tỉnh": each group is counted by the series
  const after = BODY_THEN_OTHER.exec(lower.slice(n.end));
  if (after && after[1] !== after[2]) return true;
  const own = OWN_BODY.exec(lower.slice(n.end));
  const before = OTHER_BEFORE.exec(lower.slice(0, n.start));
  return !!own && !!before && before[1] !== own[1];
}

/** Revenue amounts above twice Viet Nam's yearly GDP: no revenue of the country or a sector can be one (a misprint). Payment flows can. */
const MOST_REVENUE: Record<string, number> = { VND: 2e16, USD: 1e12 };
/** Revenue named in the number's clause before it ("doanh thu ngành công nghệ thông tin đạt"). */
const REVENUE_BEFORE = /(?<![\p{L}\p{M}])doanh\s+thu(?![\p{L}\p{M}])[^,;:()]{0,80}$/u;

/** True when a revenue amount is beyond any national total ("doanh thu … đạt 27 triệu tỷ đồng" for one half-year). */
export function isRevenueBeyondGdp(sentence: string, n: Span & { unit: string; value?: number }): boolean {
  const most = MOST_REVENUE[n.unit];
  return most !== undefined && n.value !== undefined && Math.abs(n.value) > most && REVENUE_BEFORE.test(sentence.slice(0, n.start).toLowerCase());
}

/** The earlier values of a list that ends right before a number ("tăng tương ứng 58,86% và "): a later item reads the words before the first. */
const LIST_ITEMS_BEFORE = /(?:\d[\d.,]*\s*%\s*(?:,|và)\s*)+$/u;

/** `before` without the list items just before the number, so that "bình quân … tăng A% và B%" reads "bình quân" for B as for A. */
export function withoutListItems(before: string): string {
  return before.replace(LIST_ITEMS_BEFORE, '');
}

/** A growth rate stated, then its own change ("tốc độ tăng trưởng … là 13,6%, tăng 3,99% so với quý trước"): the change of a rate is no growth series' value. Lowercase, up to the number. */
const RATE_THEN_CHANGE = /tăng trưởng[^.;:]{0,80}?(?:là|đạt|ở mức)\s+(?:khoảng\s+)?\d[\d.,]*\s*%\s*,\s*(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn))*\s*$/u;

/** An index score stated, then its own change ("trụ cột kinh tế số đạt 0,7723, tăng 13,3%", round 31f): the change of a score (a value below 1 with decimals) is no growth series' value. Lowercase, up to the number. */
const SCORE_THEN_CHANGE = /(?:đạt|là|ở\s+mức)\s+(?:khoảng\s+)?0,\d{2,4}(?:\s*điểm)?\s*,\s*(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn))*\s*$/u;

/** A ratio "one in N" restated as a rate ("cứ 220 người dùng … thì có 1 người bị lừa đảo, tương đương tỷ lệ 0,45%", round 31f): the rate of the few, no share of the many the sentence names first. Lowercase, up to the number. */
const ONE_IN_N = /(?<![\p{L}\p{M}])cứ\s+[\d.,]+\s[^;.]{1,80}?\s(?:thì\s+)?(?:lại\s+)?có\s+[\d.,]+\s[^;.]{1,120}?(?:tương\s+(?:đương|ứng)(?:\s+với)?\s+)?(?:tỷ|tỉ)\s+lệ\s+(?:(?:khoảng|gần|hơn|là)\s+)?$/u;

/** Faults counted right after the number: "12 sự cố", "5 lỗi", "3 lần đứt cáp". */
const FAULT_AFTER = /^\s+(?:sự\s+cố|lỗi|lần\s+(?:đứt|mất))(?![\p{L}\p{M}])/iu;
/** A physical line the sentence names: a cable ("cáp quang biển", "tuyến cáp"), a transmission line, a mast or the power. */
const PHYSICAL_LINE = /(?<![\p{L}\p{M}])(?:cáp|đường\s+truyền|đường\s+dây|trạm\s+phát\s+sóng|trạm\s+bts|nguồn\s+điện|mất\s+điện)(?![\p{L}\p{M}])/iu;
/** Words of an attack or of information security: the faults are then incidents of that kind. */
const SECURITY = /(?<![\p{L}\p{M}])(?:tấn\s+công|an\s+toàn\s+thông\s+tin|an\s+ninh\s+mạng|mã\s+độc|tin\s+tặc|lừa\s+đảo)(?![\p{L}\p{M}])/iu;

/** True when the count at `n` counts faults (`FAULT_AFTER`) of a physical line its sentence names (`PHYSICAL_LINE`), with no word of an attack (`SECURITY`): a breakdown, no security incident. */
export function isLineFaultCount(sentence: string, n: Span): boolean {
  return FAULT_AFTER.test(sentence.slice(n.end)) && PHYSICAL_LINE.test(sentence) && !SECURITY.test(sentence);
}

/**
 * True when the figure at `n` is no value of any series (see the module comment); a range of a rate or an amount
 * ("7,8-8%/năm", "59-62 triệu") is none either, but a range of a share keeps its series ("chiếm 15-20% tổng mức …"):
 * charts draw it as a band.
 */
export function isNoSeriesValue(sentence: string, n: Span & { unit: string; kind: string; qualifier?: string; valueMax?: number; value?: number }, period: Period | undefined, status?: string): boolean {
  if (isRevenueBeyondGdp(sentence, n)) return true;
  if (n.unit === 'count' && (isBodyListPart(sentence, n) || isLineFaultCount(sentence, n))) return true;
  if ((n.valueMax !== undefined && n.kind !== 'share' && !isYearRangeGoal(sentence, n, status)) || isFromToBound(sentence, n) || (n.unit === 'percent' && isCompoundGrowth(sentence))) return true; // "tăng trưởng kép": a rate over years (its start and end levels stay levels)
  if (n.unit === 'rank' && ((n.qualifier === 'at-most' && !isOneRankingGoal(sentence, n, status)) || ranksAShare(sentence, n) || isFinishingOrder(sentence, n))) return true; // "trong nhóm 30/63": a bound, not a position
  if (n.unit === 'percent' && (OF_PLAN.test(sentence.slice(n.end).toLowerCase()) || OF_CHANGE.test(sentence.slice(n.end).toLowerCase()))) return true;
  if (ONE_MARKET.test(sentence.slice(0, n.start)) || MARKET_NAMED.test(sentence.slice(0, n.start))) return true;
  const before = withoutListItems(sentence.slice(0, n.start).toLowerCase());
  if ((n.unit !== 'percent' && CHANGE_AMOUNT.test(before)) || (n.unit === 'count' && RECEIVERS.test(before))) return true;
  if (n.unit === 'percent' && (SHARE_OF_PART.test(before) || SHARE_MOVED.test(before) || ONE_IN_N.test(before) || isGapBetweenGroups(before, sentence.slice(n.end).toLowerCase()))) return true;
  if (isAverageOrRate(before, sentence.slice(n.end).toLowerCase(), n.unit)) return true;
  return n.kind === 'growth' && (isPeriodOnPeriod(sentence, n, period) || RATE_THEN_CHANGE.test(before) || SCORE_THEN_CHANGE.test(before));
}

/** A rate per year or an average over years after or before a range ("20 - 30%/năm", "mỗi năm", "bình quân 15-20%"). */
const YEARLY_RATE = { after: /^\s*(?:\/\s*năm|mỗi\s+năm|hằng\s+năm|hàng\s+năm|một\s+năm)/u, before: /(?:bình\s+quân|trung\s+bình|mỗi\s+năm|hằng\s+năm|hàng\s+năm)[^,;.]*$/u };

/** True when a range of a growth is one year's goal ("phấn đấu tăng trưởng 20 - 22%", "GDP đạt 8,3 - 8,5%"), not a rate per year or an average: a chart draws it as a band. */
function isYearRangeGoal(sentence: string, n: Span & { kind: string }, status: string | undefined): boolean {
  const lower = sentence.toLowerCase();
  return (status === 'target' || status === 'baseline') && n.kind === 'growth' && !YEARLY_RATE.after.test(lower.slice(n.end)) && !YEARLY_RATE.before.test(lower.slice(0, n.start));
}

/** A bound's group of countries and the field it leads in, up to the item's end: "nhóm 50 nước dẫn đầu về công nghệ thông tin (IDI)". */
const COUNTRY_GROUP = /^\s*(?:nước|quốc\s+gia|nền\s+kinh\s+tế)(?![\p{L}\p{M}])([^;.]*)/u;

/**
 * True when a rank bound is a goal among countries in one ranking ("thuộc nhóm 70 nước dẫn đầu về Chính phủ điện tử
 * (EGDI)"): the goal is a value of that ranking's series. A bound among provinces, or in two fields at once ("… về
 * năng lực cạnh tranh số và chỉ số …", "về đổi mới sáng tạo, chuyển đổi số") unless one acronym in brackets ends it, is none.
 */
function isOneRankingGoal(sentence: string, n: Span, status: string | undefined): boolean {
  if (status === 'target' && (isNamedIndexProvinceGoal(sentence, n) || isBareTopOfNamedIndex(sentence, n))) return true;
  const group = COUNTRY_GROUP.exec(sentence.slice(n.end).toLowerCase());
  if (status !== 'target' || !group) return false;
  const field = sentence.slice(n.end).slice(0, group[0].length);
  return ACRONYM_END.test(field) || !/\svà\s|,/u.test(group[1]!);
}
/** Round 44: the provincial index named as the subject of a bound among provinces: "chỉ số chuyển đổi số (của tỉnh) nằm trong nhóm 20 tỉnh",
 *  "chỉ số đánh giá về chuyển đổi số thuộc nhóm 15 tỉnh" (round 52),
 *  "DTI của tỉnh thuộc nhóm 10 tỉnh" (up to the number, lowercase); not "thuộc nhóm 10 tỉnh thực hiện chuyển đổi số tốt" (no index named). */
const INDEX_IN_PROVINCE_GROUP = /(?<![\p{L}\p{M}])(?:chỉ\s+số\s+(?:đánh\s+giá\s+(?:về\s+)?)?(?:chuyển\s+đổi\s+số|cđs|dti)|dti)(?:\s+(?:cấp\s+tỉnh|của\s+(?:tỉnh|thành\s+phố)(?:\s+\p{Lu}[\p{L}\p{M}]*)*))?\s+(?:nằm\s+trong|thuộc|vào)\s+(?:nhóm|top)\s+$/u;
/** A group of provinces right after the number: "20 tỉnh/thành phố", "10 tỉnh, thành phố". */
const PROVINCE_GROUP = /^\s*(?:tỉnh|địa\s+phương)(?![\p{L}\p{M}])/u;

/** Round 52: a group of provinces leading in a ranking named after it: "nhóm 30 tỉnh dẫn đầu trong xếp hạng về CNTT", "top 10 tỉnh, thành phố
 *  dẫn đầu cả nước trong bảng xếp hạng ICT Index" (not a list of rankings); session 43: leading "(cả nước) về chuyển đổi số" or "về chỉ số đánh
 *  giá CĐS", the field the provincial DTI ranks (the corpus' four golds of it read the DTI rank; round 52 had read it as no ranking). */
const PROVINCE_GROUP_LEADS_RANKING = /^\s*(?:tỉnh|địa\s+phương)(?:,\s*thành(?:\s+phố)?)?\s+(?:dẫn\s+đầu|đứng\s+đầu|hàng\s+đầu)(?:\s+cả\s+nước)?\s+(?:(?:trong\s+|về\s+)?(?:bảng\s+)?xếp\s+hạng|về\s+(?:chỉ\s+số\s+(?:đánh\s+giá\s+)?)?(?:chuyển\s+đổi\s+số|cđs)(?=\s*(?:$|[;.,]|năm\s)))(?![\p{L}\p{M}])/u;

/** A second ranking or index named in the rest of the item: the group leads in several, no one series. */
const ANOTHER_RANKING = /(?<![\p{L}\p{M}])(?:xếp\s+hạng|chỉ\s+số)(?![\p{L}\p{M}])/u;

/** True when a rank bound among provinces is a goal for the provincial index named before it (`INDEX_IN_PROVINCE_GROUP`) or for the ranking named after it (`PROVINCE_GROUP_LEADS_RANKING`). */
function isNamedIndexProvinceGoal(sentence: string, n: Span): boolean {
  const after = sentence.slice(n.end).toLowerCase();
  const ranking = PROVINCE_GROUP_LEADS_RANKING.exec(after);
  return (INDEX_IN_PROVINCE_GROUP.test(sentence.slice(Math.max(0, n.start - 80), n.start).toLowerCase()) && PROVINCE_GROUP.test(after))
    || (ranking !== null && !ANOTHER_RANKING.test(after.slice(ranking[0].length).split(/[;.]/u)[0]!)); // one ranking, not "xếp hạng chuyển đổi số, xếp hạng ứng dụng …"
}

/** Round 44: a bare "top N" goal ("tiệm cận mục tiêu top 50 vào năm 2025") in a sentence that names one ranking by its acronym in brackets ("chỉ số Chính phủ
 *  điện tử (EGDI)"): a goal of that ranking. */
function isBareTopOfNamedIndex(sentence: string, n: Span): boolean {
  const acronyms = new Set([...sentence.matchAll(/\(\s*([A-Z][A-Za-z]{1,7})\s*\)/gu)].map((m) => m[1]));
  return acronyms.size === 1 && isBareTop(sentence.slice(0, n.start).toLowerCase(), sentence.slice(n.end, n.end + 40));
}

/** A field that ends on one ranking's acronym in brackets: "về an toàn, an ninh mạng (GCI)". */
const ACRONYM_END = /\(\s*[A-Z][A-Za-z]{1,7}\s*\)\s*$/u;

/** A share then how far it stands above or below another year's ("chiếm gần 32% …, cao hơn 12% so với năm 2019"): percentage points of the share, no growth of the whole. */
const SHARE_MOVED = /(?<![\p{L}\p{M}])chiếm\s+(?:(?:khoảng|gần|hơn|trên|tới)\s+)?[\d.,]+\s*%[^;.%]{0,100},\s*(?:cao|thấp)\s+hơn\s+(?:(?:khoảng|gần|hơn)\s+)?$/u;

/** A gap between two groups: "cao hơn (từ) X% so với nữ giới", "thấp hơn X% so với khu vực thành thị" (not over a time: "so với năm trước"). */
const GAP = {
  before: /(?<![\p{L}\p{M}])(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:(?:từ|khoảng|gần|hơn|trên)\s+)?$/u,
  after: /^[^;.]{0,12}?\s*so\s+với\s+(?!(?:cùng\s+kỳ|năm|tháng|quý|kỳ|giai\s+đoạn|thời\s+điểm|trước|đầu|cuối|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)(?![\p{L}\p{M}]))/u,
};

/** True when a share is the gap between two groups (`GAP`), not a level of either: `before` and `after` are lowercase. */
function isGapBetweenGroups(before: string, after: string): boolean {
  return GAP.before.test(before) && GAP.after.test(after);
}
