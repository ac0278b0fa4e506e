/** Round 68 (session 49): an undated English page that compares "last year" with a named year ("VTV earned VNĐ3.64 trillion last year, down
 *  12.3 per cent compared to 2023") reports on the year after "last year": its "this year" is that year. Texts written for this test. */
import { describe, expect, it } from 'vitest';
import { comparedYearInEnglish } from '../../../scripts/ingest/english-compared-years';
import { englishMetrics } from '../../support/metrics-of';

describe('the page year from "last year … compared to 2023"', () => {
  it.each([
    [['Vietnam Television earned only VNĐ3.64 trillion last year, down 12.3 per cent compared to 2023.'], 2025],
    [['Revenue rose last year, a 5.5 per cent increase from 2022.'], 2024],
    [['Revenue posted a 5.5 per cent increase from 2022.'], 2023],
    [['Revenue grew 4% compared to 2021.'], undefined],
    [['Last year was hard.', 'In 2023 the firm grew.'], undefined],
  ])('%j', (page, year) => expect(comparedYearInEnglish(page)).toBe(year));

  it('dates "the first six months of this year" on such a page', () => {
    const page = ['Pay TV subscribers declined in the first six months of this year: revenue reached about VNĐ4.88 trillion.', 'VTV earned only VNĐ3.64 trillion last year, down 12.3 per cent compared to 2023.'];
    expect(englishMetrics(page).find((m) => m.text.startsWith('4.88'))?.period?.iso).toBe('2025-01');
  });
});
