/**
 * Round 35: a page written in English (an English edition of a Vietnamese outlet). English prose is dense in function
 * words ("the", "of", "and", "was" …: a quarter of its words), which Vietnamese never writes: a Vietnamese page quoting an
 * English name or abbreviation has a few of them among hundreds of words. Pure.
 */

/** English function words that are no Vietnamese word once written without tone marks. */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'is', 'was', 'were', 'are', 'by', 'for', 'with', 'that', 'from', 'has', 'have', 'had', 'this', 'which', 'its', 'been', 'than', 'it', 'as', 'at', 'on']);
/** The share of a page's words an English text reaches (measured: 0.18–0.30 on English pages, at most 0.011 on Vietnamese ones). */
const ENGLISH_SHARE = 0.1;
/** Fewer function words than this tell nothing (a caption, a line of names). */
const MIN_FUNCTION_WORDS = 8;

/** True when the page's paragraphs are English prose: enough English function words, and a tenth of its words at least. */
export function isEnglishPage(paragraphs: readonly string[]): boolean {
  const words = paragraphs.join('\n').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  const english = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  return english >= MIN_FUNCTION_WORDS && english >= ENGLISH_SHARE * words.length;
}

/** A letter only Vietnamese writes: a tone mark or a vowel or "đ" of its own. */
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;
/** Fewest lowercase words with Vietnamese letters a Vietnamese line has, and their share of its lowercase words: names, which English
 *  pages write with their marks ("Bình Dương, Đồng Nai, Bà Rịa-Vũng Tàu record 1,500 …", "Thủ tướng Phạm Minh Chính chairs …"), are
 *  capitalised and tell nothing (review). */
const MIN_VIETNAMESE_WORDS = 3;
const VIETNAMESE_SHARE = 0.6;
/** English scale words: a line that has one is read the English way whatever its names. */
const ENGLISH_SCALE = /(?<![\p{L}])(?:thousand|million|billion|trillion|percent)(?![\p{L}])/iu;

/** Session 55: true when a sentence of an English page is Vietnamese (a caption left in the original: "Công an TPHCM tiếp nhận hơn 2.700
 *  hồ sơ …"): six in ten of its lowercase words (three at least) carry Vietnamese letters, at most one word is an English function word and
 *  no English scale word stands in it. */
export function isVietnameseLine(text: string): boolean {
  const all = text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? [];
  const words = all.filter((w) => !/^\p{Lu}/u.test(w));
  const viet = words.filter((w) => VIETNAMESE_LETTER.test(w)).length;
  return viet >= MIN_VIETNAMESE_WORDS && viet >= VIETNAMESE_SHARE * words.length && all.filter((w) => FUNCTION_WORDS.has(w.toLowerCase())).length <= 1 && !ENGLISH_SCALE.test(text); // second look: a capitalised "The" is a function word too
}
