/**
 * Round 60 (session 41): what a sector needs or lacks ("cần khoảng 450.000 nhân lực", "sẽ cần 700.000 nhân lực mới", "thiếu hụt 200.000
 * nhân lực") is no count of the people it employs (`ict-sector-employment`'s `without`), and a shortage's size is no fall
 * (`direction.ts`: "thiếu hụt" is not "hụt").
 */
import { describe, expect, it } from 'vitest';
import { claimOf, indicatorOf } from '../../support/metrics-of';

describe('a sector\'s needs and shortages are not its workforce', () => {
  it.each([
    ['Trong năm 2021, Việt Nam cần khoảng 450.000 nhân lực trong ngành Công nghệ thông tin (CNTT).', '450.000'],
    ['Đến năm 2025, ngành công nghệ thông tin sẽ cần khoảng 700.000 nhân lực mới.', '700.000'],
    ['Ngành công nghệ thông tin đang thiếu hụt 200.000 nhân lực.', '200.000'],
    ['Nhu cầu nhân lực ngành CNTT năm 2024 là 500.000 người.', '500.000'],
  ])('%s → none', (text, n) => expect(indicatorOf(text, n, 2024)).toBe('none'));

  it('the workforce itself keeps its series', () =>
    expect(indicatorOf('Năm 2023, toàn ngành thông tin và truyền thông có khoảng 1,5 triệu lao động.', '1,5 triệu', 2024)).toBe('ict-sector-employment'));
});

describe('a shortage is no fall', () => {
  it('"thiếu hụt 200.000 nhân lực" is 200,000', () => expect(claimOf('Ngành công nghệ thông tin đang thiếu hụt 200.000 nhân lực.', '200.000', 2024).value).toBe(200000));
  it('"hụt 5%" is still a fall', () => expect(claimOf('Doanh thu quý II của doanh nghiệp hụt 5% so với kế hoạch.', '5%', 2024).value).toBe(-5));
});
