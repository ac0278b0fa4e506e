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

describe("a ranking's comparison span, not a period (round 32)", () => {
  it('is the span after a superlative or a comparison, then "trong"', () => {
    for (const [s, y] of [
      ['GRDP quý I/2025 ước tăng 8,2%, mức tăng cao nhất trong giai đoạn 2016-2025.', '2016'],
      ['Xuất khẩu 9 tháng tăng 14,1%, chỉ thấp hơn tốc độ 15,2% của 9 tháng năm 2022 trong giai đoạn 2019-2024.', '2019'],
      ['Lượng khách quý III cao nhất trong cả thời kỳ 2015 - 2024.', '2015'],
    ]) expect(reference(s!, y!), s).toBe(true);
  });
  it('not an average over the span, nor a span with no comparison', () => {
    for (const [s, y] of [
      ['Nhóm thương mại cao nhất, tính bình quân giai đoạn 2018-2021 ở mức 5,8%.', '2018'],
      ['Trong giai đoạn 2021-2025, tỉnh thu hút 120 dự án.', '2021'],
      ['Mức tăng cao hơn năm ngoái; trong giai đoạn 2022-2026 dự kiến bình quân 6%.', '2022'],
    ]) expect(reference(s!, y!), s).toBe(false);
  });
  it('the sentences after it keep the quarter the sentence reported', () => {
    const text = 'Quý III/2025, GDP ước tăng 7,4% và thấp hơn tốc độ tăng 7,9% của quý III/2022 trong giai đoạn 2020-2025. Riêng nhóm dịch vụ tăng 7,8%, góp 51,2% vào mức tăng chung.';
    expect(claimOf(text, '7,8%').period).toBe('2025-07');
    expect(claimOf(text, '51,2%').period).toBe('2025-07');
    expect(claimOf(text, '7,9%')).toMatchObject({ status: 'baseline', period: '2022-07' });
  });
});
