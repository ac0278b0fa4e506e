import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { inheritablePeriod, isBaseline, isDocumentDate, periodFor, splitFromTo } from '../../../scripts/ingest/periods';

/** The period of the number written `n` in `s` (article year 2024). */
function periodOf(s: string, n: string, inherited?: Parameters<typeof periodFor>[3]) {
  const start = s.indexOf(n);
  return periodFor(findDates(s, { defaultYear: 2024 }), s, { start, end: start + n.length }, inherited);
}

describe('isBaseline', () => {
  it('isBaseline marks the date of a comparison', () => {
    for (const [s, d] of [['tăng 3 bậc so với năm 2021', 'năm 2021'], ['tăng 15% so với cùng kỳ năm 2023', 'năm 2023'], ['tăng thêm 5% từ mức của năm 2019', 'năm 2019']]) {
      expect(isBaseline(s!, { start: s!.indexOf(d!) }), s).toBe(true);
    }
    expect(isBaseline('Năm 2023, tỉnh đạt 70%', { start: 0 })).toBe(false);
  });

  it('"so năm …" (without "với") is a comparison too, "so" inside a word is not', () => {
    for (const [s, d] of [['tăng 4 bậc so năm 2023, từ vị trí 57', 'năm 2023'], ['giảm 2% so tháng 5/2024', 'tháng 5/2024'], ['tăng 9% so cùng kỳ năm 2022', 'năm 2022']]) {
      expect(isBaseline(s!, { start: s!.indexOf(d!) }), s).toBe(true);
    }
    expect(isBaseline('Số liệu năm 2023 cho thấy', { start: 8 })).toBe(false);
  });
});

describe('periodFor', () => {
  it('periodFor takes the nearest date before the number in its clause, else after it', () => {
    expect(periodOf('Năm 2023, tỷ lệ đạt 70%', '70%')).toMatchObject({ period: { iso: '2023', precision: 'year' }, from: 'clause' });
    expect(periodOf('Doanh thu đạt 5 tỷ USD trong quý II/2024', '5 tỷ USD')).toMatchObject({ period: { iso: '2024-04', precision: 'quarter' } });
  });

  it('periodFor never takes the baseline of a comparison', () => {
    expect(periodOf('Xếp hạng đạt 30/193, tăng 3 bậc so với năm 2021', '3 bậc')).toBeUndefined();
    expect(periodOf('Năm 2023, chỉ số tăng 3 bậc so với năm 2021', '3 bậc')?.period.iso).toBe('2023');
  });

  it('periodFor keeps a parenthesis\'s dates for the numbers inside it', () => {
    const s = 'tăng trưởng nhanh (2021 đạt 25%, 2022 đạt 20%), gấp 2 lần GDP';
    expect(periodOf(s, '25%')?.period.iso).toBe('2021');
    expect(periodOf(s, '20%')?.period.iso).toBe('2022');
    expect(periodOf(s, '2 lần')).toBeUndefined();
  });

  it('periodFor falls back to an earlier clause of the sentence, then to the paragraph', () => {
    expect(periodOf('Đến tháng 6/2024, đã cấp 2 triệu thẻ; kích hoạt 1 triệu tài khoản', '1 triệu')).toMatchObject({ period: { iso: '2024-06' }, from: 'sentence' });
    expect(periodOf('Tỷ lệ đạt 70%', '70%', { iso: '2023', precision: 'year' })).toMatchObject({ period: { iso: '2023' }, from: 'paragraph' });
  });

  it('splitFromTo gives "từ X lên Y" the start and the end of a range', () => {
    const s = 'tỷ lệ tăng từ mức 40% lên 65% trong giai đoạn 2021 - 2024';
    expect(periodOf(s, '40%')?.period).toMatchObject({ iso: '2021' });
    expect(periodOf(s, '40%')?.period.isoEnd).toBeUndefined();
    expect(periodOf(s, '65%')?.period).toMatchObject({ iso: '2024' });
    const p = { iso: '2021', isoEnd: '2024', precision: 'year' as const };
    expect(splitFromTo('đạt 70%', { start: 4, end: 7 }, p)).toBe(p);
  });
});

describe('inheritablePeriod', () => {
  const inh = (s: string) => inheritablePeriod(s, findDates(s, { defaultYear: 2024 }), 2024);
  it('inheritablePeriod passes on the last period a sentence reports', () => {
    expect(inh('Theo báo cáo 6 tháng đầu năm 2024, tỉnh đạt nhiều kết quả.')).toMatchObject({ iso: '2024-01', precision: 'half' });
    expect(inh('Năm 2023, chỉ số tăng 3 bậc so với năm 2021.')).toMatchObject({ iso: '2023' });
  });

  it('inheritablePeriod passes on nothing for a goal and resets after an event date', () => {
    expect(inh('Tỉnh phấn đấu đến năm 2030 hoàn thành.')).toBeUndefined();
    expect(inh('Sáng 19/7, hội nghị khai mạc.')).toBeNull();
    expect(inh('Hội nghị có nhiều đại biểu.')).toBeUndefined();
  });
});

describe('isDocumentDate', () => {
  const docDate = (s: string) => findDates(s, { defaultYear: 2024 }).map((d) => isDocumentDate(s, d));
  it('the date of a cited decision, resolution, plan or circular is never a period', () => {
    expect(docDate('Theo Quyết định số 1234/QĐ-UBND ngày 3/5/2023 của UBND tỉnh, trong năm 2024 tỉnh đạt 40%.')).toEqual([true, false]);
    expect(docDate('Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024, năm 2025 phấn đấu 100%.')).toEqual([true, false]);
    expect(docDate('Căn cứ Thông tư số 22/2023/TT-BTTTT ngày 10 tháng 8 năm 2023, đã có 12 hệ thống.')).toEqual([true]);
  });

  it('a date of an event or a report stays usable', () => {
    expect(docDate('Ngày 6/2/2025, tỉnh tổng kết năm 2024.')).toEqual([false, false]);
    expect(docDate('Kế hoạch năm 2024 đạt 80%.')).toEqual([false]);
  });
});
