import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { isSchoolYear } from '../../../scripts/ingest/period-school';
import { pageMetrics, periodText } from './page-metrics-support';

describe('a school year', () => {
  const first = (s: string) => findDates(s)[0]!;
  it('is a date after "năm học" or "niên khóa"', () => {
    for (const s of ['Trong năm học 2025-2026, …', 'Hết niên khóa 2024 – 2025, …', 'Đến cuối năm học 2023–2024, …']) expect(isSchoolYear(s, first(s)), s).toBe(true);
    for (const s of ['Trong năm 2025, …', 'Giai đoạn 2024 – 2025, …']) expect(isSchoolYear(s, first(s)), s).toBe(false);
  });

  it('dates no figure of its sentence or after it, and a headline that restates a figure takes its none', () => {
    const m = pageMetrics(undefined, ['Có 72,4% trường dùng sổ điểm điện tử', 'Giai đoạn 2021–2025 ghi nhận nhiều kết quả, với 12.000 trường đã kết nối dữ liệu.',
      'Đến cuối năm học 2024–2025, 72,4% trường dùng sổ điểm điện tử. Khoảng 35,5% trường trung học đã dùng học bạ số.']);
    const body = pageMetrics(undefined, ['Đến cuối năm học 2024–2025, 72,4% trường dùng sổ điểm điện tử. Khoảng 35,5% trường trung học đã dùng học bạ số.']);
    expect([periodText(body['72,4%']), periodText(body['35,5%'])]).toEqual(['none', 'none']);
    expect(periodText(m['72,4%'])).toBe('none');
  });
});
