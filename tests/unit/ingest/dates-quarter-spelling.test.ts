import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';

describe('a quarter mistyped with its tone on the "u" (round 31g)', () => {
  it('reads "Qúy" as "Quý", keeping the text and its offsets', () => {
    for (const [s, iso] of [
      ['Qúy I/2024, tỉnh thu hút 13 dự án.', '2024-01'],
      ['Trong qúy III/2023, doanh thu tăng 5%.', '2023-07'],
      ['KẾT QUẢ QÚY II/2025 KHẢ QUAN', '2025-04'],
    ]) {
      const d = findDates(s!)[0]!;
      expect(d.iso, s).toBe(iso);
      expect(s!.slice(d.start, d.end), s).toBe(d.text);
      expect(d.text.toLowerCase()).toContain('úy');
    }
  });
  it('leaves other words alone', () => {
    expect(findDates('Ông Qúyt cho biết doanh thu đạt 5 tỷ đồng.')).toEqual([]);
  });
});
