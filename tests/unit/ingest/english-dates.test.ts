/** Round 35: dates on an English page and its dateline (lines written for the test). */
import { describe, expect, it } from 'vitest';
import { englishDatelineDate, englishDates } from '../../../scripts/ingest/english-dates';
import { findArticleDate } from '../../../scripts/ingest/dates';

const iso = (s: string, year?: number) => englishDates(s, year).map((d) => [d.iso, d.precision, d.isoEnd]);

describe('englishDates', () => {
  it('reads a day with its month written either way', () => {
    expect(iso('Signed on March 3, 2024 in Hanoi.')).toEqual([['2024-03-03', 'day', undefined]]);
    expect(iso('Signed on 3 March 2024 in Hanoi.')).toEqual([['2024-03-03', 'day', undefined]]);
    expect(iso('Signed on the 21st of Sept. 2022.')).toEqual([['2022-09-21', 'day', undefined]]);
    expect(iso('Signed on February 30, 2024.')).toEqual([]);
  });
  it('reads a month and year, and the first months of a year', () => {
    expect(iso('Sales in October 2023 rose.')).toEqual([['2023-10', 'month', undefined]]);
    expect(iso('In the first seven months of 2025, sales rose.')).toEqual([['2025-01', 'month', '2025-07']]);
    expect(iso('In the first 9 months of this year, sales rose.', 2021)).toEqual([['2021-01', 'month', '2021-09']]);
    expect(iso('In the first 9 months of this year, sales rose.')).toEqual([]);
  });
});

describe('englishDatelineDate', () => {
  it('reads a short line that is a date, a time and a label', () => {
    expect(englishDatelineDate(['Broadband grows fast in rural areas', 'August 2, 2024 | 09:40 pm GMT+7'])?.iso).toBe('2024-08-02');
    expect(englishDatelineDate(['Last updated: 12 January 2025 08:05'])?.iso).toBe('2025-01-12');
  });
  it('reads no sentence and no line with other numbers or many words', () => {
    expect(englishDatelineDate(['On August 2, 2024, the ministry opened 12 centres.'])).toBeUndefined();
    expect(englishDatelineDate(['Province signs its digital plan with three partners on August 2, 2024'])).toBeUndefined();
  });
  it('dates an English page only', () => {
    const paragraphs = ['Fintech lending doubles', 'April 9, 2024 | 10:12 am GMT+7', 'Lending by fintech firms doubled in the first quarter.'];
    expect(findArticleDate({ paragraphs, english: true })?.iso).toBe('2024-04-09');
    expect(findArticleDate({ paragraphs })).toBeNull();
  });
});
