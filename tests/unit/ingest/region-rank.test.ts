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
});

describe('a province\'s DTI rank beside its regional rank', () => {
  const s = 'Năm 2023, tỉnh Gia Lai đạt 0,41 điểm chuyển đổi số, xếp thứ 38 trong cả nước và xếp thứ 3 khu vực Tây Nguyên.';
  it('keeps the national rank and leaves the regional one without a series', () => {
    expect(indicatorOf(s, '38', 2024)).toBe('dti-province-rank');
    expect(indicatorOf(s, '3', 2024)).toBe('none');
  });
});
