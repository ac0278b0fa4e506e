/** Round 67 (session 48, after set LG's first read): an English report's cut-off day that opens a sentence — after "by" and a report of
 *  what was done, after a clock ("by 4:00 p.m. on July 31, 2025"), after a source named at length ("According to the report of the Office
 *  of …, …, by …") — dates the paragraphs after it, and "Of which, …" opening a paragraph breaks down the total before it. Sentences
 *  written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const periods = (paragraphs: string[]) => englishMetrics(paragraphs, 2025).map((m) => `${m.text} ${m.period ? m.period.iso : 'none'}`);

describe("a cut-off day opening an English report", () => {
  it.each([
    [['By July 31, 2025, 34/34 provinces had achieved green status.', 'Of which, 8 provinces reached 100% coverage.'], ['34/34 2025-07-31', '8 2025-07-31', '100% 2025-07-31']],
    [['By 4:00 p.m. on July 31, 2025, 34/34 provinces had achieved green status.', 'Among them, 8 provinces reached 100% coverage.'], ['34/34 2025-07-31', '8 2025-07-31', '100% 2025-07-31']],
    [['According to the report of the Office of Science, Technology and Innovation, by June 28, 2025, 33/34 provinces had connected.', 'Of these, 8 provinces had finished the tests.'], ['33/34 2025-06-28', '8 2025-06-28']],
  ])('%#', (paragraphs, want) => expect(periods(paragraphs)).toEqual(want));
  it.each([
    [['By June 30, 2026, the rate was expected to reach 90% of dossiers processed online.', 'Of which, 8 provinces reached full coverage.']],
    [['By June 30, 2025, all ministries had to complete the integration of 45 systems.', 'Of which, 8 provinces reached full coverage.']],
  ])('a deadline\'s duty frames no paragraph after it (review): %#', (paragraphs) => expect(periods(paragraphs).at(-1)).toBe('8 none'));
  it('a "will" of a later clause leaves the cut-off its paragraphs (second review)', () =>
    expect(periods(['By July 31, 2025, 34 provinces had connected to the database, and all will complete the link by year-end.', 'Of which, 20 provinces had cleaned their data.']).at(-1)).toBe('20 2025-07-31'));
  it('a later paragraph takes the day as a carried period, for review', () => {
    const later = englishMetrics(['By July 31, 2025, 34/34 provinces had achieved green status.', 'The city also trained 1,200 officials.'], 2025)[1]!;
    expect([later.period?.iso, later.confidence, later.reasons]).toEqual(['2025-07-31', 'low', ['carried-period']]);
  });
});
