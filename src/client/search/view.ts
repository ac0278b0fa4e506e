/** How a result is shown, as data: its excerpt in plain and highlighted pieces, its links and date.
 * Pure functions; render.ts turns them into elements. */
import { searchKey } from '../../lib/fold';
import { fits, locate, Tier, type QueryKeys } from './match';
import type { Assessed } from './rank';

/** A piece of an excerpt: plain or highlighted text. */
export interface Part {
  text: string;
  mark: boolean;
}

/** Words in an excerpt, and words shown before its passage. */
export const EXCERPT_WORDS = 28;
const LEAD_WORDS = 8;

/** Appends `text` to `parts`, merging it with the last piece when both are (un)marked alike. */
function push(parts: Part[], text: string, mark: boolean): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.mark === mark) last.text += text;
  else parts.push({ text, mark });
}

/** Appends a word, highlighting its letters and digits (not the punctuation around them) when `mark`. */
function pushWord(parts: Part[], word: string, mark: boolean): void {
  const core = mark ? /[\p{L}\p{M}\p{N}](?:.*[\p{L}\p{M}\p{N}])?/u.exec(word) : null;
  if (!core) return push(parts, word, false);
  push(parts, word.slice(0, core.index), false);
  push(parts, core[0], true);
  push(parts, word.slice(core.index + core[0].length), false);
}

/** Whether a word is one of the query's words (the last may be a word's start). */
function isQueryWord(q: QueryKeys, word: string): boolean {
  const key = searchKey(word);
  return !!key && q.folded.some((want, i) => fits(key, want, i === q.folded.length - 1));
}

/** The excerpt of a result around its best passage (from `from`, the start of its section, on):
 * EXCERPT_WORDS words, the phrase highlighted (or, for scattered matches, each query word), "…" where
 * the text goes on. Falls back to Pagefind's excerpt when the text holds no query word. */
export function excerptParts(q: QueryKeys, r: Assessed, from = 0): Part[] {
  const { at, len, tier } = r.match;
  if (at < 0) return pagefindExcerpt(q, r.data.excerpt || '');
  const start = Math.max(from, 0, Math.min(at - LEAD_WORDS, r.words.length - EXCERPT_WORDS));
  const end = Math.min(r.words.length, start + EXCERPT_WORDS);
  const parts: Part[] = [];
  if (start > 0) push(parts, '… ', false);
  const phrase = tier <= Tier.folded;
  for (let i = start; i < end; i++) {
    const word = r.words[i]!;
    pushWord(parts, word, phrase ? i >= at && i < at + len && !!searchKey(word) : isQueryWord(q, word));
    if (i < end - 1) push(parts, ' ', phrase && i >= at && i < at + len - 1 && /[\p{L}\p{M}\p{N}]$/u.test(word));
  }
  if (end < r.words.length) push(parts, ' …', false);
  return parts;
}

/** Most passages of a page tried for an excerpt not shown yet. */
const MAX_TRIES = 4;

/** The excerpt of a result (see excerptParts) that is not already in `seen` (the texts of the
 * excerpts shown above it, to which it is added): the best passage, else the next ones that hold the
 * query as closely; null when every passage tried repeats one shown (aggregate pages quote reports). */
export function freshExcerpt(q: QueryKeys, r: Assessed, from: number, seen: Set<string>): Part[] | null {
  let match = r.match;
  for (let i = 0; i < MAX_TRIES; i++) {
    const parts = excerptParts(q, { ...r, match }, from);
    const key = parts.map((p) => p.text).join('').replace(/…/g, '').replace(/\s+/g, ' ').trim();
    if (!seen.has(key)) {
      seen.add(key);
      return parts;
    }
    const from2 = match.at + Math.max(match.len, 1);
    if (match.at < 0 || !r.near.some((p) => p >= from2)) return null;
    const next = locate(q, r.words, from2, r.near);
    if (next.at < 0 || next.tier > match.tier) return null;
    match = next;
  }
  return null;
}

/** Pagefind's excerpt (its `<` and `>` escaped, `<mark>` around the words it located) as pieces;
 * query words are highlighted too, so "dinh" also highlights "định". */
export function pagefindExcerpt(q: QueryKeys, excerpt: string): Part[] {
  const parts: Part[] = [];
  let located = false;
  for (const seg of excerpt.split(/(<\/?mark>)/)) {
    if (seg === '<mark>' || seg === '</mark>') { located = seg === '<mark>'; continue; }
    const text = seg.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    for (const piece of text.split(/(\s+)/)) {
      if (/^\s*$/.test(piece)) push(parts, piece, false);
      else pushWord(parts, piece, located || isQueryWord(q, piece));
    }
  }
  return parts;
}

/** Link to a page from its site path ("/timeline/2024/#e-x"), relative to the site root URL `root`
 * (ending in "/"); from file:// (`offline`) folder URLs get index.html. */
export function resultHref(root: string, path: string, offline: boolean): string {
  const m = /^([^?#]*)(.*)$/.exec(path.replace(/^\/+/, '')) ?? ['', '', ''];
  let file = m[1] ?? '';
  if (offline && (file === '' || file.endsWith('/'))) file += 'index.html';
  return root + file + (m[2] ?? '');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date from page metadata (ISO, as precise as the source: "2024", "2024-07", "2024-07-19") in
 * the page's language: vi "19/7/2024", "7/2024"; en "19 Jul 2024", "Jul 2024". */
export function formatIsoDate(iso: string, lang: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const y = m[1]!;
  const mo = m[2] ? Number(m[2]) : 0;
  const d = m[3] ? Number(m[3]) : 0;
  if (lang === 'vi') return `${d ? `${d}/` : ''}${mo ? `${mo}/` : ''}${y}`;
  return `${d ? `${d} ` : ''}${mo ? `${MONTHS[mo - 1]} ` : ''}${y}`;
}
