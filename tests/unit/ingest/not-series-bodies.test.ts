/** One kind of body in a list of counts of other kinds (round 13 forms, written for the test): a part, no series. */
import { describe, expect, it } from 'vitest';
import { isBodyListPart } from '../../../scripts/ingest/not-series';
import { metricOf } from '../../support/metrics-of';

/** The span of the number written `n` in `s`. */
const spanOf = (s: string, n: string) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length });

describe('isBodyListPart', () => {
  it.each([
    ['Hệ thống đã kết nối với 18 bộ, ngành, 60 địa phương và 5 doanh nghiệp.', '18'],
    ['Hệ thống đã kết nối với 18 bộ, ngành, 60 địa phương và 5 doanh nghiệp.', '60'],
    ['Hệ thống đã kết nối với 18 bộ, ngành, 60 địa phương và 5 doanh nghiệp.', '5'],
    ['Đã tích hợp 20 cơ quan trung ương, 3 tổ chức và 34/34 tỉnh.', '34/34'],
  ])('%s → %s', (s, n) => expect(isBodyListPart(s, spanOf(s, n))).toBe(true));

  it.each([
    ['Cả 63/63 tỉnh đã kết nối với cơ sở dữ liệu.', '63/63'],
    ['Đã có 96 bộ, ngành, địa phương (33 bộ, ngành và 63 tỉnh) hoàn thành.', '96'],
    ['Đã kết nối 12 bộ, ngành và 10 bộ khác.', '12'],
    ['Năm 2024 có 70.000 doanh nghiệp công nghệ số, tăng 5.000 doanh nghiệp.', '70.000'],
  ])('not: %s → %s', (s, n) => expect(isBodyListPart(s, spanOf(s, n))).toBe(false));
});

describe('through the metric stage', () => {
  const s = 'Cơ sở dữ liệu quốc gia về dân cư đã kết nối với 18 bộ, ngành, 60 địa phương và 5 doanh nghiệp.';
  it('each part takes no series', () => {
    expect(metricOf(s, '18', 2025).indicator).toBeUndefined();
    expect(metricOf(s, '60', 2025).indicator).toBeUndefined();
  });
  it('the whole count keeps it', () => {
    expect(metricOf('Cả 63/63 tỉnh đã kết nối với Cơ sở dữ liệu quốc gia về dân cư.', '63/63', 2025).indicator).toBe('residents-data-connection');
  });
});

describe('a list of two groups keeps each group\'s value', () => {
  it.each([
    ['Đã kết nối 19/21 bộ, cơ quan ngang bộ và 63/63 tỉnh, thành phố.', '19/21'],
    ['Đã kết nối 19/21 bộ, cơ quan ngang bộ và 63/63 tỉnh, thành phố.', '63/63'],
  ])('not: %s → %s', (s, n) => expect(isBodyListPart(s, spanOf(s, n))).toBe(false));
});
