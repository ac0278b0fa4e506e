import { z } from 'astro/zod';

/** A point in time as precise as the text allows. */
export const precisionSchema = z.enum(['day', 'month', 'quarter', 'half', 'year']);

/** Where a date came from: the text itself, inferred by the pipeline, or the editorial file. */
export const dateSourceSchema = z.enum(['text', 'inferred', 'editorial']);

/** A period a number refers to ("Quý I/2022" → 2022-Q1, precision quarter). */
export const periodSchema = z.object({
  /** ISO-like start: YYYY, YYYY-MM or YYYY-MM-DD. Quarters and halves use the first month. */
  iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** How precise the period is. */
  precision: precisionSchema,
  /** Last year of a multi-year range ("2022 - 2024"). */
  isoEnd: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  /** The period as written. */
  text: z.string().optional(),
});

export const unitSchema = z.enum(['percent', 'count', 'VND', 'USD', 'index', 'times', 'rank', 'points']);
export const kindSchema = z.enum(['share', 'count', 'money', 'growth', 'rank', 'index', 'multiplier']);
export const qualifierSchema = z.enum(['approx', 'nearly', 'over', 'under', 'at-least', 'at-most']);
export const statusSchema = z.enum(['actual', 'target']);

/** One numeric claim of an article, parsed and classified, with the sentence it came from. */
export const metricSchema = z.object({
  /** Stable within the article: `m-` + the number's position in reading order (m-01, m-02 …). */
  id: z.string().regex(/^m-\d{2,}$/),
  /** Value in base units: "84,7 triệu" → 84700000, "68,8%" → 68.8, "86/193" (rank) → 86. */
  value: z.number().finite(),
  /** Upper end of a range ("8 - 10%" → value 8, valueMax 10). */
  valueMax: z.number().finite().optional(),
  /** The whole that `value` is part of ("4.422/6.423") or the size of the ranked field ("86/193"). */
  total: z.number().finite().optional(),
  unit: unitSchema,
  kind: kindSchema,
  /** "gần" nearly, "khoảng" approx, "trên/hơn" over, "dưới" under. */
  qualifier: qualifierSchema.optional(),
  /** A result reported, or a target to reach. */
  status: statusSchema,
  /** The period the number refers to, when the sentence says. */
  period: periodSchema.optional(),
  /** What is counted, in the article's words (the phrase before or after the number). */
  subject: z.string(),
  /** Canonical indicator id from content/indicators.yaml, when its lexicon matches. */
  indicator: z.string().optional(),
  /** Topic id from content/topics.yaml. */
  topic: z.string(),
  /** The number as written ("84,7 triệu", "4.422/6.423"). */
  text: z.string().min(1),
  /** The sentence the number stands in, verbatim from the decoded seed. */
  quote: z.string().min(1),
  /** Character offset (UTF-16) of `text` in the decoded seed. */
  offset: z.number().int().nonnegative(),
});

export type Precision = z.infer<typeof precisionSchema>;
export type DateSource = z.infer<typeof dateSourceSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type MetricKind = z.infer<typeof kindSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Metric = z.infer<typeof metricSchema>;
