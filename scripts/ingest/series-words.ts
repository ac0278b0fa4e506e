/**
 * Words of a series and the sentence that names its topic: which phrases are part of a concept form
 * found, the folded words of an indicator, and the figure-less sentence before a paragraph that the
 * paragraph's figures measure (`lexicon.ts`, `series-carry.ts`). Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import { phraseWords } from './folded-text';
import { DOCUMENT_NUMBER } from './dates-rules';
import type { IndicatorQuery } from './indicator-context';

/**
 * True when `words` holds `part` word for word: an excluded phrase that is part of the concept form found
 * ("xuất khẩu điện thoại và linh kiện điện thoại" holds "linh kiện điện thoại", which alone means the parts) excludes nothing.
 */
export function containsPhrase(words: string[], part: string[]): boolean {
  return part.length > 0 && words.some((_, i) => part.every((w, j) => words[i + j] === w));
}

/** The excluded phrases (`without`, folded) that stand outside every concept phrase found (`found`, folded): "máy tính và linh kiện" is
 *  excluded beside phones but is part of "điện tử, máy tính và linh kiện", so it excludes nothing where that concept was found. */
export function withoutOutside(without: readonly string[][], found: readonly string[][]): string[][] {
  return without.filter((w) => !found.some((c) => containsPhrase(c, w)));
}

/** Years and year ranges ("2020 - 2024"): no figure of a sentence. */
const YEARS = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;
/** Round 50: numbers that name, not count (besides a document's number, "766/QĐ-TTg", `DOCUMENT_NUMBER`): a day ("15/9/2022"), an index or a decision named by its
 *  number ("Bộ chỉ số 766", "Quyết định số 766"; not "Đề án 06", whose tasks a series counts). A sentence with only these states no figure. */
const NAMING_NUMBERS = /(?<!\d)\d{1,2}[\/-]\d{1,2}[\/-](?:19|20)\d\d(?!\d)|(?<![\p{L}\p{M}])(?:(?:bộ\s+)?chỉ\s+số|quyết\s+định(?:\s+số)?|nghị\s+quyết(?:\s+số)?)\s+\d+(?![\d.,%])/giu;

/** True when a sentence states no figure: no number but years and naming numbers (`DOCUMENT_NUMBER`, `NAMING_NUMBERS`). */
function isFigureless(text: string): boolean {
  return !/\d/u.test(text.replace(DOCUMENT_NUMBER, '').replace(NAMING_NUMBERS, '').replace(YEARS, ''));
}

/**
 * The last sentence of the paragraph before when it states no figure (years aside): a topic sentence ("…
 * thương mại điện tử Việt Nam đã có những bước bứt phá …") that the next paragraph's figures measure
 * ("Quy mô thị trường tiếp tục tăng vọt, từ 11,8 tỷ USD …"), while the sentences before them in their
 * paragraph name nothing but the series' words ("Tốc độ tăng trưởng duy trì ở mức cao, với 18% …").
 */
export function topicBefore(q: Pick<IndicatorQuery, 'earlier'>): string | undefined {
  return q.earlier && isFigureless(q.earlier) ? q.earlier : undefined;
}

/** How many sentences back a figure-less sentence still gives the figures after it their series. */
const TOPIC_REACH = 2;

/** A sentence that states no figure (years aside) and the text read after it, before the number's sentence. */
export interface TopicSentence { text: string; after: string }

/**
 * The nearest figure-less sentence (years aside) among the last two read, in this paragraph or the one
 * before, with the sentence read after it (if any): "Thương mại điện tử bứt phá." then "Quy mô thị
 * trường … từ 11,8 tỷ USD …" then "Tốc độ tăng trưởng … 18% …" — the third still measures e-commerce,
 * however the outlet broke the paragraphs. `read` holds the sentences before the number's, in order.
 */
export function recentTopic(read: readonly string[]): TopicSentence | undefined {
  const last = read.slice(-TOPIC_REACH);
  const at = last.findLastIndex(isFigureless);
  return at < 0 ? undefined : { text: last[at]!, after: last.slice(at + 1).join(' ') };
}

/** A headline as a topic sentence: it names the article's series whatever figures it gives ("Doanh thu thương mại điện tử năm 2024 đạt 25 tỷ USD"), so it is read without them. */
export function withoutFigures(headline: string): string {
  return headline.replace(/\d[\d.,/]*\s*%?/gu, '');
}

/** The topic sentences a number may read, nearest first: the recent one, then the paragraph before's last (`topicBefore`). */
export function topicsBefore(q: Pick<IndicatorQuery, 'earlier' | 'previous' | 'topic'>): TopicSentence[] {
  const earlier = topicBefore(q);
  return [...(q.topic ? [q.topic] : []), ...(earlier && earlier !== q.topic?.text ? [{ text: earlier, after: q.previous ?? '' }] : [])];
}

/** The folded words of an indicator's concepts and optional words. */
export function seriesWords(ind: Indicator): Set<string> {
  return new Set([...ind.concepts.flat(), ...ind.optional].flatMap(phraseWords));
}

/** A total of a sector left unnamed ("Tổng số nhân lực đạt …", "Toàn ngành có …"), on lowercase text. */
const SECTOR_TOTAL = /(?<![\p{L}\p{M}])(?:toàn ngành|cả ngành|tổng số (?:nhân lực|lao động|doanh nghiệp))(?![\p{L}\p{M}])/u;

/** The whole sector as the subject, with no measure named ("Toàn ngành có …", "Cả ngành đạt …"), on lowercase text. */
const WHOLE_SECTOR = /(?<![\p{L}\p{M}])(?:toàn|cả) ngành(?![\p{L}\p{M}])/u;

/** True when the number's clause has the whole sector as its subject and names no measure ("Toàn ngành có N doanh nghiệp"): what it counts is told by its noun and the sector by the opening, so its own words need not name the series. */
export function wholeSector(clause: string): boolean {
  return WHOLE_SECTOR.test(clause);
}

/** True when the number's clause totals a sector it leaves unnamed and its paragraph opens on another sentence: that opening names the sector (read when nothing nearer names a series). */
export function readsOpening(q: Pick<IndicatorQuery, 'opening' | 'previous' | 'sentence' | 'clause'>): boolean {
  return !!q.opening && q.opening !== q.previous && q.opening !== q.sentence && SECTOR_TOTAL.test(q.clause);
}

/** A paragraph that opens on its topic ("Về chỉ số X năm 2024, …", "Đối với xếp hạng Y, …"): the topic, up to its comma, on lowercase text. */
const TOPIC_LEAD = /^(?:về|đối với)\s+([^,.;:\d]+(?:\d{4}[^,.;:\d]*)?),/u;

/**
 * The topic a paragraph's opening names for the figures of its later sentences ("Về chỉ số X năm 2024, các tỉnh …. Tỉnh
 * A xếp thứ 7"), read when nothing nearer names a series; none in the opening sentence itself, whose figures have
 * their own words.
 */
export function paragraphTopic(q: Pick<IndicatorQuery, 'opening' | 'sentence'>): string | undefined {
  if (!q.opening || q.opening === q.sentence) return undefined;
  return TOPIC_LEAD.exec(q.opening)?.[1]?.trim();
}
