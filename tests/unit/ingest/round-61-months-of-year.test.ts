/** Round 61 (session 42): "11 tháng của năm 2025" is the first eleven months of 2025, as "11 tháng năm 2025" is, and "6 tháng khởi đầu
 *  2025" its first half; "tháng của năm" with no
 *  count is no span. Phrases written for this test. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { claimOf } from '../../support/metrics-of';

describe('"N tháng của năm YYYY"', () => {
  it.each([
    ['trong 11 tháng của năm 2025', '2025-01', '2025-11'],
    ['chín tháng của năm 2023', '2023-01', '2023-09'],
  ])('%s', (text, iso, isoEnd) => expect(findDates(text)[0]).toMatchObject({ iso, isoEnd, precision: 'month' }));
  it('six months of a year: its half', () => expect(findDates('sau 6 tháng của năm 2024')[0]).toMatchObject({ iso: '2024-01', precision: 'half' }));
  it('a month of a year, no count: only the year', () => expect(findDates('vào tháng của năm 2025').map((d) => d.precision)).toEqual(['year']));
  it.each([
    ['6 tháng khởi đầu 2025', '2025-01'],
    ['sáu tháng khởi đầu năm 2024', '2024-01'],
  ])('"khởi đầu", the beginning: %s', (text, iso) => expect(findDates(text)[0]).toMatchObject({ iso, precision: 'half' }));
  it('on the page: the figure takes the months', () =>
    expect(claimOf('Giao dịch thanh toán không dùng tiền mặt trong 11 tháng của năm 2025 đã tăng 42,34% về số lượng.', '42,34%', 2025).period).toBe('2025-01'));
});
