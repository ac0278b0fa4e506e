import { z } from 'astro/zod';
import { METRIC_ID, kindSchema, statusSchema, unitSchema } from './metric';

/** A phrase in both languages. */
export const localizedSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** Name of a reference inside a story: what the text quotes as `{name}`. */
export const refNameSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'reference names are lowercase words joined by hyphens');

/** How a story picks one metric of the dataset, resolved (and validated) at build time. Prefer
 * selectors that survive re-extraction: an indicator with a period or an article, or an article
 * with a phrase of the source sentence (`after`); a metric `id` (m-3f2a9c01) is stable while its sentence is unchanged. */
export const refSelectorSchema = z.strictObject({
  /** Indicator id of content/indicators.yaml. */
  indicator: z.string().optional(),
  /** Slug of the article the number comes from. */
  article: z.string().optional(),
  /** Period the number refers to: "2023-12", "2022" (matches 2022 and any month of it), "2022/2024". */
  period: z.string().regex(/^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/).optional(),
  status: statusSchema.optional(),
  unit: unitSchema.optional(),
  kind: kindSchema.optional(),
  /** Words of the source sentence: the number written first after them is the one meant. */
  after: z.string().min(2).optional(),
  /** Metric id in `article` (m-3f2a9c01): a hash of its sentence and number, stable while the sentence is unchanged. */
  id: z.string().regex(METRIC_ID).optional(),
  /** What the number counts, for chart rows and tables (editorial words, never a number). */
  label: localizedSchema.optional(),
  /** Which date labels the number: its `period` (default), or its `report`'s date when the period
   * the extraction found is doubtful (e.g. read from "so với năm 2020"). */
  when: z.enum(['period', 'report']).default('period'),
});

/** A reference: a selector, or its short form `indicator`, `indicator@period` or `article-slug#m-3f2a9c01`. */
export const refSchema = z.union([z.string().min(1), refSelectorSchema]);

/** The chart of one step: which references it draws and which it brings forward. */
export const stepChartSchema = z.strictObject({
  /** bars: values on one axis · progress: parts of a whole · ranks: places in a field · years: one measure by year. */
  kind: z.enum(['bars', 'progress', 'ranks', 'years']),
  title: localizedSchema,
  rows: z.array(refNameSchema).min(1),
  /** Rows drawn at full strength; the others are dimmed. Empty: all rows are. */
  highlight: z.array(refNameSchema).default([]),
  /** An editorial note under the chart (what is compared, which source). */
  note: localizedSchema.optional(),
});

/** One step of a scrollytelling story, as the story's MDX body gives it (src/lib/story-mdx/): its
 * text in both languages flattened to words with `{ref}` (the value) or `{ref:period}` (its period)
 * where the prose has <Value>/<Period> (for checks and downloads; the page renders the MDX itself),
 * and the chart state it shows. */
export const storyStepSchema = z.strictObject({
  /** Anchor of the step (#step-…), stable for permalinks. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  vi: z.string().min(1),
  en: z.string().min(1),
  chart: stepChartSchema,
  /** Line of the <Step> in the story file (for error messages). */
  line: z.number().int().optional(),
});

/** The opening hook: one big number by reference and a one-line dek in both languages. */
export const storyHookSchema = z.strictObject({
  ref: refNameSchema,
  vi: z.string().min(1),
  en: z.string().min(1),
});

/** The frontmatter of a story file (content/stories/<slug>.mdx): everything but the prose. */
export const storyFileSchema = z.strictObject({
  order: z.number().int(),
  title: localizedSchema,
  dek: localizedSchema,
  /** Topic id of content/topics.yaml. */
  topic: z.string().optional(),
  /** Proper names that contain digits and may stand in the prose ("Đề án 06"). */
  names: z.array(z.string()).default([]),
  /** The story's numbers, by name. */
  refs: z.record(refNameSchema, refSchema),
  /** The step whose chart the embed page shows (default: the last). */
  embed: z.string().optional(),
});

/** A data story: its frontmatter, its slug (the file name) and the hook and steps of its MDX body. */
export const storySchema = z.strictObject({
  ...storyFileSchema.shape,
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Where the story is written (content/stories/<slug>.mdx), for error messages. */
  file: z.string().optional(),
  hook: storyHookSchema.optional(),
  steps: z.array(storyStepSchema).min(5),
});

export type Localized = z.infer<typeof localizedSchema>;
export type RefSelector = z.infer<typeof refSelectorSchema>;
export type RefInput = z.infer<typeof refSchema>;
export type StepChart = z.infer<typeof stepChartSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type StoryHook = z.infer<typeof storyHookSchema>;
export type StoryFile = z.infer<typeof storyFileSchema>;
export type Story = z.infer<typeof storySchema>;
