import { z } from 'astro/zod';
import { kindSchema, unitSchema } from './metric';

/** A topic of content/topics.yaml. */
export const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  vi: z.string(),
  en: z.string(),
  /** Lowercase phrases that place a sentence in the topic. */
  terms: z.array(z.string()).min(1),
});

/** A canonical indicator of content/indicators.yaml, with the terms that recognise it. */
export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  vi: z.string(),
  en: z.string(),
  topic: z.string(),
  /** Units a metric must have to be this indicator. */
  units: z.array(unitSchema).min(1),
  /** Kinds a metric must have (share, growth …), when the unit alone is not enough. */
  kinds: z.array(kindSchema).optional(),
  /** Any one of these, in the clause around the number. */
  terms: z.array(z.string()).min(1),
  /** Each group needs one of its terms somewhere in the sentence. */
  with: z.array(z.array(z.string()).min(1)).default([]),
  /** None of these may appear in the clause. */
  without: z.array(z.string()).default([]),
  /** Shown with its latest value on the home page. */
  featured: z.boolean().default(false),
  /** Allowed sizes of the whole (`total`) for ranks and part/total numbers. */
  totals: z.array(z.number()).optional(),
  /** For counts: what is counted, i.e. the words right after the number must start with one of these ("nhiệm vụ"). */
  counts: z.array(z.string()).optional(),
});

export type Topic = z.infer<typeof topicSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
