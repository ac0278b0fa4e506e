import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import {
  fillMissingYears, inheritablePeriod, isBaseline, isDocumentDate, isPointDay, openingPointPeriod, periodFor, pointPeriod, runningTotals, splitFromTo,
} from '../../../scripts/ingest/periods';

/** The period of the number written `n` in `s` (article year 2024). */
function periodOf(s: string, n: string, inherited?: Parameters<typeof periodFor>[3]) {
  const start = s.indexOf(n);
  return periodFor(findDates(s, { defaultYear: 2024 }), s, { start, end: start + n.length }, inherited);
}

describe('isBaseline', () => {
  it('the date of "Con số này năm 2022 là …" is a comparison\'s; a forecast\'s is not', () => {
    expect(isBaseline('Con số này năm 2022 là 288 USD.', { start: 11 })).toBe(true);
    expect(isBaseline('Con số này năm 2026 dự kiến đạt 400 USD.', { start: 11 })).toBe(false);
    expect(isBaseline('Doanh thu năm 2022 là 288 tỷ đồng.', { start: 10 })).toBe(false);
  });

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

describe('isDocumentDate', () => {
  const docDate = (s: string) => findDates(s, { defaultYear: 2024 }).map((d) => isDocumentDate(s, d));
  it('the date of a cited decision, resolution, plan or circular is never a period', () => {
    expect(docDate('Theo Quyết định số 1234/QĐ-UBND ngày 3/5/2023 của UBND tỉnh, trong năm 2024 tỉnh đạt 40%.')).toEqual([true, false]);
    expect(docDate('Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024, năm 2025 phấn đấu 100%.')).toEqual([true, false]);
    expect(docDate('Căn cứ Thông tư số 22/2023/TT-BTTTT ngày 10 tháng 8 năm 2023, đã có 12 hệ thống.')).toEqual([true]);
    expect(docDate('Kế hoạch số 12/KH-UBND của UBND tỉnh ngày 5/3/2024 đặt mục tiêu đến năm 2025.')).toEqual([true, false]);
  });

  it('an issuer named after the number, with no "ngày", cites no date: the horizon after it is a period', () => {
    expect(docDate('Nghị quyết số 05-NQ/TU của Tỉnh ủy đặt mục tiêu đến năm 2030 kinh tế số chiếm 25% GRDP.')).toEqual([false]);
    expect(docDate('Chương trình số 10-CTr/TU của Thành ủy xác định năm 2026 có 80% hồ sơ trực tuyến.')).toEqual([false]);
  });

  it('a date of an event or a report stays usable', () => {
    expect(docDate('Ngày 6/2/2025, tỉnh tổng kết năm 2024.')).toEqual([false, false]);
    expect(docDate('Kế hoạch năm 2024 đạt 80%.')).toEqual([false]);
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

  it('"lũy kế" / "cộng dồn" before a point in time make a running total from January', () => {
    const cases: [string, string, string][] = [
      ['lũy kế doanh thu toàn ngành tính đến hết tháng 11/2023 ước đạt 3.360 tỷ đồng', '2023-01', '2023-11'],
      ['Luỹ kế nộp ngân sách đến hết tháng 4/2024 đạt 31 tỷ đồng', '2024-01', '2024-04'],
      ['số giao dịch cộng dồn tới cuối tháng 9/2022 là 12 triệu', '2022-01', '2022-09'],
    ];
    for (const [s, iso, end] of cases) expect(runningTotals(s, findDates(s))[0], s).toMatchObject({ iso, isoEnd: end, precision: 'month' });
  });

  it('a flow (revenue, exports) "đến hết tháng" a month is a running total; a stock counted at that date is not', () => {
    for (const s of ['ước tính đến hết tháng 9/2022, doanh thu công nghiệp ICT đạt 109 tỷ USD', 'Tính đến hết tháng 8/2024, kim ngạch xuất khẩu đạt 20 tỷ USD']) {
      expect(runningTotals(s, findDates(s))[0], s).toMatchObject({ iso: s.includes('2022') ? '2022-01' : '2024-01', precision: 'month' });
    }
    for (const s of ['tính đến hết tháng 9/2022, cả nước có 70.000 doanh nghiệp công nghệ số', 'đến tháng 9/2022, doanh thu đạt 12 tỷ USD']) {
      expect(runningTotals(s, findDates(s))[0]!.isoEnd, s).toBeUndefined();
    }
  });

  it('a flow "đến cuối tháng", or "đến tháng" compared with "cùng kỳ", is a running total; without the comparison it is a month', () => {
    for (const s of [
      'Tính đến cuối tháng 6/2024, giá trị thanh toán qua thẻ tăng 20% về số lượng và 15% về giá trị',
      'Tính đến tháng 5/2023, số giao dịch qua ví điện tử tăng 40% so với cùng kỳ năm 2022',
      'Tính đến đến tháng 8/2024, doanh thu bưu chính tăng 12%; kim ngạch tăng 3% so với cùng kỳ',
    ]) {
      expect(runningTotals(s, findDates(s))[0], s).toMatchObject({ iso: s.match(/20\d\d/u)![0] + '-01', precision: 'month' });
    }
    for (const s of ['Tính đến tháng 5/2023, số giao dịch qua ví điện tử đạt 40 triệu', 'Tính đến cuối tháng 6/2024, cả nước có 90 triệu tài khoản, tăng 20% so với cùng kỳ']) {
      expect(runningTotals(s, findDates(s))[0]!.isoEnd, s).toBeUndefined();
    }
  });

  it('a flow "đến tháng" compared with the year before is a running total too', () => {
    for (const s of ['Giá trị giao dịch qua ví tính đến tháng 9/2024 đã tăng 30% so với năm 2023', 'Kim ngạch xuất khẩu đến tháng 5/2023 giảm 4% so với năm trước']) {
      expect(runningTotals(s, findDates(s))[0], s).toMatchObject({ iso: s.match(/20\d\d/u)![0] + '-01', precision: 'month' });
    }
    const stock = 'Số tài khoản tính đến tháng 9/2024 tăng 30% so với năm 2023';
    expect(runningTotals(stock, findDates(stock))[0]!.isoEnd, 'a stock').toBeUndefined();
  });

  it('a point in time opening a sentence frames what follows, its "đến" doubled or not; one mid-sentence does not', () => {
    for (const s of ['Tính đến đến tháng 3/2024, có 5 triệu tài khoản.', 'Đến hết tháng 3/2024, có 5 triệu tài khoản.']) {
      expect(openingPointPeriod(s, findDates(s))?.iso, s).toBe('2024-03');
    }
    for (const s of ['Sở Công Thương vừa cho biết, ước tính đến hết tháng 6/2024, doanh thu đạt 5 tỷ đồng.', 'Theo Ngân hàng Nhà nước, tính đến cuối tháng 6/2024, có 5 triệu ví.']) {
      expect(openingPointPeriod(s, findDates(s))?.iso, s).toMatch(/^2024-0[16]$/u);
    }
    const mid = 'Số tài khoản tính đến tháng 3/2024 là 5 triệu.';
    expect(openingPointPeriod(mid, findDates(mid))).toBeUndefined();
  });

  it('a day a count is taken at ("Tính đến ngày 1-3") takes the fallback year and dates the rest of its paragraph; an event day does not', () => {
    const s = 'Tính đến ngày 1-3, thành phố đã cấp 9.000 tài khoản.';
    const filled = fillMissingYears(s, findDates(s), '2023');
    expect(filled[0]).toMatchObject({ iso: '2023-03-01', precision: 'day' });
    expect(isPointDay(s, filled[0]!)).toBe(true);
    expect(pointPeriod(s, filled)?.iso).toBe('2023-03-01');
    const event = 'Sáng 1-3, Sở tổ chức hội nghị với 300 đại biểu.';
    expect(fillMissingYears(event, findDates(event), '2023')[0]!.iso).toBe('0000-03-01');
    expect(pointPeriod(event, fillMissingYears(event, findDates(event), '2023'))).toBeUndefined();
  });

  it('a point in time without a running-total word, or in another clause, stays a month', () => {
    for (const s of ['tính đến hết tháng 11/2023, tỷ lệ hộ gia đình dùng cáp quang đạt 79%', 'lũy kế đạt 5 tỷ đồng; tính đến tháng 6/2024 có 3 triệu tài khoản', 'lũy kế từ tháng 3/2024 đạt 9 tỷ đồng']) {
      const d = runningTotals(s, findDates(s));
      expect(d.at(-1)!.isoEnd, s).toBeUndefined();
    }
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

describe('round 12: "kết thúc tháng" and a span gone by before "đến"', () => {
  it('a flow at "kết thúc tháng N" compared with the year before is a running total from January; a stock there is a point', () => {
    const s = 'Kết thúc tháng 5/2023, kim ngạch xuất khẩu sang Nhật Bản đạt 2 tỷ USD, tăng 6% so với cùng kỳ năm trước.';
    expect(runningTotals(s, findDates(s))[0]).toMatchObject({ iso: '2023-01', isoEnd: '2023-05', precision: 'month' });
    const t = 'Kết thúc tháng 5/2023, cả nước có 60.000 doanh nghiệp công nghệ số.';
    expect(runningTotals(t, findDates(t))[0]!.isoEnd).toBeUndefined();
    expect(openingPointPeriod(t, findDates(t))?.iso).toBe('2023-05');
  });

  it('a point in time after a span gone by ("Sau 20 năm, đến tháng 6/2021, …") opens the sentence', () => {
    const s = 'Sau 20 năm, đến tháng 6/2021, số thuê bao băng rộng là 18 triệu.';
    expect(openingPointPeriod(s, findDates(s))?.iso).toBe('2021-06');
    const t = 'Số thuê bao băng rộng đến tháng 6/2021 là 18 triệu.';
    expect(openingPointPeriod(t, findDates(t))).toBeUndefined();
  });
});
