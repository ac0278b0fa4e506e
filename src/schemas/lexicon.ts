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

/** Text in both site languages. */
const bilingual = (what: string) => z.object({
  vi: z.string().min(1).describe(`${what} in Vietnamese.`),
  en: z.string().min(1).describe(`${what} in English (used on /en/ pages).`),
});

/** A folded word or phrase: lowercase, no diacritics, "đ" written "d" (src/lib/fold.ts). */
const foldedSchema = z.string().min(1).refine((s) => s === s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toLowerCase().trim(), {
  message: 'must be folded: lowercase, without diacritics, "đ" as "d"',
});

/** Whose value an indicator measures. */
export const indicatorSubjectSchema = z.enum(['country', 'province', 'region', 'sector'])
  .describe('Whose value the indicator measures: the whole country, one province, a region, or an industry (sector).');

/** An indicator's forms in English, read instead of `concepts`, `optional`, `without` and `counts` on an English page. */
export const englishFormsSchema = z.object({
  concepts: z.array(z.array(foldedSchema).min(1)).min(1)
    .describe('English sets of interchangeable lowercase words or phrases; one form of every set must be in the clause around the number.'),
  optional: z.array(foldedSchema).default([]).describe('English words that raise the match score when present; not required.'),
  without: z.array(foldedSchema).default([]).describe('English words that rule the indicator out when they stand between its concepts and the number.'),
  counts: z.array(foldedSchema).optional().describe('For counts: the English words right after the number must start with one of these ("attacks").'),
}).describe('The forms an English-language page is read with (`english-catalogue.ts`); an indicator without them takes no value from an English page.');

/** A canonical indicator of content/indicators.yaml, with the concepts that recognise it. */
export const indicatorSchema = z.object({
  id: idSchema.describe('Stable indicator id (ASCII, kebab-case); the `indicator` column of metrics.csv.'),
  label: bilingual('Indicator name').describe('Indicator name, in Vietnamese and English.'),
  definition: bilingual('One-sentence definition').describe('What the indicator measures, one sentence in each language.'),
  topic: z.string().describe('Id of the topic the indicator belongs to.'),
  subject: indicatorSubjectSchema,
  scope: z.string().optional().describe('The ranking or field the value belongs to, when it matters (e.g. "UN EGDI (193 countries)", "ITU GCI, ASEAN").'),
  units: z.array(unitSchema).min(1).describe('Units a metric must have to be this indicator.'),
  kinds: z.array(kindSchema).optional().describe('Kinds a metric must have (share, growth …), when the unit alone is not enough.'),
  concepts: z.array(z.array(foldedSchema).min(1)).min(1)
    .describe('Sets of interchangeable folded words or phrases; one form of every set must be in the clause around the number.'),
  optional: z.array(foldedSchema).default([]).describe('Folded words that raise the match score when present; not required.'),
  without: z.array(foldedSchema).default([]).describe('Folded words that rule the indicator out when they stand between its concepts and the number.'),
  sources: z.array(foldedSchema).optional().describe('Folded names of publishers whose own counts are not this series (a security firm\'s tally is not the national incident count): named anywhere in the number\'s sentence before it, they rule the indicator out.'),
  featured: z.boolean().default(false).describe('Shown with its latest value on the home page.'),
  totals: z.array(z.number()).optional().describe('Allowed sizes of the whole (`total`) for ranks and part/total numbers, when one is given.'),
  counts: z.array(foldedSchema).optional().describe('For counts: the folded words right after the number must start with one of these ("nhiem vu").'),
  en: englishFormsSchema.optional(),
});

export type Topic = z.infer<typeof topicSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorSubject = z.infer<typeof indicatorSubjectSchema>;
