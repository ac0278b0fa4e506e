/**
 * Whether a rank's own sentence says which ranking it is in, so that the article's lead's ranking
 * (`lexicon.ts` reads it for a bare rank) is not this one's. Pure.
 */
import { FOREIGN_COUNTRIES } from './phrases';

/** A field named after the rank: "đứng thứ 2 toàn quốc về tỷ lệ hồ sơ trực tuyến". */
const OWN_FIELD = /(?<![\p{L}\p{M}])về\s+[\p{L}\p{M}]/u;
/** An index named by its title in the sentence: "Trong bảng Chỉ số tham gia điện tử (EPI) năm 2024, …". */
const NAMED_INDEX = /(?<![\p{L}\p{M}])chỉ\s+số\s+\p{L}[^,;()]{2,60}\(\s*[a-z]{2,6}\s*\)/iu;
/** A foreign country, any case (the sentence may be lowercased). */
const COUNTRY = new RegExp(`(?<![\\p{L}\\p{M}])(?:${FOREIGN_COUNTRIES.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
/** Viet Nam as the subject before a rank. */
const VIET_NAM = /(?<![\p{L}\p{M}])việt\s+nam(?![\p{L}\p{M}])/iu;
/** A verb of overtaking before a country, or before the countries listed with it: "vượt Brunei", "vượt qua Thái Lan và ", "bỏ xa …". */
const OVERTAKES = /(?<![\p{L}\p{M}])(?:vượt(?:\s+qua)?|bỏ\s+xa|vượt\s+lên\s+trên)\s+(?:[^,;.\d()]{1,25}?(?:\s*,|\s+và)\s+){0,4}$/iu;

/**
 * True when `text` names a foreign country that is not one Viet Nam, named before it, overtakes ("Việt
 * Nam đã vượt Brunei để vươn lên vị trí thứ 5" names none; "Singapore xếp thứ 3" does): a figure after it
 * is that country's. Case-insensitive unless `exactCase` (names in running text are capitalised).
 */
export function foreignHolder(text: string, exactCase = false): boolean {
  const country = new RegExp(COUNTRY.source, exactCase ? 'gu' : 'giu');
  for (const found of text.matchAll(country)) {
    const before = text.slice(0, found.index);
    if (!(OVERTAKES.test(before) && VIET_NAM.test(before))) return true;
  }
  return false;
}

/**
 * True when the rank's sentence names its own ranking: a field after "về", an index by its title and
 * acronym, or a foreign country that holds the rank in its clause (`clause`, the number's context).
 */
export function namesOwnField(sentence: string, clause: string): boolean {
  return OWN_FIELD.test(sentence) || NAMED_INDEX.test(sentence) || foreignHolder(clause);
}
