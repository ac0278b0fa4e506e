/** number-words.ts: a growth rate's level reached ("tăng lên", "giảm xuống"), round 39 (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { isGrowthSubjectBefore } from '../../../scripts/ingest/number-words';
import { metricOf } from '../../support/metrics-of';

describe('isGrowthSubjectBefore: a growth rate that rose or fell to a level', () => {
  it.each([
    'Tăng trưởng GDP quý III của cả nước đã tăng lên ', 'Tốc độ tăng trưởng bán lẻ trực tuyến giảm xuống ', 'Tăng trưởng kinh tế đạt ',
  ])('%j: the percentage after it is the rate', (piece) => {
    expect(isGrowthSubjectBefore(piece)).toBe(true);
  });
  it.each([
    'Tăng trưởng GDP tăng từ 5% lên ', 'Tỷ trọng kinh tế số tăng lên ', 'Doanh thu tăng lên ',
  ])('%j: no rate reached (a move, a share, a level)', (piece) => {
    expect(isGrowthSubjectBefore(piece)).toBe(false);
  });
  it('the rate takes the growth series', () => {
    const m = metricOf('Tăng trưởng GDP quý III/2023 của cả nước đã tăng lên 5,3% so với cùng kỳ năm trước.', '5,3%', 2023);
    expect([m.kind, m.indicator]).toEqual(['growth', 'gdp-growth']);
  });
});

describe('isGrowthSentenceItem: a list of rates under "tốc độ tăng …" (round 43)', () => {
  it.each([
    ['Tốc độ tăng GDP các năm 2015 - 2017 lần lượt là: 6,68%; 6,21%; 6,81%.', '6,21%', 'gdp-growth'],
    ['Tốc độ tăng trưởng kinh tế giai đoạn 2016 - 2018 lần lượt là 6,2%; 6,8%; 7,1%.', '7,1%', 'gdp-growth'],
    ['Tốc độ phát triển kinh tế số những năm qua: 31%; 28%; 19%.', '28%', 'digital-economy-growth'],
  ])('%j: %s is a growth rate', (text, n, indicator) => {
    const m = metricOf(text, n, 2024);
    expect([m.kind, m.indicator ?? 'none']).toEqual(['growth', indicator]);
  });
  it('a list of shares under "tốc độ" of something else stays shares', () => {
    expect(metricOf('Tốc độ phủ sóng 4G tại các xã lần lượt là: 85%; 92%; 97%.', '92%', 2024).kind).toBe('share');
  });
});
