/** Times relative to others: the year before, a milestone's year, an undated start (round 27b forms, written for the test). */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { isSinceUndated, withoutMilestones, yearBeforePeriod, yearReportedAt } from '../../../scripts/ingest/period-relative';

const y2025 = { iso: '2025', precision: 'year' as const };
const upTo = (s: string, n: string) => s.slice(0, s.indexOf(n));

describe('yearBeforePeriod', () => {
  it('"năm trước" / "năm ngoái" in the figure\'s clause takes the year before the one reported', () => {
    for (const [s, n] of [
      ['Như vậy, cộng với số trạm lắp đặt năm trước là 4.200 trạm, nhà mạng có 12.000 trạm', '4.200'],
      ['Doanh thu năm ngoái đạt 300 tỷ đồng', '300'],
      ['Lượng thuê bao phát triển mới năm ngoái vào khoảng 2 triệu', '2'],
    ]) expect(yearBeforePeriod(upTo(s!, n!), y2025)?.iso, s).toBe('2024');
  });
  it('a comparison with the year before, an earlier clause\'s or a month\'s period is left alone', () => {
    for (const [s, n] of [
      ['Doanh thu tăng 12% so với năm trước', '12%'],
      ['Lượng đơn hàng bằng cùng kỳ năm trước là 3 triệu', '3'],
      ['Năm trước chỉ có 40 xã, năm nay đã có 55 xã', '55'],
      ['So với những năm trước, số vụ đạt 1.200 vụ', '1.200'],
    ]) expect(yearBeforePeriod(upTo(s!, n!), y2025), s).toBeUndefined();
    expect(yearBeforePeriod('Số trạm năm trước là ', { iso: '2025-06', precision: 'month' })).toBeUndefined();
  });
});

describe('withoutMilestones', () => {
  const kept = (s: string) => withoutMilestones(s, findDates(s)).map((d) => d.iso);
  it('drops the year something was reached or founded', () => {
    for (const s of [
      'Là xã đầu tiên của huyện đạt chuẩn nông thôn mới nâng cao vào năm 2019, xã tiếp tục xây dựng xã thông minh.',
      'Hợp tác xã được thành lập từ năm 2015 và nay mở rộng sản xuất.',
      'Trung tâm ra đời năm 2020, phục vụ người dân cả tỉnh.',
    ]) expect(kept(s), s).toEqual([]);
  });
  it('keeps a year that opens the sentence, a count\'s year and a month', () => {
    expect(kept('Năm 2024, toàn tỉnh thành lập 500 tổ công nghệ số.')).toEqual(['2024']);
    expect(kept('Tỉnh đã thành lập 500 tổ công nghệ số trong năm 2024.')).toEqual(['2024']);
    expect(kept('Xã đạt chuẩn nông thôn mới vào tháng 9/2023.')).toEqual(['2023-09']);
  });
});

describe('isSinceUndated', () => {
  it('a growth measured from an undated start', () => {
    for (const s of [
      'Kể từ khi triển khai ứng dụng, số giao dịch tăng 35%.',
      'Từ khi có cáp quang, tốc độ truy cập tăng 3 lần.',
      'Mức độ hài lòng tăng 12% so với trước đây.',
      'Tỷ lệ thanh toán trực tuyến tăng 40% so với trước khi có Chỉ thị.',
    ]) expect(isSinceUndated(s, 'growth'), s).toBe(true);
  });
  it('a dated comparison, or a level, is not', () => {
    expect(isSinceUndated('Số giao dịch tăng 35% so với năm 2023.', 'growth')).toBe(false);
    expect(isSinceUndated('Lượng giao dịch tăng 35% so với cùng kỳ năm trước.', 'growth')).toBe(false);
    expect(isSinceUndated('Từ khi có cáp quang, tỉnh có 20.000 thuê bao.', 'count')).toBe(false);
  });
});

describe('yearReportedAt', () => {
  const dec = { iso: '2025-12', precision: 'month' as const };
  const year = { iso: '2025', precision: 'year' as const };
  it('a year results were reported for, holding the event\'s month', () => {
    expect(yearReportedAt(year, dec, [{ status: 'actual', period: year }])).toBe(true);
  });
  it('a year named only by goals, another year, or a month carried is not', () => {
    expect(yearReportedAt(year, dec, [{ status: 'target', period: year }])).toBe(false);
    expect(yearReportedAt({ iso: '2024', precision: 'year' }, dec, [{ status: 'actual', period: { iso: '2024', precision: 'year' } }])).toBe(false);
    expect(yearReportedAt({ iso: '2025-06', precision: 'month' }, dec, [{ status: 'actual', period: { iso: '2025-06', precision: 'month' } }])).toBe(false);
    expect(yearReportedAt(year, undefined, [{ status: 'actual', period: year }])).toBe(false);
  });
});
