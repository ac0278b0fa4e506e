/**
 * Whether the words before a number name what is measured: three or more syllables that are neither
 * weak words (`phrases.ts`), measure or rank words, who/where words nor a province's name. A sentence
 * that names none ("Khối bộ, ngành đạt 63,47%") continues the sentence before. Pure.
 */
import { findPhrase, phraseWords, tokenize, type Token } from './folded-text';
import { PROVINCE_NAMES } from './provinces';
import { SOURCE, WEAK_WORD_LIST } from './phrases';
import type { Matching } from './indicator-context';

/** Weak words (`phrases.ts`), folded: linking verbs, hedges, comparison words. */
const FOLDED_WEAK = new Set(WEAK_WORD_LIST.map((w) => phraseWords(w).join(' ')));

/** Generic measure and rank words, folded: they name how something is measured or placed, not what ("tốc độ tăng trưởng", "tỷ lệ", "đứng đầu", "cuối bảng", "sự chênh lệch giữa …", "khoảng cách"). */
const MEASURE_WORDS = new Set('toc do truong ty le trong quy mo luong gia tri muc vuot binh quan trung tong cong hang thoi ky giai doan dau cuoi bang giua tiep tuc vot su chenh lech khoang cach'.split(' '));

/** A syllable that names what is measured: neither a digit group, a weak word nor a measure word. */
const isSubjectWord = (w: string) => !/\d/.test(w) && !FOLDED_WEAK.has(w) && !MEASURE_WORDS.has(w);

/** Folded words of who or where, not what ("khối bộ, ngành", "các tỉnh, thành", "riêng tháng"). */
const WHO_WORDS = new Set('khoi bo nganh tinh thanh pho dia phuong co quan don vi huyen xa ca nuoc rieng thang quy nam ngay'.split(' '));

/** Province and city names, folded into words and indexed by their first word: who, not what ("Đà Nẵng (58,89%), Hà Giang (55,76%) …"). */
const PLACE_WORDS = new Map<string, string[][]>();
for (const name of PROVINCE_NAMES) {
  const words = phraseWords(name);
  if (words.length) PLACE_WORDS.set(words[0]!, [...(PLACE_WORDS.get(words[0]!) ?? []), words]);
}
const PLACES = new WeakMap<Token[], Set<number>>();

/** Indexes of the tokens that spell a province's name (its words in a row). */
export function placeTokens(tokens: Token[]): Set<number> {
  let at = PLACES.get(tokens);
  if (at) return at;
  at = new Set();
  tokens.forEach((t, i) => {
    for (const words of PLACE_WORDS.get(t.w) ?? []) {
      if (words.every((w, k) => tokens[i + k]?.w === w)) for (let k = 0; k < words.length; k++) at!.add(i + k);
    }
  });
  PLACES.set(tokens, at);
  return at;
}

/** Round 40: the whole economy's measure, a subject by itself when not a share's whole ("GDP cả nước tăng trưởng 7%, đạt khoảng 476 tỷ USD"), folded. */
const WHOLE_ECONOMY = new Set(['gdp', 'grdp']);
/** Words before "GDP" that make it the whole a share is of ("17% GRDP", "chiếm 18% trong GDP", "đóng góp vào GRDP"), folded. */
const SHARE_OF = new Set(['trong', 'vao', 'cua', 'so']);

/** True when token `i` is "GDP" or "GRDP" named as what is measured, not as the whole of a share (`SHARE_OF`, a figure right before it). */
function namesWholeEconomy(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.w;
  return WHOLE_ECONOMY.has(tokens[i]!.w) && before !== undefined && !/\d/u.test(before) && !SHARE_OF.has(before); // first of a text read after a figure: its whole
}

/** Round 43: value added ("Tăng trưởng giá trị gia tăng (VA) toàn ngành … đạt 7,69%"), folded: a measure of its own though spelt in measure words, never the revenue or the size a series before it counts. */
const VALUE_ADDED = ['gia', 'tri', 'gia', 'tang'];
/** True when token `i` ends "giá trị gia tăng". */
const namesValueAdded = (tokens: Token[], i: number) => VALUE_ADDED.every((w, k) => tokens[i - VALUE_ADDED.length + 1 + k]?.w === w);

