import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { opensOnSpan } from '../../../scripts/ingest/period-opening';

const first = (s: string) => findDates(s, { defaultYear: 2025 })[0]!;

describe('opensOnSpan', () => {
  it.each(['Trong quý II, doanh thu đạt 5 tỷ USD; lợi nhuận đạt 1 tỷ USD.', 'Tháng 5, số thuê bao đạt 2 triệu.', 'Vào quý III, tỷ lệ đạt 60%.'])('%j opens on a span', (s) => expect(opensOnSpan(s, first(s))).toBe(true));
  it.each(['Doanh thu trong quý II đạt 5 tỷ USD.', 'Sáng 19/7, Bộ họp; tỷ lệ đạt 60%.', 'So với tháng 5, số thuê bao tăng 2%.'])('%j does not', (s) => expect(opensOnSpan(s, first(s))).toBe(false));
});
