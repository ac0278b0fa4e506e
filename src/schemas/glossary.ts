import { z } from 'astro/zod';

/** One glossary entry: Vietnamese as the ingest keeps it, English as the site shows it. */
export const glossaryEntrySchema = z.object({
  vi: z.string().min(1).describe('Vietnamese, as written in reports; a trailing "*" (subjects) matches any text that starts with it.'),
  en: z.string().min(1).describe('English.'),
  head: z.boolean().optional().describe('Roles only: an office head that an organisation may follow ("Bộ trưởng" + "Bộ Y tế").'),
});

/** content/glossary.yaml: roles, organisations and subject patterns with their English. */
export const glossarySchema = z.object({
  roles: z.array(glossaryEntrySchema),
  organisations: z.array(glossaryEntrySchema),
  subjects: z.array(glossaryEntrySchema),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Glossary = z.infer<typeof glossarySchema>;
