/**
 * The calendar's numbers as the date grammar reads them: Roman numerals, quarters and their first
 * month, counts of months in digits or words, valid days and years. Pure.
 */

/** Converts a Roman numeral ("IV", "xii") to its value; null when it is not one. */
export function romanToInt(roman: string): number | null {
  const s = roman.toUpperCase();
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(s) || s === '') return null;
  const value: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = value[s[i]!]!;
    const next = value[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A quarter number from "I".."IV" or "1".."4"; null otherwise. */
export function parseQuarter(s: string): number | null {
  const q = /^\d$/.test(s) ? Number(s) : romanToInt(s);
  return q !== null && q >= 1 && q <= 4 ? q : null;
}

/** First month of a quarter: 1 → 1, 2 → 4, 3 → 7, 4 → 10. */
export function quarterStartMonth(quarter: number): number {
  return (quarter - 1) * 3 + 1;
}

export const WORD_NUMBERS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, 'mười một': 11, 'mười hai': 12 };

/** A count of months written in digits or Vietnamese words ("6", "sáu", "mười hai"); null otherwise. */
export function monthCount(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : WORD_NUMBERS[s.toLowerCase().replace(/\s+/g, ' ')];
  return n !== undefined && n >= 1 && n <= 12 ? n : null;
}

/** True for a real calendar day; without a year, 29 February is allowed. */
export function isValidDate(year: number | null, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false;
  const leap = year === null || (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
