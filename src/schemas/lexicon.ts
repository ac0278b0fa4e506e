import { z } from 'astro/zod';
import { kindSchema, unitSchema } from './metric';

const idSchema = z.string().regex(/^[a-z0-9-]+$/);

/** A topic of content/topics.yaml. */
export const topicSchema = z.object({
  id: idSchema.describe('Stable topic id (ASCII, kebab-case); the `topic` column of metrics.csv.'),
  vi: z.string().describe('Topic name in Vietnamese.'),
  en: z.string().describe('Topic name in English.'),
  terms: z.array(z.string()).min(1).describe('Lowercase phrases that place a sentence in the topic.'),
});

/** A canonical indicator of content/indicators.yaml, with the terms that recognise it. */
export const indicatorSchema = z.object({
  id: idSchema.describe('Stable indicator id (ASCII, kebab-case); the `indicator` column of metrics.csv.'),
  vi: z.string().describe('Indicator name in Vietnamese.'),
  en: z.string().describe('Indicator name in English.'),
  topic: z.string().describe('Id of the topic the indicator belongs to.'),
  units: z.array(unitSchema).min(1).describe('Units a metric must have to be this indicator.'),
  kinds: z.array(kindSchema).optional().describe('Kinds a metric must have (share, growth …), when the unit alone is not enough.'),
  terms: z.array(z.string()).min(1).describe('Any one of these, in the clause around the number, recognises the indicator.'),
  with: z.array(z.array(z.string()).min(1)).default([]).describe('Each group needs one of its terms somewhere in the sentence.'),
  without: z.array(z.string()).default([]).describe('None of these may appear in the clause.'),
  featured: z.boolean().default(false).describe('Shown with its latest value on the home page.'),
  totals: z.array(z.number()).optional().describe('Allowed sizes of the whole (`total`) for ranks and part/total numbers.'),
  counts: z.array(z.string()).optional().describe('For counts: the words right after the number must start with one of these ("nhiệm vụ").'),
});

export type Topic = z.infer<typeof topicSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
