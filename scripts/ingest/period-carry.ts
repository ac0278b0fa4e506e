/**
 * Periods a number takes from outside its sentence and paragraph (`metrics.ts` sets the paragraph's
 * "current period"): the horizon of the goal list it continues, and the year of the ranking edition
 * an article reports. Pure.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { findDates, periodOfDate } from './dates';
import { fillMissingYears, isSameSpanOf } from './periods';
import { isComparison, isDocumentDate } from './period-baseline';
import { hasTargetFrame } from './status';
import { isListItem } from './structure';
import { setPeriod, yearPeriod } from './period-set';
import { isLaunchDate, startsSpanToNow } from './period-since';
import { restatedFigure } from './period-compared';
import { anyOf, BY, deadlineLead, END_OF, NOW, QUOTA, REACHED, RESULTS, SO_FAR, WORD_END, WORD_START } from './goal-lexicon';

/** The fields of a metric these rules read and set. */
type CarriedMetric = Pick<Metric, 'status' | 'period' | 'unit' | 'reasons' | 'confidence'>;

/** A paragraph: its text and where it starts in the article. */
interface Paragraph { text: string; offset: number }

/** How many paragraphs after the headline may give its numbers their period (a lead may hold no figure: "Thông tin này được nêu tại Hội nghị sơ kết 6 tháng …"). */
const LEAD_BODY = 3;

/** The figure below that a headline's figure states again: the first with its value, unit and status, for a goal ("100% … sẽ …" for "đặt mục tiêu 100% … năm 2022") or a value as exact as "91,6%" (round 15), or (round 49) a whole of 100 or more ("269") when that first figure is dated. */
function sameGoal<T extends Pick<Metric, 'status' | 'value' | 'unit' | 'period'>>(head: Pick<Metric, 'status' | 'value' | 'unit'>, below: readonly T[]): T | undefined {
  const same = (b: T) => b.status === head.status && b.value === head.value && b.unit === head.unit;
  if (head.status === 'target' || !Number.isInteger(head.value)) return below.find(same); // a goal, or a value as exact as "91,6%": the body's own figure
  const twin = head.value >= 100 ? below.find(same) : undefined; // round 49: a whole as exact as "269", where the body first states it with a date
  return twin?.period ? twin : undefined;
}

/** A headline summarises its lead: headline numbers without a period take the period of the figure below that restates them (`restatedFigure`, `sameGoal`), else of the first result or estimate of the `LEAD_BODY` paragraphs after it (`body`). */
export function headlinePeriods(drafts: readonly { metric: CarriedMetric & Pick<Metric, 'offset' | 'value'> }[], headline: Paragraph, body: readonly Paragraph[]): void {
  const inside = (m: Pick<Metric, 'offset'>, p: Paragraph) => m.offset >= p.offset && m.offset < p.offset + p.text.length;
  const lead = body.slice(0, LEAD_BODY);
  const period = drafts.find((d) => lead.some((p) => inside(d.metric, p)) && d.metric.period && (d.metric.status === 'actual' || d.metric.status === 'estimate'))?.metric.period;
  const below = drafts.filter((d) => !inside(d.metric, headline)).map((d) => d.metric);
  for (const d of drafts) {
    if (!inside(d.metric, headline) || d.metric.period) continue;
    const twin = restatedFigure(d.metric, below) ?? sameGoal(d.metric, below); // "Hơn 77%" for the body's "77,41%": that figure's period, even none
    if (!twin && period) setPeriod(d.metric, period);
    else if (twin?.period) setPeriod(d.metric, twin.period);
  }
}

/** A sentence that says where the figures before it were released: "Thông tin được công bố ngày 2/7, tại hội nghị giao ban quý II/2025", "Số liệu trên được nêu tại …". */
const RELEASE = /^\s*(?:các\s+|những\s+)?(?:thông tin|số liệu|con số|kết quả)(?:\s+(?:này|trên|nêu trên))?\s+(?:được\s+|đã được\s+|vừa được\s+)?(?:công bố|đưa ra|nêu|báo cáo|trình bày|cập nhật|thông báo)(?![\p{L}\p{M}])/iu;

