/**
 * Where an indicator's words stand around a number, for the matcher (`lexicon.ts`): an indicator's
 * forms folded once, the best-placed of a set of forms weighted by its nearness in pieces, and whether
 * a form stands within a span as words of this number's claim. Pure (the folded forms are cached).
 */
import type { Indicator } from '../../src/schemas/lexicon';
import { findPhrase, phraseWords, type Hit, type Token } from './folded-text';
import { inWindow, isNumberToken, ownedByOtherNumber, type Matching } from './indicator-context';
import { placeTokens } from './indicator-own-subject';
import { comparedAfter, partAfter } from './indicator-choice';

/** How many pieces before the number a concept may stand, and after it. */
const REACH_BEFORE = 3;
const REACH_AFTER = 2;
/** Score factor by distance in pieces (0 = the number's own piece). */
const NEAR = [1, 0.8, 0.6, 0.45];
/** A concept found after the number counts a little less. */
const AFTER = 0.9;

/** An indicator's forms folded into words, once per indicator object (the matcher scores every indicator for every number). */
interface FoldedForms {
  concepts: string[][][];
  optional: string[][];
  without: string[][];
  counts: string[][] | undefined;
  /** Publishers whose own counts are not the series (`sources`). */
  sources: string[][];
}
const FOLDED = new WeakMap<Indicator, FoldedForms>();

/** The folded words of `ind`'s concepts, optional words, exclusions and counted nouns. */
export function folded(ind: Indicator): FoldedForms {
  let f = FOLDED.get(ind);
  if (!f) {
    f = { concepts: ind.concepts.map((c) => c.map(phraseWords)), optional: ind.optional.map(phraseWords), without: ind.without.map(phraseWords), counts: ind.counts?.map(phraseWords), sources: (ind.sources ?? []).map(phraseWords) };
    FOLDED.set(ind, f);
  }
  return f;
}

/** A concept or optional word found near the number. */
export interface Found {
  value: number;
  hit: Hit;
  distance: number;
  /** The form's folded words. */
  words: string[];
}

/**
 * Distance in pieces from the number (token index `n`) to a hit, or undefined when out of reach.
 * Pieces with no words of their own between them ("năm 2022", "Việt Nam tăng 1 bậc") do not count:
 * "Về xếp hạng X, năm 2022, Việt Nam giữ nguyên thứ hạng là 6/11" keeps X next to the number.
 */
function piecesAway(tokens: Token[], n: number, hit: Hit, weak: boolean[]): { d: number; after: boolean } | undefined {
  const here = tokens[n]?.piece ?? tokens[tokens.length - 1]?.piece ?? 0;
  const between = (a: number, b: number) => (a === b ? 0 : 1 + weak.slice(a + 1, b).filter((w) => !w).length);
  if (hit.last < n) {
    const d = between(tokens[hit.last]!.piece, here);
    return d <= REACH_BEFORE ? { d, after: false } : undefined;
  }
  const d = between(here, Math.max(here, tokens[hit.first]!.piece));
  return d <= REACH_AFTER ? { d, after: true } : undefined;
}

/** The best-placed form of a set of forms (highest weight × nearness), with the distance of the nearest one. */
export function bestForm(m: Matching, forms: string[][], weight: (w: string[]) => number): Found | undefined {
  const { tokens, num, weak } = m;
  const n = num.first;
  let best: Found | undefined;
  let nearest = Infinity;
  for (const words of forms) {
    for (const hit of findPhrase(tokens, words)) {
      if ((hit.first <= num.last && hit.last >= n && tokens[n]) || ownedByOtherNumber(m, hit) || comparedAfter(m, hit) || partAfter(m, hit)) continue;
      const away = tokens[hit.first]!.start >= m.predicate ? { d: 1, after: true } : tokens[hit.last]!.end <= m.anaphor ? { d: 1, after: false } : piecesAway(tokens, n, hit, weak);
      if (!away) continue;
      const value = weight(words) * NEAR[Math.min(away.d, NEAR.length - 1)]! * (away.after ? AFTER : 1);
      const distance = inWindow(m, hit) ? Math.min(away.d, 1) : away.d;
      nearest = Math.min(nearest, distance);
      if (!best || value > best.value) best = { value, hit, distance, words };
    }
  }
  return best && { ...best, distance: nearest };
}

/**
 * True when one of `forms` occurs in tokens first..last (inclusive) as words of this number's claim,
 * in its own sentence (or in the sentence read before it, `readBack`). A form right before a
 * province's name introduces the names ("cùng các tỉnh Hòa Bình (86,5%), …"): it is no group.
 */
