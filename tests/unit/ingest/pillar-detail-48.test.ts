import { describe, expect, it } from 'vitest';
import { isIndexValue } from '../../../scripts/ingest/number-context';
import { isComparison } from '../../../scripts/ingest/period-baseline';
import { indicatorOf, metricOf } from '../../support/metrics-of';

describe("a province's pillar ranks given in detail (round 48)", () => {
  const page = 'Chuyển đổi số là khâu then chốt để phát triển kinh tế xanh tại TP Hải Phòng. // Nằm trong tốp 10 bảng xếp hạng Chỉ số chuyển đổi số cấp tỉnh // Bộ Thông tin và Truyền thông vừa công bố đánh giá và xếp hạng chuyển đổi số quốc gia năm 2023. Theo đó, TP Hải Phòng đã vươn lên đứng vị trí thứ 8 cả nước trong xếp hạng Chỉ số chuyển đổi số cấp tỉnh. // Cụ thể, chính quyền số xếp hạng 28 (0,7684) bằng xếp hạng năm 2022.';
  it("reads a rank's score in its bracket as an index", () => {
    expect(isIndexValue('chính quyền số xếp hạng 28 (', 0.7684)).toBe(true);
    expect(isIndexValue('có 28 (', 0.5)).toBe(false);
    expect(metricOf(page, '0,7684')).toMatchObject({ unit: 'index' });
  });
  it('reads "bằng xếp hạng năm 2022" as a comparison, not the period', () => {
    const s = 'Cụ thể, chính quyền số xếp hạng 28 (0,7684) bằng xếp hạng năm 2022.';
    expect(isComparison(s, { start: s.indexOf('năm 2022') })).toBe(true);
    expect(metricOf(page, '28').period).toMatchObject({ iso: '2023' });
  });
  it('gives the detail the province the sentence before names', () => {
    expect(metricOf(page, '28').indicator).toBe('dti-province-pillar-rank');
    expect(metricOf(page, '0,7684').indicator).toBe('dti-province-pillar-score');
    expect(indicatorOf('Cả nước có 63 tỉnh được đánh giá. // Cụ thể, chính quyền số xếp hạng 28.', '28', 2023)).toBe('none');
  });
  it('and to every sentence of a paragraph of details, the province ranked "cả nước" still the owner', () => {
    const more = `${page} Kinh tế số xếp hạng 9 (0,7793) tăng 3 bậc so năm 2022.`;
    expect(metricOf(more, '9').indicator).toBe('dti-province-pillar-rank');
    expect(metricOf(more, '0,7793').indicator).toBe('dti-province-pillar-score');
  });
});
