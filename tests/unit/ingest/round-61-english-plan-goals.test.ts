/** Round 61 (session 42): a figure after a deadline in a sentence that opens on a plan ("According to the plan of …, by the end of 2025,
 *  the density of digital economy reached 35% GRDP; …") is the plan's goal whatever tense the translation gives it; "is hoped to account
 *  for 25%" names a goal. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetricOf, englishMetrics } from '../../support/metrics-of';

/** The status of the figure written `n` on an undated English page. */
const undatedStatus = (text: string, n: string) => englishMetrics([text]).find((m) => m.text === n)?.status;

describe('goals of a cited plan and hoped-for figures', () => {
  it.each([
    ["According to the plan of the city People's Committee, by the end of 2025, the digital economy reached 30% of GRDP.", '30%'],
    ['According to the action plan, by 2026, online payments account for 80% of transactions; e-commerce reaches 20% of retail.', '20%'],
    ["The province's digital economy is hoped to account for 22% of GRDP by 2025.", '22%'],
  ])('%s', (text, n) => expect(undatedStatus(text, n)).toBe('target'));
});

describe('what stays a result', () => {
  it.each([
    ['According to the plan, the city reviewed its results: in 2023, the digital economy reached 18% of GRDP.', '18%'],
    ['By the end of 2023, the digital economy reached 18% of GRDP.', '18%'],
  ])('%s', (text, n) => expect(englishMetricOf(text, n, 2024).status).toBe('actual'));
});

describe('second review: a passed deadline and "hoped" in the active', () => {
  it('a plan\'s deadline the page has passed reports a result', () =>
    expect(englishMetricOf('According to the plan, by the end of 2025, 80 percent of adults had digital signatures, exceeding the target of 70 percent.', '80 percent', 2026).status).toBe('actual'));
  it.each([
    ['Investors hoped for a 10 percent return, but the fund lost 5 percent in 2023.', '5 percent'],
    ['The firm, which hoped to expand, reported revenue growth of 12 percent in 2023.', '12 percent'],
  ])('%s', (text, n) => expect(englishMetricOf(text, n, 2024).status).toBe('actual'));
});
