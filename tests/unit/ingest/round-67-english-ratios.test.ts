/** Round 67 (session 48): a share an English survey writes as a ratio to ten ("Nine out of 10 young people") is a percentage, not a count of
 *  ten; a score or a place written the same way stays what it is. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const rows = (text: string, year: number | undefined = 2024) =>
  englishMetrics([text], year).map((m) => [m.text, m.value, m.unit, m.kind].join(' '));

describe('ratios to ten', () => {
  it.each([
    ['Nine out of 10 young people know at least one AI tool.', ['Nine out of 10 90 percent share']],
    ['Eight out of ten Vietnamese enterprises surveyed reported using AI.', ['Eight out of ten 80 percent share']],
    ['About 7 in 10 firms have a website.', ['7 in 10 70 percent share']],
    ['One in ten households still pays cash.', ['One in ten 10 percent share']],
  ])('%s', (text, want) => expect(rows(text)).toEqual(want));
  it.each([
    ['The app scored 9 out of 10 points.', '9 9 points index'],
    ['The province ranked 9 out of 10 provinces in the region.', '9 9 rank rank'],
    ['It placed 3 out of 10 teams.', '3 3 rank rank'],
  ])('not a share: %s', (text, first) => {
    expect(rows(text)[0]).toBe(first);
    expect(rows(text).filter((r) => r.includes('percent'))).toEqual([]);
  });
});
