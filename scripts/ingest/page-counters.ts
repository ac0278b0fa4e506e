/**
 * Round 52: counters a page prints as paragraphs of their own ("0", "19" under the headline: shares and comments), told from a table
 * printed one cell a paragraph by where and how they stand: one or two bare numbers among the page's first paragraphs (its headline,
 * byline and chrome) are furniture; three or more in a row are a column of figures (a GII table's ranks year by year), and a lone number
 * further down is a table's cell (a plan's appendix cut off after "40%" and "30"), which the ingest reads as before. Pure.
 */
import { withoutDrafts, type Draft } from './metric-draft';

/** A paragraph that is only a short run of digits. */
const BARE_NUMBER = /^\s*\d{1,4}\s*$/u;
/** The longest run of such paragraphs that is still furniture. */
const MAX_COUNTERS = 2;
/** How many of the page's first non-empty paragraphs hold its chrome. */
const CHROME_PARAGRAPHS = 6;

/** The spans [start, end) of the counter paragraphs of `paragraphs` (empty paragraphs do not break a run). */
export function counterSpans(paragraphs: readonly { text: string; offset: number }[]): [number, number][] {
  const full = paragraphs.filter((p) => p.text.trim() !== '');
  const spans: [number, number][] = [];
  for (let k = 0; k < full.length; ) {
    let end = k;
    while (end < full.length && BARE_NUMBER.test(full[end]!.text)) end += 1;
    if (end > k && end - k <= MAX_COUNTERS && k < CHROME_PARAGRAPHS) spans.push(...full.slice(k, end).map((p): [number, number] => [p.offset, p.offset + p.text.length]));
    k = end > k ? end : k + 1;
  }
  return spans;
}

/** The drafts without those that stand in a counter paragraph (`counterSpans`), the claims baselines point to renumbered. */
export function withoutCounters(drafts: readonly Draft[], spans: readonly [number, number][]): Draft[] {
  if (spans.length === 0) return [...drafts];
  const drop = new Set(drafts.flatMap((d, k) => (spans.some(([a, b]) => d.metric.offset >= a && d.metric.offset < b) ? [k] : [])));
  return withoutDrafts(drafts, drop);
}
