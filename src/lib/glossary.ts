/**
 * English for the Vietnamese words reports are kept in: roles, organisations and what a number
 * counts (content/glossary.yaml). Each lookup returns the text with its language, so a page marks
 * what stays Vietnamese with lang="vi" (WCAG 3.1.2).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { Lang } from '../i18n/lang';
import { glossarySchema, type Glossary, type GlossaryEntry } from '../schemas/glossary';

/** A text and the language it is in. */
export interface Worded { text: string; lang: Lang }

let cached: Glossary | undefined;

/** The glossary (content/glossary.yaml), read once; an invalid file throws, naming it and the entry. */
export function loadGlossary(root = process.cwd()): Glossary {
  if (cached) return cached;
  const file = resolve(root, 'content/glossary.yaml');
  const result = glossarySchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  cached = result.data;
  return cached;
}

const key = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** An entry list's lookup tables, built once per list: entries by key, and the prefix entries
 * ("…*") longest first. */
interface EntryIndex { exact: Map<string, GlossaryEntry>; prefixes: { key: string; entry: GlossaryEntry }[] }
const indexes = new WeakMap<GlossaryEntry[], EntryIndex>();

function indexOf(entries: GlossaryEntry[]): EntryIndex {
  let index = indexes.get(entries);
  if (!index) {
    const exact = new Map<string, GlossaryEntry>();
    for (const e of entries) if (!exact.has(key(e.vi))) exact.set(key(e.vi), e);
    const prefixes = entries
      .filter((e) => e.vi.endsWith('*'))
      .sort((a, b) => b.vi.length - a.vi.length)
      .map((entry) => ({ key: key(entry.vi.slice(0, -1)), entry }));
    index = { exact, prefixes };
    indexes.set(entries, index);
  }
  return index;
}

/** The entry whose `vi` is `text` (case-insensitive); with `prefix`, a `vi` ending in "*" matches a text
 * that starts with it — the longest such entry wins. */
export function lookup(entries: GlossaryEntry[], text: string, prefix = false): GlossaryEntry | undefined {
  const k = key(text);
  const index = indexOf(entries);
  const exact = index.exact.get(k);
  if (exact || !prefix) return exact;
  return index.prefixes.find((p) => k.startsWith(p.key))?.entry;
}

/** One office in English: an entry of its own, or an office head followed by an organisation. */
function officeEn(part: string, g: Glossary): string | undefined {
  const whole = lookup(g.roles, part);
  if (whole) return whole.en;
  const k = key(part);
  const head = g.roles
    .filter((r) => r.head && k.startsWith(`${key(r.vi)} `))
    .sort((a, b) => b.vi.length - a.vi.length)[0];
  const org = head && lookup(g.organisations, part.trim().slice(head.vi.length));
  return head && org ? `${head.en} of ${org.en}` : undefined;
}

/** A role ("Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số") in `lang`: in English
 * when every office in it is in the glossary, else as written, in Vietnamese. */
export function roleIn(role: string, lang: Lang, g = loadGlossary()): Worded {
  if (lang === 'vi') return { text: role, lang: 'vi' };
  const parts = role.split(/\s*,\s*/).filter(Boolean).map((p) => officeEn(p, g));
  return parts.every((p): p is string => !!p) ? { text: parts.join(', '), lang: 'en' } : { text: role, lang: 'vi' };
}

/** An organisation's name in `lang` (English without a leading "the"), or as written. */
export function organisationIn(name: string, lang: Lang, g = loadGlossary()): Worded {
  const e = lang === 'en' ? lookup(g.organisations, name) : undefined;
  return e ? { text: e.en.replace(/^the /, ''), lang: 'en' } : { text: name, lang: 'vi' };
}

/** What a number counts, in `lang`: the glossary's English subject pattern, or the words as written. */
export function subjectIn(subject: string, lang: Lang, g = loadGlossary()): Worded {
  const e = lang === 'en' ? lookup(g.subjects, subject, true) : undefined;
  return e ? { text: e.en, lang: 'en' } : { text: subject, lang: 'vi' };
}
