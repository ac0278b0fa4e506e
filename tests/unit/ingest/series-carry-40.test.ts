/**
 * Round 40: a series' excluded words (`without`) that stand inside one of its own concept phrases do not stop the carry
 * ("máy tính và linh kiện" is excluded beside phones, but is part of "điện tử, máy tính và linh kiện"), as the matcher
 * reads them (`scoreOne`). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('a series carried through a bracketed list of years', () => {
  const share = 'Năm 2014, xuất khẩu điện tử, máy tính và linh kiện chỉ chiếm 8,1% tổng kim ngạch xuất khẩu, đến năm 2016 tỷ trọng đã lên 10,2% và từ đó luôn ở mức trên 10% (2017 chiếm 11,6%; 2018 chiếm 12,3%).';
  it('keeps the electronics share for each later year', () => {
    expect(indicatorOf(share, '11,6%')).toBe('electronics-exports-share');
    expect(indicatorOf(share, '12,3%')).toBe('electronics-exports-share');
  });
  it('still stops at an excluded word outside its concepts (the FDI sector\'s share)', () => {
    const fdi = 'Năm 2014, xuất khẩu điện tử, máy tính và linh kiện chỉ chiếm 8,1% tổng kim ngạch xuất khẩu của khối FDI, đến năm 2016 tỷ trọng đã lên 10,2% và từ đó luôn ở mức trên 10% (2017 chiếm 11,6%; 2018 chiếm 12,3%).';
    expect(indicatorOf(fdi, '12,3%')).toBe('none');
  });
});

describe('a score continues the score of the sentence before, past the rank read after it', () => {
  const text = 'Năm 2021, chỉ số chuyển đổi số của tỉnh Gia Lai đạt 0,38 điểm, xếp thứ 40 trong cả nước. Đặc biệt, bước sang năm 2022, Gia Lai đạt 0,47 điểm, vươn lên xếp thứ 33 trong cả nước.';
  it('the second year\'s score is the province\'s DTI score, its rank the DTI rank', () => {
    expect(indicatorOf(text, '0,47', 2023)).toBe('dti-province-score');
    expect(indicatorOf(text, '33', 2023)).toBe('dti-province-rank');
  });
  it('a sentence that names a subject of its own does not continue it', () => {
    const other = 'Năm 2021, chỉ số chuyển đổi số của tỉnh Gia Lai đạt 0,38 điểm, xếp thứ 40 trong cả nước. Năm 2022, chỉ số hài lòng của người dân Gia Lai đạt 0,47 điểm.';
    expect(indicatorOf(other, '0,47', 2023)).toBe('none');
  });
});
