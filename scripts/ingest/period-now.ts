/**
 * Round 15: "now" on an undated page that reports an event. A page with no date of its own that tells of a meeting
 * or a visit on a day ("Tại phiên họp … diễn ra ngày 24/9, …") and then of how things stand ("Đến nay, đã có 630 cơ
 * sở …") reports the state at that event: the paragraph that opens on now takes the event's month (its year from the
 * date itself, else from the first year the page states, else from a date of its sentence; never a goal's year: `isHorizonYear`). A deadline day ("trước 30/9", "chậm nhất ngày 15/10") is no
 * event. Pure; text is compared lowercase.
 */
import type { Period } from '../../src/schemas/metric';
import type { DateMatch } from './dates';
import { DEADLINE_BEFORE_DATE } from './goal-lexicon';
import { isHorizonYear } from './page-year';
import { isComparison, isPlanYear } from './period-baseline';
import { periodOfDate } from './dates-find';
import { yearPeriod } from './period-set';

/**
 * The month of the last event day a sentence names (a day, no span, no deadline before it), with `year` (else a year the
 * sentence states) when its own is missing; the whole year when the sentence reports on that year ("trong năm 2025").
 */
export function eventMonth(sentence: string, dates: readonly DateMatch[], year: string | undefined): Period | undefined {
  const lower = sentence.toLowerCase();
  const d = dates.filter((x) => x.precision === 'day' && !x.isoEnd && !DEADLINE_BEFORE_DATE.test(lower.slice(Math.max(0, x.start - 20), x.start))).at(-1);
  if (!d) return undefined;
  const own = (x: DateMatch) => !x.yearMissing && !x.iso.startsWith('0000');
  const y = own(d) ? d.iso.slice(0, 4) : year ?? dates.find((x) => own(x) && !isHorizonYear(sentence, x))?.iso.slice(0, 4);
  if (!y) return undefined;
  const reported = dates.find((x) => x.precision === 'year' && !x.isoEnd && x.iso === y && !isHorizonYear(sentence, x) && !isPlanYear(sentence, x));
  return reported ? periodOfDate(reported) : { iso: `${y}-${d.iso.slice(5, 7)}`, precision: 'month', text: d.text }; // "tại hội nghị ngày 26-12, trong năm 2025, …": the year reported on
}

/** Session 43 (review): a year opening a clause of its own, "(Trong|Vào|Riêng) năm 2023, …" at a sentence's start or after a comma. */
const YEAR_CLAUSE_BEFORE = /(?:^|[.;!?]\s+|,\s+)(?:(?:trong|vào|riêng|cũng\s+trong)\s+)?(?:năm\s+)?$/iu;
/** Words that make that year a goal's or a baseline's: "mục tiêu", "phấn đấu", "kế hoạch", "sẽ", "dự kiến", "con số này mới là", "so với", "cao hơn". */
const GOAL_OR_BASELINE = /(?<![\p{L}\p{M}])(?:mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu|hướng\s+tới|phải\s+đạt|cần\s+đạt|kế\s+hoạch|sẽ|dự\s+kiến|định\s+hướng|con\s+số\s+này|mới\s+là|mới\s+đạt|chỉ\s+là|so\s+với|cao\s+hơn|thấp\s+hơn|nâng\s+tổng)(?![\p{L}\p{M}])/iu;

/** True when the year `d` of `paragraph` opens a clause of its own (`YEAR_CLAUSE_BEFORE`, then a comma) in a sentence that sets no goal and
 *  gives no baseline (`GOAL_OR_BASELINE`): a past year's own report ("…, trong năm 2023, lực lượng chức năng đã xử lý …"). */
function opensPastYearClause(paragraph: string, d: DateMatch): boolean {
  const start = Math.max(paragraph.lastIndexOf('. ', d.start), paragraph.lastIndexOf('; ', d.start)) + 1;
  const end = paragraph.slice(d.end).search(/[.;!?](?:\s|$)/u);
  const sentence = paragraph.slice(start, end < 0 ? paragraph.length : d.end + end);
  return YEAR_CLAUSE_BEFORE.test(paragraph.slice(start, d.start).trimStart()) && /^\s*,/u.test(paragraph.slice(d.end)) && !GOAL_OR_BASELINE.test(sentence);
}