/**
 * A sentence reporting where the figures before it were released, at a meeting that names a period
 * ("… Thông tin được công bố ngày 2/7, tại hội nghị giao ban quý II/2025"): the figures of its paragraph
 * before it (`before`) that have no period take that period (`period`, the sentence's own).
 */
export function releasedPeriods(before: readonly { metric: CarriedMetric }[], sentence: string, period: Period): void {
  if (!RELEASE.test(sentence)) return;
  for (const d of before) if (!d.metric.period && d.metric.status !== 'target') setPeriod(d.metric, period);
}

/** Words opening a paragraph that go on with the list of the paragraph before ("Thị trường lớn thứ 2 là …", "Tiếp đến thị trường …", "Đứng thứ ba là …", "Sự chênh lệch giữa tỉnh đứng đầu …"). */
const ENUMERATION_NEXT = /^[^.;:!?]{0,40}?(?<![\p{L}\p{M}])(?:(?:lớn|nhiều|cao)\s+thứ\s+(?:\d|hai|ba|tư|năm)|đứng\s+thứ\s+(?:\d|hai|ba|tư|năm)|tiếp\s+(?:đến|theo|sau)(?:\s+là)?|kế\s+(?:đến|tiếp)|xếp\s+sau|sau\s+đó\s+là|(?:tỉnh|địa\s+phương|thành\s+phố|quốc\s+gia|nước|thị\s+trường)\s+(?:đứng\s+đầu|dẫn\s+đầu|cuối\s+bảng|xếp\s+cuối|đứng\s+cuối))(?![\p{L}\p{M}])/iu;

/** True when a paragraph goes on with the list of the paragraph before (`ENUMERATION_NEXT`, or `continuesItems`): it takes that paragraph's last period. */
export function continuesEnumeration(paragraph: string, before?: string): boolean {
  return ENUMERATION_NEXT.test(paragraph) || (before !== undefined && continuesItems(paragraph, before));
}

/**
 * Round 44: a paragraph that opens on the word the `;`-items of the sentence before open on, twice or more ("…; qua kênh Internet
 * tăng …; qua kênh điện thoại tăng …" then "Qua hệ thống thanh toán … tăng 4,56% …"): one more item of that list.
 */
function continuesItems(paragraph: string, before: string): boolean {
  const word = /^\s*([\p{L}\p{M}]+)\s/u.exec(paragraph)?.[1]?.toLowerCase();
  if (!word) return false;
  const items = before.toLowerCase().match(new RegExp(`;\\s*${word}\\s`, 'gu'));
  return (items?.length ?? 0) >= 2;
}

/** A figure that may recur by chance in a report: a whole count or amount, a share or rank that is a multiple of five (20%, 100%). */
function isRoundFigure(m: Pick<Metric, 'value' | 'unit'>): boolean {
  return Number.isInteger(m.value) && (!['percent', 'rank'].includes(m.unit) || m.value % 5 === 0);
}

/**
 * A figure restated elsewhere in the article with its period ("Với tỷ lệ 68,54%, tỉnh …" opening the page,
 * "… trong năm 2024, tỉnh đã xử lý trực tuyến 68,54% …" below): a result, estimate or baseline without a period
 * takes the period of the other with the same value, unit, status and qualifier — a fraction, or a share or rank
 * that is no multiple of five ("Chỉ 22% …" in the lead, "22% … năm 2024" below), never a whole count or a round
 * share that may recur by chance (`isRoundFigure`).
 */
export function restatedPeriods(drafts: readonly { metric: CarriedMetric & Pick<Metric, 'value' | 'qualifier'> }[]): void {
  for (const d of drafts) {
    const m = d.metric;
    if (m.period || isRoundFigure(m) || (m.status !== 'actual' && m.status !== 'estimate' && m.status !== 'baseline')) continue;
    const twin = drafts.find((x) => x.metric.period && x.metric.value === m.value && x.metric.unit === m.unit && x.metric.status === m.status && x.metric.qualifier === m.qualifier);
    if (twin) setPeriod(m, twin.metric.period!);
  }
}

