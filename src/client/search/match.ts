/** Where and how closely a page's text holds a query, read on the words Pagefind indexed: the
 * phrase as typed, the phrase once folded, every word whole, or less. Pure functions. */
import { exactKey, foldDiacritics, searchKey } from '../../lib/fold';

/** Pagefind's word separator: its word positions (`locations`, anchors) count words split so. */
export const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** How closely a text holds a query, best first. */
export const Tier = { exact: 0, folded: 1, words: 2, loose: 3 } as const;

/** A query read for matching: its words' exact keys (marks kept) and search keys (folded). */
export interface QueryKeys {
  exact: string[];
  folded: string[];
}

/** Where a text holds a query: `tier` (see Tier), the word position `at` and the number of words
 * `len` of the best passage (`at` is -1 when no query word is there). */
export interface Match {
  tier: number;
  at: number;
  len: number;
}

/** A query as typed, tidied: NFC, single spaces, at most 120 characters. */
export function normalizeQuery(q: string): string {
  return q.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/** The keys of the query's words; words of punctuation alone are dropped. */
export function queryKeys(query: string): QueryKeys {
  const words = normalizeQuery(query).split(' ').filter((w) => searchKey(w));
  return { exact: words.map(exactKey), folded: words.map(searchKey) };
}

/** Whether a text word's key `key` is the query word `want`: equal, or (the last query word, when it
 * ends in a letter: a word being typed, not a number) its start. */
export function fits(key: string, want: string, last: boolean): boolean {
  return last && /\p{L}$/u.test(want) ? key.startsWith(want) : key === want;
}

/** A text's words (split as Pagefind splits them) with their search keys, computed when first
 * needed (folding a whole long page costs more than a search): punctuation-only words have an empty
 * key, and positions stay Pagefind's. */
export class Words {
  private readonly cache: (string | undefined)[] = [];
  constructor(readonly words: string[]) {}
  get length(): number { return this.words.length; }
  key(i: number): string {
    return (this.cache[i] ??= searchKey(this.words[i] ?? ''));
  }
  /** Computes every key at once (faster than word by word when the whole text is read). */
  keyAll(): void {
    const keys = foldDiacritics(this.words.join('\u0001')).toLowerCase().replace(/[^\p{L}\p{N}\u0001]+/gu, '').split('\u0001');
    if (keys.length === this.words.length) keys.forEach((k, i) => { this.cache[i] = k; });
  }
  /** Position of the next word with a key at or after `i`, or -1. */
  next(i: number): number {
    for (let j = i; j < this.words.length; j++) if (this.key(j)) return j;
    return -1;
  }
}

/** The number of text words from `start` on that hold `want` in a row (punctuation-only words
 * skipped), each also equal to `exact` (marks kept) when given; 0 when they do not. */
function phraseAt(text: Words, start: number, want: string[], exact: string[] | null): number {
  let j = start;
  for (let k = 0; k < want.length; k++) {
    if (j === -1) return 0;
    const last = k === want.length - 1;
    if (!fits(text.key(j), want[k]!, last)) return 0;
    if (exact && !fits(exactKey(text.words[j]!), exact[k]!, last)) return 0;
    if (!last) j = text.next(j + 1);
  }
  return j - start + 1;
}

/** The densest passage of scattered query words: the position whose next `span` words hold the most
 * distinct query words, and whether every query word is somewhere in the text as a whole word. */
function scattered(text: Words, q: string[], at: Iterable<number>, span = 16): Match {
  const hits: { at: number; word: number }[] = [];
  for (const i of at) {
    const key = text.key(i);
    const w = key ? q.findIndex((want, k) => fits(key, want, k === q.length - 1)) : -1;
    if (w !== -1) hits.push({ at: i, word: w });
  }
  if (!hits.length) return { tier: Tier.loose, at: -1, len: 0 };
  let best = { at: hits[0]!.at, n: 0 };
  for (let a = 0; a < hits.length; a++) {
    const seen = new Set<number>();
    for (let b = a; b < hits.length && hits[b]!.at < hits[a]!.at + span; b++) seen.add(hits[b]!.word);
    if (seen.size > best.n) best = { at: hits[a]!.at, n: seen.size };
  }
  const all = new Set(hits.map((h) => h.word)).size === q.length;
  return { tier: all ? Tier.words : Tier.loose, at: best.at, len: 1 };
}

/** The word positions worth reading: every position from `from` on, or, given the positions where
 * Pagefind found query words (`near`), those and the words around them (a word typed without "đ" is
 * found through the index's folded copy, not where it stands, so its neighbours are read too; with
 * no hit from `from` on, every word is read). */
function positions(text: Words, from: number, reach: number, near?: number[]): number[] {
  if (!near?.some((p) => p + reach >= from)) {
    text.keyAll();
    return Array.from({ length: Math.max(0, text.length - from) }, (_, i) => from + i);
  }
  const out = new Set<number>();
  for (const p of near) {
    for (let i = Math.max(from, p - reach); i <= Math.min(text.length - 1, p + reach); i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/** How closely `text` (from word `from` on) holds the query `q`: the first place where it holds the
 * phrase as typed (marks included, case aside), else the phrase folded, else the densest passage of
 * its words. The last query word may be the start of a word ("Phạm Minh Ch"). With `near` (Pagefind's
 * hit positions), only the words around them are read. */
export function locate(q: QueryKeys, text: Words | string[], from = 0, near?: number[]): Match {
  const t = text instanceof Words ? text : new Words(text);
  if (!q.folded.length || !t.length) return { tier: Tier.loose, at: -1, len: 0 };
  const n = q.folded.length;
  const at = positions(t, from, n + 1, near);
  let folded: Match | null = null;
  for (const i of at) {
    if (!fits(t.key(i), q.folded[0]!, n === 1)) continue;
    const len = phraseAt(t, i, q.folded, null);
    if (!len) continue;
    const exactLen = phraseAt(t, i, q.folded, q.exact);
    if (exactLen) return { tier: Tier.exact, at: i, len: exactLen };
    folded ??= { tier: Tier.folded, at: i, len };
  }
  return folded ?? scattered(t, q.folded, at);
}

/** `text` split into words as Pagefind counts them. */
export function splitWords(text: string): string[] {
  return text.split(WORD_SEPARATORS);
}
