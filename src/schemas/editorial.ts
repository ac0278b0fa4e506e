import { z } from 'astro/zod';
import { directionSchema, precisionSchema, statusSchema } from './metric';

const reason = z.string().min(10).describe('Why the editors supply this fact, in English (shown on English pages).');
const reasonVi = z.string().min(10).optional().describe('The same reason in Vietnamese (shown on Vietnamese pages).');

/**
 * The editors' review of one extracted number, addressed by a fragment of its sentence (and, when
 * the fragment holds several numbers, the number as written): confirm it, correct some of its
 * fields, or reject it. Always with a reason.
 */
export const metricReviewSchema = z.object({
  /** A verbatim fragment of the number's sentence (at least 8 characters). */
  quote: z.string().min(8),
  /** The number as written ("12%", "86/193"), when the fragment holds more than one. */
  text: z.string().min(1).optional(),
  action: z.enum(['confirm', 'correct', 'reject']),
  reason,
  /** For `correct`: the fields to set. */
  indicator: z.string().min(1).optional(),
  status: statusSchema.optional(),
  period: z.object({ iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), precision: precisionSchema, isoEnd: z.string().regex(/^\d{4}$/).optional() }).optional(),
  value: z.number().finite().optional(),
  direction: directionSchema.optional(),
}).refine((r) => r.action !== 'correct' || [r.indicator, r.status, r.period, r.value, r.direction].some((f) => f !== undefined), {
  message: 'a correct entry must set at least one of indicator, status, period, value, direction',
});

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
  /** Reviews of extracted numbers (confirm, correct, reject), each with a reason. */
  metrics: z.array(metricReviewSchema).optional(),
  /** First 16 hex digits of the seed's SHA-256, so a changed seed is noticed. */
  sha256: z.string().regex(/^[0-9a-f]{16,64}$/).optional(),
});

export const editorialSchema = z.record(z.string().regex(/^[^/\\]+\.txt$/), editorialEntrySchema);

export type EditorialEntry = z.infer<typeof editorialEntrySchema>;
export type MetricReview = z.infer<typeof metricReviewSchema>;
export type Editorial = z.infer<typeof editorialSchema>;
