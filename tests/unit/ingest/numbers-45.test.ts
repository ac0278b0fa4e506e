/**
 * Round 45 (sets CX and CY's first reads): numbers that are positions, days, names or hours, and the months a report's tasks are
 * for; sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { englishMetrics } from '../../support/metrics-of';

const read = (s: string) => findNumbers(s).map((n) => [n.text, n.unit]);

describe('numbers', () => {
  it('a position written with a leading zero ("xếp hạng 01/63")', () => {
    expect(read('Tỉnh Long An được xếp hạng 02/63 tỉnh, thành phố.')).toEqual([['02/63', 'rank']]);
    expect(read('Tỉnh đứng thứ 03/34 cả nước.')).toEqual([['03/34', 'rank']]);
    expect(read('Theo Quyết định số 05/2023, …')).toEqual([]);
  });
  it('"ngày 1/7" in a ranking\'s sentence is a day', () => {
    expect(read('Tỉnh đứng thứ 6 cả nước về số hồ sơ tiếp nhận trong ngày 1/7.')).toEqual([['6', 'rank']]);
    expect(read('Tỉnh đứng thứ 5/12 trong khu vực.')).toEqual([['5/12', 'rank']]);
  });
  it('"Bộ chỉ số 766" is a name', () => {
    expect(read('Huyện thực hiện Bộ chỉ số 766 đạt 81,2 điểm.')).toEqual([['81,2 điểm', 'points']]);
  });
  it('"24/24" and "24/7" of a service\'s hours are no counts; "24/24 xã" is one', () => {
    expect(read('Ki-ốt trả kết quả 24/24 mà không cần cán bộ.')).toEqual([]);
    expect(read('Tổng đài hoạt động 24/7, phục vụ người dân.')).toEqual([]);
    expect(read('Có 24/24 xã đã hoàn thành.')).toEqual([['24/24', 'count']]);
  });
});

describe('the months left of a year a report\'s tasks are for set no period', () => {
  const lead = 'Trong báo cáo kết quả 9 tháng đầu năm 2025 và nhiệm vụ trọng tâm những tháng cuối năm 2025, Bộ Nội vụ cho biết nhiều kết quả.';
  it('the results after it take the span reported', () => {
    const m = new Map(englishMetrics([lead, 'Trên cơ sở đó, 30/34 địa phương đã thành lập 2.900 trung tâm.'], undefined, false).map((x) => [x.text, x]));
    expect(m.get('2.900')?.period).toMatchObject({ iso: '2025-01', precision: 'month', isoEnd: '2025-09' });
  });
  it('a plan for the last months alone keeps its year for the goals after it', () => {
    const m = new Map(englishMetrics(['Kế hoạch được đẩy nhanh trong các tháng cuối năm 2025. Đến cuối năm, các nhà mạng dự kiến hoàn thành 18.000 trạm.'], undefined, false).map((x) => [x.text, x]));
    expect(m.get('18.000')?.period?.iso).toBe('2025');
  });
});
