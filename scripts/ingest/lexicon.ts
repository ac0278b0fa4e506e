import type { Indicator, Topic } from '../../src/schemas/lexicon';
import type { MetricKind, Unit } from '../../src/schemas/metric';

/** What the lexicon needs to know about a number to name its indicator. */
export interface IndicatorQuery {
  /** The words that describe the number (its list item, see `items.ts`), lowercased. */
  clause: string;
  /** The whole sentence, lowercased. */
  sentence: string;
  /** Position of the number in `clause`. */
  at: number;
  unit: Unit;
  kind: MetricKind;
  total?: number;
  /** The words right after the number, lowercased (what a count counts). */
  noun?: string;
  /** The number is stated for another country ("Singapore xếp thứ 2"): no indicator of ours applies. */
  foreign?: boolean;
}

/** "chưa" (not yet): the clause states the complement of what an indicator counts ("39/276 nhiệm vụ … chưa hoàn thành"). */
const NEGATION = /(?<![\p{L}\p{M}])chưa(?![\p{L}\p{M}])/u;
/** Ranking added to a candidate whose `with` words stand only outside the number's own words. */
const FAR_WITH = 1000;

/** Distance from the nearest occurrence of `term` in `text` to position `at`, or Infinity. Terms
 * before the number count their end; terms after count their start, with a small penalty. */
export function termDistance(text: string, term: string, at: number): number {
  let best = Infinity;
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
    const end = i + term.length;
    const d = end <= at ? at - end : i >= at ? (i - at) * 1.5 + 5 : 0;
    best = Math.min(best, d);
  }
  return best;
}

/**
 * The indicator whose terms stand nearest the number, among those whose rules all hold: unit, kind,
 * total, `counts` (the counted noun), `without` (in the clause), `with` (each group in the clause,
 * or else in the sentence, ranked after candidates whose `with` words are in the clause). None for a
 * number stated for another country, or in a clause with "chưa" (it counts what is not yet done).
 */
export function matchIndicator(q: IndicatorQuery, indicators: Indicator[]): Indicator | undefined {
  if (q.foreign || NEGATION.test(q.clause)) return undefined;
  let best: { ind: Indicator; d: number } | undefined;
  for (const ind of indicators) {
    if (!ind.units.includes(q.unit)) continue;
    if (ind.kinds && !ind.kinds.includes(q.kind)) continue;
    if (ind.totals && (q.total === undefined || !ind.totals.includes(q.total))) continue;
    if (ind.counts && q.unit === 'count' && !ind.counts.some((c) => (q.noun ?? '').startsWith(c))) continue;
    if (ind.without.some((w) => q.clause.includes(w))) continue;
    if (!ind.with.every((group) => group.some((w) => q.sentence.includes(w)))) continue;
    const near = ind.with.every((group) => group.some((w) => q.clause.includes(w)));
    const d = Math.min(...ind.terms.map((t) => termDistance(q.clause, t, q.at))) + (near ? 0 : FAR_WITH);
    if (d === Infinity) continue;
    if (!best || d < best.d) best = { ind, d };
  }
  return best?.ind;
}

/** Topic ids whose terms appear in `text` (lowercased), most mentions first, ties in file order. */
export function matchTopics(text: string, topics: Topic[]): string[] {
  const lower = text.toLowerCase();
  const counts = topics.map((topic, order) => ({
    id: topic.id,
    order,
    n: topic.terms.reduce((sum, term) => sum + countOccurrences(lower, term), 0),
  }));
  return counts.filter((c) => c.n > 0).sort((a, b) => b.n - a.n || a.order - b.order).map((c) => c.id);
}

/** How many times `term` occurs in `text`. */
export function countOccurrences(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) n++;
  return n;
}
