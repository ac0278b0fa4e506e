/** Round 61 (session 42): a percentage written with a hyphen ("a nearly 14-percent increase", "5-per-cent") is a percentage, not a bare
 *  count; other hyphenated words stay as they were. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetricOf, englishMetrics } from '../../support/metrics-of';

describe('hyphenated percentages', () => {
  it.each([
    ['Accounts exceeded 232 million, a nearly 14-percent increase compared to the end of 2024.', '14-percent', 14, 'growth'],
    ['Card payments rose 5-per-cent in June.', '5-per-cent', 5, 'growth'],
    ['Online sales took a 20-percent share of retail.', '20-percent', 20, 'share'],
  ])('%s', (text, n, value, kind) => expect(englishMetricOf(text, n, 2025)).toMatchObject({ value, unit: 'percent', kind }));
  it('"3-fold" stays a multiple', () => expect(englishMetricOf('Transactions grew 3-fold.', '3-fold', 2025)).toMatchObject({ unit: 'times' }));
  it('a range with a hyphen stays a range', () => expect(englishMetricOf('Growth of 10-15 percent is expected.', '10-15 percent', 2025)).toMatchObject({ value: 10, unit: 'percent' }));
});

describe('second review: a share of ownership is no figure', () => {
  const texts = (text: string) => englishMetrics([text], 2024).map((m) => m.text);
  it.each([
    ['Viettel, a 100-percent state-owned group, covered 99 percent of the population with 4G in 2023.', '100-percent'],
    ['The investor holds a 51 percent stake in the data centre.', '51 percent'],
    ['A 20-percent-owned subsidiary opened in 2024.', '20-percent'],
  ])('%s', (text, n) => expect(texts(text)).not.toContain(n));
  it('the coverage beside it stays', () => expect(texts('Viettel, a 100-percent state-owned group, covered 99 percent of the population with 4G in 2023.')).toContain('99 percent'));
});
