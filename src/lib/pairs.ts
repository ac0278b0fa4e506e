/** Word pairs for search: most Vietnamese words are two syllables ("kinh tế", "định danh"), and a
 * single syllable ("số", "công") is in nearly every page, so a search for a phrase through its
 * syllables makes Pagefind score tens of thousands of positions. A second Pagefind index, of word
 * pairs only (scripts/build/search-pairs.ts), holds each page's adjacent-syllable pairs as tokens
 * (folded as searchKey folds, behind PAIR_MARK: "kinh tế số" → "ǃkinhte ǃteso"), the way CJK search
 * indexes bigrams; a phrase query searches its pairs there first (src/client/search/hits.ts). The
 * build and the browser's search client both import this module, so the page and the query pair alike. */
import { searchKey } from './fold';

/** Start of every pair token: a letter (U+01C3, so Pagefind keeps it in a word) that no keyboard
 * types, so no word a reader types is the start of a pair token (Pagefind matches query words as
 * prefixes) and no pair token is the start of a word. */
export const PAIR_MARK = '\u01c3';

/** A word of the pair text that Pagefind counts as a position but does not index (punctuation
 * alone): it stands where a word starts no pair, so pair k is at the place of word k. */
export const PAIR_GAP = '·';

/** The pair index's folder in the site, beside Pagefind's pagefind/. */
export const PAIRS_FOLDER = 'pagefind-pairs';

/** The pair index's file mapping its page ids to the word index's ids of the same pages (the
 * client leaves the pages found through pairs out of a later word search). */
export const PAIR_IDS_FILE = 'cds-ids.json';

/** Languages whose pages get pair tokens: those written in syllables apart, where a word is mostly
 * two or more of them (an English word is whole already). */
export const PAIRED_LANGUAGES: ReadonlySet<string> = new Set(['vi']);

/** Search keys of the words seen so far (a site has some tens of thousands of distinct words and
 * each page repeats its own: folding each distinct word once is ~2.5× faster than folding every
 * word). Bounded, for a process that builds many sites. */
const KEYS = new Map<string, string>();
const MAX_KEYS = 200_000;

/** The search keys of the words of `text` (split on white space, as Pagefind splits them), as
 * `searchKey` gives them; words of punctuation alone give empty keys. */
function keysOf(text: string): string[] {
  return text.split(/[^\S\uFEFF]+/).map((w) => {
    let key = KEYS.get(w);
    if (key === undefined) {
      key = searchKey(w);
      if (KEYS.size < MAX_KEYS) KEYS.set(w, key);
    }
    return key;
  });
}

/** The pair tokens of consecutive words, given their search keys (empty keys, punctuation alone,
 * are skipped, as the search's phrase matching skips them). */
function pairsOfKeys(keys: readonly string[]): string[] {
  const words = keys.filter(Boolean);
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) out.push(`${PAIR_MARK}${words[i - 1]}${words[i]}`);
  return out;
}

/** The pair text of `text` (a page's text as Pagefind returns it): one word for each of its words,
 * in place, so Pagefind's positions in the one are positions in the other: the pair token of that
 * word and the next word with letters or digits, or PAIR_GAP where there is none (punctuation
 * alone, the last word). "Kinh tế – số" → "ǃkinhte ǃteso · ·". */
export function alignedPairs(text: string): string {
  const keys = keysOf(text.trim());
  const out: string[] = new Array<string>(keys.length).fill(PAIR_GAP);
  let next = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!;
    if (!key) continue;
    if (next) out[i] = `${PAIR_MARK}${key}${next}`;
    next = key;
  }
  return text.trim() ? out.join(' ') : '';
}

/** The distinct pair tokens of a page title, space-separated (its title metadata in the pair
 * index, so that a phrase in the title lifts the page as the title lifts it in a word search). */
export function titlePairs(title: string): string {
  return [...new Set(pairsOfKeys(keysOf(title)))].join(' ');
}

/** The pair query of a query as typed: its words' pair tokens joined by spaces ("Kinh tế số" →
 * "ǃkinhte ǃteso"); '' when it has fewer than two words. The last word may be incomplete (typing):
 * its pair is then the start of a pair token, which Pagefind matches as a prefix. */
export function queryPairs(query: string): string {
  return pairsOfKeys(keysOf(query)).join(' ');
}