/** Words that say how things stand now, anywhere in a paragraph: "hiện có", "hiện nay", "hiện đứng", "đến nay". */
export const NOW_ANYWHERE = /(?<![\p{L}\p{M}])(?:hiện\s+(?:nay|tại|có|đạt|đã|đứng|xếp)|(?:đến|tới)\s+nay)(?![\p{L}\p{M}])/iu;

/** A paragraph opening on "Hiện" ("Hiện toàn tỉnh có …", "Hiện nay, …"). */
export const NOW_OPENING = /^\s*hiện(?![\p{L}\p{M}])/iu;

/**
 * Round 19: a paragraph of an undated page that names no year of its own and says how things stand now ("Cả nước hiện
 * có 41 trung tâm …. Tỷ lệ … đạt 65%", "… đã kết nối với 16 bộ …. Đến nay, … đã tiếp nhận khoảng …"): its figures are
 * at the page's unknown date, not in the single month an earlier paragraph measured (`current`; a report's year, quarter or
 * months so far go on: "Trên địa bàn tỉnh hiện có 7 doanh nghiệp …" in a year's review). Round 47: nor over a span of years
 * ("Trong giai đoạn 2021-2025, … . Hiện toàn tỉnh có 437 sản phẩm …"), a paragraph opening on "Hiện" too, and a year only
 * after its first figure allowed ("… Dự kiến năm 2025, …"). `dates`: the paragraph's own.
 */
export function standsAtNow(paragraph: string, dates: readonly DateMatch[], current: Period | undefined): boolean {
  const month = current?.precision === 'month' && !current.isoEnd; // one month's measurement ("Trong tháng 4/2025, tốc độ …"), not a report's year, quarter or months so far
  const years = current?.precision === 'year' && !!current.isoEnd && current.isoEnd !== current.iso; // round 47: a span of years ("Trong giai đoạn 2021-2025, …"): no stock stands over it
  const yearless = (d: DateMatch) => d.yearMissing || d.iso.startsWith('0000');
  const firstFigure = paragraph.search(/\d/u); // a span of years: a stock said now before any year of its paragraph ("Hiện toàn tỉnh có 437 …. Dự kiến năm 2025, …")
  const now = NOW_ANYWHERE.exec(paragraph);
  const ownYearAfter = (d: DateMatch) => now !== null && now.index < firstFigure && d.start > firstFigure && d.precision === 'year' && current !== undefined && Number(d.iso.slice(0, 4)) > Number(current.iso.slice(0, 4)) && opensPastYearClause(paragraph, d); // a year after the month's (the month a launch's, not a report's: "Tháng 6/2024, Sở … cho biết …. // … Năm 2023, …") // session 43: "… hiện có khoảng 450 camera …. …, trong năm 2023, … 2.000 trường hợp": a year after the stock is its own figures'
  if (month) return !!now && dates.every((d) => yearless(d) || ownYearAfter(d));
  return years && (NOW_ANYWHERE.test(paragraph) || NOW_OPENING.test(paragraph)) && dates.every((d) => yearless(d) || d.start > firstFigure);
}

/** A standing said in the present, before a rank in its sentence: "đang được xếp hạng", "đang đứng", "hiện đứng", "hiện xếp". */
const STANDING_NOW = /(?<![\p{L}\p{M}])(?:đang|hiện)\s+(?:được\s+)?(?:xếp\s+hạng|xếp|đứng|nằm)(?![\p{L}\p{M}])/iu;

/**
 * Round 19: a rank in a sentence that gives the standing as it is now ("Việt Nam đang được xếp hạng top đầu thế giới: (1)
 * Đứng thứ 2 thế giới về …", "Việt Nam hiện đứng thứ 2 trong khu vực") takes no period from its paragraph: the
 * ranking's year is not the year the paragraph reports.
 */
