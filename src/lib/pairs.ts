/** Word pairs for search: most Vietnamese words are two syllables ("kinh tế", "định danh"), and a
 * single syllable ("số", "công") is in nearly every page, so a search for a phrase through its
 * syllables makes Pagefind score tens of thousands of positions. The index therefore also holds each
 * page's adjacent-syllable pairs as tokens of their own (folded as searchKey folds, behind PAIR_MARK:
 * "kinh tế số" → "ǃkinhte ǃteso"), the way CJK search indexes bigrams; a phrase query searches its
 * pairs first, which few pages hold. The build (scripts/build/search-index.ts) and the browser's
 * search client (src/client/search/) both import this module, so the page and the query pair alike. */
import { searchKey } from './fold';

/** Start of every pair token: a letter (U+01C3, so Pagefind keeps it in a word) that no keyboard
 * types, so no word a reader types is the start of a pair token (Pagefind matches query words as
 * prefixes) and no pair token is the start of a word of the text. */
export const PAIR_MARK = '\u01c3';

/** Languages whose pages get pair tokens: those written in syllables apart, where a word is mostly
 * two or more of them (an English word is whole already). */
export const PAIRED_LANGUAGES: ReadonlySet<string> = new Set(['vi']);

/** Search keys of the words seen so far (a site has some tens of thousands of distinct words and
 * each page repeats its own: folding each distinct word once is ~2.5× faster than folding every
 * word or every text). Bounded, for a process that builds many sites. */
const KEYS = new Map<string, string>();
const MAX_KEYS = 200_000;

/** The search keys of the words of `text` (split on white space, as Pagefind splits them), as
 * `searchKey` gives them; words of punctuation alone give empty keys. */
function keysOf(text: string): string[] {
  return text.split(/\s+/).map((w) => {
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

/** The pair tokens of `text` (words split on white space, as Pagefind splits them), one for each
 * two consecutive words, in text order and space-separated, so that Pagefind counts and places them
 * as it does words: "Kinh tế số, kinh tế" → "ǃkinhte ǃteso ǃsokinh ǃkinhte"; '' for fewer than two words. */
export function textPairSequence(text: string): string {
  return pairsOfKeys(keysOf(text)).join(' ');
}

/** The distinct pair tokens of a page title, space-separated (index-only metadata, so that a phrase
 * in the title lifts the page in a pair search as the title lifts it in a word search). */
export function pageTitlePairs(title: string): string {
  return [...new Set(pairsOfKeys(keysOf(title)))].join(' ');
}

/** The pair query of a query as typed: its words' pair tokens joined by spaces ("Kinh tế số" →
 * "ǃkinhte ǃteso"); '' when it has fewer than two words. The last word may be incomplete (typing):
 * its pair is then the start of a pair token, which Pagefind matches as a prefix. */
export function queryPairs(query: string): string {
  return pairsOfKeys(keysOf(query)).join(' ');
}
