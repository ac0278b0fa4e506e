import { z } from 'astro/zod';

/** A point in time as precise as the text allows. */
export const precisionSchema = z.enum(['day', 'month', 'quarter', 'half', 'year']);
/** Precision of an article's date: as a period's, or `unknown` when neither the text nor the editors date it. */
export const articlePrecisionSchema = z.enum(['day', 'month', 'quarter', 'half', 'year', 'unknown']);

/** Where a date came from: the text itself, inferred by the pipeline, or the editorial file. */
export const dateSourceSchema = z.enum(['text', 'inferred', 'editorial']);

/** A period a number refers to ("Quý I/2022" → 2022-Q1, precision quarter). */
export const periodSchema = z.object({
  iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .describe('Start of the period the number refers to: YYYY, YYYY-MM or YYYY-MM-DD; a quarter or half year starts at its first month ("Quý I/2022" → 2022-01).'),
  precision: precisionSchema.describe('How precise the period is: day, month, quarter, half (year) or year.'),
  isoEnd: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional()
    .describe('Last year of a multi-year range ("2022 - 2024" → 2024).'),
  text: z.string().optional().describe('The period as written in the article.'),
});

export const unitSchema = z.enum(['percent', 'count', 'VND', 'USD', 'index', 'times', 'rank', 'points']);
export const kindSchema = z.enum(['share', 'count', 'money', 'growth', 'rank', 'rank-change', 'index', 'multiplier']);
export const qualifierSchema = z.enum(['approx', 'nearly', 'over', 'under', 'at-least', 'at-most']);
export const statusSchema = z.enum(['actual', 'target', 'baseline', 'estimate']);
export const directionSchema = z.enum(['up', 'down']);
export const confidenceSchema = z.enum(['high', 'low']);
export const reviewSchema = z.enum(['auto', 'confirmed', 'corrected', 'rejected']);

/** Pattern of a metric id: "m-" + 8 hex digits of a content hash, "-2", "-3" … on a clash in one article. */
export const METRIC_ID = /^m-[0-9a-f]{8}(-\d+)?$/;

/** One numeric claim of an article, parsed and classified, with the sentence it came from. */
export const metricSchema = z.object({
  id: z.string().regex(METRIC_ID)
    .describe('Stable identifier of the number within its article: "m-" + the first 8 hex digits of SHA-256 of its sentence (NFC, spaces folded), its text and which occurrence of that text in the sentence it is; "-2", "-3" on a clash. It does not change when other sentences are edited.'),
  value: z.number().finite()
    .describe('The number in base units: "84,7 triệu" → 84700000, "68,8%" → 68.8; for a rank its position ("86/193" → 86); for a range its lower end.'),
  valueMax: z.number().finite().optional()
    .describe('Upper end of a range ("8 - 10%" → 10); empty for a single number.'),
  total: z.number().finite().optional()
    .describe('The whole the value is part of ("4.422/6.423" → 6423), or the size of the ranked field ("86/193" → 193).'),
  unit: unitSchema
    .describe('Unit of the value: percent, count, VND (đồng), USD, index (a score), times (a multiple), rank (a position) or points ("điểm": score or percentage points).'),
  kind: kindSchema
    .describe('What the number measures: share (of a whole), count, money, growth (a change), rank, rank-change (places gained or lost, "tăng 5 bậc"), index or multiplier.'),
  direction: directionSchema.optional()
    .describe('For a change: up (a rise, "tăng") or down (a fall, "giảm", "sụt"; the value is then negative). Empty when the text states no direction.'),
  qualifier: qualifierSchema.optional()
    .describe('Hedge before the number: approx ("khoảng"), nearly ("gần"), over ("trên", "hơn"), under ("dưới"), at-least ("ít nhất"), at-most ("tối đa").'),
  status: statusSchema
    .describe('actual for a result reported, target for a goal to reach ("mục tiêu", "phấn đấu", "đến năm 2030"), baseline for the earlier value a result is compared with ("(cùng kỳ năm trước là 25%)"), estimate for a figure stated as an estimate or forecast ("ước", "ước tính", "dự kiến", "dự báo").'),
  baselineFor: z.string().regex(METRIC_ID).optional()
    .describe('For a baseline: the id of the metric (same article) it is the comparison value of.'),
  period: periodSchema.optional().describe('The period the number refers to, when the sentence names one.'),
  subject: z.string()
    .describe('What is counted, in the article\'s words (the phrase around the number, in Vietnamese); may be empty.'),
  indicator: z.string().optional()
    .describe('Id of the canonical indicator (indicators.json) the number measures, when the sentence matches its vocabulary.'),
  topic: z.string().describe('Id of the topic (topics.json) the sentence belongs to.'),
  text: z.string().min(1).describe('The number as written in the article ("84,7 triệu", "4.422/6.423").'),
  quote: z.string().min(1)
    .describe('The sentence the number stands in, verbatim from the decoded source text (UTF-8, NFC, LF line ends).'),
  offset: z.number().int().nonnegative()
    .describe('Position of the number\'s text in the decoded source text, in UTF-16 code units from 0.'),
  confidence: confidenceSchema
    .describe('high when every rule that placed the number was sure; low when one was not (see reasons). Only high-confidence or reviewed metrics are charted.'),
  reasons: z.array(z.string())
    .describe('Why the confidence is low, as machine codes (weak-indicator-match, indicator-tie, no-period, carried-period, ambiguous-status …); empty when high. Joined with "|" in the CSV.'),
  review: reviewSchema
    .describe('auto (as extracted), confirmed / corrected / rejected by the editors in seeds/editorial.yaml. A rejected metric stays in the dataset with this mark and is shown nowhere on the site.'),
  reviewReason: z.string().optional()
    .describe('The editors\' reason for a confirmation, correction or rejection (seeds/editorial.yaml).'),
});

export type Precision = z.infer<typeof precisionSchema>;
export type ArticlePrecision = z.infer<typeof articlePrecisionSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type DateSource = z.infer<typeof dateSourceSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type MetricKind = z.infer<typeof kindSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Metric = z.infer<typeof metricSchema>;
