import { z } from 'astro/zod';

/** A point in time as precise as the text allows. */
export const precisionSchema = z.enum(['day', 'month', 'quarter', 'half', 'year']);

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
export const kindSchema = z.enum(['share', 'count', 'money', 'growth', 'rank', 'index', 'multiplier']);
export const qualifierSchema = z.enum(['approx', 'nearly', 'over', 'under', 'at-least', 'at-most']);
export const statusSchema = z.enum(['actual', 'target']);

/** One numeric claim of an article, parsed and classified, with the sentence it came from. */
export const metricSchema = z.object({
  id: z.string().regex(/^m-\d{2,}$/)
    .describe('Identifier of the number within its article: "m-" and its position in reading order (m-01, m-02 …).'),
  value: z.number().finite()
    .describe('The number in base units: "84,7 triệu" → 84700000, "68,8%" → 68.8; for a rank its position ("86/193" → 86); for a range its lower end.'),
  valueMax: z.number().finite().optional()
    .describe('Upper end of a range ("8 - 10%" → 10); empty for a single number.'),
  total: z.number().finite().optional()
    .describe('The whole the value is part of ("4.422/6.423" → 6423), or the size of the ranked field ("86/193" → 193).'),
  unit: unitSchema
    .describe('Unit of the value: percent, count, VND (đồng), USD, index (a score), times (a multiple), rank (a position) or points ("điểm": score or percentage points).'),
  kind: kindSchema
    .describe('What the number measures: share (of a whole), count, money, growth (a change), rank, index or multiplier.'),
  qualifier: qualifierSchema.optional()
    .describe('Hedge before the number: approx ("khoảng"), nearly ("gần"), over ("trên", "hơn"), under ("dưới"), at-least ("ít nhất"), at-most ("tối đa").'),
  status: statusSchema
    .describe('actual for a result reported, target for a goal to reach ("mục tiêu", "phấn đấu", "đến năm 2030").'),
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
});

export type Precision = z.infer<typeof precisionSchema>;
export type DateSource = z.infer<typeof dateSourceSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type MetricKind = z.infer<typeof kindSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Metric = z.infer<typeof metricSchema>;
