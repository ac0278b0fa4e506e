/**
 * Round 32 (output audit of unscored pages, series): a growth rate restated right after an amount's change, in a bracket or after
 * a comma ("đạt 72 tỷ USD, tăng 14 tỷ USD so với năm trước (tương đương tăng 24%)", "giảm 1,5 tỷ USD, tương ứng giảm 2,8%"): the
 * rate of the amount the sentence named before, so the growth series of that amount's series (`series-carry.ts`). Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import type { IndicatorQuery } from './indicator-context';
import type { PriorFigure, TextBefore } from './series-carry';

/** The number's item after the change amount: a restating word, the change verb again, a qualifier (lowercase). */
const RESTATED = /(?:\(\s*|,\s*)(?:tương\s+đương|tương\s+ứng|tức\s+là|tức|hay)(?:\s+(?:với\s+)?(?:mức\s+)?(?:tăng(?:\s+trưởng)?|giảm))?(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$/u;

/** The series that counts the growth of `level`'s quantity: the same concepts, a growth kind, percent. */
function growthOf(level: Indicator, indicators: readonly Indicator[]): Indicator | undefined {
  const key = JSON.stringify(level.concepts);
  return indicators.find((x) => x !== level && x.units.includes('percent') && (x.kinds ?? []).includes('growth') && JSON.stringify(x.concepts) === key);
}

/**
 * The growth series of the percentage of `q` when it restates the change of the amount just before it (`RESTATED`), in the same
 * sentence (`sameFrom` on), and an earlier amount of that sentence has a series with a growth series beside it.
 */
export function restatedGrowthSeries(q: IndicatorQuery, before: TextBefore, prior: readonly PriorFigure[], sameFrom: number, indicators: readonly Indicator[]): Indicator | undefined {
  const last = prior.at(-1);
  if (q.unit !== 'percent' || q.kind !== 'growth' || prior.length - 1 < sameFrom || (last?.unit !== 'USD' && last?.unit !== 'VND') || !RESTATED.test(before.item)) return undefined;
  const amount = prior.slice(sameFrom).findLast((p) => p.indicator !== undefined && (p.unit === 'USD' || p.unit === 'VND'));
  const level = indicators.find((x) => x.id === amount?.indicator);
  return level && growthOf(level, indicators);
}
