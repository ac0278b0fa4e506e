import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { isComparison } from '../../../scripts/ingest/period-baseline';

/** Metrics of paragraphs, as the ingest reads a page's body. */
function metricsOf(paragraphs: string[]) {
  let offset = 0;
  const segs = paragraphs.map((text) => { const s = { text, offset }; offset += text.length + 2; return s; });
  return extractMetrics(segs, { indicators: [], topics: [], fallbackTopic: 'x' });
}

const at = (s: string, year: string) => isComparison(s, { start: s.indexOf(year) });

describe('a rank kept from an earlier edition (isComparison)', () => {
  it.each([
    ['Việt Nam xếp thứ 46/132, duy trì thứ hạng năm 2022.', '2022'],
    ['Tỉnh xếp hạng 12/63, giữ nguyên vị trí như năm 2021.', '2021'],
    ['Thành phố đứng thứ 5, giữ vững thứ hạng của năm 2023.', '2023'],
  ])('%j: the kept year is no period of the rank', (s, year) => {
    expect(at(s, year)).toBe(true);
  });
  it.each([
    ['Năm 2022, tỉnh duy trì tốc độ tăng 10%.', '2022'],
    ['Nếu như năm 2019 doanh thu đạt 5 tỷ USD thì nay đã gấp đôi.', '2019'],
    ['Tỉnh duy trì thứ hạng cao trong năm 2024.', '2024'],
  ])('%j: a year that is the period stays one', (s, year) => {
    expect(at(s, year)).toBe(false);
  });
  it('the figures of an edition named with its year take that year, not the kept year', () => {
    const ms = metricsOf([
      'Tổ chức X công bố báo cáo ABC 2026. Theo đó, Việt Nam xếp hạng 40/130 quốc gia, duy trì thứ hạng năm 2025.',
      'Trụ cột thể chế tăng 2 bậc so với năm 2024, từ vị trí 60 lên 58.',
    ]);
    expect(ms.find((m) => m.text === '40/130')?.period?.iso).toBe('2026');
    expect(ms.find((m) => m.text === '2 bậc')?.period?.iso).toBe('2026');
  });
});

describe('a year compared with "cao hơn", "thấp hơn" (isComparison)', () => {
  it.each([
    ['12 huyện có điểm số cao hơn năm 2021, ba huyện giảm.', '2021'],
    ['Chỉ số của tỉnh thấp hơn năm 2020.', '2020'],
    ['Số doanh nghiệp nhiều hơn so với năm 2019.', '2019'],
  ])('%j', (s, year) => {
    expect(at(s, year)).toBe(true);
  });
  it('leaves a year after "hơn" that dates a count', () => {
    const s = 'Năm 2023 có hơn 500 doanh nghiệp.';
    expect(at(s, '2023')).toBe(false);
  });
});