export function anyWithin(m: Matching, first: number, last: number, forms: string[][], glossed: Hit[] = []): boolean {
  const places = placeTokens(m.tokens);
  const ours = (h: Hit) => (m.readBack || (m.tokens[h.first]!.start >= m.anaphor && !ownedByOtherNumber(m, h, false))) && !places.has(h.last + 1) && !inGloss(m, h, glossed) && !yearOfItsOwn(m, h) && !isGrade(m, h);
  return forms.some((f) => findPhrase(m.tokens, f).some((h) => h.first >= first && h.last <= last && ours(h)));
}

/** Words before an averaging word that make it a grade or a level compared with ("đạt mức trung bình", "dưới trung bình", "xếp loại trung bình"). */
const GRADE_BEFORE = new Set(['muc', 'duoi', 'tren', 'loai']);

/**
 * True when an averaging word is a grade, with no figure of its own in its piece ("xếp hạng của tỉnh ở mức trung bình và
 * dưới trung bình so với cả nước"): it says how a figure compares, not that the figure is an average ("mức trung bình 4,2
 * điểm" stays one).
 */
function isGrade(m: Matching, h: Hit): boolean {
  const { tokens } = m;
  if (!AVERAGE_HEAD.some((a) => a.every((w, i) => tokens[h.first + i]?.w === w)) || !GRADE_BEFORE.has(tokens[h.first - 1]?.w ?? '')) return false;
  const piece = tokens[h.first]!.piece;
  for (let i = h.last + 1; i < tokens.length && tokens[i]!.piece === piece; i++) if (/^\d/.test(tokens[i]!.w)) return false;
  return true;
}

/** Averaging words, folded: as a concept's head ("giá trị trung bình DTI", "điểm bình quân chỉ số") they make every figure of the concept an average. */
const AVERAGE_HEAD = ['trung binh', 'binh quan'].map(phraseWords);

/**
 * True when an averaging word the series excludes (`without`) stands right before a concept found, in its piece ("giá trị
 * trung bình DTI 2023 là 0,63 với các bộ; … và đạt 0,68 với các địa phương"): the figure is an average over a group, not
 * one subject's value, however far the lead-in stands from it; not when the number names its own year after the average's
 * figure ("Trung bình tỷ trọng … đạt 12,6% và năm 2023 là 12,3%", `yearOfItsOwn`).
 */
export function averagedConcept(m: Matching, hit: Hit, without: string[][]): boolean {
  return !yearOfItsOwn(m, hit) && AVERAGE_HEAD.some((a) => without.some((w) => w.join(' ') === a.join(' ')) && a.every((w, i) => {
    const t = m.tokens[hit.first - a.length + i];
    return t?.w === w && t.piece === m.tokens[hit.first]!.piece;
  }));
}

/** True when `h` stands in a bracket that opens right after one of the `glossed` concepts and closes before the number: another name for the concept ("Doanh thu lĩnh vực CNTT (kinh tế số ICT) tăng 26%"). */
function inGloss(m: Matching, h: Hit, glossed: Hit[]): boolean {
  const { text, tokens } = m;
  const open = text.lastIndexOf('(', tokens[h.first]!.start);
  const close = open < 0 ? -1 : text.indexOf(')', open);
  if (close < tokens[h.last]!.end || close > tokens[m.num.first]!.start) return false;
  return glossed.some((g) => tokens[g.last]!.end <= open && /^\s*$/u.test(text.slice(tokens[g.last]!.end, open)));
}

/** After the other number, this one's own year: "… 12,75% và năm 2022 là", "…, riêng năm 2022 đạt" (no bracket, no "lên": a baseline or a move names its two years). */
const OWN_YEAR_NEXT = /^[^()]*?(?:\svà|,)\s+(?:riêng\s+)?(?:trong\s+)?năm\s+\d{4}\s+(?:là|đạt|ở mức)\s+(?:khoảng\s+)?$/u;

/**
 * True when another number stands between `h` and the number and the number's own year follows it ("bình quân giai
 * đoạn 2020-2022 đạt 12,75% và năm 2022 là 12,67%"): the words before the other number qualify that one (its span), not
 * this year's value.
 */
function yearOfItsOwn(m: Matching, h: Hit): boolean {
  const { tokens } = m;
  const n = m.num.first;
  for (let i = h.last + 1; i < n; i++) {
    if (isNumberToken(tokens[i], tokens[i - 1])) return OWN_YEAR_NEXT.test(m.text.slice(tokens[i]!.end, tokens[n]!.start));
  }
  return false;
}
