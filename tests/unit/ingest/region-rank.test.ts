/** Round 40: a rank among one region's provinces is no national ranking's place. Sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { ranksInRegion } from '../../../scripts/ingest/region-rank';
import { indicatorOf } from '../../support/metrics-of';

describe('ranksInRegion', () => {
  it('reads a region of Viet Nam named after the rank', () => {
    expect(ranksInRegion(' khu vực tây nguyên', '')).toBe(true);
    expect(ranksInRegion(' trong vùng đồng bằng sông cửu long', '')).toBe(true);
    expect(ranksInRegion('/14 tỉnh vùng trung du', '')).toBe(false); // a field of 14 provinces: the words after "/14" are not a region phrase
    expect(ranksInRegion(' trong khu vực, sau đà nẵng', 'tỉnh xếp thứ 2 trong khu vực, sau đà nẵng, và dẫn đầu miền trung')).toBe(true);
  });
  it('not a region abroad, nor the whole country', () => {
    expect(ranksInRegion(' khu vực đông nam á', '')).toBe(false);
    expect(ranksInRegion(' trong khu vực', 'việt nam xếp thứ 5 trong khu vực asean')).toBe(false);
    expect(ranksInRegion(' cả nước', '')).toBe(false);
  });
  it('round 57: "của <region>" with no "khu vực", and a short name (ĐBSCL)', () => {
    expect(ranksInRegion(' của bắc trung bộ (sau huế)', '')).toBe(true);
    expect(ranksInRegion(' khu vực đbscl', '')).toBe(true);
    expect(ranksInRegion(' của tỉnh', '')).toBe(false);
  });
  it('round 57: the region named before the rank in its clause, unless "cả nước" or a bracket comes between', () => {
    expect(ranksInRegion(', chỉ sau', '', 'so với khu vực đbscl, tỉnh xếp ở vị trí thứ ')).toBe(true);
    expect(ranksInRegion(')', '', 'so với khu vực đbscl, tỉnh xếp ở vị trí thứ 3, chỉ sau long an (hạng ')).toBe(false);
    expect(ranksInRegion('/63', '', 'trong vùng tây nguyên có 2 tỉnh tăng hạng, còn cả nước tỉnh xếp thứ ')).toBe(false);
    expect(ranksInRegion('/63 tỉnh', '', 'tại vùng đbscl, tỉnh có chỉ số dti năm 2023 xếp thứ ')).toBe(false); // out of all 63: a national place
    expect(ranksInRegion(' trong khu vực', '', 'tại vùng đbscl, tỉnh xếp thứ ')).toBe(true);
  });
});

describe('round 57: ranks placed in a region before or after, written for the test', () => {
  it('leaves them without a series and keeps the national rank', () => {
    const s = 'Chỉ số PAR Index năm 2024 của tỉnh đạt 88,2 điểm, đứng thứ 12 cả nước và thứ 2 của Nam Trung Bộ.';
    expect(indicatorOf(s, '12', 2025)).toBe('par-index-province-rank');
    expect(indicatorOf(s, '2', 2025)).toBe('none');
    expect(indicatorOf('Về Chỉ số PAR Index năm 2024, so với khu vực ĐBSCL, tỉnh xếp ở vị trí thứ 4, sau Long An.', '4', 2025)).toBe('none');
  });
});

describe('a province\'s DTI rank beside its regional rank', () => {
  const s = 'Năm 2023, tỉnh Gia Lai đạt 0,41 điểm chuyển đổi số, xếp thứ 38 trong cả nước và xếp thứ 3 khu vực Tây Nguyên.';
  it('keeps the national rank and leaves the regional one without a series', () => {
    expect(indicatorOf(s, '38', 2024)).toBe('dti-province-rank');
    expect(indicatorOf(s, '3', 2024)).toBe('none');
  });
});
