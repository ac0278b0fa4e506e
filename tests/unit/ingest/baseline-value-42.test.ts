/**
 * Session 25 (round 42): a value a result is ranked against ("chỉ thấp hơn mức tăng 7,3% của 6 tháng năm 2019", "chỉ sau mức
 * tăng 48% của năm 2021") is a baseline, and neither its year nor the span the result is ranked over ("đứng thứ hai trong giai
 * đoạn 2020-2024") dates the paragraphs after it; a day a count is taken at may give its hour first ("tính đến 23h ngày …").
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';
import { isPointDay } from '../../../scripts/ingest/period-point';
import { findDates } from '../../../scripts/ingest/dates';
import { openingStampDate } from '../../../scripts/ingest/dates-article';
import { isPlanSpanMet } from '../../../scripts/ingest/period-baseline';

/** The metrics of Vietnamese paragraphs (undated page). */
const read = (...paragraphs: string[]) => englishMetrics(paragraphs, undefined, false);
const row = (ms: ReturnType<typeof read>, text: string) => {
  const m = ms.find((x) => x.text === text)!;
  return [m.status, m.period?.iso ?? null];
};

describe('a value a result is ranked against', () => {
  it('"chỉ thấp hơn mức tăng …" is a baseline of its own period', () => {
    const ms = read('Sáu tháng đầu năm 2024, doanh thu viễn thông ước tăng 6,1% so với cùng kỳ, chỉ thấp hơn mức tăng 7,3% của 6 tháng năm 2019.', 'Trong đó, doanh thu di động tăng 4,2%.');
    expect(row(ms, '7,3%')).toEqual(['baseline', '2019-01']);
    expect(row(ms, '4,2%')).toEqual(['actual', '2024-01']);
  });
  it('"chỉ sau mức tăng … của năm …" is one too, and the span ranked over is handed on to nothing', () => {
    const ms = read('Năm 2024, số thuê bao 5G tăng 35%, đứng thứ hai trong giai đoạn 2020-2024, chỉ sau mức tăng 48% của năm 2021.', 'Riêng thuê bao cố định tăng 3%.');
    expect(row(ms, '48%')).toEqual(['baseline', '2021']);
    expect(row(ms, '3%')).toEqual(['actual', '2024']);
  });
});

describe('a day a count is taken at, its hour first', () => {
  it('is a point in time', () => {
    for (const s of ['Tính đến 23h ngày 14-5-2024, cả tỉnh đã kích hoạt 500 tài khoản.', 'Tính đến 17 giờ 30 ngày 2/8/2023, toàn huyện có 20 điểm.']) {
      const d = findDates(s).find((x) => x.precision === 'day')!;
      expect(isPointDay(s, d)).toBe(true);
    }
    const s = 'Lúc 23h ngày 14-5-2024, đoàn công tác đã kiểm tra 20 điểm.';
    expect(isPointDay(s, findDates(s).find((x) => x.precision === 'day')!)).toBe(false);
  });
});

describe('a page stamp run into the first line', () => {
  it('dates the page, and a count taken at a day after it still frames the next paragraph', () => {
    expect(openingStampDate('08:05 03/11/2024 Theo Sở Thông tin, tỉnh có 120 điểm.')).toMatchObject({ iso: '2024-11-03', precision: 'day' });
    expect(openingStampDate('Ngày 03/11/2024 08:05, tỉnh có 120 điểm.')).toBeUndefined();
    expect(openingStampDate('Có 12:30 phút và 3/11/2024 là ngày hội.')).toBeUndefined();
    const ms = read('08:05 03/11/2024 Theo Sở Thông tin, tính đến 17h ngày 30-10-2024, các huyện đã hoàn thành chỉ tiêu cài đặt ứng dụng.', 'Trong đó, huyện A đạt 112,4%; huyện B đạt 104,9%.');
    expect(row(ms, '104,9%')).toEqual(['actual', '2024-10-30']);
  });
});

describe('the span an average is taken over (session 25)', () => {
  it('is handed on to nothing', () => {
    const ms = read('Nửa đầu năm 2025, doanh thu bán lẻ trực tuyến tăng 24%.', 'Xét dài hạn, doanh thu bình quân giai đoạn 2020-2024 tăng ở mức 18%.', 'Trong đó, doanh thu qua thẻ tăng 9% so với cùng kỳ.');
    expect(row(ms, '9%')[1]).not.toMatch(/^2020/);
    expect(row(ms, '24%')).toEqual(['actual', '2025-01']);
  });
});

describe('a running total opening a sentence without its year (session 25)', () => {
  it('takes the year carried into it and frames the next paragraph', () => {
    const ms = read('Quý II/2024, doanh thu dịch vụ số ước tăng 11,2%. Tính chung 6 tháng, doanh thu tăng 10,4%.', 'Trong đó, doanh thu từ quảng cáo trực tuyến tăng 15,8%.');
    expect(row(ms, '15,8%')).toEqual(['actual', '2024-01']);
  });
});