/**
 * The horizon of the goal list a goal without a period continues: the period of the last goal
 * before it, if only goals stand between them ("Đến năm 2025, tỉnh phấn đấu … 20% GRDP. … Theo đó,
 * 80% người dân …"). A result in between ends the list.
 */
export function horizonBefore(drafts: readonly { metric: Pick<Metric, 'status' | 'period'> }[]): Period | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const m = drafts[k]!.metric;
    if (m.status !== 'target') return undefined;
    if (m.period) return m.period.precision === 'day' ? undefined : m.period; // a deadline day is its task's own ("hoàn thành trước ngày 30/7/2025"), no plan's horizon
  }
  return undefined;
}

/** True when the goals of the sentence before (`previous`, toward `horizon`) make a list the next figures may go on with:
 * more than one, or one toward a year. A lone plan for a month or a quarter ("Trong quý tới, các nhà mạng sẽ nâng cấp 3
 * tuyến cáp") opens no list: the report's figures after it are results. */
function isGoalList(previous: readonly unknown[], horizon: Period): boolean {
  return previous.length > 1 || horizon.precision === 'year';
}

/** True when `p` is a part of its year that ends before the year does (March, the first quarter or half): no period a year's goal is set for. */
function endsBeforeYear(p: Period): boolean {
  if (p.precision === 'year' || p.isoEnd) return false;
  const month = Number(p.iso.slice(5, 7));
  return (p.precision === 'quarter' ? month + 2 : p.precision === 'half' ? month + 5 : month) < 12;
}

/** Words that report the present or the past ("hiện nay", "hiện tỉnh có", "đến nay", "đã", "chưa"; not "thực hiện", "hiện đại"): a result, not the next goal of a list. */
export const NOW_OR_DONE = new RegExp(`${WORD_START}${anyOf(['đã', 'chưa', NOW, ...SO_FAR, 'vừa qua', ...REACHED, RESULTS])}${WORD_END}`, 'u');

/**
 * True when a figure with no period and no status word of its own continues the goal list before it
 * (`horizonBefore`): a plan's "Phấn đấu đến năm 2025, …; …" list that runs on into the next paragraph
 * ("Tỷ lệ giao dịch không dùng tiền mặt … đạt từ 50% trở lên; 60% …"). `previous` are the figures of
 * the sentence before, which must all be goals (a result beside a goal, "chỉ đạt 45,8%, trong khi mục
 * tiêu đề ra là 50%", ends the list); `period` is the period the figure took from its paragraph (the
 * current period): it must be the list's horizon, or a span ending on it (a figure with no period at all is left a result). `sentence` is the figure's `;`-clause up to it: one that reports
 * the present or the past ends the list.
 */
export function continuesGoalList(
  sentence: string, drafts: readonly { metric: Pick<Metric, 'status' | 'period'> }[], previous: readonly { metric: Pick<Metric, 'status'> }[], period: Period | undefined,
): boolean {
  if (previous.length === 0 || previous.some((d) => d.metric.status !== 'target')) return false;
  const horizon = horizonBefore(drafts);
  if (!horizon || !isGoalList(previous, horizon) || !period || horizonOf(period)!.iso.slice(0, 4) !== horizon.iso.slice(0, 4)) return false; // a term "2025-2030" ends on the horizon 2030
  if (horizon.precision === 'year' && endsBeforeYear(period)) return false; // March's figure after the year's goal: the month's result
  return !NOW_OR_DONE.test(sentence.toLowerCase());
}

