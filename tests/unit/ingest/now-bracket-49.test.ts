import { describe, expect, it } from 'vitest';
import { isNowBracket } from '../../../scripts/ingest/periods';
import { claimOf } from '../../support/metrics-of';

const at = (s: string, t: string) => ({ start: s.indexOf(t), end: s.indexOf(t) + t.length });

describe('a date bracketed right after now dates what follows (round 49)', () => {
  const tail = ', ngành đã hoàn thành việc xây dựng cơ sở dữ liệu. Cụ thể, cơ sở dữ liệu đã thu thập thông tin của gần 53.000 trường học. // Ngoài Bộ, đã có 63 Sở Giáo dục và 705 Phòng Giáo dục.';
  it.each(['Cục trưởng cho biết, đến thời điểm hiện tại (tháng 10/2023)', 'Hiện nay (tháng 10/2023)', 'Theo Bộ, đến nay (quý III/2023)'])('%s', (lead) => {
    const want = lead.includes('quý') ? '2023-07' : '2023-10';
    expect(claimOf(lead + tail, '53.000').period).toBe(want);
    expect(claimOf(lead + tail, '705').period).toBe(want);
  });
  it('is a bracket of its own right after now, not a comparison in brackets', () => {
    const s = 'Đến thời điểm hiện tại (tháng 10/2023), ngành đã hoàn thành.';
    expect(isNowBracket(s, at(s, 'tháng 10/2023'))).toBe(true);
    const b = 'Tỷ lệ hiện đạt 60% (tháng 10/2022 là 45%).';
    expect(isNowBracket(b, at(b, 'tháng 10/2022'))).toBe(false);
    const c = 'Số hồ sơ hiện nay (so với tháng 10/2022) tăng 15%.';
    expect(isNowBracket(c, at(c, 'tháng 10/2022'))).toBe(false);
  });
});
