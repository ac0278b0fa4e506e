import { describe, expect, it } from 'vitest';
import { isValidDate, monthCount, parseQuarter, quarterStartMonth, romanToInt } from '../../../scripts/ingest/dates-calendar';

describe('the calendar\'s numbers', () => {
  it.each([['I', 1], ['II', 2], ['III', 3], ['IV', 4], ['iv', 4], ['IX', 9], ['XII', 12], ['MMXXIV', 2024]])('romanToInt(%j) is %i', (s, n) => {
    expect(romanToInt(s)).toBe(n);
  });
  it('romanToInt rejects what is not a Roman numeral', () => {
    for (const s of ['', 'IIII', 'IC', 'A4', '4']) expect(romanToInt(s)).toBeNull();
  });
  it('parseQuarter reads Roman and Arabic quarters 1–4 only', () => {
    expect([parseQuarter('I'), parseQuarter('IV'), parseQuarter('3'), parseQuarter('V'), parseQuarter('5')]).toEqual([1, 4, 3, null, null]);
  });
  it('quarterStartMonth gives the first month of each quarter', () => {
    expect([1, 2, 3, 4].map(quarterStartMonth)).toEqual([1, 4, 7, 10]);
  });
  it('monthCount reads digits and Vietnamese words', () => {
    expect([monthCount('6'), monthCount('sáu'), monthCount('Chín'), monthCount('mười hai'), monthCount('13')]).toEqual([6, 6, 9, 12, null]);
  });
  it('isValidDate knows month lengths and leap years', () => {
    expect([isValidDate(2024, 2, 29), isValidDate(2023, 2, 29), isValidDate(1900, 2, 29), isValidDate(2000, 2, 29), isValidDate(null, 2, 29)]).toEqual([true, false, false, true, true]);
    expect([isValidDate(2024, 4, 31), isValidDate(2024, 13, 1), isValidDate(2024, 1, 0)]).toEqual([false, false, false]);
  });
});
