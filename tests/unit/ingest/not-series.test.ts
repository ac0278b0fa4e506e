import { describe, expect, it } from 'vitest';
import { isAverageBreakdown, isFromToBound, isLineFaultCount, isNoSeriesValue, isPeriodOnPeriod, opensAverage, ranksAShare, withoutListItems } from '../../../scripts/ingest/not-series';

/** The span of `n` in `s` with its unit and kind. */
const at = (s: string, n: string, unit = 'percent', kind = 'growth') => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length, unit, kind });
const nov2023 = { iso: '2023-11', precision: 'month' as const };

describe('isPeriodOnPeriod', () => {
  it('a change over the month, quarter or period just before', () => {
    for (const [s, n] of [
      ['doanh thu tăng 6% so với tháng trước và tăng 17% so với cùng kỳ', '6%'],
      ['số giao dịch giảm 10,8% so với tháng đầu tiên', '10,8%'],
      ['lượng bưu gửi tăng 3% so với quý trước', '3%'],
      ['giá trị tăng 2% so với kỳ liền kề', '2%'],
    ]) expect(isPeriodOnPeriod(s!, at(s!, n!), nov2023), s).toBe(true);
  });

  it('an earlier month of the same year is the period before; the same month a year earlier is not', () => {
    const s = 'doanh thu bưu chính tăng 5% so với tháng 10/2023 và tăng 20% so với tháng 11/2022';
    expect(isPeriodOnPeriod(s, at(s, '5%'), nov2023)).toBe(true);
    expect(isPeriodOnPeriod(s, at(s, '20%'), nov2023)).toBe(false);
    expect(isPeriodOnPeriod(s, at(s, '5%'), undefined)).toBe(false);
  });

  it('a month named without its year, other than the period\'s own month, is the month before', () => {
    const sep = { iso: '2024-09', precision: 'month' as const };
    const s = 'Riêng tháng 9, doanh thu tăng 3% so với tháng 8 và tăng 12% so với tháng 9 năm trước.';
    expect(isPeriodOnPeriod(s, at(s, '3%'), sep)).toBe(true);
    expect(isPeriodOnPeriod(s, at(s, '12%'), sep)).toBe(false);
  });

  it('year-on-year growth is not', () => {
    for (const s of ['tăng 17% so với cùng kỳ năm ngoái', 'tăng 12,7% so với năm 2022', 'tăng 9% so cùng kỳ tháng 11/2022']) {
      expect(isPeriodOnPeriod(s, at(s, s.match(/[\d,]+%/u)![0]), nov2023), s).toBe(false);
    }
  });

  it('growth over a year before the year before is over several years (round 44)', () => {
    for (const s of ['tăng 12,7% so với năm 2021', 'tăng 40% so với cùng kỳ năm 2019']) {
      expect(isPeriodOnPeriod(s, at(s, s.match(/[\d,]+%/u)![0]), nov2023), s).toBe(true);
    }
  });
});

describe('isNoSeriesValue', () => {
  it('a share of a plan, target or budget', () => {
    for (const [s, n] of [['doanh thu tăng 27% và hoàn thành 50% kế hoạch năm 2024', '50%'], ['nộp ngân sách đạt 102% so với dự toán', '102%'], ['đạt 76,5% mục tiêu đề ra', '76,5%'], ['đạt gần 50% chỉ tiêu năm', '50%']]) {
      expect(isNoSeriesValue(s!, at(s!, n!, 'percent', 'share'), undefined), s).toBe(true);
    }
    expect(isNoSeriesValue('tỷ lệ hồ sơ trực tuyến đạt 50% trong năm', at('tỷ lệ hồ sơ trực tuyến đạt 50% trong năm', '50%', 'percent', 'share'), undefined)).toBe(false);
  });

  it('an average over years or a mean', () => {
    for (const [s, n, unit] of [['thanh toán không dùng tiền mặt trung bình tăng 30-40%/năm', '30-40%', 'percent'], ['thuê bao băng rộng đạt trung bình 91,9 thuê bao trên 100 dân', '91,9', 'count'], ['lượng tiền chuyển khoản bình quân tính đến tháng 6 đã tăng 52,35%', '52,35%', 'percent']]) {
      expect(isNoSeriesValue(s!, at(s!, n!, unit), undefined), s).toBe(true);
    }
    const s = 'Bình quân, mỗi doanh nghiệp có 12 lao động; doanh thu toàn ngành tăng 15%';
    expect(isNoSeriesValue(s, at(s, '15%'), undefined)).toBe(false);
  });
});

