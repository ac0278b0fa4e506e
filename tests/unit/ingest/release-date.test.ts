import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates-find';
import { isReleaseDate } from '../../../scripts/ingest/release-date';

/** Whether the last day of `s` is read as a release date. */
function lastDayIsRelease(s: string): boolean {
  const all = findDates(s);
  const d = all.filter((x) => x.precision === 'day').at(-1)!;
  return isReleaseDate(s, d, all);
}

describe('isReleaseDate', () => {
  it.each([
    'Bộ chỉ số PAPI năm 2024 do UNDP công bố ngày 3/4/2025, điểm trung bình là 42,1.',
    'Báo cáo năm 2022 được phát hành vào ngày 10/2/2023 cho thấy tỷ lệ đạt 70%.',
    'Xếp hạng năm 2023, công bố hôm 5/6/2024, đưa Việt Nam lên 46.',
  ])('%s', (s) => {
    expect(lastDayIsRelease(s)).toBe(true);
  });

  it.each([
    'Ngày 17/4/2024, Bộ công bố chỉ số, trung bình đạt 80%.',
    'Chỉ số được công bố ngày 12/5/2024 với điểm trung bình 80%.',
    'Năm 2024, đến ngày 30/6/2024 đã có 500 hồ sơ.',
  ])('not %s', (s) => {
    expect(lastDayIsRelease(s)).toBe(false);
  });
});
