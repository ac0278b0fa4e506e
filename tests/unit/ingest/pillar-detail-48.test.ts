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

describe("a lead opening on one province's index value makes the page that province's (round 48)", () => {
  const page = 'Giá trị DTI Đà Nẵng năm 2023 đạt 0,834/1 điểm, tăng 0,0338 điểm so với năm 2022. // Các chỉ số thành phần chính vẫn xếp hạng cao, tuy nhiên hoạt động kinh tế số đạt 0,7262 điểm, lùi 5 bậc (từ 1 xuống 6).';
  it("gives its pillar items the province's series", () => {
    expect(metricOf(page, '6').indicator).toBe('dti-province-pillar-rank');
    expect(metricOf(page, '0,7262').indicator).toBe('dti-province-pillar-score');
  });
  it('not a lead on the provinces\' average or on two provinces', () => {
    expect(metricOf('Giá trị DTI trung bình cấp tỉnh năm 2023 đạt 0,6783. // Các chỉ số thành phần vẫn cao, tuy nhiên hoạt động kinh tế số đạt 0,7262 điểm, lùi 5 bậc (từ 1 xuống 6).', '6').indicator).toBeUndefined();
    expect(metricOf('Giá trị DTI Đà Nẵng năm 2023 đạt 0,834, Hải Phòng đạt 0,7. // Tuy nhiên hoạt động kinh tế số đạt 0,7262 điểm, lùi 5 bậc (từ 1 xuống 6).', '6').indicator).toBeUndefined();
  });
});
