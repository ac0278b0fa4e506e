/** Vietnamese folding for search: readers often type without diacritics ("dinh danh dien tu" for
 * "định danh điện tử"). Pagefind folds tone and vowel marks itself but keeps "đ" as its own letter,
 * so the index gets a folded copy of every word that contains "đ". The browser's search client
 * (src/client/search/) imports this module, so queries and the index fold the same way. */

/** Words: a letter followed by letters, combining marks or digits (so "06" and "84,7" are not words). */
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*/gu;

/** `text` without tone or vowel marks and with đ/Đ as d/D: "Định danh" → "Dinh danh". Case is kept. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Lower-case folded form of one word, as the index stores it: "Điện" → "dien". */
export function foldWord(word: string): string {
  return foldDiacritics(word).toLowerCase();
}

/** The distinct folded forms of the words in `text` that contain đ or Đ, in first-seen order:
 * "Đề án định danh" → ["de", "dinh"]. Words without đ need no copy (Pagefind folds their marks). */
export function foldedDWords(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.normalize('NFC').matchAll(WORD)) {
    if (/[đĐ]/.test(m[0])) seen.add(foldWord(m[0]));
  }
  return [...seen];
}

/** Comparison key of a word as the search reads it: folded, lower case, letters and digits only
 * ("E-Government" → "egovernment", "84,7" → "847", "Điện," → "dien"). */
export function searchKey(token: string): string {
  return foldWord(token).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Like searchKey, but keeping the marks: "Bình," → "bình", so "Bình" and "Binh" differ. */
export function exactKey(token: string): string {
  return token.normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}
