import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

/** The metric of the figure written `n` in `s`, read as an English page of 2024. */
const of = (s: string, n: string) => englishMetrics([s], 2024).find((m) => m.text === n || m.text.startsWith(n));

describe('English scores, sized changes and a pair given points once (round 48)', () => {
  it('reads a score named before a bare number as index points', () => {
    expect(of('The city achieved a score of 58.86 out of 100, ranking 58th.', '58.86')).toMatchObject({ value: 58.86, unit: 'points', kind: 'index' });
    expect(of("The province's online service delivery points reached 7.7/12, or 64%.", '7.7/12')).toMatchObject({ value: 7.7, unit: 'points' });
    expect(of('The city has 58 service points.', '58')).toMatchObject({ unit: 'count' });
  });
  it('gives the first of a pair the points of the second', () => {
    expect(of('Dak Nong and Kon Tum are the worst performers with 10.6 and 10.2 points, respectively.', '10.6')).toMatchObject({ unit: 'points', kind: 'index' });
    expect(of('The province has 12 districts and 3 towns.', '12')).toMatchObject({ unit: 'count' });
  });
  it('reads a change sized with an article', () => {
    expect(of('Cash withdrawals from ATMs declined by a sharp 28% compared to the previous year.', '28%')).toMatchObject({ value: -28, direction: 'down' });
    expect(of('Revenue rose by a modest 2% on-year.', '2%')).toMatchObject({ value: 2, direction: 'up' });
  });
});

describe('English tops reached, rank steps and falls named before their figures (round 48)', () => {
  it('reads "to reach the top 10" and "reaching the top 20" as ranks, "entered the Top 10" as a band', () => {
    expect(of('The province has a roadmap to reach the top 10 by 2030.', '10')).toMatchObject({ value: 10, unit: 'rank' });
    expect(of('The committee set the objective of reaching the top 20 nationwide by 2025.', '20')).toMatchObject({ unit: 'rank' });
    expect(of('Hanoi entered the Top 10 for the first time.', '10')).toBeUndefined();
  });
  it('reads "an improvement of at least 1–2 ranks" as a rank step', () => {
    expect(of('The plan aims for a steady annual improvement of at least 1–2 ranks.', '1–2')).toMatchObject({ unit: 'rank', kind: 'rank-change' });
  });
  it('gives falls named as the subject to their figures', () => {
    const s = 'The sharpest declines were reported in March, April, and May, with figures of 22.8 per cent, 22.4 per cent, and 16.3 per cent respectively.';
    expect(englishMetrics([s], 2023).map((m) => m.value)).toEqual([-22.8, -22.4, -16.3]);
    expect(of('The biggest gains were reported in May, with figures of 12 per cent.', '12')).toMatchObject({ value: 12 });
  });
});
