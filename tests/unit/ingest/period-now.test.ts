import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { eventMonth, isStandingNow, standsAtNow, standsNowUndated, thisYearAfterGoals } from '../../../scripts/ingest/period-now';
import { metricsByText } from './metrics-support';

const month = (s: string, year?: string) => eventMonth(s, findDates(s), year)?.iso;

describe('the month of an event day', () => {
  it('is the last day named that is no deadline, with its own year, the given one, or one of its sentence', () => {
    expect(month('Phiên họp ngày 3/10/2024 đã thống nhất …')).toBe('2024-10');
    expect(month('Sáng 19/7, đoàn công tác làm việc với tỉnh.', '2025')).toBe('2025-07');
    expect(month('Hội nghị diễn ra ngày 5/6, yêu cầu xong trước 30/6/2027.')).toBe('2027-06');
  });

  it('is none for a deadline, a month, or a day with no year to be had', () => {
    expect(month('Hoàn thành chậm nhất ngày 15/10/2025.')).toBeUndefined();
    expect(month('Trong tháng 5/2025, tỉnh cấp 300 chữ ký số.')).toBeUndefined();
    expect(month('Sáng 19/7, đoàn công tác làm việc với tỉnh.')).toBeUndefined();
  });
});

describe('standsAtNow (round 19)', () => {
  const april = { iso: '2024-04', precision: 'month' as const };
  it('a yearless paragraph saying how things stand now, after one month\'s measurement, is at the page\'s unknown date', () => {
    const p = 'Hạ tầng lưu trữ được mở rộng. Cả nước hiện có 35 trung tâm dữ liệu. Tỷ lệ dùng IPv6 đạt 60%.';
    expect(standsAtNow(p, findDates(p), april)).toBe(true);
    const q = 'Tới nay, 20 tỉnh đã kết nối nền tảng.';
    expect(standsAtNow(q, findDates(q), april)).toBe(true);
  });
  it('not after a year, a quarter or months so far; not with a year of its own; not without a now-word', () => {
    const p = 'Trên địa bàn hiện có 9 doanh nghiệp viễn thông.';
    expect(standsAtNow(p, findDates(p), { iso: '2023', precision: 'year' })).toBe(false);
    expect(standsAtNow(p, findDates(p), { iso: '2024-01', precision: 'month', isoEnd: '2024-06' })).toBe(false);
    const q = 'Năm 2024, cả nước hiện có 35 trung tâm dữ liệu.';
    expect(standsAtNow(q, findDates(q), april)).toBe(false);
    const r = 'Tỷ lệ dùng IPv6 đạt 60%, thực hiện tốt.';
    expect(standsAtNow(r, findDates(r), april)).toBe(false);
  });
  it('in a page: the paragraph after a month\'s speeds keeps no month', () => {
    const m = metricsByText(
      'Trong tháng 5/2024, tốc độ băng rộng di động đạt 120 Mbps, tăng 30%.',
      'Hạ tầng dữ liệu được đầu tư. Cả nước hiện có 35 trung tâm dữ liệu. Tỷ lệ dùng IPv6 đạt 60%.',
    );
    expect(m['30%']?.period?.iso).toBe('2024-05');
    expect(m['35']?.period).toBeUndefined();
    expect(m['60%']?.period).toBeUndefined();
  });
});

describe('isStandingNow (round 19)', () => {
  const at = (s: string, w: string) => ({ start: s.indexOf(w), unit: 'rank' });
  it('a rank after a standing said in the present', () => {
    const s = 'Hiện nước ta đang đứng thứ 3 châu Á về gia công phần mềm.';
    expect(isStandingNow(s, at(s, '3 châu'))).toBe(true);
    const t = 'Thành phố hiện xếp thứ 4 cả nước về chỉ số này.';
    expect(isStandingNow(t, at(t, '4 cả'))).toBe(true);
  });
  it('not a past ranking, nor a figure that is no rank', () => {
    const s = 'Năm ngoái Việt Nam đã đứng thứ 3 châu Á.';
    expect(isStandingNow(s, at(s, '3 châu'))).toBe(false);
    const t = 'Tỉnh đang đứng đầu với 40 dự án.';
    expect(isStandingNow(t, { start: t.indexOf('40'), unit: 'count' })).toBe(false);
  });
  it('in a page of a year: the year of the paragraph goes to its results, not to the standing now', () => {
    const m = metricsByText('Năm 2024, doanh thu xuất khẩu phần mềm đạt 7 tỷ USD. Việt Nam đang được xếp hạng cao: đứng thứ 4 thế giới về gia công phần mềm.');
    expect(m['7 tỷ USD']?.period?.iso).toBe('2024');
    expect(m['thứ 4']?.period).toBeUndefined();
  });
});

