import { z } from 'astro/zod';
import { precisionSchema } from './metric';

const reason = z.string().min(10).describe('Why the editors supply this fact, in English (shown on English pages).');
const reasonVi = z.string().min(10).optional().describe('The same reason in Vietnamese (shown on Vietnamese pages).');

/** Facts the editors add to one seed, each with its reason. Keyed by the seed's file name. */
export const editorialEntrySchema = z.object({
  /** A title, for a text that starts mid-report. */
  title: z.object({ value: z.string().min(1), reason, reasonVi }).optional(),
  /** A date, or the year a partial date lacks. */
  date: z.object({ iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), precision: precisionSchema, reason, reasonVi }).optional(),
  /** The outlet, when the text does not name it. */
  outlet: z.object({ name: z.string(), url: z.string().optional(), reason, reasonVi }).optional(),
  /** English title (a translation by the editors). */
  titleEn: z.string().optional(),
  /** English summary (a translation by the editors). */
  summaryEn: z.string().optional(),
  /** First 16 hex digits of the seed's SHA-256, so a changed seed is noticed. */
  sha256: z.string().regex(/^[0-9a-f]{16,64}$/).optional(),
});

export const editorialSchema = z.record(z.string().regex(/^[^/\\]+\.txt$/), editorialEntrySchema);

export type EditorialEntry = z.infer<typeof editorialEntrySchema>;
export type Editorial = z.infer<typeof editorialSchema>;
