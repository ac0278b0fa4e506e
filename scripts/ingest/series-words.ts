/**
 * Words of a series and the sentence that names its topic: which phrases are part of a concept form
 * found, the folded words of an indicator, and the figure-less sentence before a paragraph that the
 * paragraph's figures measure (`lexicon.ts`, `series-carry.ts`). Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import { phraseWords } from './folded-text';
import type { IndicatorQuery } from './indicator-context';

/**
 * True when `words` holds `part` word for word: an excluded phrase that is part of the concept form found
 * ("xuất khẩu điện thoại và linh kiện điện thoại" holds "linh kiện điện thoại", which alone means the parts) excludes nothing.
 */
export function containsPhrase(words: string[], part: string[]): boolean {
  return part.length > 0 && words.some((_, i) => part.every((w, j) => words[i + j] === w));
}

/** Years and year ranges ("2020 - 2024"): no figure of a sentence. */
const YEARS = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/**
 * The last sentence of the paragraph before when it states no figure (years aside): a topic sentence ("…
 * thương mại điện tử Việt Nam đã có những bước bứt phá …") that the next paragraph's figures measure
 * ("Quy mô thị trường tiếp tục tăng vọt, từ 11,8 tỷ USD …"), while the sentences before them in their
 * paragraph name nothing but the series' words ("Tốc độ tăng trưởng duy trì ở mức cao, với 18% …").
 */
export function topicBefore(q: Pick<IndicatorQuery, 'earlier'>): string | undefined {
  return q.earlier && !/\d/u.test(q.earlier.replace(YEARS, '')) ? q.earlier : undefined;
}

/** The folded words of an indicator's concepts and optional words. */
export function seriesWords(ind: Indicator): Set<string> {
  return new Set([...ind.concepts.flat(), ...ind.optional].flatMap(phraseWords));
}