export function isStandingNow(sentence: string, n: { start: number; unit: string }): boolean {
  return n.unit === 'rank' && STANDING_NOW.test(sentence.slice(0, n.start));
}

/** "năm nay", "cuối năm nay", "trong năm nay": this year, not named. */
const THIS_YEAR = /(?<![\p{L}\p{M}])năm\s+nay(?![\p{L}\p{M}])/iu;

/**
 * Round 19: on an undated page, a sentence that speaks of "năm nay" without naming the year ("Theo báo cáo …, năm nay quy
 * mô GDP ước đạt …") takes no year from the paragraphs before when that year (`inherited`) is only a goal's (`drafts`:
 * the figures read so far; "Việt Nam đặt mục tiêu tới 2030 …"): this year is the page's unknown date, not the horizon.
 * A year the page reports results of stays ("TP năm nay có chỉ số DTI xếp thứ 24/63" after the 2022 ranks).
 */
export function thisYearAfterGoals(sentence: string, dates: readonly DateMatch[], inherited: Period | undefined, drafts: readonly { metric: { status: string; period?: Period } }[]): boolean {
  if (!inherited || !THIS_YEAR.test(sentence) || dates.some((d) => !d.yearMissing && !d.iso.startsWith('0000'))) return false;
  const year = inherited.iso.slice(0, 4);
  const of = (s: string) => drafts.some((d) => d.metric.status === s && d.metric.period?.iso.slice(0, 4) === year);
  return of('target') && !of('actual');
}

/** A stock said to stand now against what was before: "đang có", "hiện còn" (not "hiện có": a year's review says it of its year). */
const STANDS_NOW = /(?<![\p{L}\p{M}])(?:đang\s+có|hiện\s+còn)(?![\p{L}\p{M}])/iu;

/**
 * Round 29c: on an undated page, a sentence with no year of its own that says what stands now ("Tuy vậy, cả nước đang có
 * hơn 900 trường …", "Theo ông A, hiện còn 30% hộ …") after one that reported a year ("trong năm 2021 thị trường đạt …")
 * is at the page's unknown date: it takes no year (`inherited`) from the sentences before.
 */
export function standsNowUndated(sentence: string, dates: readonly DateMatch[], inherited: Period | undefined): boolean {
  return inherited?.precision === 'year' && !inherited.isoEnd && STANDS_NOW.test(sentence) && dates.every((d) => d.yearMissing || d.iso.startsWith('0000'));
}

/** Round 49: "năm nay" as the whole year: opening a clause, or after "trong", "của", "cho", "cả" (not "6 tháng đầu năm nay", "từ đầu năm nay"). */
const WHOLE_THIS_YEAR = /(?:^\s*|[,;:]\s*|(?<![\p{L}\p{M}])(?:trong|của|cho|cả)\s+)năm\s+nay(?![\p{L}\p{M}])/iu;

/**
 * Round 49: on an undated page, a sentence that speaks of "năm nay" without naming the year, after figures of a part of that year
 * ("Trong 6 tháng đầu năm 2024, … . Năm nay, VNPT kỳ vọng tổng doanh thu … đạt 59.089 tỷ đồng"): the whole year of the current period
 * (`inherited`, a month, quarter or half), not that part: "năm nay" opening a clause or after "trong", "của", "cho", "cả" (`WHOLE_THIS_YEAR`);
 * not "6 tháng đầu năm nay" nor "từ đầu năm nay đến hết tháng 9" (parts of the year). Undefined otherwise.
 */
export function thisYearOfCurrent(sentence: string, dates: readonly DateMatch[], inherited: Period | undefined): Period | undefined {
  if (!inherited || inherited.precision === 'year' || inherited.precision === 'day' || !WHOLE_THIS_YEAR.test(sentence)) return undefined;
  if (dates.some((d) => (!d.yearMissing && !d.iso.startsWith('0000') && !isComparison(sentence, d)) || (THIS_YEAR.test(d.text) && d.precision !== 'year'))) return undefined; // "tăng 8% so với … năm 2023" dates the comparison only
  return yearPeriod(inherited.iso.slice(0, 4));
}
