/**
 * Round 60 (session 41): a year to date that ends with a quarter ("tính từ ngày 1/1/2022 đến hết quý II", "từ đầu năm 2023 đến hết quý
 * III/2023") is January to that quarter's last month, as "… đến hết tháng 6" reads (`dates-rules.ts`' "year to date").
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates-find';

const read = (s: string) => findDates(s).map((d) => [d.iso, d.precision, d.isoEnd]);

describe('a year to date to the end of a quarter', () => {
  it.each([
    ['Tính từ ngày 1/1/2022 đến hết quý II, đã phát hiện 266.051 lượt truy vấn.', ['2022-01', 'half', undefined]],
    ['Từ đầu năm 2023 đến hết quý III/2023, tỉnh tiếp nhận 5.000 hồ sơ.', ['2023-01', 'month', '2023-09']],
    ['Từ đầu năm 2024 đến hết quý I, tỉnh tiếp nhận 5.000 hồ sơ.', ['2024-01', 'quarter', undefined]],
    ['Từ đầu năm 2023 đến quý IV, tỉnh tiếp nhận 5.000 hồ sơ.', ['2023', 'year', undefined]],
  ])('%s → %j', (s, want) => expect(read(s)).toEqual([want]));

  it('two years that differ make no span', () => expect(read('Từ đầu năm 2022 đến hết quý II/2023, tỉnh tiếp nhận 5.000 hồ sơ.')).not.toContainEqual(['2022-01', 'half', undefined]));
});
