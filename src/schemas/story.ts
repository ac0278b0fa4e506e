import { z } from 'astro/zod';

/** One step of a scrollytelling story: text in both languages and the chart state it shows. */
export const storyStepSchema = z.object({
  /** Anchor of the step (#step-…), stable for permalinks. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  vi: z.string(),
  en: z.string(),
  /** Metric references ("article-slug#m-07") quoted in the step's text as {1}, {2} … */
  refs: z.array(z.string()).default([]),
  /** Which series or marks the chart highlights at this step. */
  highlight: z.array(z.string()).default([]),
});

/** A data story: a narrative over a chart, numbers only by reference. */
export const storySchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  order: z.number().int(),
  title: z.object({ vi: z.string(), en: z.string() }),
  dek: z.object({ vi: z.string(), en: z.string() }),
  /** Chart kind rendered by src/components/charts. */
  chart: z.enum(['bars', 'progress', 'ranks', 'targets']),
  /** Indicator ids (content/indicators.yaml) the chart draws. */
  indicators: z.array(z.string()).min(1),
  steps: z.array(storyStepSchema).min(5),
});

export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;
