import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { spanPointedBack } from '../../../scripts/ingest/period-span-back';
import { metricOf } from '../../support/metrics-of';

describe('spanPointedBack: "giai đoạn này" after a span of years', () => {
  it('gives the span of the sentence before, dated to its first year', () => {
    const prev = 'Tỷ lệ này các năm từ 2019 đến 2023 lần lượt là 5%, 6%, 7%, 8% và 9%.';
    for (const s of ['Bình quân giai đoạn này đạt khoảng 7%/năm.', 'Trung bình, tỷ lệ trong giai đoạn trên là 7%.', 'Cả thời kỳ nói trên tăng bình quân 7%.'])
      expect(spanPointedBack(s, findDates(s), prev), s).toMatchObject({ iso: '2019', precision: 'year' });
  });
  it('not when the sentence names its own date, points back to nothing, or the sentence before names no span', () => {
    const prev = 'Tỷ lệ các năm 2021 - 2023 lần lượt là 5%, 6% và 7%.';
    const own = 'Riêng năm 2023, giai đoạn này đạt 7%.';
    expect(spanPointedBack(own, findDates(own), prev)).toBeUndefined();
    expect(spanPointedBack('Bình quân đạt 6%/năm.', [], prev)).toBeUndefined();
    expect(spanPointedBack('Tỷ lệ trong giai đoạn này là 41%.', [], 'Đây là con số thấp nhất trong 5 năm.')).toBeUndefined();
  });
  it('dates the average of the sentence (extractMetrics), not the year the paragraph carries', () => {
    const text = 'Năm 2024, tỷ trọng kinh tế số của tỉnh đạt 9%. // Tỷ trọng các năm từ 2020 đến 2024 lần lượt là 6%, 7%, 7,4%, 8% và 9%. Trung bình giai đoạn này đạt khoảng 7,5%/năm.';
    expect(metricOf(text, '7,5%', 2025).period).toMatchObject({ iso: '2020', precision: 'year' });
  });
});

describe('spanPointedBack: "giai đoạn này" after a sentence that reports one period (round 43)', () => {
  it('the period reported first, not the year compared in brackets', () =>
    expect(metricOf('Số vụ tấn công trong năm 2023 là 29 triệu vụ, giảm 29% so với năm ngoái (41 triệu vụ vào năm 2022). // Tỷ lệ người dùng bị nhiễm mã độc trong giai đoạn này ở mức 34%.', '34%', 2024).period?.iso).toBe('2023'));
});
