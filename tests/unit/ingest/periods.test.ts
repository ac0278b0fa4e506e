import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { fillMissingYears, inheritablePeriod, periodFor, splitFromTo } from '../../../scripts/ingest/periods';

/** The period of the number written `n` in `s` (article year 2024). */
function periodOf(s: string, n: string, inherited?: Parameters<typeof periodFor>[3]) {
  const start = s.indexOf(n);
  return periodFor(findDates(s, { defaultYear: 2024 }), s, { start, end: start + n.length }, inherited);
}

describe('periodFor', () => {
  it('periodFor takes the nearest date before the number in its clause, else after it', () => {
    expect(periodOf('Năm 2023, tỷ lệ đạt 70%', '70%')).toMatchObject({ period: { iso: '2023', precision: 'year' }, from: 'clause' });
    expect(periodOf('Doanh thu đạt 5 tỷ USD trong quý II/2024', '5 tỷ USD')).toMatchObject({ period: { iso: '2024-04', precision: 'quarter' } });
  });

  it('periodFor takes no start after the figure ("… tăng 2,6% và duy trì đà tăng từ năm 2020") as its period', () => {
    expect(periodOf('Giá trị trung bình đạt 0,69 điểm, tăng 2,6% và duy trì đà tăng đều từ năm 2020.', '2,6%')).toBeUndefined();
    expect(periodOf('Giá trị trung bình tăng 2,6% trong năm 2024.', '2,6%')?.period.iso).toBe('2024');
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

describe('a year right after a number', () => {
  it('is its period when it closes the item', () => {
    const s = 'Tỉnh xếp vị trí 20 năm 2021, 15 năm 2022 và 12 năm 2023.';
    expect(['20', '15', '12'].map((n) => periodOf(s, n)?.period.iso)).toEqual(['2021', '2022', '2023']);
  });

  it('not when it opens the next item', () => {
    const s = 'Năm 2022 tỷ lệ đạt 10% năm 2023 đạt 20%.';
    expect(periodOf(s, '10%')?.period.iso).toBe('2022');
    expect(periodOf(s, '20%')?.period.iso).toBe('2023');
  });

  it('round 36: is its period whatever follows it, unless a verb or a figure opens the next item there', () => {
    const s = 'Doanh thu tăng từ 40 triệu USD cuối những năm 1990 lên hơn 6 tỷ USD năm 2020 với khoảng 150.000 lao động.';
    expect(periodOf(s, '6 tỷ USD')?.period.iso).toBe('2020');
    const t = 'Năm 2021 thị phần là 12% năm 2022 chỉ còn 9%.';
    expect(periodOf(t, '12%')?.period.iso).toBe('2021');
    expect(periodOf(t, '9%')?.period.iso).toBe('2022');
    const u = 'Năm 2020 tỉnh có 300 xã năm 2021 thêm 40 xã.';
    expect(periodOf(u, '300')?.period.iso).toBe('2020');
  });

  it('round 36: a pair of years right after a number is its year, then the next figure\'s', () => {
    const s = 'Tỷ lệ lần lượt ước đạt 9,1% năm 2019, 9,7% năm 2020 và năm 2021 là 10,3%.';
    expect(['9,1%', '9,7%', '10,3%'].map((n) => periodOf(s, n)?.period)).toEqual([
      { iso: '2019', precision: 'year', text: 'năm 2019' },
      { iso: '2020', precision: 'year', text: 'năm 2020' },
      { iso: '2021', precision: 'year', text: 'năm 2021' },
    ]);
  });

  it('round 36: a year pair with no number before it stays one span', () => {
    const s = 'Trong năm 2022 và năm 2023, doanh thu lần lượt đạt 5 tỷ USD và 6 tỷ USD.';
    expect(periodOf(s, '5 tỷ USD')?.period).toMatchObject({ iso: '2022', isoEnd: '2023' });
  });
});

describe('a bracket holding only a date right after a number', () => {
  it('dates that number: a rank history "từ vị trí 59 (năm 2016) lên 42 (năm 2019 và 2020)"', () => {
    const s = 'Chỉ số tăng từ vị trí 71 (năm 2015) lên 52 (năm 2018 và 2019), vị trí 50 năm 2020.';
    expect(periodOf(s, '71')?.period).toMatchObject({ iso: '2015', precision: 'year' });
    expect(periodOf(s, '52')?.period).toMatchObject({ iso: '2018', precision: 'year' });
    expect(periodOf('Tỷ lệ đạt 45% (tháng 10/2023), tăng nhanh.', '45%')?.period.iso).toBe('2023-10');
  });

  it('and no figure after it: "16,4 tỷ USD (năm 2022), tăng lên 20,5 tỷ USD"', () => {
    const s = 'Doanh thu đạt 16,4 tỷ USD (năm 2022), tăng lên 20,5 tỷ USD.';
    expect(periodOf(s, '16,4 tỷ USD')?.period.iso).toBe('2022');
    expect(periodOf(s, '20,5 tỷ USD')).toBeUndefined();
  });

  it('not when words stand between the number and the bracket, or the bracket holds more than the date', () => {
    expect(periodOf('Tỷ lệ đạt 45% của cả nước (tháng 10/2023).', '45%')).toBeUndefined();
    expect(periodOf('Tỷ lệ đạt 45% (cả nước tháng 10/2023 là 40%).', '45%')).toBeUndefined();
  });
});

describe('inheritablePeriod', () => {
  const inh = (s: string) => inheritablePeriod(s, findDates(s, { defaultYear: 2024 }), 2024);
  it('inheritablePeriod passes on the last period a sentence reports', () => {
    expect(inh('Theo báo cáo 6 tháng đầu năm 2024, tỉnh đạt nhiều kết quả.')).toMatchObject({ iso: '2024-01', precision: 'half' });
    expect(inh('Năm 2023, chỉ số tăng 3 bậc so với năm 2021.')).toMatchObject({ iso: '2023' });
  });

  it('inheritablePeriod passes on no part singled out with "riêng"', () => {
    expect(inh('Trong 9 tháng năm 2023, xuất khẩu đạt 9 tỷ USD; riêng tháng 9/2023 đạt 1 tỷ USD.')).toMatchObject({ iso: '2023-01', isoEnd: '2023-09' });
    expect(inh('Doanh thu tăng 5%, trong đó riêng quý IV/2023 tăng 8%.')).toBeUndefined();
    expect(inh('Riêng năm 2023, tỉnh cấp 9.000 chữ ký số.'), 'opening the sentence, it is the period').toMatchObject({ iso: '2023' });
  });

  it('inheritablePeriod passes on nothing for a goal and resets after an event date', () => {
    expect(inh('Tỉnh phấn đấu đến năm 2030 hoàn thành.')).toBeUndefined();
    expect(inh('Sáng 19/7, hội nghị khai mạc.')).toBeNull();
    expect(inh('Hội nghị có nhiều đại biểu.')).toBeUndefined();
  });
});

describe('months without a year, running totals, a date alone in brackets', () => {
  const undated = (s: string, fallback?: string) => fillMissingYears(s, findDates(s), fallback);
  it('a month without its year takes the year of a dated period of its sentence that is no comparison', () => {
    const s = 'Doanh thu trong tháng 11 ước đạt 300 tỷ đồng; lũy kế đến hết tháng 11/2023 đạt 3.000 tỷ đồng.';
    expect(undated(s).map((d) => d.iso)).toEqual(['2023-11', '2023-11']);
    expect(undated(s)[0]!.yearMissing, 'a year from the sentence counts as stated').toBeUndefined();
    const q = 'Riêng quý III, số thuê bao tăng 2% so với quý II/2022.';
    expect(undated(q).map((d) => d.iso)).toEqual(['2022-07', '2022-04']);
    expect(undated(q, '2024')[0]!.iso, 'the comparison says the year, not the fallback').toBe('2022-07');
  });

  it('a month without its year compared with a dated one takes the year that puts it after it', () => {
    const cases: [string, string][] = [
      ['Trong tháng 2, số vụ lừa đảo là 900, giảm 10% so với tháng 1/2024.', '2024-02'],
      ['Số thuê bao trong tháng 1 đạt 5 triệu, tăng 3% so với tháng 12/2023 (là 4,8 triệu).', '2024-01'],
      ['Tháng 5 xuất khẩu đạt 3 tỷ USD, tăng 8% so với tháng 5/2022.', '2023-05'],
      ['Riêng quý I, doanh thu tăng 4% so với quý IV-2023.', '2024-01'],
      ['Tính chung 7 tháng đầu năm, doanh thu phần mềm đạt 4 tỷ USD, tăng 11% so với 7T/2023.', '2024-01'],
      ['Lũy kế 5 tháng, số giao dịch tăng 20% so với cùng kỳ 5 tháng đầu năm 2022.', '2023-01'],
    ];
    for (const [s, iso] of cases) expect(undated(s, '2019')[0], s).toMatchObject({ iso, precision: s.includes('quý') ? 'quarter' : 'month' });
    const other = 'Tính chung 7 tháng đầu năm, doanh thu tăng 11% so với 6T/2023.';
    expect(undated(other, '2019')[0]!.iso, 'other months compared with say nothing').toBe('2019-01');
    const year = 'Trong tháng 3, doanh thu tăng 5% so với năm 2022.';
    expect(undated(year, '2019')[0]!.iso, 'a year compared with says nothing of the month').toBe('2019-03');
  });

  it('in a dated article it takes the year of the period its paragraph reports over the article\'s', () => {
    const s = 'Lũy kế 11 tháng, doanh thu đạt 3.000 tỷ đồng; riêng tháng 11 đạt 300 tỷ đồng.';
    const dated = findDates(s, { defaultYear: 2024 });
    expect(fillMissingYears(s, dated, '2023', '2023').map((d) => d.iso)).toEqual(['2023-01', '2023-11']);
    expect(fillMissingYears(s, dated, '2023').map((d) => d.iso), 'no current period: the article\'s year').toEqual(['2024-01', '2024-11']);
    const day = 'Sáng 19/7, Sở tổ chức hội nghị.';
    expect(fillMissingYears(day, findDates(day, { defaultYear: 2024 }), '2023', '2023')[0]!.iso, 'an event day is no period').toBe('2024-07-19');
  });

  it('without a year in the sentence it takes the fallback; days keep their missing year', () => {
    expect(undated('Tính riêng trong tháng 5, doanh thu đạt 243 tỷ đồng.', '2022')[0]).toMatchObject({ iso: '2022-05', precision: 'month', yearMissing: true });
    expect(undated('Sáng 19/7, Sở tổ chức hội nghị; tháng 6 đạt 5%.', '2024').map((d) => d.iso)).toEqual(['0000-07-19', '2024-06']);
    expect(undated('Bước sang tháng 2, doanh thu còn 226 tỷ đồng.')[0]!.iso).toBe('0000-02');
  });

  it('a bracket holding only a date dates the figures after it in its sentence, not those before', () => {
    const s = 'Tốc độ băng rộng cố định (tháng 10/2023) đạt 104 Mbps, xếp thứ 41/181, tăng 31,9%; băng rộng di động xếp thứ 57/181.';
    expect(periodOf(s, '41/181')?.period.iso).toBe('2023-10');
    expect(periodOf(s, '57/181')?.period.iso).toBe('2023-10');
    const before = 'Tỷ lệ đạt 45%, cao hơn (tháng 10/2023) và 50% sau đó.';
    expect(periodOf(before, '45%')).toBeUndefined();
    const mixed = 'Tỷ lệ (cả nước tháng 10/2023 là 40%) của tỉnh đạt 45%.';
    expect(periodOf(mixed, '45%')).toBeUndefined();
  });
});
