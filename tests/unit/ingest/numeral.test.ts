import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from '../../../scripts/ingest/numeral';

describe('parseVietnameseNumber', () => {
  const cases: Array<[string, number | null]> = [
    ['84,7', 84.7], ['4.422', 4422], ['0,71', 0.71], ['1.000.000', 1_000_000], ['43.5', 43.5], ['12', 12],
    ['50.350', 50_350], ['1.084', 1084], ['6.423', 6423], ['61,36', 61.36], ['104,9', 104.9], ['0', 0],
    ['1.234,5', 1234.5], ['1,234.5', 1234.5], ['1,000,000', 1_000_000], ['0.500', 0.5], ['12.3456', 12.3456],
    ['2.000.000.000', 2e9], [' 87,08 ', 87.08], ['4.0', 4], ['1.2.3', null], ['1,2,3', null], ['abc', null],
    ['', null], ['12%', null], ['-5', null], ['1..2', null],
  ];
  for (const [input, value] of cases) {
    it(`parseVietnameseNumber(${JSON.stringify(input)}) → ${value}`, () => {
      expect(parseVietnameseNumber(input)).toBe(value);
    });
  }
});
