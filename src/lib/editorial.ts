/**
 * Editorial notes in the reader's language. The editors write each reason in English (`reason`)
 * and in Vietnamese (`reasonVi`); a Vietnamese page shows the English one only, marked lang="en",
 * when the Vietnamese is missing.
 */
import type { Lang } from '../i18n/lang';
import { t, type UiKey } from '../i18n/t';
import type { Worded } from './glossary';

/** The fields the editors may supply. */
const FIELDS = ['title', 'date', 'outlet'] as const;

/** The reason of an editorial note in `lang`, with the language it is actually in. */
export function editorialReason(e: { reason: string; reasonVi?: string }, lang: Lang): Worded {
  return lang === 'vi' && e.reasonVi ? { text: e.reasonVi, lang: 'vi' } : { text: e.reason, lang: 'en' };
}

/** The name of an edited field in `lang` ("tiêu đề" / "headline"); an unknown field as written. */
export function editorialField(field: string, lang: Lang): string {
  return (FIELDS as readonly string[]).includes(field) ? t(lang, `editorial.${field}` as UiKey) : field;
}
