import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { isReferenceDate } from '../../../scripts/ingest/period-reference';
import { claimOf } from '../../support/metrics-of';

/** Whether the date of `s` written `text` is a reference's (constant prices' base year, a standard's span). */
const reference = (s: string, text: string) => isReferenceDate(s, findDates(s).find((d) => d.text.includes(text))!);

describe('a date that names a reference, not a period (round 31g)', () => {
  it("is constant prices' base year or a standard's span", () => {
    for (const [s, y] of [
      ['Giá trị sản xuất công nghiệp theo giá so sánh năm 2010 tăng 7,5%.', '2010'],
      ['Tổng sản phẩm tính theo giá cố định 1994 đạt 120 nghìn tỷ đồng.', '1994'],
      ['Tỉnh còn 4.200 hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021-2025.', '2021'],
      ['Kết quả rà soát năm 2024 theo chuẩn tiếp cận đa chiều giai đoạn 2022 - 2025 cho thấy tỷ lệ là 3%.', '2022'],
    ]) expect(reference(s!, y!), s).toBe(true);
  });
  it('not a period the figure is reported for', () => {
    for (const [s, y] of [
      ['Năm 2023, giá trị sản xuất tăng 7,5% theo giá so sánh.', '2023'],
      ['Tỷ lệ hộ nghèo năm 2024 giảm còn 2,1%.', '2024'],
      ['Doanh thu giai đoạn 2021-2025 đạt 500 tỷ đồng theo chuẩn kế toán.', '2021'],
    ]) expect(reference(s!, y!), s).toBe(false);
  });
  it('leaves the figures to the period the sentence reports', () => {
    expect(claimOf('Quý III/2024, giá trị tăng thêm ngành công nghiệp theo giá so sánh năm 2010 tăng 6,1%.', '6,1%').period).toBe('2024-07');
    expect(claimOf('Kết quả rà soát cuối năm 2023 theo chuẩn nghèo đa chiều giai đoạn 2022-2025 cho thấy tỷ lệ hộ nghèo là 2,9%.', '2,9%').period).toBe('2023');
    expect(claimOf('Theo giá so sánh năm 2010, GRDP ước tăng 5,2% so với cùng kỳ.', '5,2%').period).toBe(null);
  });
});
