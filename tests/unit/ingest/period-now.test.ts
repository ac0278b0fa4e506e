import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { eventMonth } from '../../../scripts/ingest/period-now';

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