describe('thisYearAfterGoals (round 19)', () => {
  const y2030 = { iso: '2030', precision: 'year' as const };
  const goal = { metric: { status: 'target', period: y2030 } };
  it('"năm nay" after goals of a horizon takes no year from them', () => {
    const s = 'Năm nay, kim ngạch xuất khẩu ước đạt 400 tỷ USD.';
    expect(thisYearAfterGoals(s, findDates(s), y2030, [goal])).toBe(true);
  });
  it('keeps a year the page reports results of, a year of its own, and a sentence without "năm nay"', () => {
    const s = 'Năm nay, tỉnh xếp thứ 12.';
    expect(thisYearAfterGoals(s, findDates(s), y2030, [goal, { metric: { status: 'actual', period: y2030 } }])).toBe(false);
    const t = 'Năm nay (2025), kim ngạch ước đạt 400 tỷ USD.';
    expect(thisYearAfterGoals(t, findDates(t), y2030, [goal])).toBe(false);
    const u = 'Kim ngạch ước đạt 400 tỷ USD.';
    expect(thisYearAfterGoals(u, findDates(u), y2030, [goal])).toBe(false);
  });
  it('in a page: a goal paragraph, then this year\'s estimates with no period', () => {
    const m = metricsByText(
      'Bộ đặt mục tiêu tới năm 2030, doanh thu công nghiệp số đạt 300 tỷ USD.',
      'Theo báo cáo, năm nay doanh thu ước đạt 160 tỷ USD, tăng 10%.',
    );
    expect(m['300 tỷ USD']).toMatchObject({ status: 'target', period: { iso: '2030' } });
    expect(m['160 tỷ USD']?.status).toBe('estimate');
    expect(m['160 tỷ USD']?.period).toBeUndefined();
  });
});

describe('an event day in a sentence reporting on a year', () => {
  it('gives the year reported on, not the event month', () => {
    expect(month('Tại hội nghị tổng kết ngày 28-12, trong năm 2024 Bộ đã cấp 2 triệu chứng thư.', '2024')).toBe('2024');
    expect(month('Tại hội nghị triển khai kế hoạch năm 2027 ngày 18/12, trong năm 2026 ngành đạt nhiều kết quả.', '2026')).toBe('2026');
  });
  it('keeps the month when the year is a plan\'s or another', () => {
    expect(month('Hội nghị triển khai kế hoạch năm 2027 diễn ra ngày 18/12.', '2026')).toBe('2026-12');
    expect(month('Sáng 2/7, Sở báo cáo kết quả năm 2023.', '2024')).toBe('2024-07');
  });
});

describe('round 29c: standsNowUndated', () => {
  const y2021 = { iso: '2021', precision: 'year' as const };
  it('is true for "đang có" / "hiện còn" with no year of the sentence\'s own after a year', () => {
    for (const s of ['Tuy nhiên, cả nước đang có hơn 900 doanh nghiệp.', 'Theo ông A, hiện còn khoảng 30% hộ chưa có cáp quang.', 'Ngành đang có 120.000 lập trình viên.']) {
      expect(standsNowUndated(s, findDates(s), y2021), s).toBe(true);
    }
  });

  it('is false for "hiện có", a sentence with its own year, or a carried month or span', () => {
    const has = 'Trên địa bàn tỉnh hiện có 6 doanh nghiệp.';
    expect(standsNowUndated(has, findDates(has), y2021)).toBe(false);
    const own = 'Năm 2022, ngành đang có 120.000 lập trình viên.';
    expect(standsNowUndated(own, findDates(own), y2021)).toBe(false);
    const s = 'Ngành đang có 120.000 lập trình viên.';
    expect(standsNowUndated(s, findDates(s), { iso: '2021-05', precision: 'month' })).toBe(false);
    expect(standsNowUndated(s, findDates(s), { iso: '2021', isoEnd: '2025', precision: 'year' })).toBe(false);
  });
});

describe('standsAtNow after a span of years (round 47)', () => {
  const plan = { iso: '2021', isoEnd: '2025', precision: 'year' as const };
  it('a paragraph opening on "Hiện" or saying "hiện có" stands now, a year after its figures allowed', () => {
    const p = 'Hiện toàn tỉnh có 215 sản phẩm đạt chuẩn. Dự kiến năm 2025, tỉnh có thêm 30 sản phẩm.';
    expect(standsAtNow(p, findDates(p), plan)).toBe(true);
    const q = 'Cả tỉnh hiện có 48 hợp tác xã ứng dụng thương mại điện tử.';
    expect(standsAtNow(q, findDates(q), plan)).toBe(true);
  });
  it('not after one year, nor with a year before its figures', () => {
    const p = 'Hiện toàn tỉnh có 215 sản phẩm đạt chuẩn.';
    expect(standsAtNow(p, findDates(p), { iso: '2023', precision: 'year' })).toBe(false);
    const q = 'Hiện, trong năm 2024 toàn tỉnh có 215 sản phẩm đạt chuẩn.';
    expect(standsAtNow(q, findDates(q), plan)).toBe(false);
  });
  it('in a page: the stock said now after a plan period\'s results keeps no period', () => {
    const m = metricsByText('Trong giai đoạn 2021-2025, tỉnh đã cấp 41 mã số vùng trồng.', 'Hiện toàn tỉnh có 215 sản phẩm OCOP đạt từ 3 sao trở lên.');
    expect(m['41']?.period?.iso).toBe('2021');
    expect(m['215']?.period).toBeUndefined();
  });
});