/** Subject words among tokens before `to`, read backwards while `keep` holds: neither weak, measure, who/where words nor a place's name. */
function subjectWords(tokens: Token[], to: number, keep: (t: Token) => boolean, own: ReadonlySet<string> = new Set()): number {
  const places = placeTokens(tokens);
  let k = 0;
  for (let i = to - 1; i >= 0 && keep(tokens[i]!); i--) {
    if (namesValueAdded(tokens, i)) k += 3;
    else if (isSubjectWord(tokens[i]!.w) && !WHO_WORDS.has(tokens[i]!.w) && !own.has(tokens[i]!.w) && !places.has(i)) k += namesWholeEconomy(tokens, i) ? 3 : 1;
  }
  return k;
}

/** Round 40: words that link a sentence to the one before and name nothing measured ("Đặc biệt, bước sang năm 2022, tỉnh đạt …"), lowercase. */
const DISCOURSE = /(?<![\p{L}\p{M}])(?:đặc biệt|tuy nhiên|ngoài ra|bên cạnh đó|mặt khác|trong khi đó|bước sang|vươn lên)(?![\p{L}\p{M}])/gu;
/** Round 46: a noun pointed back to ("lĩnh vực chủ lực này", "con số này"): the subject named before, not one of its own. */
const POINTS_BACK = /(?<![\p{L}\p{M}])(?:[\p{L}\p{M}]+\s+){1,3}này(?![\p{L}\p{M}])/gu;

/**
 * True when `before` (a sentence up to a number, lowercase) names what is measured: three or more subject
 * words (see `subjectWords`); words of `own` (the folded words of the series being continued: "doanh thu" of
 * e-commerce revenue) name nothing new.
 */
export function namesOwnSubject(before: string, own: ReadonlySet<string> = new Set()): boolean {
  const tokens = tokenize(before.replace(DISCOURSE, ' ').replace(POINTS_BACK, ' ')); // round 47: places are read before the series' own words are left out ("nội" of a series' words is no "Hà Nội")
  return subjectWords(tokens, tokens.length, () => true, own) >= 3;
}

/** After an earlier figure (not a year), its unit words, then ";" or "và": the next item's words up to the number (lowercase). */
const NEXT_ITEM = /(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d[\d.,]*\s*(?:%|(?:[\p{L}\p{M}]+\s+){0,2}[\p{L}\p{M}]+)?\s*(?:;|\svà\s)([^;\d]*)$/u;

/** The words of the item a number opens in `before` (its sentence up to it, lowercase) after an earlier figure and ";" or "và", if any. */
export function listedItem(before: string): string | undefined {
  return NEXT_ITEM.exec(before)?.[1];
}

/**
 * Round 32: the words of a list's later item ("thủy sản hơn ", "hàng dệt may đạt ") name a thing of their own in two syllables or
 * more and none of a series' concept or optional phrases (`concepts`, folded; "giá trị giao dịch" names an aspect of the same payments): a part beside the first item, not the first item's series.
 */
export function namesListedPart(item: string, concepts: readonly string[][]): boolean {
  const tokens = tokenize(item);
  return subjectWords(tokens, tokens.length, () => true) >= 2 && !concepts.some((c) => findPhrase(tokens, c).length > 0);
}

/** True when the number's own piece names a subject before it: three or more syllables that are neither weak, measure, who/where words nor places ("khối bộ đạt tỷ lệ 61,1%", "Đà Nẵng (58,89%)" name none). */
export function hasOwnSubject(tokens: Token[], n: number): boolean {
  const piece = tokens[n]?.piece;
  return subjectWords(tokens, n, (t) => t.piece === piece) >= 3;
}

/**
 * True when the number's sentence, up to the number, says what is measured (three or more syllables
 * that are not weak, measure, place or body words, nor a province's name). An elliptical sentence ("Khối bộ, ngành đạt
 * 63,47%", "Riêng tháng 6 đạt …") does not: it continues the sentence before. Words of `own` (the folded
 * words of the series read from the sentence before) name nothing new: "Theo đó, doanh thu năm 2024 đạt …"
 * after a sentence about e-commerce names no subject of its own.
 */
export function sentenceNamesSubject(m: Matching, own: ReadonlySet<string> = new Set()): boolean {
  const from = m.anaphor + (SOURCE.exec(m.text.slice(m.anaphor))?.[0].length ?? 0);
  const head = m.tokens.findIndex((t) => t.start >= from);
  if (head >= 0 && head < m.num.first && WHOLE_ECONOMY.has(m.tokens[head]!.w) && !own.has(m.tokens[head]!.w)) return true; // session 24: "GDP cả nước tăng trưởng 7%, đạt khoảng 476 tỷ USD" opens on the whole economy
  return subjectWords(m.tokens, m.num.first, (t) => t.start >= from, own) >= 3;
}
