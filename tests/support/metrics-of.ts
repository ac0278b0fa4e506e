/**
 * Runs the metric stage (scripts/ingest/metrics.ts) on a few written paragraphs, for tests that check
 * what the ingest makes of one phrasing: paragraphs are split at " // ", the catalogue is the project's.
 */
import { extractMetrics } from '../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../src/lib/lexicon';
import type { Metric } from '../../src/schemas/metric';

const ROOT = new URL('../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** Paragraphs as the segmenter gives them: each with its offset in the article (paragraphs joined by a blank line). */
export function segmentsOf(paragraphs: readonly string[]): { text: string; offset: number }[] {
  let offset = 0;
  return paragraphs.map((text) => {
    const seg = { text, offset };
    offset += text.length + 2;
    return seg;
  });
}

/** Every metric the metric stage reads in `paragraphs`; `year` is the article's (none: undated); `headline`: the first paragraph is one. */
export function metricsOf(paragraphs: readonly string[], year?: number, headline = false): Metric[] {
  return extractMetrics(segmentsOf(paragraphs), { ...(year === undefined ? {} : { articleYear: year }), headline, ...lex, fallbackTopic: 'chi-dao-dieu-hanh' });
}

/** The metric of the number written `n` (or starting so: "0,7709" of "0,7709 điểm") in `text`; `year` is the article's (none: undated); `headline`: the first paragraph is one. Throws when there is none. */
export function metricOf(text: string, n: string, year?: number, headline = false): Metric {
  const metrics = metricsOf(text.split(' // '), year, headline);
  const m = metrics.find((x) => x.text === n) ?? metrics.find((x) => x.text.startsWith(n));
  if (!m) throw new Error(`no metric "${n}" in: ${text} (found ${metrics.map((x) => x.text).join(' | ')})`);
  return m;
}

/** The indicator `metricOf` gives the number written `n` in `text` ('none' when it gives none); `year` is the article's. */
export function indicatorOf(text: string, n: string, year = 2025): string {
  return metricOf(text, n, year).indicator ?? 'none';
}

/** What a variant test compares of the metric `metricOf` gives: value, unit, status and period start (null: none). */
export interface Claim { value: number; unit: string; status: string; period: string | null }

/** The value (to 12 significant digits: "1,2 nghìn tỷ" is 1.2e12), unit, status and period start of the number written `n` in `text` (as `metricOf`; `year` undefined: an undated page). */
export function claimOf(text: string, n: string, year?: number, headline = false): Claim {
  const m = metricOf(text, n, year, headline);
  return { value: Number(m.value.toPrecision(12)), unit: m.unit, status: m.status, period: m.period?.iso ?? null };
}

/** The indicator of the number written `n` in `text` (paragraphs split at " // ") read as an English page of `year` (`english: false`: as a
 * Vietnamese one), 'none' when it gets none (session 19, `english-catalogue.ts`). Throws when there is no such number. */
export function englishIndicatorOf(text: string, n: string, english = true, year = 2024): string {
  return englishMetricOf(text, n, year, english).indicator ?? 'none';
}

/** The metric of the number written `n` (or starting so) in `text` (paragraphs split at " // ") read as an English page of `year`
 *  (`english: false`: as a Vietnamese one), as `metricOf` reads a Vietnamese page. Throws when there is none. */
export function englishMetricOf(text: string, n: string, year = 2024, english = true): Metric {
  const metrics = englishMetrics(text.split(' // '), year, english);
  const m = metrics.find((x) => x.text === n) ?? metrics.find((x) => x.text.startsWith(n));
  if (!m) throw new Error(`no metric "${n}" in: ${text} (found ${metrics.map((x) => x.text).join(' | ')})`);
  return m;
}

/** Every metric of `paragraphs` read as an English page of `year` (undefined: an undated page; `english: false`: as a Vietnamese one). */
export function englishMetrics(paragraphs: readonly string[], year?: number, english = true): Metric[] {
  let offset = 0;
  const segs = paragraphs.map((p) => {
    const seg = { text: p, offset };
    offset += p.length + 2;
    return seg;
  });
  return extractMetrics(segs, { ...(year === undefined ? {} : { articleYear: year }), ...lex, fallbackTopic: 'chi-dao-dieu-hanh', english });
}
