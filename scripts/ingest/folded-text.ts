/**
 * Folded, tokenised text for the indicator matcher (`lexicon.ts`): lowercase words without
 * diacritics ("đ" → "d", the project's fold of src/lib/fold.ts), each with its position and the
 * piece of the clause it stands in. Pieces are cut at ";", ",", ":", "…", a spaced dash and the
 * linking words "và", "hoặc", "nhưng", "trong đó", "so với" ("so cùng kỳ"), so the matcher can tell words next to a
 * number from words further off. Brackets and "/" are ignored (they neither join nor cut). A syllable
 * spelled with "i" or "y" alike ("tỉ lệ", "tỷ lệ") is read one way. Pure.
 */
import { foldDiacritics } from '../../src/lib/fold';
import { WORD_NUMBERS } from './dates-calendar';

/** One folded word: its text, its character span in the source, and the index of its piece. */
export interface Token {
  w: string;
  start: number;
  end: number;
  piece: number;
}

/** Words (and numbers) on folded text; everything else is a gap. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Punctuation that ends a piece (a comma between digits is a decimal mark, not a cut). */
const CUT_MARK = /[;:…]|,(?!\d)|\s[–—-]\s/gu;
/** A count's noun written as a pair of places or bodies ("63 tỉnh, thành phố", "500 thôn, bản", "22 bộ, ngành"), folded: the comma between them is no cut.
 *  Only right after a plain count: a rank's field ("31/34 tỉnh, thành phố") and a group named without a count ("tại các bộ, ngành") keep it. */
const NOUN_PAIR = /(?<=(?:^|[^\d/.,])\d[\d.]*\s+)(?:tinh,\s+thanh|thon,\s+(?:ban|xom)|bo,\s+(?:nganh|co\s+quan)|co\s+quan,\s+don\s+vi|xa,\s+(?:phuong|thi\s+tran))(?![\p{L}\p{N}])/gu;
/** Linking words that start a new piece (folded). */
const CUT_WORDS = [['va'], ['hoac'], ['nhung'], ['trong', 'do'], ['so', 'voi'], ['so', 'cung', 'ky'], ['trong', 'khi'], ['dong', 'thoi']];

/** Folded form of each character met so far (the fold of one character never changes). */
const FOLDED_CHAR = new Map<string, string>();

/** One character folded and lowercased, or just lowercased when folding would change its length. */
function foldChar(ch: string): string {
  let f = FOLDED_CHAR.get(ch);
  if (f === undefined) {
    const folded = foldDiacritics(ch).toLowerCase();
    f = folded.length === ch.length ? folded : ch.toLowerCase();
    FOLDED_CHAR.set(ch, f);
  }
  return f;
}

