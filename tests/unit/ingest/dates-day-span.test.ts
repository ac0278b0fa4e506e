import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates-find';

describe('findDates: a span from the first of a month to a day is the whole months it covers, rounded', () => {
  it.each([
    ['Từ 1/7/2024 đến 5/1/2025, các xã đã nhận', '2024-07', 'half', undefined],
    ['tính từ ngày 01/4/2023 đến ngày 30/6/2023, cổng đã tiếp nhận', '2023-04', 'quarter', undefined],
    ['từ 1-10-2022 tới 28-2-2023, tỉnh cấp', '2022-10', 'month', '2023-02'],
    ['Từ 1.3.2025 đến 31.3.2025 có', '2025-03', 'month', undefined],
    ['từ 1/8/2024 đến 31/7/2025, mạng lưới phủ', '2024-08', 'month', '2025-07'],
  ])('%s', (text, iso, precision, isoEnd) => {
    const [d] = findDates(text);
    expect(d).toMatchObject({ iso, precision });
    expect(d?.isoEnd).toBe(isoEnd);
  });

  it.each([
    ['từ 1/5/2024 đến 10/5/2024, lễ hội đón', '2024-05-01'], // under a month: two days
    ['từ 1/3/2022 đến 30/6/2024, dự án', '2022-03-01'], // over a year: two days
    ['từ 11/7/2025 đến 7/1/2026 có', '2025-07-11'], // not from a month's first
  ])('leaves %s two days', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });
});

describe('findDates: the first day written without its year, one whole month only (round 43)', () => {
  it.each([
    ['Từ ngày 1/9 đến 30/9/2024, tổng đài tiếp nhận', '2024-09', 'month', undefined],
    ['từ ngày 01/2 đến 29/2/2024, cổng đã tiếp nhận', '2024-02', 'month', undefined],
  ])('%s', (text, iso, precision, isoEnd) => {
    const [d] = findDates(text);
    expect(d).toMatchObject({ iso, precision });
    expect(d?.isoEnd).toBe(isoEnd);
  });
  it.each([
    ['Tính từ ngày 1/5 đến 17/6/2024, tỉnh đã tiếp nhận', '2024-05-01', '2024-06-17'],
    ['từ ngày 1/4 đến 30/6/2023, cổng đã tiếp nhận', '2023-04-01', '2023-06-30'],
  ])('%s: more than a month, or not whole months, stays days', (text, iso, isoEnd) =>
    expect(findDates(text)[0]).toMatchObject({ iso, precision: 'day', isoEnd }));
});

describe('findDates: days of one month, the month written once (round 47)', () => {
  it.each([
    ['Chỉ trong tuần từ 3 - 9/11, ngân hàng đã rà soát 12.000 tài khoản', '0000-11-03', '0000-11-09'],
    ['trong tuần 14–20/4/2025, tổng đài nhận 900 cuộc gọi', '2025-04-14', '2025-04-20'],
    ['Hội chợ diễn ra từ ngày 22-24/8/2023 với 150 gian hàng', '2023-08-22', '2023-08-24'],
    ['từ 2 - 28/2/2024, cổng tiếp nhận 3.000 hồ sơ', '2024-02-02', '2024-02-28'],
  ])('%s', (text, iso, isoEnd) => {
    const d = findDates(text).find((x) => x.precision === 'day');
    expect(d).toMatchObject({ iso, isoEnd, precision: 'day' });
  });
  it.each([
    'Có 6 - 12/10 người tham gia', // no "từ", "tuần" or "ngày": a range of counts
    'từ 12 - 6/10, hệ thống', // the first day after the last
    'từ ngày 28 - 30/2/2024, hệ thống', // no such day
  ])('reads no span of days in %s', (text) => expect(findDates(text).some((x) => x.isoEnd !== undefined && x.precision === 'day')).toBe(false));
});
