/**
 * The page-level period passes that run once every sentence has its drafts (metrics.ts
 * `extractMetrics`): each reads the whole page — its review year, headline, subheadings, editions, flows, brackets
 * over a span, quarter stocks, a quarter's report, months of running, spans compared "cùng kỳ", a rank's undated
 * start, the period the page reports at its top — and corrects the periods the sentence walk gave. In this order, since later passes read the periods earlier
 * ones set.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { editionPeriods, editionYear, headlinePeriods, restatedPeriods } from './period-carry';
import { bracketYears } from './period-bracket';
import { endPeriods, listedYearsEnd } from './period-ends';
import { flowPeriods, sentenceFlowPeriods } from './period-flow';
import { reviewPeriods } from './period-review';
import { runMonthPeriods } from './period-run-months';
import { stockMonths } from './period-stock-month';
import { quarterReportPeriods } from './period-quarter-report';
import { sameSpanPeriods } from './period-same-span';
import { rankStartPeriods } from './period-edition';
import { subheadingPeriods } from './period-subheading';
import { reportHeadPeriods } from './period-report-head';
import type { Segment } from './segment';

/** What the passes need of the page: whether its first paragraph is a headline, its year, the year it reviews. */
export interface PagePeriods { headline: boolean; articleYear: number | undefined; review: { period: Period; at: number } | undefined }

/** Runs the page-level period passes over `drafts` (changed in place). */
export function pagePeriodPasses(drafts: { metric: Omit<Metric, 'id' | 'baselineFor'>; claim?: number }[], paragraphs: Segment[], page: PagePeriods): void {
  reviewPeriods(drafts, paragraphs, page.review, page.headline ? 1 : 0, page.articleYear);
  if (page.headline && paragraphs.length > 1) headlinePeriods(drafts, paragraphs[0]!, paragraphs.slice(1));
  subheadingPeriods(drafts, paragraphs, page.headline ? 1 : 0);
  endPeriods(drafts);
  listedYearsEnd(drafts);
  editionPeriods(drafts, editionYear(paragraphs.map((p) => p.text).join('\n')));
  flowPeriods(drafts, paragraphs);
  sentenceFlowPeriods(drafts);
  runMonthPeriods(drafts, paragraphs);
  bracketYears(drafts, paragraphs);
  quarterReportPeriods(drafts, paragraphs, page.review);
  stockMonths(drafts, paragraphs);
  sameSpanPeriods(drafts);
  rankStartPeriods(drafts);
  restatedPeriods(drafts);
  reportHeadPeriods(drafts, paragraphs, page.headline, page.articleYear);
}