describe('ranges take no series', () => {
  it('"từ X đến Y": both bounds; "từ X lên Y" is a move', () => {
    const s = 'Ba tỉnh cuối bảng có giá trị DTI đạt từ khoảng 0,5 đến gần 0,6.';
    expect(isFromToBound(s, at(s, '0,5'))).toBe(true);
    expect(isFromToBound(s, at(s, '0,6'))).toBe(true);
    const t = 'Tỷ lệ tăng từ 40% đến 55% tùy địa phương.';
    expect(isFromToBound(t, at(t, '40%'))).toBe(true);
    expect(isFromToBound(t, at(t, '55%'))).toBe(true);
    const u = 'Doanh thu tăng từ 11,8 tỷ USD lên 25 tỷ USD.';
    expect(isFromToBound(u, at(u, '11,8'))).toBe(false);
    expect(isFromToBound(u, at(u, '25'))).toBe(false);
    const v = 'Chỉ số đạt 0,7 và đến năm 2025 đạt 0,8.';
    expect(isFromToBound(v, at(v, '0,8'))).toBe(false);
  });

  it('a range of a rate read as one number ("7,8- 8%/năm", "8 - 10%") is no value of a series', () => {
    const s = 'doanh thu tăng trưởng khoảng 7,8- 8% mỗi năm';
    expect(isNoSeriesValue(s, { ...at(s, '7,8- 8%', 'percent', 'growth'), valueMax: 8 }, undefined)).toBe(true);
    expect(isNoSeriesValue(s, at(s, '7,8- 8%', 'percent', 'growth'), undefined)).toBe(false);
  });
  it('a revenue beyond twice the GDP is no series value; a payment flow may be', () => {
    const a = 'Doanh thu công nghiệp phần mềm năm nay đạt 30 triệu tỷ đồng.';
    expect(isNoSeriesValue(a, { ...at(a, '30 triệu tỷ đồng', 'VND', 'money'), value: 3e16 }, undefined)).toBe(true);
    const b = 'Doanh thu thương mại điện tử toàn cầu ước đạt 7 nghìn tỷ USD.';
    expect(isNoSeriesValue(b, { ...at(b, '7 nghìn tỷ USD', 'USD', 'money'), value: 7e12 }, undefined)).toBe(true);
    const c = 'Giá trị thanh toán không dùng tiền mặt đạt 290 triệu tỷ đồng.';
    expect(isNoSeriesValue(c, { ...at(c, '290 triệu tỷ đồng', 'VND', 'money'), value: 2.9e17 }, undefined)).toBe(false);
    const d = 'Doanh thu công nghiệp ICT đạt 3,1 triệu tỷ đồng.';
    expect(isNoSeriesValue(d, { ...at(d, '3,1 triệu tỷ đồng', 'VND', 'money'), value: 3.1e15 }, undefined)).toBe(false);
  });
  it('a range of a share keeps its series: charts draw it as a band', () => {
    const s = 'tỷ trọng chiếm khoảng 7,8- 8% tổng mức bán lẻ';
    expect(isNoSeriesValue(s, { ...at(s, '7,8- 8%', 'percent', 'share'), valueMax: 8 }, undefined)).toBe(false);
  });
  it('a later item of a list after "bình quân" is an average like the first', () => {
    const s = 'giao dịch bình quân mỗi năm tăng tương ứng 41,5% và 22,7%';
    expect(isNoSeriesValue(s, at(s, '22,7%', 'percent', 'growth'), undefined)).toBe(true);
    expect(withoutListItems('tăng lần lượt 12%, 15% và ')).toBe('tăng lần lượt ');
    expect(withoutListItems('năm 2025, ')).toBe('năm 2025, ');
  });
});

describe('the world\'s or a region\'s average', () => {
  it('is no value of a national series; Viet Nam\'s own average over years is caught by the average rule', () => {
    const s = 'Việt Nam cao hơn so với Chỉ số EGDI trung bình của thế giới (0,6382), của khu vực châu Á (0,6493).';
    expect(isNoSeriesValue(s, at(s, '0,6382', 'index', 'index'), undefined)).toBe(true);
    expect(isNoSeriesValue(s, at(s, '0,6493', 'index', 'index'), undefined)).toBe(false); // a later item of the list ("của khu vực châu Á") is not caught: a known gap
    const t = 'Chỉ số EGDI của Việt Nam đạt 0,7709, cao hơn mức trung bình khu vực ASEAN là 0,6';
    expect(isNoSeriesValue(t, at(t, '0,7709', 'index', 'index'), undefined)).toBe(false);
    expect(isNoSeriesValue(t, at(t, '0,6', 'index', 'index'), undefined)).toBe(true);
  });
});

