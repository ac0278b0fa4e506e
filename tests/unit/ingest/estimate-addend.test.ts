/** Round 34: a figure added in to a projection, with the year it was done in (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { addendYear, withoutAddendYears } from '../../../scripts/ingest/estimate-addend';

const at = (s: string, figure: string) => addendYear(s, s.indexOf(figure), s.indexOf(figure) + figure.length);

describe('addendYear', () => {
  it.each([
    ['Công ty dự kiến xây thêm 400 cửa hàng, cùng với 1.200 cửa hàng của năm 2023, nâng tổng số lên 1.600.', '1.200', '2023'],
    ['Tỉnh sẽ số hóa thêm 2 triệu hồ sơ, cộng với 5 triệu hồ sơ trong năm 2022 là 7 triệu hồ sơ.', '5 triệu', '2022'],
    ['Dự kiến lắp mới 900 điểm phát sóng, cùng với gần 300 điểm của năm 2024.', '300', '2024'],
  ])('%j: %s is year %s\'s result', (s, figure, year) => expect(at(s, figure)).toEqual({ iso: year, precision: 'year', text: `năm ${year}` }));
  it.each([
    ['Công ty dự kiến xây thêm 400 cửa hàng, cùng với 1.200 cửa hàng của năm 2023, nâng tổng số lên 1.600.', '400'],
    ['Cùng với 1.200 cửa hàng, công ty dự kiến mở thêm trong năm 2026.', '1.200'],
    ['Tổng số trạm của năm 2024 là 6.500 trạm.', '6.500'],
  ])('%j: %s is no added-in figure of a year', (s, figure) => expect(at(s, figure)).toBeUndefined());
});

describe('withoutAddendYears', () => {
  it.each([
    ['Dự kiến đến tháng 12/2025 lắp thêm 900 điểm, cùng với 300 điểm của năm 2024, nâng tổng số lên 1.200.', ['tháng 12/2025']],
    ['Công ty dự kiến mở 400 cửa hàng trong năm 2026, cộng với 1.200 cửa hàng trong năm 2025.', ['năm 2026']],
    ['Năm 2024 có 300 điểm, năm 2025 dự kiến thêm 900 điểm.', ['Năm 2024', 'năm 2025']],
  ])('%j keeps only the dates of the projection', (s, want) => expect(withoutAddendYears(s, findDates(s)).map((d) => d.text)).toEqual(want));
});
