/**
 * Hand gold of the real-article dev corpus (tests/fixtures/real/gold/*.yaml): its shape, its reader,
 * and where each gold number stands in the article text. Pure except `readGold`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** Units a claim can have (the metric schema's units). */
export const goldUnits = ['percent', 'count', 'VND', 'USD', 'index', 'times', 'rank', 'points'] as const;
/** What a claim is: a result, a goal, a comparison value, or a figure the text marks as estimated. */
export const goldStatuses = ['actual', 'target', 'baseline', 'estimate'] as const;
/** Precisions a period or an article date can have. */
export const goldPrecisions = ['day', 'month', 'quarter', 'half', 'year'] as const;

const periodSchema = z.object({
  iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  precision: z.enum(goldPrecisions),
}).strict();

const claimSchema = z.object({
  text: z.string().min(1).describe('The number as written, e.g. "68,54%", "21/63", "2,7 triệu tỷ đồng".'),
  quote: z.string().min(1).describe('A fragment of the article that holds `text` and occurs exactly once in it.'),
  value: z.number().finite().describe('Value in base units, negative for a fall.'),
  unit: z.enum(goldUnits),
  status: z.enum(goldStatuses),
  period: z.union([periodSchema, z.literal('none')]),
  indicator: z.string().min(1).describe('Indicator id from content/indicators.yaml, or "none".'),
  expected_indicator: z.string().optional().describe('The series a catalogue should have for this claim, when it has none yet.'),
  note: z.string().optional(),
}).strict();

const notMetricSchema = z.object({
  text: z.string().min(1),
  quote: z.string().min(1).optional().describe('Where it stands; leave out with `all: true`.'),
  all: z.literal(true).optional().describe('Every occurrence of `text` in the article (e.g. a year that is never a claim there).'),
  reason: z.string().min(1).describe('Why it is no claim: list marker, year, decree number, scale bound, …'),
}).strict().refine((x) => (x.quote === undefined) === (x.all === true), { message: 'give either quote or all: true' });

const articleDateSchema = z.union([
  z.literal('unknown'),
  z.object({ iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), precision: z.enum(goldPrecisions) }).strict(),
]);

export const goldArticleSchema = z.object({
  file: z.string().regex(/^\d{2,4}-[a-z0-9-]+\.txt$/),
  date: articleDateSchema.describe('The article date its own text gives (dateline or byline), or unknown.'),
  headline: z.boolean().default(true).describe('false when the text starts without a headline line.'),
  language: z.enum(['vi', 'en']).default('vi').describe('en for an English-language page (an English edition of a Vietnamese outlet): scored apart, see docs/real-corpus.md.'),
  claims: z.array(claimSchema),
  not_metric: z.array(notMetricSchema).default([]),
}).strict();

export type GoldPeriod = z.infer<typeof periodSchema>;
export type GoldClaim = z.infer<typeof claimSchema>;
export type GoldNotMetric = z.infer<typeof notMetricSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;

/** A half-open span of the article text, in UTF-16 code units. */
export interface Span { start: number; end: number }

/** Parses one gold file's YAML; errors name the file. */
export function parseGold(label: string, yamlText: string): GoldArticle {
  const parsed = goldArticleSchema.safeParse(parse(yamlText));
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`${label}: ${i?.path.join('.')}: ${i?.message}`);
  }
  return parsed.data;
}

/** Reads and parses a gold file. */
export function readGold(path: string): GoldArticle {
  return parseGold(path, readFileSync(path, 'utf8'));
}

/**
 * Where `entry.text` stands in `articleText`: its first occurrence inside `entry.quote`, which must
 * occur exactly once in the text. Throws, naming the quote, when it does not.
 */
export function locate(articleText: string, entry: { text: string; quote: string }): Span {
  const at = articleText.indexOf(entry.quote);
  if (at < 0) throw new Error(`quote not in the article: "${entry.quote}"`);
  if (articleText.indexOf(entry.quote, at + 1) >= 0) throw new Error(`quote occurs more than once: "${entry.quote}"`);
  const inQuote = entry.quote.indexOf(entry.text);
  if (inQuote < 0) throw new Error(`"${entry.text}" is not in its quote "${entry.quote}"`);
  return { start: at + inQuote, end: at + inQuote + entry.text.length };
}

/**
 * Spans of a not-metric entry: its one located occurrence, or with `all: true` every occurrence of
 * its text that is not part of a longer number.
 */
export function notMetricSpans(articleText: string, entry: GoldNotMetric): Span[] {
  if (entry.quote !== undefined) return [locate(articleText, { text: entry.text, quote: entry.quote })];
  const spans: Span[] = [];
  for (let at = articleText.indexOf(entry.text); at >= 0; at = articleText.indexOf(entry.text, at + 1)) {
    const before = articleText[at - 1] ?? '';
    const after = articleText[at + entry.text.length] ?? '';
    if (!/\d/u.test(before) && !/\d/u.test(after)) spans.push({ start: at, end: at + entry.text.length });
  }
  if (spans.length === 0) throw new Error(`"${entry.text}" does not occur in the article`);
  return spans;
}

/** True when two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Spans of every run of digits in `text` (the numbers a gold must account for). */
export function digitRuns(text: string): Span[] {
  return [...text.matchAll(/\d+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
