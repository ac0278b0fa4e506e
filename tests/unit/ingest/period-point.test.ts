import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { fillMissingYears } from '../../../scripts/ingest/periods';
import { isPointDay, openingPointPeriod, openingReportSpan, pointPeriod, runningTotals } from '../../../scripts/ingest/period-point';
import { claimOf, englishMetrics } from '../../support/metrics-of';

describe('running totals and points in time', () => {
  it('"lũy kế" / "cộng dồn" before a point in time make a running total from January', () => {
    const cases: [string, string, string][] = [
      ['lũy kế doanh thu toàn ngành tính đến hết tháng 11/2023 ước đạt 3.360 tỷ đồng', '2023-01', '2023-11'],
      ['Luỹ kế nộp ngân sách đến hết tháng 4/2024 đạt 31 tỷ đồng', '2024-01', '2024-04'],
      ['số giao dịch cộng dồn tới cuối tháng 9/2022 là 12 triệu', '2022-01', '2022-09'],
    ];
    for (const [s, iso, end] of cases) expect(runningTotals(s, findDates(s))[0], s).toMatchObject({ iso, isoEnd: end, precision: 'month' });
  });

  it('round 24c: "lũy kế" counting what exists at the month ("đã có", "hiện có") is a stock at that month', () => {
    for (const s of ['lũy kế đến tháng 6/2024 đã có 12 khu công nghiệp được thành lập', 'Luỹ kế tính đến hết tháng 10/2023, cả nước hiện có khoảng 300 cơ sở ươm tạo', 'lũy kế đến tháng 3/2025 đang có hơn 50 dự án', 'Tính đến tháng 5/2024 đã có 40 doanh nghiệp; xuất khẩu tăng 8% so với cùng kỳ']) {
      expect(runningTotals(s, findDates(s))[0]!.isoEnd, s).toBeUndefined();
    }
    const flow = 'lũy kế đến hết tháng 6/2024, tỉnh đã cấp 1.200 giấy chứng nhận';
    expect(runningTotals(flow, findDates(flow))[0], 'a count of what was done').toMatchObject({ iso: '2024-01', isoEnd: '2024-06' });
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

describe('a month without its year opening a sentence (round 27b)', () => {
  const filled = (s: string) => fillMissingYears(s, findDates(s), '2025');
  it('frames what follows when the period carried in gives it its year', () => {
    for (const s of ['Đến tháng 5, tỉnh đã phủ sóng 95% thôn bản.', 'Tính đến hết tháng 8, có 1.200 trạm.']) {
      expect(openingPointPeriod(s, filled(s), '2025')?.iso, s).toMatch(/^2025-0[58]$/u);
    }
  });
  it('does not when no period was carried in or it is another year\'s', () => {
    const s = 'Đến tháng 5, tỉnh đã phủ sóng 95% thôn bản.';
    expect(openingPointPeriod(s, filled(s))).toBeUndefined();
    expect(openingPointPeriod(s, filled(s), '2024')).toBeUndefined();
  });
});

describe('round 29c: a cutoff day that opens a sentence', () => {
  it('frames what follows, with its year', () => {
    for (const [s, iso] of [['Tính đến ngày 30/6/2023, toàn tỉnh có 40 chi nhánh.', '2023-06-30'], ['Đến ngày 15/3/2024, huyện có 12 điểm bưu điện.', '2024-03-15'], ['Tính đến 31/12/2022, tỉnh có 8 quỹ tín dụng.', '2022-12-31']] as const) {
      expect(openingPointPeriod(s, findDates(s)), s).toMatchObject({ iso, precision: 'day' });
    }
  });

  it('not without its year, nor stated mid-sentence', () => {
    for (const s of ['Tính đến ngày 30/6, toàn tỉnh có 40 chi nhánh.', 'Toàn tỉnh có 40 chi nhánh tính đến ngày 30/6/2023.']) expect(openingPointPeriod(s, findDates(s)), s).toBeUndefined();
  });
});

describe('money disbursed to the end of a month is a running total (round 32)', () => {
  it('"giải ngân" to "hết tháng" runs from January', () => {
    for (const [s, iso, end] of [
      ['Tính đến hết tháng 8/2025, cả nước ước giải ngân 410.200 tỷ đồng vốn đầu tư công', '2025-01', '2025-08'],
      ['tổng vốn đã giải ngân tính đến hết tháng 11/2024 đạt gần 2.640 tỷ đồng', '2024-01', '2024-11'],
    ] as const) expect(runningTotals(s, findDates(s))[0], s).toMatchObject({ iso, isoEnd: end, precision: 'month' });
  });
  it('a stock at the month stays at the month', () => {
    const s = 'Tính đến hết tháng 8/2025, tỉnh có 1.240 dự án đang triển khai';
    expect(runningTotals(s, findDates(s))[0]).toMatchObject({ iso: '2025-08' });
  });
});

describe('projects counted by how they disburse are a stock (round 32)', () => {
  it('stay at the month', () => {
    for (const s of ['Tính đến hết tháng 6/2025, tỉnh có 1.300 dự án giải ngân chậm', 'đến cuối tháng 10/2024 vẫn còn 27 dự án chưa giải ngân'])
      expect(runningTotals(s, findDates(s))[0]?.isoEnd, s).toBeUndefined();
  });
});

describe('money disbursed, spelled out or to a month without its year (round 33)', () => {
  it('an amount spelled out runs from January', () => {
    const s = 'Tính đến hết tháng 7/2024, số vốn giải ngân của xã là gần hai tỷ đồng';
    expect(runningTotals(s, findDates(s))[0]).toMatchObject({ iso: '2024-01', isoEnd: '2024-07', precision: 'month' });
  });
  it('a month given the page\'s year runs from January; one with no year at all stays', () => {
    const s = 'Đến hết tháng 10, huyện giải ngân được 52% kế hoạch vốn';
    expect(runningTotals(s, fillMissingYears(s, findDates(s), '2025'))[0]).toMatchObject({ iso: '2025-01', isoEnd: '2025-10' });
    expect(runningTotals(s, findDates(s))[0]?.isoEnd).toBeUndefined();
  });
  it('a stock at a yearless month stays at the month', () => {
    const s = 'Đến hết tháng 10, tỉnh có 240 dự án giải ngân chậm';
    expect(runningTotals(s, fillMissingYears(s, findDates(s), '2025'))[0]?.isoEnd).toBeUndefined();
  });
});

describe('round 35: "ngày" typed without its "g"', () => {
  it.each(['Tính đến này 15/9/2023, toàn tỉnh có 1.200 tổ.', 'Đặc biệt, tính đến này 2/3/2024 đã có 40 xã.'])('%j: the day is a cutoff', (s) => {
    const d = findDates(s).find((x) => x.precision === 'day')!;
    expect(isPointDay(s, d)).toBe(true);
  });
  it('an event day stays no cutoff', () => {
    const s = 'Sáng này 15/9/2023, hội nghị đã diễn ra.';
    const d = findDates(s).find((x) => x.precision === 'day')!;
    expect(isPointDay(s, d)).toBe(false);
  });
});

describe('a quarter or half that opens a sentence frames the paragraphs after it (round 38)', () => {
  const span = (s: string) => openingReportSpan(s, findDates(s))?.iso;
  it('reads "Trong quý II năm 2024", "Quý 3/2023", "6 tháng đầu năm 2025" at the start, with the year written', () => {
    expect(span('Trong quý II năm 2024 (từ 15/3 đến 14/6), sở đã nhận 8.100 hồ sơ.')).toBe('2024-04');
    expect(span('Quý 3/2023, doanh thu bưu chính đạt 410 tỷ đồng.')).toBe('2023-07');
    expect(span('6 tháng đầu năm 2025, toàn tỉnh có 120 điểm wifi công cộng mới.')).toBe('2025-01');
  });
  it('not mid-sentence, not without its year, not a label before a colon, not a year', () => {
    for (const s of ['Sở đã nhận 8.100 hồ sơ trong quý II năm 2024.', 'Trong quý II, sở đã nhận 8.100 hồ sơ.', 'Quý II/2024: sở nhận 8.100 hồ sơ trực tuyến', 'Trong năm 2024, sở đã nhận 8.100 hồ sơ.']) expect(span(s), s).toBeUndefined();
  });
  it('on a dated page, the breakdown paragraphs after it take the quarter', () => {
    const text = 'Trong quý II năm 2024 (tính từ 15/3 đến 14/6), các xã đã nhận 8.100 hồ sơ. // Cấp huyện nhận 2.700 hồ sơ, với 900 hồ sơ trực tuyến.';
    expect(claimOf(text, '2.700', 2024).period).toBe('2024-04');
    expect(claimOf('Sở đã nhận 8.100 hồ sơ trong quý II năm 2024. // Cấp huyện nhận 2.700 hồ sơ, với 900 hồ sơ trực tuyến.', '2.700', 2024).period).toBeNull();
  });
  it('round 39: an opening span whose sentence reports results in words, with no figure, frames them too', () => {
    expect(claimOf('Trong 6 tháng đầu năm 2024, huyện đã đạt được nhiều chuyển biến về số hóa. // Huyện đã mở 14 lớp tập huấn kỹ năng số.', '14', 2024).period).toBe('2024-01');
    expect(claimOf('Trong 6 tháng đầu năm 2024, huyện cần tập trung đẩy mạnh số hóa. // Huyện đã mở 14 lớp tập huấn kỹ năng số.', '14', 2024).period).toBeNull();
  });
});

describe('where a report span\'s frame stops (round 38)', () => {
  const report = 'Trong quý II năm 2024, các xã đã nhận 8.100 hồ sơ qua mạng.';
  it('a sentence on now is at the page\'s date', () => {
    expect(claimOf(`${report} // Tỉnh đẩy mạnh số hóa. Đến nay, 12/12 xã đã lập tổ công nghệ số.`, '12/12', 2024).period).toBeNull();
    expect(claimOf(`${report} // Tỉnh đẩy mạnh số hóa. Cấp huyện nhận 2.700 hồ sơ.`, '2.700', 2024).period).toBe('2024-04');
  });
  it('another quarter opening a sentence with no result ends it', () => {
    expect(claimOf(`${report} // Trong quý III/2024 và thời gian tới, tỉnh yêu cầu các sở đẩy mạnh số hóa. // Sở đã giao việc cho 21 đơn vị.`, '21', 2024).period).toBeNull();
  });
  it('a quarter opening a sentence with no result frames nothing', () => {
    expect(claimOf('Trong quý II năm 2024, tỉnh yêu cầu các sở đẩy mạnh số hóa. // Cấp huyện nhận 2.700 hồ sơ.', '2.700', 2024).period).toBeNull();
  });
});

describe('"Tại thời điểm <day>" opening a sentence (round 38)', () => {
  it('frames the paragraphs after it as a point in time', () => {
    const text = 'Tại thời điểm 30/6/2025, tổng tài sản của công ty đạt 12.400 tỷ đồng. // Nợ phải trả gần 6.100 tỷ đồng, giảm 8% so với đầu năm.';
    expect(claimOf(text, '6.100 tỷ đồng', 2025).period).toBe('2025-06-30');
  });
  it('not an event\'s day', () => {
    expect(claimOf('Sáng 30/6/2025, công ty họp cổ đông với 400 khách mời. // Nợ phải trả gần 6.100 tỷ đồng.', '6.100 tỷ đồng', 2025).period).toBeNull();
  });
});


describe('round 45: a year a count is taken up to opens a period ("tính đến năm 2023")', () => {
  const opening = (s: string) => openingPointPeriod(s, findDates(s));
  it('"Theo đó, tính đến (hết) năm 2023 …"', () => {
    expect(opening('Theo đó, tính đến năm 2023 toàn tỉnh có khoảng 52.000 doanh nghiệp.')).toMatchObject({ iso: '2023', precision: 'year' });
    expect(opening('Tính đến hết năm 2022, toàn tỉnh có 3.100 chữ ký số.')).toMatchObject({ iso: '2022', precision: 'year' });
  });
  it('a horizon without "tính" opens none', () => {
    expect(opening('Đến năm 2025, toàn tỉnh có 100% hồ sơ trực tuyến.')).toBeUndefined();
  });
  it('the paragraphs after it take the year', () => {
    const m = new Map(englishMetrics(['Theo đó, tính đến năm 2023 toàn tỉnh có khoảng 52.000 doanh nghiệp.', 'Tỷ trọng kinh tế số trong GRDP của tỉnh là 10,2%.'], 2024, false).map((x) => [x.text, x]));
    expect(m.get('10,2%')?.period).toMatchObject({ iso: '2023', precision: 'year' });
  });
});
