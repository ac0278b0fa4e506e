/**
 * Round 60 (session 41): what a sector needs or lacks ("cần khoảng 450.000 nhân lực", "sẽ cần 700.000 nhân lực mới", "thiếu hụt 200.000
 * nhân lực", "cần tới 1 triệu lao động") is no count of the people it employs (`ict-sector-employment`'s `without`). A shortage stays a
 * fall here ("thiếu hụt 200.000 nhân lực" reads −200,000): the review found "Doanh thu thiếu hụt 500 tỷ đồng so với kế hoạch", a gap
 * below plan, in the same words.
 */
import { describe, expect, it } from 'vitest';
import { claimOf, indicatorOf } from '../../support/metrics-of';

describe('a sector\'s needs and shortages are not its workforce', () => {
  it.each([
    ['Trong năm 2021, Việt Nam cần khoảng 450.000 nhân lực trong ngành Công nghệ thông tin (CNTT).', '450.000'],
    ['Đến năm 2025, ngành công nghệ thông tin sẽ cần khoảng 700.000 nhân lực mới.', '700.000'],
    ['Ngành công nghệ thông tin đang thiếu hụt 200.000 nhân lực.', '200.000'],
    ['Dự báo đến năm 2030, ngành công nghệ thông tin cần tới 1 triệu lao động.', '1 triệu'],
  ])('%s → none', (text, n) => expect(indicatorOf(text, n, 2024)).toBe('none'));

  it.each([
    ['Năm 2023, toàn ngành thông tin và truyền thông có khoảng 1,5 triệu lao động.', '1,5 triệu'],
    ['Ngành công nghệ thông tin, với nhu cầu nhân lực rất lớn, hiện có 1,2 triệu lao động.', '1,2 triệu'], // review: "nhu cầu" is no need of its own here
  ])('the workforce itself keeps its series: %s', (text, n) => expect(indicatorOf(text, n, 2024)).toBe('ict-sector-employment'));
});

describe('a shortfall below plan is a fall', () => {
  it('"Doanh thu thiếu hụt 500 tỷ đồng so với kế hoạch" is −500 tỷ', () => expect(claimOf('Doanh thu của doanh nghiệp thiếu hụt 500 tỷ đồng so với kế hoạch.', '500 tỷ đồng', 2024).value).toBe(-5e11));
  it('"hụt 5%" is a fall', () => expect(claimOf('Doanh thu quý II của doanh nghiệp hụt 5% so với kế hoạch.', '5%', 2024).value).toBe(-5));
});
