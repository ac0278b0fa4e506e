import { describe, expect, it } from 'vitest';
import { claimOf, englishMetrics, indicatorOf, metricOf } from '../../support/metrics-of';

describe('a ranking report read as an editor reads it (round 50)', () => {
  it('a long "kể từ (khi) …" start of a move dates no rank after it', () => {
    const page = 'Năm 2024, Việt Nam xếp thứ 71/193 quốc gia. Đây là vị trí cao nhất kể từ khi bắt đầu tham gia đánh giá của Liên Hợp Quốc năm 2003. // Tại khu vực Đông Nam Á, Việt Nam xếp thứ 5/11 nước.';
    expect(claimOf(page, '5/11').period).toBe('2024');
    const move = 'Chỉ số năm 2024 (GCI) được công bố. // Theo đó, Việt Nam đã tăng 8 bậc kể từ báo cáo công bố năm 2021, vươn lên vị trí thứ 17/194 quốc gia.';
    expect(claimOf(move, '17/194').period).toBe('2024');
    expect(claimOf('Việt Nam tăng 8 bậc kể từ năm 2021, lên thứ 17/194.', '17/194').period).toBeNull();
    expect(claimOf('Từ năm 2021, Việt Nam xếp thứ 25 thế giới.', '25').period).toBe('2021'); // no move before it: the year of the result
  });
  it('"Theo đó," reads the ranking the sentence before named, for ranks only', () => {
    const gci = 'Tháng 9/2024, ITU đã công bố Chỉ số an toàn thông tin mạng toàn cầu năm 2024 (GCI). // Theo đó, Việt Nam vươn lên vị trí thứ 17/194 quốc gia và vùng lãnh thổ trên toàn thế giới, đứng thứ 4 ở khu vực châu Á - Thái Bình Dương và thứ 3 trong số các nước ASEAN về lĩnh vực an ninh mạng.';
    expect(indicatorOf(gci, '17/194')).toBe('gci-rank');
    expect(indicatorOf(gci.replace('Theo đó, ', ''), '17/194')).toBe('none');
    const company = 'Tập đoàn Viễn thông A vừa công bố báo cáo kết quả kinh doanh năm 2023. Theo đó, năm 2023, tập đoàn ghi nhận tổng doanh thu đạt 172.520 tỷ đồng.';
    expect(indicatorOf(company, '172.520')).toBe('none');
  });
  it('every value of a dated bracket after a result is a baseline, a comma between or not', () => {
    const s = 'Tỉnh đạt 73/100 điểm, xếp 25/63 tỉnh, thành phố (Năm 2022 chỉ số này là 48,38 điểm, xếp vị trí 61/63); chỉ số SIPAS đạt 79,66%, xếp vị thứ 51/63 (năm 2022 là 77,95%, thuộc nhóm C, vị thứ 48/63).';
    for (const n of ['48,38', '61/63', '77,95', '48/63']) expect(metricOf(s, n, 2024).status, n).toBe('baseline');
    expect(metricOf(s, '25/63', 2024).status).toBe('actual');
  });
  it('a share of leaders or organisations with certificates is no share of adults; one issuer\'s certificates are no national total', () => {
    expect(indicatorOf('Bộ đã cấp 407 chứng thư số cho lãnh đạo (đạt khoảng 94,7%).', '94,7')).toBe('none');
    expect(indicatorOf('Tỷ lệ dân số trưởng thành có chữ ký số đạt 35,18%.', '35,18')).toBe('digital-signature-share');
    expect(indicatorOf('Mới chỉ 13,5% người dân ở độ tuổi trưởng thành có chữ ký số.', '13,5')).toBe('digital-signature-share');
    expect(indicatorOf('Ban Cơ yếu Chính phủ đã cung cấp trên 715 nghìn chứng thư số cho các bộ, ngành, địa phương.', '715')).toBe('none');
    expect(indicatorOf('Cả nước đã cấp hơn 10,1 triệu chứng thư số.', '10,1')).toBe('digital-signatures');
  });
});

describe('the sizes and bands a count is sorted by are no claims (round 50)', () => {
  it('the bound of a band after "chỉ còn N/M … có chỉ số"', () => {
    const s = 'Có 04/08 lĩnh vực có chỉ số trên 90%; có 02/08 lĩnh vực có chỉ số đạt từ 80% đến dưới 90%; chỉ còn 02/08 lĩnh vực có chỉ số dưới 80%.';
    const texts = keptNumbers(s);
    expect(texts.filter((t) => t.endsWith('%'))).toEqual([]);
    expect(texts.filter((t) => t.includes('/08'))).toHaveLength(3);
  });
  it('the tiers a superlative is the top of ("bậc cao nhất trong 5 bậc")', () => {
    expect(keptNumbers('Việt Nam được xếp hạng bậc 1 (bậc cao nhất trong 5 bậc).')).not.toContain('5 bậc');
    expect(keptNumbers('Việt Nam tăng 5 bậc so với năm trước.')).toContain('5 bậc');
  });
});

/** The numbers the ingest keeps as metrics of a Vietnamese sentence. */
function keptNumbers(s: string): string[] {
  return englishMetrics([s], 2024, false).map((m) => m.text);
}

describe('a bracket of yearly values is no baseline bracket (round 50)', () => {
  it('"(2022 đạt 28%, 2023 đạt 19%)": the later year\'s value is a result', () => {
    const s = 'Theo báo cáo của Google, tốc độ tăng trưởng kinh tế số Việt Nam nhanh nhất Đông Nam Á trong 2 năm liên tiếp (2022 đạt 28%, 2023 đạt 19%).';
    expect(metricOf(s, '19%', 2024).status).toBe('actual');
  });
});
