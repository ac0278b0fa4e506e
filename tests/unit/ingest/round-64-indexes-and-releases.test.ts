/** Round 64 (session 45, after sets JW–KA's first reads): an index named with a two-word acronym ("(PAR INDEX)") is the rank's own
 *  ranking, not one the page's lead names; the month a report or index is released in ("công bố hồi tháng 4 năm nay") dates none of
 *  its figures when the index's year stands before it. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const rows = (paragraphs: string[], year?: number) => metricsOf(paragraphs, year).map((m) => `${m.text} ${m.period ? `${m.period.iso}/${m.period.precision}` : 'none'} ${m.indicator ?? '-'}`);

describe('an index named with a two-word acronym', () => {
  const lead = 'Bộ Công Thương đứng đầu xếp hạng chỉ số xây dựng Chính phủ điện tử.';
  it('is the rank\'s own ranking, not the e-government one the lead names', () =>
    expect(rows([lead, 'Theo Chỉ số cải cách hành chính (PAR INDEX) năm 2022, Bộ Công Thương xếp vị trí thứ 5 với 88,12 điểm.'])).toEqual([
      '5 2022/year -', '88,12 điểm 2022/year -']));
  it('a rank with no index of its own still reads the lead', () =>
    expect(rows([lead, 'Năm 2022, Việt Nam xếp vị trí thứ 86.'])[0]).toBe('86 2022/year egdi-rank'));
});

describe('the month an index is released in', () => {
  it.each([
    ['Chỉ số SIPAS năm 2022 được Bộ Nội vụ công bố hồi tháng 5 năm nay thì tỉnh đạt 84,5%.', '84,5% 2022/year -'],
    ['Kết quả Chỉ số PAR Index năm 2022 được công bố vào tháng 5/2023, tỉnh đạt 85,1 điểm.', '85,1 điểm 2022/year -'],
    ['Kết quả Chỉ số DTI năm 2023 được công bố tháng 10/2024, tỉnh đạt 0,52 điểm.', '0,52 điểm 2023/year -'],
  ])('%s', (text, row) => expect(rows([text], 2024)[0]!.replace(/ \S+$/u, ' -')).toBe(row));
  it('a month with no index year before it still dates the figure', () =>
    expect(rows(['Báo cáo công bố tháng 5/2023 cho thấy tỷ lệ đạt 85%.'], 2024)[0]).toMatch(/^85% 2023-05\/month/u));
});

describe('a day written without its year after the sentence\'s opening date', () => {
  it.each([
    [['Năm 2024, doanh thu của hội chợ vào ngày 6/6 là 237 tỷ đồng.'], 2025, '237 tỷ đồng 2024-06-06/day -'],
    [['Đến cuối tháng 6/2024, doanh số của phiên bán hàng vào ngày 6/6 là 237 tỷ đồng.'], undefined, '237 tỷ đồng 2024-06-06/day -'],
  ])('takes that year: %s', (paragraphs, year, row) => expect(rows(paragraphs, year)[0]).toBe(row));
  it('a plan\'s year in passing gives none', () =>
    expect(rows(['Tại hội nghị triển khai kế hoạch năm 2026 diễn ra vào ngày 26-12, Bộ cho biết năm 2025 có 80.000 doanh nghiệp.'], 2025)[0]).toBe('80.000 2025/year -'));
});