describe('isAverageBreakdown: the parts of an average (round 8)', () => {
  it('a "Trong đó" sentence after an average gives averages too', () => {
    expect(isAverageBreakdown('Trong đó dịch vụ đóng góp 5,1%, công nghiệp 3,2%.', 'Bình quân giai đoạn 2019 - 2023, tỷ trọng đạt 8,3%.')).toBe(true);
    expect(isAverageBreakdown('Trong số đó, khối tỉnh đạt 40%.', 'Năm 2023 tỷ lệ đạt 12%. Trung bình 5 năm qua tỷ lệ đạt 10%.')).toBe(true);
  });
  it('a sentence opening on an average: its figures up to a new dated item are averages; a "Trong đó" after that item is the year\'s', () => {
    const s = 'Bình quân tốc độ tăng doanh thu phần mềm giai đoạn 2019 - 2024 đạt gần 14,5%/năm và năm 2024 đạt 16,1%.';
    expect(isNoSeriesValue(s, at(s, '14,5%'), undefined)).toBe(true);
    expect(isNoSeriesValue(s, at(s, '16,1%'), undefined)).toBe(false);
    expect(opensAverage('trung bình mỗi năm ngành thu hút thêm ')).toBe(true);
    expect(isAverageBreakdown('Trong đó, phần cứng đóng góp 9%.', s)).toBe(false);
    expect(isAverageBreakdown('Trong đó, phần cứng đóng góp 9%.', 'Bình quân giai đoạn 2019 - 2024 tỷ trọng đạt gần 14,5% mỗi năm.')).toBe(true);
  });

  it('not after a yearly figure, nor a sentence that is no breakdown', () => {
    expect(isAverageBreakdown('Trong đó dịch vụ đóng góp 5,1%.', 'Năm 2023, tỷ trọng đạt 8,3%.')).toBe(false);
    expect(isAverageBreakdown('Dịch vụ đóng góp 5,1%.', 'Trung bình giai đoạn 2019 - 2023, tỷ trọng đạt 8,3%.')).toBe(false);
    expect(isAverageBreakdown('Trong đó dịch vụ đóng góp 5,1%.', undefined)).toBe(false);
  });
});

describe('ranksAShare: a place by a share, no index rank (round 9)', () => {
  it('"về tỷ lệ", "với tỷ trọng" in the rank\'s own clause', () => {
    const a = 'Cần Thơ xếp thứ 3 cả nước về tỷ lệ thanh toán trực tuyến, sau Hà Nội.';
    expect(ranksAShare(a, at(a, '3', 'rank', 'rank'))).toBe(true);
    const b = 'Xếp thứ 4 là Long An với tỉ trọng 18%; tiếp đến là Tây Ninh.';
    expect(ranksAShare(b, at(b, '4', 'rank', 'rank'))).toBe(true);
    expect(isNoSeriesValue(b, at(b, '4', 'rank', 'rank'), undefined)).toBe(true);
  });
  it('a rank in an index, even beside a share in another clause, stays one', () => {
    const c = 'Theo chỉ số DTI, tỉnh xếp thứ 12, tỷ lệ hồ sơ trực tuyến đạt 60%.';
    expect(ranksAShare(c, at(c, '12', 'rank', 'rank'))).toBe(false);
  });
});

describe('a part\'s share of the whole in brackets after its share of another base (round 9)', () => {
  it('"(chiếm X%)" right after a percentage takes no series; alone after a count it may', () => {
    const s = 'Trong đó, dịch vụ phần mềm đóng góp 3,1% GDP (chiếm 24,5%), phần cứng 5% (chiếm khoảng 40%).';
    expect(isNoSeriesValue(s, at(s, '24,5%', 'percent', 'share'), undefined)).toBe(true);
    expect(isNoSeriesValue(s, at(s, '40%', 'percent', 'share'), undefined)).toBe(true);
    const u = 'Nhóm lõi đóng góp 6% GDP (chiếm tỷ trọng 55%).';
    expect(isNoSeriesValue(u, at(u, '55%', 'percent', 'share'), undefined)).toBe(true);
    expect(isNoSeriesValue(s, at(s, '3,1%', 'percent', 'share'), undefined)).toBe(false);
    const t = 'Có 18 triệu hộ dùng cáp quang (chiếm 79%).';
    expect(isNoSeriesValue(t, at(t, '79%', 'percent', 'share'), undefined)).toBe(false);
  });
});

