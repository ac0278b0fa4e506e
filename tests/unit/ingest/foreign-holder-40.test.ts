/**
 * Round 40: figures of another country told as a place set before the clause ("ví dụ tại Hàn Quốc, thương mại điện tử tăng …") or as
 * the end of a move whose holder is another country ("quy mô kinh tế số của Nhật Bản tăng từ 9% năm 2010 lên 20%"). Sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { isForeignFigure } from '../../../scripts/ingest/foreign-holder';
import { indicatorOf } from '../../support/metrics-of';

const at = (s: string, n: string) => s.indexOf(n);

describe('a place abroad set before the clause', () => {
  const s = 'Ở các nền kinh tế lớn, ví dụ tại Hàn Quốc, thương mại điện tử tăng bình quân 5,8% mỗi năm.';
  it('makes the figure that country\'s', () => {
    expect(isForeignFigure(s, at(s, '5,8%'), 'thương mại điện tử tăng bình quân ')).toBe(true);
    expect(indicatorOf(s, '5,8%')).toBe('none');
  });
  it('not when the clause turns to Viet Nam after it', () => {
    const vn = 'Tại Nhật Bản, con số này còn cao hơn, còn ở Việt Nam, kinh tế số tăng trưởng khoảng 20% mỗi năm.';
    expect(isForeignFigure(vn, at(vn, '20%'), 'kinh tế số tăng trưởng khoảng ')).toBe(false);
  });
});

describe('the end of a move whose holder is another country', () => {
  it('is that country\'s', () => {
    const s = 'Theo một nghiên cứu, quy mô kinh tế số của Nhật Bản đã tăng từ 9% GDP năm 2010 lên 20% năm 2020.';
    expect(isForeignFigure(s, at(s, '20%'), 'gdp năm 2010 lên ')).toBe(true);
    expect(indicatorOf(s, '20%')).toBe('none');
  });
  it('not when Viet Nam moves past another country', () => {
    const s = 'Theo một nghiên cứu, quy mô kinh tế số Việt Nam đã tăng từ 5% GDP năm 2018 lên 12% vào năm 2022, vượt Thái Lan.';
    expect(isForeignFigure(s, at(s, '12%'), 'gdp năm 2018 lên ')).toBe(false);
  });
});
