/** Round 62 (session 43): an English figure whose currency conversion stands in brackets between it and its own year ("$25 billion (around
 *  VND 630 trillion) in 2024") takes that year, and so does the conversion; the GCI's world rank named as a "cybersecurity ranking" or a
 *  rank "in information security" is the GCI rank. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetricOf } from '../../support/metrics-of';

describe('a conversion between a figure and its year', () => {
  it.each([
    ['The market grew from $20.5 billion in 2023 and is projected to reach $25 billion (around VND 630 trillion) in 2024.', '25 billion', '2024'],
    ['The market grew from $20.5 billion in 2023 and is projected to reach $25 billion (around VND 630 trillion) in 2024.', '630 trillion', '2024'],
    ['After 9 percent growth in 2022, exports hit US$12 billion (VND 300 trillion) in 2023.', '12 billion', '2023'],
    ['From 3 percent in 2021, revenue rose to VND 150 trillion (US$6 billion) in 2022.', '150 trillion', '2022'],
  ])('%s → %s in %s', (text, n, year) => expect(englishMetricOf(text, n, 2026).period?.iso).toBe(year));
});

describe('the GCI rank by its other names', () => {
  it.each([
    ['Vietnam improved its information security ranking, moving up 8 spots to 17th out of 194 countries.', '17th'],
    ['The country has risen to 17th place out of 194 countries in the global cybersecurity rankings.', '17th'],
    ['Vietnam also ranked 17/194 countries in information security, in the "Model" group.', '17/194'],
  ])('%s', (text, n) => expect(englishMetricOf(text, n, 2024).indicator).toBe('gci-rank'));
  it('a regional rank stays off the world series', () =>
    expect(englishMetricOf('Vietnam ranked 4th out of 38 countries in information security in the Asia-Pacific region.', '4th', 2024).indicator).not.toBe('gci-rank'));
});
