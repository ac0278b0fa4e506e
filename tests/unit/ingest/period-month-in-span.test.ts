import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { monthInSpan } from '../../../scripts/ingest/period-month-in-span';

const run = { iso: '2024-01', isoEnd: '2024-05', precision: 'month' as const };
const yearless = (s: string) => findDates(s).map((d) => (d.yearMissing ? { ...d, iso: `2024${d.iso.slice(4)}` } : d));

describe('a yearless month inside the run of months reported', () => {
  it('sets that month of the run\'s year', () => {
    for (const [s, iso] of [['Trong tháng 5, đã ghi nhận 150 vụ.', '2024-05'], ['Riêng tháng 3, có 40 vụ.', '2024-03'], ['Số vụ trong tháng 1 là 12.', '2024-01']] as const) {
      expect(monthInSpan(s, yearless(s), run), s).toMatchObject({ iso, precision: 'month' });
    }
  });

  it('sets none for a month outside the run, a compared month, or with no run carried', () => {
    const after = 'Trong tháng 8, đã ghi nhận 150 vụ.';
    expect(monthInSpan(after, yearless(after), run)).toBeUndefined();
    const compared = 'Số vụ giảm 5% so với tháng 4.';
    expect(monthInSpan(compared, yearless(compared), run)).toBeUndefined();
    const alone = 'Trong tháng 5, đã ghi nhận 150 vụ.';
    expect(monthInSpan(alone, yearless(alone), { iso: '2024', precision: 'year' })).toBeUndefined();
  });
});
