/**
 * Round 30b: a count of the goals a plan set, with the goals' horizon after their noun ("12 chỉ tiêu về hạ tầng đến năm
 * 2027"), is a fact about the plan (actual) of no period; a single year's plan keeps its year, and a count a sentence
 * strives for stays a goal. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { metricOf } from '../../support/metrics-of';

/** "status period" of the number written `n` on an undated page. */
function read(text: string, n: string): string {
  const m = metricOf(text, n);
  return `${m.status} ${m.period ? `${m.period.iso}/${m.period.precision}` : 'none'}`;
}

describe('counts of goals set with their horizon', () => {
  it.each([
    ['Huyện đặt ra 30 chỉ tiêu phát triển đến năm 2027, trong đó có 12 chỉ tiêu về hạ tầng, 8 chỉ tiêu về dữ liệu và 10 chỉ tiêu về nhân lực.', '12'],
    ['Huyện đặt ra 30 chỉ tiêu phát triển đến năm 2027, trong đó có 12 chỉ tiêu về hạ tầng, 8 chỉ tiêu về dữ liệu và 10 chỉ tiêu về nhân lực.', '8'],
    ['Chương trình gồm 12 mục tiêu cơ bản đến năm 2026; 7 mục tiêu cơ bản đến năm 2035.', '7'],
    ['Đề án có 9 mục tiêu chuyển đổi số đến năm 2030, chia thành ba nhóm.', '9'],
  ])('is actual, of no period: %s (%s)', (text, n) => {
    expect(read(text, n)).toBe('actual none');
  });

  it('a year plan\'s count keeps the plan\'s year', () => {
    expect(read('Kế hoạch năm 2026 của huyện có 6 chỉ tiêu về chính quyền số và 4 chỉ tiêu về kinh tế số.', '6')).toBe('actual 2026/year');
  });

  it('a count over a plan\'s span of years has no period', () => {
    expect(read('Giai đoạn 2021-2025, tỉnh có 14 chỉ tiêu về chính quyền số và 3 chỉ tiêu về kinh tế số.', '14')).toBe('actual none');
  });

  it.each([
    ['Đến năm 2027, tỉnh phấn đấu hoàn thành 9 chỉ tiêu về hạ tầng số.', '9'],
    ['Đến năm 2028, huyện sẽ hoàn thành 11 chỉ tiêu về dữ liệu.', '11'],
  ])('a count striven for stays a goal: %s', (text, n) => {
    expect(metricOf(text, n).status).toBe('target');
  });
});
