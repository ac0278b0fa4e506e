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

/** Text words with their search keys, lazily: punctuation-only words have an empty key. */
class Keys {
  private readonly folded: string[];
  private readonly cache: (string | undefined)[] = [];
  constructor(readonly words: string[]) {
    this.folded = foldDiacritics(words.join(' ')).toLowerCase().split(' ');
    if (this.folded.length !== words.length) this.folded = words.map((w) => foldDiacritics(w).toLowerCase());
  }
  get length(): number { return this.words.length; }
  /** Whether word `i` may hold `want` (a fast test before the key: punctuation may split it, "84,7"). */
  mayHold(i: number, want: string): boolean {
    const w = this.folded[i] ?? '';
    return w.includes(want) || (w.includes(want[0] ?? '') && /[^\p{L}\p{N}]/u.test(w));
  }
  key(i: number): string {
    return (this.cache[i] ??= (this.folded[i] ?? '').replace(/[^\p{L}\p{N}]/gu, ''));
  }
  /** Position of the next word with a key at or after `i`, or -1. */
  next(i: number): number {
    for (let j = i; j < this.words.length; j++) if (this.key(j)) return j;
    return -1;
  }
}

/** Positions where the words from `start` on hold `want` in a row (punctuation-only words skipped),
 * with the number of text words the phrase spans. */
function phraseAt(keys: Keys, start: number, want: string[], exact: string[] | null): number {
  let j = start;
  for (let k = 0; k < want.length; k++) {
    if (j === -1) return 0;
    const last = k === want.length - 1;
    if (!fits(keys.key(j), want[k]!, last)) return 0;
    if (exact && !fits(exactKey(keys.words[j]!), exact[k]!, last)) return 0;
    if (!last) j = keys.next(j + 1);
  }
  return j - start + 1;
}

/** The densest passage of scattered query words: the position whose next `span` words hold the most
 * distinct query words, and whether every query word is somewhere in the text as a whole word. */
function scattered(keys: Keys, q: string[], span = 16): Match {
  const hits: { at: number; word: number }[] = [];
  for (let i = 0; i < keys.length; i++) {
    const w = q.findIndex((want, k) => keys.mayHold(i, want) && fits(keys.key(i), want, k === q.length - 1));
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

/** How closely the text `words` (split with WORD_SEPARATORS) holds the query `q`: the first place
 * where it holds the phrase as typed (marks included, case aside), else the phrase folded, else the
 * densest passage of its words. The last query word may be the start of a word ("Phạm Minh Ch"). */
export function locate(q: QueryKeys, words: string[]): Match {
  if (!q.folded.length || !words.length) return { tier: Tier.loose, at: -1, len: 0 };
  const keys = new Keys(words);
  let folded: Match | null = null;
  const first = q.folded[0]!;
  for (let i = 0; i < keys.length; i++) {
    if (!keys.mayHold(i, first)) continue;
    const len = phraseAt(keys, i, q.folded, null);
    if (!len) continue;
    const exactLen = phraseAt(keys, i, q.folded, q.exact);
    if (exactLen) return { tier: Tier.exact, at: i, len: exactLen };
    folded ??= { tier: Tier.folded, at: i, len };
  }
  return folded ?? scattered(keys, q.folded);
}

/** `text` split into words as Pagefind counts them. */
export function splitWords(text: string): string[] {
  return text.split(WORD_SEPARATORS);
}