describe('a plan\'s span a result beats (session 25)', () => {
  it('is not the result\'s period; an annual plan\'s year still is', () => {
    const ms = read('Đến cuối năm 2024, toàn tỉnh có 3.410 thôn có cáp quang.', 'Số trạm 5G đạt 920, vượt kế hoạch giai đoạn 2020 - 2025.');
    expect(row(ms, '920')).toEqual(['actual', '2024']);
    expect(isPlanSpanMet('đạt 920, đã hoàn thành kế hoạch giai đoạn 2021-2025', findDates('đạt 920, đã hoàn thành kế hoạch giai đoạn 2021-2025')[0]!)).toBe(true);
    expect(isPlanSpanMet('để hoàn thành kế hoạch giai đoạn 2021-2025', findDates('để hoàn thành kế hoạch giai đoạn 2021-2025')[0]!)).toBe(false);
    expect(row(read('Số trạm 5G đạt 920, vượt kế hoạch năm 2024.'), '920')).toEqual(['actual', '2024']);
  });
});

describe('figures listed in turn over years (session 25)', () => {
  it('share the series the first is given', () => {
    const ms = read('Tốc độ tăng trưởng GDP các năm 2017 - 2019 lần lượt là 6,94%, 7,47% và 7,36%.');
    expect(ms.map((m) => [m.period?.iso, m.indicator])).toEqual([['2017', 'gdp-growth'], ['2018', 'gdp-growth'], ['2019', 'gdp-growth']]);
  });
});

describe('criteria a decision sets, listed after "đạt các tiêu chí … như:" (session 25)', () => {
  it('are no claims; criteria a place has met are', () => {
    const texts = read('Theo quyết định này, xã chuyển đổi số đạt các tiêu chí gồm: 85% hộ gia đình có cáp quang; 70% người dân có tài khoản số.').map((m) => m.text);
    expect(texts).toEqual([]);
    const met = read('Năm 2024, xã đã đạt các tiêu chí: 85% hộ gia đình có cáp quang; 70% người dân có tài khoản số.').map((m) => m.text);
    expect(met).toEqual(['85%', '70%']);
  });
});

describe('the customs\' half-month "kỳ 1", "kỳ 2" (session 25)', () => {
  it('are period labels, no counts', () => {
    expect(read('Xuất khẩu điện thoại đạt 2,3 tỷ USD trong kỳ 2 tháng 3, tăng 5% so với kỳ 1.').map((m) => m.text)).toEqual(['2,3 tỷ USD', '5%']);
  });
});

describe('a sentence pointing back at the figure before, then ranking it (session 25)', () => {
  it('makes the value it is ranked against a baseline, across a paragraph break too', () => {
    const ms = read('Doanh thu bán lẻ trực tuyến quý II/2024 tăng 18,2% so với cùng kỳ.', 'Với mức tăng trưởng này, doanh thu chỉ thấp hơn mức 21,4% của quý II/2022.');
    expect(row(ms, '21,4%')).toEqual(['baseline', '2022-04']);
    expect(ms.find((m) => m.text === '21,4%')!.baselineFor).toBe(ms.find((m) => m.text === '18,2%')!.id);
  });
});

describe('periods set BY and CB taught (round 42p)', () => {
  it('a compared value with two unit words before its month ("so với mức 3,76 tỷ USD của tháng 3/2024") dates nothing after it', () => {
    const ms = read('Xuất khẩu điện thoại tháng 3/2025 đạt 4,1 tỷ USD, tăng 9% so với mức 3,76 tỷ USD của tháng 3/2024.', 'Tổng kim ngạch xuất khẩu đạt 38 tỷ USD.');
    expect(row(ms, '38 tỷ USD')).toEqual(['actual', '2025-03']);
  });
  it('"…, tính trong giai đoạn 2011-2023" and a span spread "lần lượt" date nothing after them', () => {
    const a = read('GDP quý II/2024 tăng 6,9%.', 'Mức tăng này chỉ thấp hơn quý II/2022, tính trong giai đoạn 2011-2024.', 'Trong đó, ngành bán lẻ tăng 7,1%.');
    expect(row(a, '7,1%')).toEqual(['actual', '2024-04']);
    const b = read('Năm 2024, GDP tăng 7,09%.', 'Tốc độ tăng GDP các năm 2019 - 2021 lần lượt là: 7,36%; 2,87%; 2,56%.', 'Khu vực công nghiệp tăng 8,2%.');
    expect(row(b, '8,2%')[1]).not.toBe('2019');
  });
  it('"kỳ 1 tháng 4/2024" is the month\'s first half, no day', () => {
    expect(findDates('xuất khẩu rau quả kỳ 1 tháng 4/2024 ước 9 tỷ USD').map((d) => [d.iso, d.precision])).toEqual([['2024-04', 'month']]);
    expect(findDates('ngày 2 tháng 2/2025').map((d) => d.precision)).toEqual(['day']);
  });
});