describe('round 27b: amounts of a change, one market named bare, receivers of tasks', () => {
  it('an amount stated as the change of a figure before it', () => {
    for (const [s, n] of [
      ['xuất khẩu tăng 20%, tương đương mức tăng tuyệt đối hơn 8,2 tỷ USD', '8,2 tỷ USD'],
      ['doanh thu tăng 9%, tương ứng tăng thêm 1.200 tỷ đồng', '1.200 tỷ đồng'],
      ['mức tăng tuyệt đối đạt 3 tỷ USD', '3 tỷ USD'],
    ]) expect(isNoSeriesValue(s!, at(s!, n!, 'USD', 'money'), undefined), s).toBe(true);
    const level = 'kim ngạch xuất khẩu tăng lên 40 tỷ USD';
    expect(isNoSeriesValue(level, at(level, '40 tỷ USD', 'USD', 'money'), undefined)).toBe(false);
  });
  it('exports named by a foreign market with no preposition, and the growth after them', () => {
    for (const [s, n] of [
      ['Nhóm hàng này xuất khẩu Nhật Bản đạt 3,1 tỷ USD, tăng 12%', '12%'],
      ['điện thoại xuất khẩu Hàn Quốc đạt 5 tỷ USD', '5 tỷ USD'],
    ]) expect(isNoSeriesValue(s!, at(s!, n!), undefined), s).toBe(true);
    const own = 'kim ngạch xuất khẩu điện tử đạt 5 tỷ USD, tăng 12%';
    expect(isNoSeriesValue(own, at(own, '12%'), undefined)).toBe(false);
  });
  it('the bodies a task is handed to', () => {
    for (const s of ['có 300 nhiệm vụ giao cho 42 cơ quan, đơn vị', 'kinh phí được phân bổ cho 42 đơn vị']) {
      expect(isNoSeriesValue(s, at(s, '42', 'count', 'count'), undefined), s).toBe(true);
    }
    const done = 'đã có 42 cơ quan thành lập Ban Chỉ đạo';
    expect(isNoSeriesValue(done, at(done, '42', 'count', 'count'), undefined)).toBe(false);
  });
});

describe('round 31e: faults of a cable or a line are no security incidents', () => {
  it.each([
    ['Từ năm 2020 đến nay, các tuyến cáp quang biển gặp hơn 30 sự cố, làm gián đoạn kết nối.', '30'],
    ['Đường truyền liên tỉnh ghi nhận 12 lỗi trong quý.', '12'],
    ['Trong mùa bão, trạm phát sóng BTS ở vùng núi gặp 45 sự cố do mất điện.', '45'],
  ])('%s', (s, n) => expect(isNoSeriesValue(s, at(s, n, 'count', 'count'), undefined)).toBe(true));
  it.each([
    ['Hệ thống đã xử lý 1.200 sự cố tấn công mạng vào các hệ thống thông tin.', '1.200'],
    ['Cáp quang đã phủ tới 12 xã vùng cao.', '12'],
    ['Tin tặc khai thác lỗ hổng đường truyền, gây 40 sự cố an toàn thông tin.', '40'],
  ])('not an attack or a count of something else: %s', (s, n) => expect(isLineFaultCount(s, at(s, n, 'count', 'count'))).toBe(false));
});

describe('round 31f: a score stated, then its own change', () => {
  it.each([
    ['Trụ cột kinh tế số đạt 0,6634, tăng 12,4%.', '12,4%'],
    ['Chỉ số năm nay là 0,58 điểm, giảm 2%.', '2%'],
  ])('%s → %s is no series value', (s, n) => expect(isNoSeriesValue(s, at(s, n), undefined)).toBe(true));
  it('a rate of growth after a share is not a score', () => {
    const s = 'Kinh tế số chiếm 18,3% GDP, tăng 20%.';
    expect(isNoSeriesValue(s, at(s, '20%'), undefined)).toBe(false);
  });
});

describe('round 31f: a ratio "one in N" restated as a rate', () => {
  it.each([
    ['Cứ 200 người dùng mạng thì có 1 người bị lừa đảo, tương đương tỷ lệ 0,5%.', '0,5%'],
    ['Cứ 50 doanh nghiệp có 3 doanh nghiệp bị tấn công, tỷ lệ 6%.', '6%'],
  ])('%s → %s is no series value', (s, n) => expect(isNoSeriesValue(s, at(s, n, 'percent', 'share'), undefined)).toBe(true));
  it('a rate with no ratio before it keeps its series', () => {
    const s = 'Tỷ lệ người dùng điện thoại thông minh đạt 84%.';
    expect(isNoSeriesValue(s, at(s, '84%', 'percent', 'share'), undefined)).toBe(false);
  });
});
