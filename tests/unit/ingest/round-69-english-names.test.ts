/** Round 69 (session 50): a numbered region's branch is a name ("State Bank of Vietnam, Region 8 branch"), and a share measured at one
 *  supermarket or shop ("customers using non-cash payment at the supermarket has increased by about 10%") is that place's, no national
 *  series. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf, englishMetrics } from '../../support/metrics-of';

describe('a region branch', () => {
  it.each([
    ['Mr. Luu, Deputy Director of the State Bank of Vietnam, Region 8 Branch, said 95% of salaries are paid via banks.', ['95%']],
    ['The banks coordinate with the State Bank of Vietnam, Region 8 branch and the province.', []],
    ['Region 3 reached 40% and the region 5 provinces grew fast.', ['3', '40%', '5']],
  ])('%s', (text, want) => expect(englishMetrics([text], 2024).map((m) => m.text)).toEqual(want));
});

describe('one outlet', () => {
  it.each([
    ['The share of customers using non-cash payment at the supermarket has increased by about 10% over the same period last year.', '10%', 'none'],
    ['Cashless payments in Vietnam increased by about 10% over the same period last year.', '10%', 'cashless-payments'],
  ])('%s', (text, n, want) => expect(englishIndicatorOf(text, n)).toBe(want));
});