/**
 * A ranking named with its edition's year: an acronym of capitals ("GII 2024", "DTI 2023", "EGDI 2024"),
 * an English name ending on "Index", "Report", "Ranking" or "Survey" ("Global Innovation Index 2023"), or
 * a Vietnamese index or ranking followed by "năm" and the year, with no figure or stop between but an
 * acronym's bracket ("chỉ số đổi mới sáng tạo toàn cầu năm 2023", "Chỉ số … (PCI) năm 2023", "bảng xếp hạng … năm
 * 2024"), or a report or survey released with its year (round 44: "báo cáo Khảo sát Chính phủ điện tử 2024"); a year the ranking counts from
 * or is compared with ("xếp hạng từ năm 2020", "so với báo cáo năm 2022") is no edition.
 */
const EDITION = [
  /(?<![\p{L}\p{M}\p{N}])(?<!(?:so với|từ|với|trước|sau)\s)\p{Lu}{2,6}\s+((?:19|20)\d\d)(?![\p{L}\p{M}\p{N}])/gu, // round 48: not "so với DTI 2020"
  /(?<![\p{L}\p{M}])(?:Index|Report|Ranking|Rankings|Survey)\s+((?:19|20)\d\d)(?![\p{L}\p{M}\p{N}])/gu,
  /(?<![\p{L}\p{M}])(?:chỉ số|xếp hạng|kết quả đánh giá)\s(?:[^\d,.;:()]|\(\p{Lu}{2,8}\)){0,90}?(?<![\p{L}\p{M}])(?<!(?:từ|với|trước|sau)\s)năm\s+((?:19|20)\d\d)(?![\p{L}\p{M}\p{N}]|\s*[-–—]\s*\d)/giu,
  /(?<![\p{L}\p{M}])(?<!(?:từ|với|trước|sau)\s)(?:báo cáo|khảo sát)\s(?:[^\d,.;:()]|\(\p{Lu}{2,8}\)){0,60}?\s((?:19|20)\d\d)(?![\p{L}\p{M}\p{N}]|\s*[-–—/]\s*\d)/giu,
];

/**
 * The year of the one ranking edition an article names ("Báo cáo GII 2024"), or undefined when it names
 * none or several years; a name with its year ("GII 2024", "Global Innovation Index 2023") outranks a
 * Vietnamese description ("chỉ số … năm 2023"), read only when there is no such name.
 */
export function editionYear(text: string): string | undefined {
  const named = new Set(EDITION.slice(0, 2).flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!)));
  const years = named.size > 0 ? named : new Set(EDITION.slice(2).flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!)));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * Ranks, rank moves and index scores with no period take the year of the edition the article reports (`editionYear`);
 * so does a score printed as a share or points in the sentence of such a rank ("xếp thứ 3/63 …, đạt 91,43%").
 */
export function editionPeriods(drafts: readonly { metric: CarriedMetric & Partial<Pick<Metric, 'kind' | 'quote' | 'text'>> }[], year: string | undefined): void {
  if (!year) return;
  const dated = new Set<string | undefined>();
  for (const d of drafts) {
    const m = d.metric;
    if ((m.unit !== 'rank' && m.kind !== 'index') || m.period || m.status !== 'actual') continue;
    setPeriod(m, yearPeriod(year));
    if (m.unit === 'rank') dated.add(m.quote);
  }
  for (const { metric: m } of drafts) {
    if ((m.unit === 'percent' || m.unit === 'points') && !m.period && m.status === 'actual' && m.quote !== undefined && (dated.has(m.quote) || namesIndexScore(m.quote, m.text))) setPeriod(m, yearPeriod(year));
  }
}

