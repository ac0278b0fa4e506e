import { describe, expect, it } from 'vitest';
import { goalMark, growthExponent, markdownTable, parseSizes, secs } from '../../../scripts/bench/table';

describe('growthExponent', () => {
  it('growthExponent is 1 for linear growth and 2 for quadratic', () => {
    expect(growthExponent(250, 10, 1000, 40)).toBeCloseTo(1);
    expect(growthExponent(250, 10, 1000, 160)).toBeCloseTo(2);
  });
  it('growthExponent(250, t, 1000, t2) is log(t2/t)/log(4)', () => {
    expect(growthExponent(250, 12, 1000, 30)).toBeCloseTo(Math.log(30 / 12) / Math.log(4));
  });
  it('growthExponent is NaN for missing or unordered inputs', () => {
    expect(growthExponent(1000, 1, 250, 2)).toBeNaN();
    expect(growthExponent(250, 0, 1000, 2)).toBeNaN();
    expect(growthExponent(250, NaN, 1000, 2)).toBeNaN();
  });
});

describe('markdownTable', () => {
  it('markdownTable pads columns and right-aligns those marked ">"', () => {
    expect(markdownTable(['name', '>s'], [['ingest', '1.50'], ['astro', 12.25]])).toBe([
      '| name   |     s |',
      '| ------ | ----: |',
      '| ingest |  1.50 |',
      '| astro  | 12.25 |',
    ].join('\n'));
  });
});

describe('secs', () => {
  it('secs prints two decimals, or a dash when missing', () => {
    expect(secs(1.234)).toBe('1.23');
    expect(secs(undefined)).toBe('–');
    expect(secs(NaN)).toBe('–');
  });
});

describe('goalMark', () => {
  it('goalMark tells met, missed and not measured apart', () => {
    expect(goalMark(true)).toBe('✔ met');
    expect(goalMark(false)).toBe('✘ missed');
    expect(goalMark(undefined)).toBe('– not measured');
  });
});

describe('parseSizes', () => {
  it('parseSizes sorts and dedupes', () => {
    expect(parseSizes('1000, 5,250,5')).toEqual([5, 250, 1000]);
  });
  it('parseSizes rejects non-positive or non-integer sizes', () => {
    expect(() => parseSizes('5,x')).toThrow(/--sizes/);
    expect(() => parseSizes('0')).toThrow(/--sizes/);
    expect(() => parseSizes('2.5')).toThrow(/--sizes/);
  });
});
