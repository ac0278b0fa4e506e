/**
 * Session 54: a sector left unnamed ("Tổng doanh thu toàn ngành đạt gần 4.000 tỷ đồng") is the sector the page is about. A
 * series whose sector concept was found only as such a bare word takes the figure only when the text read before (the sentence
 * before, the paragraph's opening, the headline and lead) names as a sector ("ngành …", "nhà …", "Hội …") none the series excludes — or names the series' own
 * sector too, other than in a body's name ("Bộ Thông tin và Truyền thông" reports publishing's figures): publishing's, banking's or tourism's total revenue is no information-and-communications revenue. Pure;
 * `lexicon.ts` `scoreOne` asks it.
 */
import { phraseWords } from './folded-text';
import type { IndicatorQuery } from './indicator-context';

/** Words that name the whole of a sector without naming which ("toàn ngành", "cả ngành"), folded. */
const BARE_SECTOR: readonly string[][] = [['toan', 'nganh'], ['ca', 'nganh']];

/** True when the folded form `words` is a bare whole-sector word (`BARE_SECTOR`). */
export function isBareSector(words: readonly string[]): boolean {
  return BARE_SECTOR.some((b) => b.length === words.length && b.every((w, i) => words[i] === w));
}

/**
 * True when the concept `forms` was found as a bare sector word and the text read before names a sector in `without` and none of
 * the concept's named forms: the unnamed sector is another one.
 */
export function isOtherSectorUnnamed(q: Pick<IndicatorQuery, 'previous' | 'opening' | 'lead'>, found: readonly string[], forms: readonly string[][], without: readonly string[][]): boolean {
  if (!isBareSector(found)) return false;
  const before = [q.previous, q.opening, q.lead].filter((t): t is string => !!t).map((t) => phraseWords(t));
  const namesOther = before.some((words) => without.some((w) => namesAsSector(words, w)));
  const namesOwn = before.some((words) => forms.some((f) => !isBareSector(f) && namesOutsideBody(words, f)));
  return namesOther && !namesOwn;
}

/** Words that name a sector by what follows them ("ngành xuất bản", "nhà xuất bản", "Hội Xuất bản", "lĩnh vực ngân hàng"), folded. */
const SECTOR_HEADS: readonly string[][] = [['nganh'], ['nha'], ['hoi'], ['linh', 'vuc']];

/** True when `phrase` stands in `words` right after a sector's head (`SECTOR_HEADS`): the page's sector, not a measure ("nộp ngân sách") or a part named in passing. */
function namesAsSector(words: readonly string[], phrase: readonly string[]): boolean {
  return words.some((_, i) => phrase.every((w, j) => words[i + j] === w) && SECTOR_HEADS.some((h) => h.every((w, k) => words[i - h.length + k] === w)));
}

/** Words that make a sector's name a body's ("Bộ Thông tin và Truyền thông", "Sở TT&TT"), folded: the body reports, it names no sector. */
const BODY = new Set(['bo', 'so']);

/** True when `phrase` stands in `words` other than as a body's name (`BODY` right before it). */
function namesOutsideBody(words: readonly string[], phrase: readonly string[]): boolean {
  return words.some((_, i) => !BODY.has(words[i - 1] ?? '') && phrase.every((w, j) => words[i + j] === w));
}
