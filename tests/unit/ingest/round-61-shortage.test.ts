/** Round 61 (session 42): a shortage of people ("thiếu hụt 200.000 nhân lực") counts those missing, no fall; a shortfall of money or
 *  against a plan stays a fall. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

describe('a shortage of people is a count', () => {
  it.each([
    ['Ngành bán dẫn đang thiếu hụt 15.000 kỹ sư.', '15.000', 15000],
    ['Cả nước thiếu hụt khoảng 1,5 triệu lao động công nghệ so với nhu cầu.', '1,5 triệu', 1500000],
    ['Các trường thiếu hụt hơn 3.000 giáo viên tin học.', '3.000', 3000],
  ])('%s', (text, n, value) => expect(claimOf(text, n, 2025).value).toBe(value));
});

describe('shortfalls that stay falls', () => {
  it.each([
    ['Thu ngân sách thiếu hụt 500 tỷ đồng so với dự toán.', '500 tỷ đồng', -500e9],
    ['Sở thiếu hụt 20 công chức so với kế hoạch biên chế.', '20', -20],
    ['Doanh thu giảm 12% so với cùng kỳ.', '12%', -12],
  ])('%s', (text, n, value) => expect(claimOf(text, n, 2025).value).toBe(value));
});
