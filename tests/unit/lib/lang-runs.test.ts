import { describe, expect, it } from 'vitest';
import { vietnameseRuns } from '../../../src/lib/lang-runs';

const vi = (text: string) => vietnameseRuns(text).filter((r) => r.vi).map((r) => r.text);

describe('vietnameseRuns', () => {
  it('vietnameseRuns marks a full Vietnamese name, not the English around it', () => {
    expect(vi('Prime Minister Phạm Minh Chính urged boldness.')).toEqual(['Phạm Minh Chính']);
    expect(vi('The tag of Vĩnh Long Online (Báo Vĩnh Long).')).toEqual(['Vĩnh Long', 'Báo Vĩnh Long']);
  });
  it('vietnameseRuns marks the inside of a Vietnamese quotation, without its quote marks', () => {
    expect(vi('The text dates it only as “sáng 19/7”. The year is 2024.')).toEqual(['sáng 19/7']);
    expect(vi('It reviews "6 tháng đầu năm 2024" results')).toEqual(['6 tháng đầu năm 2024']);
  });
  it('vietnameseRuns keeps an English quotation and plain English unmarked', () => {
    expect(vi('Marked “editorial” on the site. Project 06 and VNeID.')).toEqual([]);
  });
  it('vietnameseRuns loses no character', () => {
    const text = 'At a conference, Phạm Minh Chính said “sáng 19/7” — 42% (first half).';
    expect(vietnameseRuns(text).map((r) => r.text).join('')).toBe(text);
  });
});
