/**
 * Round 31f: scores a paragraph goes on giving after naming its index once. A sentence is read on its own, so a bare
 * decimal in a later sentence of the paragraph ("Cả ba trụ cột đều tăng: Chính quyền số đạt 0,7582; …", "Tiếp theo là Huế
 * (0,7951), …") has no index word of its own and was read as a count, though no count has a fraction. Pure.
 */
import type { Metric } from '../../src/schemas/metric';

type Row = { metric: Pick<Metric, 'unit' | 'kind' | 'value' | 'text'> & { total?: number } };

/** A bare decimal with a fraction read as a count: what a score left without its index word looks like. */
const isBareFractionCount = (m: Row['metric']) =>
  m.unit === 'count' && m.kind === 'count' && m.total === undefined && !Number.isInteger(m.value) && /^[\d.,]+$/u.test(m.text);

/** An index score written as a decimal ("0,6961", "45,5"). */
const isDecimalScore = (m: Row['metric']) => m.unit === 'index' && !Number.isInteger(m.value) && /^[\d.,]+$/u.test(m.text);

/**
 * Gives the index unit to each bare decimal count of a paragraph's rows (`rows`, in reading order) whose nearest earlier
 * decimal is an index score of the same order ("giá trị DTI đạt 0,6961. … Kinh tế số đạt 0,7723"): the paragraph's scores
 * go on. A ratio per 1,000 people ("0,7 doanh nghiệp/1.000 dân") follows no score and keeps its count.
 */
export function carryScores(rows: Row[]): void {
  let score: number | undefined;
  for (const row of rows) {
    const m = row.metric;
    if (isDecimalScore(m)) score = m.value;
    else if (isBareFractionCount(m)) {
      if (score !== undefined && Math.floor(Math.log10(m.value)) === Math.floor(Math.log10(score))) [m.unit, m.kind] = ['index', 'index'];
      else score = undefined; // another decimal quantity: the scores stop
    }
  }
}
