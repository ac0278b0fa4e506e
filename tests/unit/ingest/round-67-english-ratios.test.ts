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

describe('review of round 67: what a ratio to ten is not', () => {
  it.each([
    "Viet Nam scored 7 out of 10 in the ITU's index pillar on legal measures.",
    'The province was rated 8 out of 10 for satisfaction with online public services.',
    'The province stood at 4 out of 10 localities in the Mekong Delta.',
    'Viet Nam is No. 5 out of 10 ASEAN nations in the index.',
    'On October 9 in 10 localities, the database was connected to the land registry.',
    'The ministry deployed Phase 2 in 10 provinces in 2024.',
    'The ministry issued 5 in 10 days more than 1 million accounts.',
    'The ministry has completed 7 out of 10 targets set for 2024.',
    'Only 3 in 10 provinces met the target of 80% online dossiers.',
  ])('%s', (text) => expect(rows(text).filter((r) => /(?:out of|in) (?:10|ten) \d+ percent share$/u.test(r))).toEqual([]));
  it.each([
    ['About 7 in 10 firms have a website.', '7 in 10 70 percent share'],
    ['7 in 10 firms have a website.', '7 in 10 70 percent share'],
  ])('a digit before "in" at a quantifier or the clause\'s start: %s', (text, want) => expect(rows(text)).toContain(want));
});

describe('second review of round 67', () => {
  it.each([
    ['The survey found that 7 out of 10 consumers in Viet Nam prefer cashless payments.', '7 out of 10 70 percent share'],
    ['It showed that eight out of ten Vietnamese adults use mobile banking.', 'eight out of ten 80 percent share'],
    ['Cashless payments are popular, with 8 in 10 urban consumers using QR codes.', '8 in 10 80 percent share'],
  ])('after "that" or "with": %s', (text, row) => expect(rows(text)).toContain(row));
  it.each([
    'Viet Nam received a score of 8 out of 10 for digital readiness.',
    'The ministry completed 7 out of 10 key tasks.',
    'Only 4 out of 10 northern provinces have 5G.',
  ])('no share: %s', (text) => expect(rows(text).filter((r) => r.endsWith('percent share'))).toEqual([]));
});
