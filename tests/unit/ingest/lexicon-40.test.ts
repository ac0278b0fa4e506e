/**
 * Round 40: a paragraph that opens on a measure alone ("Tốc độ tăng qua các năm lần lượt là: …", "Tỷ trọng …") measures the
 * subject of the paragraph before's last sentence; a paragraph that names its own subject does not. Paragraphs are split at
 * " // "; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

const BEFORE = 'Năm 2023, xuất khẩu điện thoại và linh kiện đạt 52 tỷ USD, đứng đầu các nhóm hàng.';

describe('a paragraph opening on a measure alone', () => {
  it('reads the series of the paragraph before for each year of its list', () => {
    const text = `${BEFORE} // Tốc độ tăng qua các năm lần lượt là: năm 2021 tăng 9,2%; năm 2022 tăng 10,1%; năm 2023 tăng 1,5%.`;
    expect(indicatorOf(text, '9,2%')).toBe('phone-exports-growth');
    expect(indicatorOf(text, '10,1%')).toBe('phone-exports-growth');
  });
  it('not when the paragraph names a subject of its own', () => {
    const text = `${BEFORE} // Tăng trưởng doanh thu bán lẻ trực tuyến năm 2023 là 25%.`;
    expect(indicatorOf(text, '25%')).toBe('ecommerce-growth');
  });
  it('not when the paragraph opens on something else than a measure', () => {
    const text = 'Năm 2023, doanh thu bán lẻ trực tuyến chiếm 8% tổng mức bán lẻ hàng hóa. // 100% bộ, ngành, địa phương ban hành kế hoạch.';
    expect(indicatorOf(text, '100%')).toBe('none');
  });
});

describe('an amount put "vào tổng" (into the total of) something', () => {
  const s = 'Năm 2023, bán lẻ trực tuyến của Việt Nam mang về 16 tỷ USD vào tổng giá trị nền kinh tế số.';
  it('is a part of that whole, read by its own series', () => {
    expect(indicatorOf(s, '16 tỷ USD', 2024)).toBe('ecommerce-revenue');
  });
  it('a share of the total still reads the whole after it', () => {
    expect(indicatorOf('Năm 2023, thương mại điện tử chiếm 8% vào tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng.', '8%', 2024)).toBe('ecommerce-retail-share');
  });
});

describe('an index\'s total score named only as such (round 46)', () => {
  const LEAD = 'Chỉ số An toàn thông tin mạng toàn cầu (GCI) 2024 do Liên minh Viễn thông Quốc tế công bố mới đây. // Báo cáo chỉ ra các quốc gia đang tăng cường nỗ lực bảo đảm an toàn trên không gian mạng. // Các nước được xếp thành 5 nhóm, trong đó nhóm 1 là nhóm cao nhất, gồm 46 nước.';
  it('reads the index the page leads with, as a bare rank does', () => {
    expect(indicatorOf(`${LEAD} // Việt Nam nằm trong nhóm 1 với tổng điểm 98,5, trong đó 4 tiêu chí đạt tối đa 20 điểm.`, '98,5')).toBe('gci-score');
  });
  it('not a score that names no total', () => {
    expect(indicatorOf(`${LEAD} // Tiêu chí phát triển năng lực đạt 18,5 điểm.`, '18,5')).toBe('none');
  });
});
