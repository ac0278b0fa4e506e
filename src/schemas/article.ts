import { z } from 'astro/zod';
import { articlePrecisionSchema, dateSourceSchema, metricSchema } from './metric';

/** The date of an article, with how precise it is and where it came from. */
export const articleDateSchema = z.object({
  iso: z.string().regex(/^(?:\d{4}(-\d{2}(-\d{2})?)?)?$/)
    .describe('Date of the report: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text (or the editors) allow; empty when unknown.'),
  precision: articlePrecisionSchema
    .describe('How precise the date of the report is: day, month, quarter, half (year), year, or unknown (no usable date in the text or the editorial file).'),
  source: dateSourceSchema
    .describe('Where the date comes from: text (written in the report), inferred (e.g. the year of "sáng 19/7") or editorial.'),
  evidence: z.string().describe('The words the date was read from, or the editors\' reason; empty when unknown.'),
}).refine((d) => (d.precision === 'unknown') === (d.iso === ''), { message: 'date.iso must be empty exactly when date.precision is unknown' });

/** A person named with a role ("Thủ tướng Chính phủ Phạm Minh Chính"). */
export const personSchema = z.object({
  name: z.string().min(1).describe('Full name as written.'),
  role: z.string().optional().describe('Role or office as written ("Thủ tướng Chính phủ").'),
});

/** A block of the article text as the ingest reads it: a paragraph or a photo caption, with its offset.
 * The ingest writes the blocks as the entry's MDX body (scripts/ingest/mdx-body.ts), not as data. */
export const blockSchema = z.object({
  kind: z.enum(['paragraph', 'caption', 'quote']).describe('paragraph, caption (of a photo) or quote.'),
  text: z.string().describe('The block\'s text, verbatim from the decoded source text.'),
  offset: z.number().int().nonnegative()
    .describe('Position of the block in the decoded source text (UTF-16 code units), so metric offsets fall inside it.'),
});

/** One news report, turned into data: the frontmatter of its content entry. */
export const articleSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .describe('Identifier of the article: readable ASCII from its title (đ → d), stable; its page is /articles/<slug>/.'),
  sourceFile: z.string().describe('File name of the source text (seeds/<file>).'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the source file\'s bytes, in hex.'),
  title: z.string().min(1).describe('Headline, in Vietnamese, as published (or supplied by the editors).'),
  titleSource: dateSourceSchema
    .describe('Where the headline comes from: text (the first line), editorial (the editors\' file) or inferred.'),
  date: articleDateSchema.describe('Date of the report, with its precision, source and evidence.'),
  place: z.string().optional().describe('Province or city of the dateline or the "điểm cầu", if any.'),
  outlet: z.object({
    name: z.string().describe('Name of the news outlet.'),
    url: z.string().optional().describe('Address of the original report or of the outlet, when known.'),
  }).describe('The news outlet that published the report.'),
  author: z.string().optional().describe('Author or byline, as written.'),
  summary: z.string().describe('Two sentences in Vietnamese, taken from the text.'),
  summaryEn: z.string().optional().describe('English summary written by the editors (a translation).'),
  titleEn: z.string().optional().describe('English headline written by the editors.'),
  editorial: z.array(z.object({
    field: z.string().describe('The field the editors supply (title, date …).'),
    value: z.string().describe('The value they give it.'),
    reason: z.string().describe('Why, in English, shown on the site with an "editorial" label.'),
    reasonVi: z.string().optional().describe('The same reason in Vietnamese, for Vietnamese pages.'),
  })).default([])
    .describe('Facts supplied by the editors where the text lacks them (field, value, reason).'),
  people: z.array(personSchema).describe('People named in the report, with their roles.'),
  organisations: z.array(z.string()).default([]).describe('Organisations named in the report.'),
  topics: z.array(z.string()).describe('Ids of the topics (topics.json) the report covers.'),
  textStart: z.number().int().nonnegative().default(0)
    .describe('Position of the article text (its first paragraph or caption) in the decoded source text; numbers before it stand in the headline.'),
  metrics: z.array(metricSchema).describe('Every number in the report (published as metrics.csv / metrics.json).'),
  warnings: z.array(z.string()).default([]).describe('Non-fatal notes from the ingest (odd input that still built).'),
});

/** An article as the ingest builds it: the entry's data plus the text as blocks, which become the
 * entry's MDX body (scripts/ingest/serialize.ts). The golden files hold this form. */
export const ingestedArticleSchema = articleSchema.extend({
  body: z.array(blockSchema).describe('The text of the report as paragraphs and captions.'),
});

export type ArticleDate = z.infer<typeof articleDateSchema>;
export type Person = z.infer<typeof personSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Article = z.infer<typeof articleSchema>;
export type IngestedArticle = z.infer<typeof ingestedArticleSchema>;
