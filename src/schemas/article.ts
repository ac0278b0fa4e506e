import { z } from 'astro/zod';
import { dateSourceSchema, metricSchema, precisionSchema } from './metric';

/** The date of an article, with how precise it is and where it came from. */
export const articleDateSchema = z.object({
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  precision: precisionSchema,
  source: dateSourceSchema,
  /** The words the date was read from (or the editorial reason). */
  evidence: z.string(),
});

/** A person named with a role ("Thủ tướng Chính phủ Phạm Minh Chính"). */
export const personSchema = z.object({
  name: z.string().min(1),
  role: z.string().optional(),
});

/** A block of the article body: paragraphs and captions, kept as data so seed text never runs as MDX. */
export const blockSchema = z.object({
  kind: z.enum(['paragraph', 'caption', 'quote']),
  text: z.string(),
  /** Offset of `text` in the decoded seed, so metric offsets can be placed inside it. */
  offset: z.number().int().nonnegative(),
});

/** One news report, turned into data. */
export const articleSchema = z.object({
  /** Readable, ASCII, stable: from the title (đ → d). */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The seed's file name. */
  sourceFile: z.string(),
  /** SHA-256 of the seed's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().min(1),
  /** `text` when the first line is the title, `editorial` when the editorial file supplies it, `inferred` otherwise. */
  titleSource: dateSourceSchema,
  date: articleDateSchema,
  /** Province or city of the dateline / "điểm cầu", if any. */
  place: z.string().optional(),
  outlet: z.object({ name: z.string(), url: z.string().optional() }),
  author: z.string().optional(),
  /** Two sentences in Vietnamese, taken from the text. */
  summary: z.string(),
  /** English summary, written by the editors (a translation). */
  summaryEn: z.string().optional(),
  /** English title, written by the editors. */
  titleEn: z.string().optional(),
  /** Facts supplied by the editorial file, with reasons, shown as editorial on the site. */
  editorial: z.array(z.object({ field: z.string(), value: z.string(), reason: z.string() })).default([]),
  people: z.array(personSchema),
  organisations: z.array(z.string()).default([]),
  topics: z.array(z.string()),
  body: z.array(blockSchema),
  metrics: z.array(metricSchema),
  /** Non-fatal notes from ingest (odd input that still built). */
  warnings: z.array(z.string()).default([]),
});

export type ArticleDate = z.infer<typeof articleDateSchema>;
export type Person = z.infer<typeof personSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Article = z.infer<typeof articleSchema>;