/** `text` folded character by character, so every position in it is the same as in `text`. */
export function foldKeepingPositions(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Words of the phrases seen so far: the lexicon's forms are folded once, not once per number. */
const PHRASE_WORDS = new Map<string, readonly string[]>();
/** Phrases kept at most (a phrase of free text is cheap to fold again; the lexicon's forms are far fewer). */
const PHRASE_CACHE_SIZE = 20_000;

/** The words of a folded phrase ("cntt-tt" → ["cntt", "tt"]). Callers must not modify the array. */
export function phraseWords(phrase: string): string[] {
  let words = PHRASE_WORDS.get(phrase);
  if (words === undefined) {
    words = (foldKeepingPositions(phrase).match(WORD) ?? []).map(spelled);
    if (PHRASE_WORDS.size < PHRASE_CACHE_SIZE) PHRASE_WORDS.set(phrase, words);
  }
  return words as string[];
}

/** Syllables written with "i" or "y" alike ("tỉ lệ" / "tỷ lệ", "cùng kì" / "cùng kỳ", "quản lí" / "quản lý"), folded: read as the "y" spelling. */
const Y_SPELLING = new Map([['ti', 'ty'], ['ki', 'ky'], ['li', 'ly'], ['mi', 'my'], ['si', 'sy'], ['qui', 'quy']]);

/** A folded word in its one spelling (see Y_SPELLING). */
const spelled = (w: string) => Y_SPELLING.get(w) ?? w;

/** The folded words of `text` with their pieces. */
export function tokenize(text: string): Token[] {
  const folded = foldKeepingPositions(text);
  const paired = new Set([...folded.matchAll(NOUN_PAIR)].map((m) => m.index + m[0].indexOf(',')));
  const cuts = [...folded.matchAll(CUT_MARK)].map((m) => m.index).filter((i) => !paired.has(i));
  const tokens: Token[] = [];
  let piece = 0;
  let c = 0;
  for (const m of folded.matchAll(WORD)) {
    while (c < cuts.length && cuts[c]! < m.index) { piece++; c++; }
    tokens.push({ w: spelled(m[0]), start: m.index, end: m.index + m[0].length, piece });
  }
  return splitAtLinkingWords(tokens);
}

/** First words of the linking words, to test the rest only where one stands. */
const CUT_FIRST = new Set(CUT_WORDS.map((cw) => cw[0]!));

/** True when a linking word ("và", "so với" …) starts at token `i`. */
function linkingWordAt(tokens: Token[], i: number): boolean {
  return CUT_FIRST.has(tokens[i]!.w) && CUT_WORDS.some((cw) => cw.every((w, k) => tokens[i + k]?.w === w));
}

/** Tokens (fresh from `tokenize`, renumbered in place) so that a linking word ("và", "so với" …) starts a new piece. */
function splitAtLinkingWords(tokens: Token[]): Token[] {
  let shift = 0;
  tokens.forEach((t, i) => {
    if (linkingWordAt(tokens, i)) shift++;
    t.piece += shift;
  });
  return tokens;
}

/** True for a word that is one Vietnamese syllable (folded); acronyms and loan words are not ("egdi", "vneid", "internet", "gii": no syllable doubles its i, e or a). */
export function isSyllable(word: string): boolean {
  return /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/.test(word) && !/ii|ee|aa/.test(word);
}

/** A match of a phrase: the first and last token index. */
export interface Hit {
  first: number;
  last: number;
}

/** Most words allowed between two words of a phrase ("doanh thu [cua nganh] cong nghiep cntt"). */
export const MAX_GAP = 2;

/** Where each word stands in a token list, built once per list (the matcher looks up hundreds of forms in one). */
const WORD_INDEX = new WeakMap<Token[], Map<string, number[]>>();

/** Token indexes of each word of `tokens`. */
function wordIndex(tokens: Token[]): Map<string, number[]> {
  let index = WORD_INDEX.get(tokens);
  if (!index) {
    index = new Map();
    tokens.forEach((t, i) => {
      const at = index!.get(t.w);
      if (at) at.push(i);
      else index!.set(t.w, [i]);
    });
    WORD_INDEX.set(tokens, index);
  }
  return index;
}

/** True when a punctuation cut (not a linking word) stands right before token `j`. */
function punctuationBefore(tokens: Token[], j: number): boolean {
  return tokens[j]!.piece !== tokens[j - 1]!.piece && !linkingWordAt(tokens, j);
}

/** Roman numerals of quarters and months. */
const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']);
/** Numbers in words, folded, before "tháng" or "quý" ("chín tháng"): the one-word numbers dates-calendar.ts reads. */
const COUNT_WORDS = new Set(Object.keys(WORD_NUMBERS).filter((k) => !k.includes(' ')).map((k) => spelled(foldKeepingPositions(k))));
/** True when token `j` is part of a time written between a phrase's words: a number, a quarter's numeral, "quý", "tháng", "năm" before one, a number in words before "tháng" ("GDP chín tháng năm 2024 tăng"). */
function isTimeToken(tokens: Token[], j: number): boolean {
  const w = tokens[j]!.w;
  const number = (t: Token | undefined) => !!t && (/^\p{N}+$/u.test(t.w) || ROMAN.has(t.w));
  const span = (t: Token | undefined) => !!t && ['quy', 'thang'].includes(t.w);
  return /^\p{N}+$/u.test(w) || (ROMAN.has(w) && span(tokens[j - 1])) || (['quy', 'thang', 'nam'].includes(w) && (number(tokens[j + 1]) || COUNT_WORDS.has(tokens[j - 1]?.w ?? ''))) || (COUNT_WORDS.has(w) && span(tokens[j + 1]));
}

/** Round 48: words whose next word in a phrase must follow them at once: "cấp" and its level ("cấp bộ" is not "cấp tỉnh năm 2022 của Bộ"). */
const TIGHT_HEADS = new Set(['cap']);

/** Every place the words of `phrase` occur in order in `tokens`, at most MAX_GAP extra words apart (no "," or ";" among the words skipped; next to each other across one: "điện tử, máy tính"). */
export function findPhrase(tokens: Token[], phrase: string[]): Hit[] {
  const hits: Hit[] = [];
  if (phrase.length === 0) return hits;
  for (const i of wordIndex(tokens).get(phrase[0]!) ?? []) {
    let at = i;
    let ok = true;
    for (let k = 1; k < phrase.length && ok; k++) {
      let next = -1;
      let cut = false;
      let reach = TIGHT_HEADS.has(phrase[k - 1]!) ? at + 1 : at + 1 + MAX_GAP; // round 48: "cấp" takes its level right after it
      for (let j = at + 1; j <= reach && j < tokens.length; j++) {
        if (j > at + 1 && isTimeToken(tokens, j - 1)) reach++; // session 25: a time between the words skips free ("GDP quý III/2025 tăng")
        cut ||= punctuationBefore(tokens, j);
        if (cut && j > at + 1) break; // words skipped never span a "," or ";": "GDP, tốc độ tăng" is no "GDP tăng"
        if (tokens[j]!.w === phrase[k]) { next = j; break; }
      }
      if (next < 0) ok = false;
      else at = next;
    }
    if (ok) hits.push({ first: i, last: at });
  }
  return hits;
}
