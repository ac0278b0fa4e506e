/** Round 34: a single month inside a figure's subject, within the report's longer run (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import type { Period } from '../../../src/schemas/metric';
import { monthWithinRun } from '../../../scripts/ingest/period-within';

const month = (iso: string, text: string): Period => ({ iso, precision: 'month', text });
const half: Period = { iso: '2024-01', precision: 'half', text: '6 tháng đầu năm 2024' };
const quarter: Period = { iso: '2024-04', precision: 'quarter', text: 'quý II/2024' };
const year: Period = { iso: '2024', precision: 'year', text: 'năm 2024' };

describe('monthWithinRun', () => {
  it.each([
    ['Tốc độ truy cập di động tháng 4/2024 đạt 52,3 Mbps, tăng 20%.', month('2024-04', 'tháng 4/2024'), half],
    ['Chỉ số giá tiêu dùng tháng 5/2024 (theo cục thống kê) là 4,4%.', month('2024-05', 'tháng 5/2024'), quarter],
    ['Lượng giao dịch qua mã QR tháng 10/2024 đạt khoảng 300 triệu lượt.', month('2024-10', 'tháng 10/2024'), year],
  ])('%j measures one figure: the run goes on', (s, set, latest) => expect(monthWithinRun(set, latest, s)).toBe(true));
  it.each([
    ['Tháng 4/2024, tốc độ truy cập đạt 52,3 Mbps.', month('2024-04', 'tháng 4/2024'), half],
    ['Trong tháng 4/2024 doanh thu đạt 9.000 tỷ đồng.', month('2024-04', 'tháng 4/2024'), half],
    ['Ước tính tháng 4/2024, tỷ lệ hộ dùng cáp quang đạt 80%.', month('2024-04', 'tháng 4/2024'), half],
    ['Tốc độ truy cập di động tháng 9/2024 đạt 52,3 Mbps.', month('2024-09', 'tháng 9/2024'), half],
    ['Nguồn thu nổi bật tháng 3/2024 là đấu giá tần số.', month('2024-03', 'tháng 3/2024'), quarter],
  ])('%j sets the period (a frame, outside the run, or no figure)', (s, set, latest) => expect(monthWithinRun(set, latest, s)).toBe(false));
});