/** Round 44: a score printed as a percentage right after its index's acronym ("đạt chỉ số DTI 95,26%"): the edition's score. */
function namesIndexScore(quote: string, text: string | undefined): boolean {
  return !!text && new RegExp(`(?<![\\p{L}\\p{M}])\\p{Lu}{2,6}\\s+${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(quote);
}

/**
 * The year of the first period the article states that is no comparison, no cited document's date
 * and no day ("… trong 5 tháng đầu năm 2022 …" → "2022"): the year of a month named without one
 * before any other period ("Tính riêng trong tháng 5, …" opening the article); a paragraph that states only the
 * same period of a year before ("So với cùng kỳ 2021") gives the year after it (`isSameSpanOf`, round 39). A launch's or a founding's date
 * ("Ra mắt năm 2019, …", `isLaunchDate`) is none (session 40).
 */
export function firstStatedYear(paragraphs: readonly string[]): string | undefined {
  for (const text of paragraphs) {
    const dates = fillMissingYears(text, findDates(text));
    const d = dates.find((x) => !x.yearMissing && x.precision !== 'day' && !isComparison(text, x) && !isDocumentDate(text, x) && !startsSpanToNow(text, x) && !isLaunchDate(text, x)); // round 55: a running total's start ("Since … October 2020, … has handled") is no page's year; session 40: nor a launch's ("Ra mắt năm 2019, …")
    if (d) return d.iso.slice(0, 4);
    const prior = dates.find((x) => /^(?:19|20)\d\d$/u.test(x.iso) && isSameSpanOf(text, x));
    if (prior) return String(Number(prior.iso.slice(0, 4)) + 1);
  }
  return undefined;
}


/** A goal's period over a range of years is its horizon, the range's last year ("giai đoạn 2022-2025" → 2025); to the end of a month, that month ("đến hết tháng 12/2023"). */
export function horizonOf(p: Period | undefined): Period | undefined {
  if (p?.isoEnd && p.precision === 'month' && /^\d{4}-01$/u.test(p.iso) && /^(?:(?:đến|tới)\s+)?(?:hết|cuối)\s/iu.test(p.text ?? '')) return { iso: p.isoEnd, precision: 'month', text: p.text! };
  return p?.isoEnd ? { iso: p.isoEnd.slice(0, 4), precision: 'year', ...(p.text ? { text: p.text } : {}) } : p;
}

/** What a lead-in (a paragraph ending with ":") gives the list items under it. */
export interface ListFrame {
  period?: Period;
  target: boolean;
}

/** Words before a year that make it a vision's, beyond a plan's horizon ("định hướng đến năm 2030", "tầm nhìn 2045"). */
const VISION_BEFORE = /(?:định hướng|tầm nhìn)[^\d,;]{0,12}$/iu;

/** The frame a lead-in sentence sets for its list: its target words and its last dated period (a horizon counts; a vision's year only when it is the one year). */
export function leadInFrame(sentence: string, articleYear?: number): ListFrame {
  const dates = findDates(sentence, articleYear ? { defaultYear: articleYear } : {});
  const stated = dates.filter((x) => !x.iso.startsWith('0000') && !x.yearMissing && !isComparison(sentence, x));
  const d = stated.filter((x) => !VISION_BEFORE.test(sentence.slice(0, x.start))).at(-1) ?? stated.at(-1); // "Định hướng đến năm 2030:" alone keeps its year
  return { target: hasTargetFrame(sentence, articleYear), ...(d ? { period: periodOfDate(d) } : {}) };
}

/** True when `paragraph` continues the list of a lead-in: a list item, or text that starts lowercase. */
export function continuesList(paragraph: string): boolean {
  return isListItem(paragraph) || /^\p{Ll}/u.test(paragraph.trim());
}

/** Words of a forecast, not of an estimate of what is done ("ước tính", "ước đạt"): "dự kiến", "dự báo", "kỳ vọng". */
const FORECAST = /(?<![\p{L}\p{M}])(?:dự kiến|dự báo|kỳ vọng|phấn đấu|mục tiêu)(?![\p{L}\p{M}])/iu;
/** Round 45: an aim toward a horizon ("phấn đấu đến năm 2025", "mục tiêu đến hết năm 2026"), the horizon read as goal-lexicon.ts reads deadlines (`deadlineLead`). */
const AIM_HORIZON = new RegExp(`${WORD_START}${anyOf(['phấn đấu', 'mục tiêu', QUOTA])}[^.;:\\d]{0,40}?${WORD_START}${deadlineLead({ lead: BY, endOf: END_OF })}\\s+(?:19|20)\\d\\d(?!\\d)`, 'iu');

/** Round 45: true when a sentence aims toward a horizon and gives no figure ("Huyện phấn đấu đến năm 2025, tất cả xã đạt chuẩn nông thôn mới
 *  nâng cao."): an undated page's "Hiện …" after it stands now, not in the horizon's year. */
export function aimsAtHorizonOnly(sentence: string | undefined): boolean {
  return sentence !== undefined && AIM_HORIZON.test(sentence) && !/\d/u.test(sentence.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ''));
}

/** "sẽ": a plan for a month or a quarter ahead ("Trong quý 4, các nhà mạng sẽ …") is no period of the results after it (a year's
 * "sẽ" may open the goals that follow, so only shorter spans). */
const FUTURE = /(?<![\p{L}\p{M}])sẽ(?![\p{L}\p{M}])/iu;
/** Words of a prediction proper (not of a goal, whose year may frame the goals after it). */
const PREDICTS = /(?<![\p{L}\p{M}])(?:dự kiến|dự báo)(?![\p{L}\p{M}])/iu;

/** A figure that is no year, then a forecast word: the sentence gives a result first and forecasts after it. */
function forecastsAfterResult(sentence: string): boolean {
  const figure = sentence.search(/(?<![\d.,/])(?!(?:19|20)\d\d(?!\d))\d/u);
  const forecast = sentence.search(FORECAST);
  return figure >= 0 && forecast > figure;
}

/** True when a sentence that sets `set` forecasts ("dự kiến", "dự báo", "kỳ vọng", a goal's words, or a month's or quarter's "sẽ") and every
 *  figure it gave is an estimate or a goal: its year is no period of the results reported after it. */
export function forecastOnly(set: Period, sentence: string, statuses: readonly Metric['status'][]): boolean {
  const ahead = (s: Metric['status']) => s === 'estimate' || s === 'target';
  return (FORECAST.test(sentence) || (set.precision !== 'year' && FUTURE.test(sentence))) && statuses.length > 0 && statuses.every(ahead);
}

/** Round 46: a sentence that predicts ("dự kiến", "dự báo") the whole year of the quarter or months being reported, every figure of it
 *  an estimate or a goal ("Trong Q1/2024 … Theo nhiều dự báo, doanh số năm 2024 sẽ chỉ tăng khoảng 35%"): the next sentences' period stays the part reported. */
export function forecastsWholeYear(set: Period, inherited: Period, sentence: string, statuses: readonly Metric['status'][]): boolean {
  return set.precision === 'year' && !set.isoEnd && inherited.precision !== 'year' && inherited.iso.slice(0, 4) === set.iso && PREDICTS.test(sentence) && forecastOnly(set, sentence, statuses);
}

/**
 * The period the paragraphs after a sentence take (`metrics.ts`'s `latest`): the sentence's own (`set`),
 * unless the sentence forecasts ("Năm 2025, doanh thu … dự kiến đạt …", or a month's or quarter's "sẽ") and every figure it gave is an
 * estimate or a goal: a forecast's year is not the period of the results reported after it, which keep
 * the one before (`latest`), or none when none was set and it predicts ("Dự báo năm 2025 …"); a sentence that gives a result
 * and then forecasts keeps the one before too.
 */
export function nextLatest(set: Period | null | undefined, latest: Period | undefined, sentence: string, statuses: readonly Metric['status'][]): Period | undefined {
  if (!set) return latest;
  if (set.isoEnd && statuses.length === 0 && FUTURE.test(sentence)) return undefined; // round 34: "… sẽ chỉ đạo … trong giai đoạn 2024-2026": a plan's term, no figure
  const forecast = forecastOnly(set, sentence, statuses);
  if (statuses.includes('estimate') && statuses.includes('actual') && !statuses.includes('target') && forecastsAfterResult(sentence)) return latest; // round 37: "… năm 2022 đạt 23 tỉ USD và dự báo năm 2025 sẽ đạt 49 tỉ USD": neither year is handed on
  return forecast && (latest || PREDICTS.test(sentence)) ? latest : set; // a prediction's year is never the current period
}
