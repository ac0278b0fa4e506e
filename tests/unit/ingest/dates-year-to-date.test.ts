import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates-find';

describe('findDates: a span from the first of January is the months from January', () => {
  it.each([
    ['Lũy kế từ ngày 1-1 đến 20-9-2025, toàn tỉnh có', '2025-01', '2025-09'],
    ['tính từ 01/01/2023 đến ngày 31/5/2023, đã tiếp nhận', '2023-01', '2023-05'],
    ['Từ ngày 1/1 đến hết 15/8/2026 có', '2026-01', '2026-08'],
    ['từ 1.1 đến 30.4.2022, số hồ sơ', '2022-01', '2022-04'],
  ])('%s', (text, iso, isoEnd) => {
    const [d] = findDates(text);
    expect(d).toMatchObject({ iso, precision: 'month', isoEnd });
  });

  it.each([
    ['từ 1/7 đến 31/12/2024', '2024-07-01', 'day'], // round 53: a span of days from its first (was its last day alone)
    ['từ ngày 01/01/2024 đến 14/11/2025', '2024-01-01', 'day'],
  ])('leaves %s a span of days', (text, iso, precision) => {
    expect(findDates(text)[0]).toMatchObject({ iso, precision });
  });
});
