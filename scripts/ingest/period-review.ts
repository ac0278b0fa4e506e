/**
 * The period a page reviews, named at its top: "Hội nghị tổng kết công tác năm 2025, … phương hướng …
 * năm 2026", "sơ kết 6 tháng đầu năm 2024", "thông tin về tình hình … đến hết quý 2/2025". It dates the
 * figures of the summary above it that give no period, the paragraph that details it ("Theo đó, …"), and
 * caps the year later sentences may hand on: a later year (next year's plan, budget or tasks) is no period
 * of the results reported after it. A whole year reviewed on a page of the year after (`closedYearReview`) dates
 * every later figure with no period too, up to the next heading. Pure.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { type DateMatch, findDates, periodOfDate } from './dates';
import { isHeading } from './structure';
import { setPeriod } from './period-set';
import { isComparison } from './period-baseline';

/** How many paragraphs from the top may name the review, not counting short lines (a headline, a byline, a date). */
const TOP = 3;
/** A line this short is a headline, a byline or a date, not a paragraph of the report. */
const SHORT = 80;

/**
 * A review word before the period, in its clause: "tổng kết (công tác)", "sơ kết", "tình hình", "kết quả (thực hiện)", "báo cáo",
 * and a statistics release, "công bố số liệu …", "số liệu thống kê … năm 2024" (round 24); a "giao ban" meeting of a
 * period ("Hội nghị giao ban quản lý nhà nước quý 3/2025", round 24c).
 */
const REVIEW_BEFORE = /(?<![\p{L}\p{M}])(?:tổng kết|sơ kết|giao ban|tình hình|kết quả(?: thực hiện)?|báo cáo|công bố số liệu|số liệu thống kê)(?![\p{L}\p{M}])[^,;:.()]{0,60}$/iu;
/** Plan words between the review word and the period: "tổng kết năm 2022 và triển khai kế hoạch năm 2023" names the plan's year. */
const PLAN_BETWEEN = /(?<![\p{L}\p{M}])(?:phương hướng|kế hoạch|nhiệm vụ|mục tiêu|triển khai|dự toán)(?![\p{L}\p{M}])/iu;
/** "đến hết", "tính đến", "lũy kế đến" right before a quarter: the months from January to its end. */
const TO_END = /(?<![\p{L}\p{M}])(?:(?:tính\s+)?(?:đến|tới)(?:\s+(?:hết|cuối))?|lũy kế|luỹ kế)\s*$/iu;

/** A quarter reached "đến hết": Q1 itself, Q2 the first half, Q3 nine months, Q4 the year. */
export function toEndOfQuarter(d: Pick<DateMatch, 'iso' | 'text'>): Period {
  const year = d.iso.slice(0, 4);
  const q = (Number(d.iso.slice(5, 7)) + 2) / 3;
  if (q === 2) return { iso: `${year}-01`, precision: 'half', text: d.text };
  if (q === 3) return { iso: `${year}-01`, precision: 'month', isoEnd: `${year}-09`, text: d.text };
  if (q === 4) return { iso: year, precision: 'year', text: d.text };
  return { iso: d.iso, precision: 'quarter', text: d.text };
}

/** The period a sentence says it reviews, or undefined (`REVIEW_BEFORE`, no plan word between). */
export function reviewedIn(sentence: string): Period | undefined {
  for (const d of findDates(sentence)) {
    if (d.yearMissing || d.precision === 'day' || (d.isoEnd && d.isoEnd.slice(0, 4) !== d.iso.slice(0, 4)) || isComparison(sentence, d)) continue; // a span of years names a plan, a compared year ("tình hình … nghiêm trọng hơn so với năm 2024") no period reviewed
    const before = sentence.slice(0, d.start);
    const m = REVIEW_BEFORE.exec(before);
    if (!m || PLAN_BETWEEN.test(m[0])) continue;
    if (d.precision === 'quarter' && TO_END.test(before)) return toEndOfQuarter(d);
    return periodOfDate(d);
  }
  return undefined;
}

/** The reviewed period of a page and the index of the paragraph (of the first `TOP`) that names it. */
export function reviewedPeriod(paragraphs: readonly string[]): { period: Period; at: number } | undefined {
  for (let at = 0, long = 0; at < paragraphs.length && long < TOP; at++) {
    const period = reviewedIn(paragraphs[at]!);
    if (period) return { period, at };
    if (paragraphs[at]!.length > SHORT) long += 1;
  }
  return undefined;
}

/** The year later sentences may hand on at most: the article's, else the reviewed period's (undefined: no cap). */
export function yearCap(articleYear: number | undefined, review: { period: Period } | undefined): number | undefined {
  return articleYear ?? (review ? Number(review.period.iso.slice(0, 4)) : undefined);
}

/**
 * The current period of an undated page after its review paragraph (`at`: the paragraph just read): the reviewed period
 * when no sentence has set one ("… phiên họp tổng kết … năm 2024, …, tổ chức chiều 6/2." then "Theo Bộ …, xác lập thêm 4
 * cơ sở dữ liệu …": the review's results); `latest` as it is otherwise.
 */
export function afterReview(latest: Period | undefined, review: { period: Period; at: number } | undefined, at: number, undated: boolean): Period | undefined {
  return latest ?? (undated && review?.at === at ? review.period : undefined);
}

/** A paragraph that details the one before it: "Theo đó, …", "Cụ thể, …", "Trong đó, …". */
const DETAILS = /^\s*(?:theo đó|cụ thể(?: là| như sau)?|trong đó)\s*[,:]/iu;

/**
 * A review of a whole year published in the year after it ("báo cáo tổng kết … năm 2024" on a page of January
 * 2025): the figures the page reports after it with no period of their own, up to the next heading, are that year's.
 */
export function closedYearReview(period: Period, articleYear: number | undefined): boolean {
  return period.precision === 'year' && period.isoEnd === undefined && articleYear === Number(period.iso) + 1;
}

/** The fields of a metric this pass reads and sets. */
type Dated = Pick<Metric, 'status' | 'period' | 'offset' | 'reasons' | 'confidence'>;

/**
 * Figures with no period that the reviewed period dates: results and estimates of the paragraphs above the
 * one naming the review (a summary above the "Hội nghị tổng kết …" line; not a headline, `skip` paragraphs
 * from the top), and of the paragraph right after it when that one details it ("Theo đó, doanh thu … đạt …").
 * The review's own paragraph describes the meeting ("… tới 63 tỉnh, thành phố"): its figures keep none.
 */
export function reviewPeriods(drafts: readonly { metric: Dated }[], paragraphs: readonly { text: string; offset: number }[], review: { period: Period; at: number } | undefined, skip = 0, articleYear?: number): void {
  if (!review) return;
  const next = paragraphs[review.at + 1];
  const rest = paragraphs.slice(review.at + 1);
  const heading = rest.findIndex((p) => isHeading(p.text));
  const after = closedYearReview(review.period, articleYear) ? rest.slice(0, heading < 0 ? rest.length : heading) : next && DETAILS.test(next.text) ? [next] : [];
  const spans = [...paragraphs.slice(skip, review.at), ...after];
  const inside = (m: Dated) => spans.some((p) => m.offset >= p.offset && m.offset < p.offset + p.text.length);
  for (const { metric: m } of drafts) {
    if (m.period || (m.status !== 'actual' && m.status !== 'estimate') || !inside(m)) continue;
    setPeriod(m, review.period);
  }
}
