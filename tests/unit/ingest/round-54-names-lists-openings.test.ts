/**
 * Round 54 (session 37, sets HD–HJ): numbers that name, not count — a court's or procuracy's levels ("TAND 2 cấp"), a series' part
 * opening a title with no colon ("Bài 3 Giải mã …"), a house number with no "số" ("tại 215 Trung Kính") — a padded count after a
 * long item of a list of padded counts, a job fair's "chỉ tiêu tuyển dụng" (openings, no goal), and a related-links block at the
 * top of a page whose links close on "|"; on English pages, a range with thousands groups ("60,000 - 70,000", "5-10,000") and a wire's
 * "bln" and "mln"; a move's start named with its noun ("từ 112 thủ tục hành chính (TTHC) lên 559 TTHC") and a ministry named after
 * planning ("Bộ Kế hoạch và Đầu tư cho biết, …"); English: attacks "targeting" users (no goal) and goals reported done ending an aim's
 * frame. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../scripts/ingest/segment';
import { claimOf, englishMetricOf, englishMetrics, metricsOf } from '../../support/metrics-of';

const texts = (text: string, year = 2025) => metricsOf([text], year).map((m) => m.text);

describe('numbers that name', () => {
  it.each([
    ['TAND 2 cấp tỉnh Quảng Bình đã xét xử 96 phiên tòa trực tuyến.', '96'],
    ['Năm 2025, VKSND 2 cấp đã ký số 3.200 văn bản.', '3.200'],
    ['Tòa án nhân dân 2 cấp của thành phố giải quyết 1.250 vụ việc.', '1.250'],
  ])('a court or procuracy named by its levels counts nothing: %s', (text, n) => {
    expect(texts(text)).toEqual([n]);
  });

  it.each([
    ['Loạt bài chuyển đổi số: Bài 2 Những con số biết nói về 400 xã', '400'],
    ['Chuyên đề dữ liệu: Phần 4 Hạ tầng cho 120 điểm phục vụ', '120'],
  ])('a series part opening a title counts nothing: %s', (text, n) => {
    expect(texts(text)).toEqual([n]);
  });

  it('a part number before a lowercase word stays a count', () => {
    expect(texts('Tòa soạn đã đăng 3 bài viết về chuyển đổi số.')).toEqual(['3']);
  });

  it('a house number with no "số" before a street\'s name counts nothing; a count of bodies after "tại" stays', () => {
    const found = texts('Năm 2025, thành phố đặt sàn việc làm trung tâm tại 48 Lê Duẩn và mở thêm 14 sàn vệ tinh ở các quận.');
    expect(found).toContain('14');
    expect(found).not.toContain('48');
    expect(texts('Dịch vụ được triển khai tại 14 Sở Nội vụ, Tư pháp và Y tế của các tỉnh.')).toEqual(['14']);
  });
});

describe('a list of padded counts with long items', () => {
  it('reads every padded count after a long item', () => {
    const text = 'Huyện có 02 di tích được công nhận là di tích lịch sử cấp quốc gia đặc biệt của cả nước; 07 di tích cấp tỉnh đã số hóa hồ sơ.';
    expect(texts(text)).toEqual(['02', '07']);
  });

  it('a padded day after a list stays a day', () => {
    expect(texts('Trung tâm đã cấp 03 chứng thư số cho các sở, ngành; 01 tháng sau, tỉnh cấp thêm 20 chứng thư.')).not.toContain('01');
  });
});

describe('a job fair\'s openings', () => {
  it('reads the firms offering "chỉ tiêu tuyển dụng" as a result, not a goal', () => {
    expect(claimOf('Phiên giao dịch có hơn 12.000 chỉ tiêu tuyển dụng đến từ 75 doanh nghiệp, thu hút đông người lao động.', '75', 2025).status).toBe('actual');
  });

  it('a goal\'s "chỉ tiêu" still makes a goal', () => {
    expect(claimOf('Chỉ tiêu năm 2025 là 90% hồ sơ được xử lý trực tuyến.', '90%', 2025).status).toBe('target');
  });
});

describe('a related-links block at the top of a page', () => {
  const page = [
    'Tin liên quan |',
    'Hà Nội sẽ cần 80.000 lao động trong quý III/2025 |',
    'Sáng 12/8, phiên giao dịch việc làm trực tuyến kết nối năm tỉnh với hơn 9.000 vị trí tuyển dụng.',
  ].join('\n\n');

  it('drops the links closed by "|", keeps the body', () => {
    const paragraphs = segmentArticle(page).paragraphs.map((p) => p.text);
    expect(paragraphs.some((p) => p.includes('80.000'))).toBe(false);
    expect(paragraphs.some((p) => p.includes('9.000'))).toBe(true);
  });
});

describe('English ranges and wire scales', () => {
  it.each([
    ['The sector will lack about 80,000 - 90,000 engineers a year.', '80,000 - 90,000', 80000, 90000],
    ['Schools graduate 35,000-42,000 IT students each year.', '35,000-42,000', 35000, 42000],
    ['Firms need 4-10,000 chip designers a year.', '4-10,000', 4000, 10000],
  ])('reads a range with thousands groups: %s', (text, n, lo, hi) => {
    const m = englishMetricOf(text, n, 2024);
    expect([m.value, m.valueMax]).toEqual([lo, hi]);
    expect(m.unit).toBe('count');
  });

  it('keeps a low end that is no short thousand as written', () => {
    expect(englishMetricOf('Each school hosts 1-10,000 users.', '1-10,000', 2024).value).toBe(1);
  });

  it.each([
    ['The state sets aside $2 bln for the chip programme.', '2 bln', 2e9, 'USD'],
    ['The app has 45 mln users.', '45 mln', 45e6, 'count'],
  ])('reads "bln" and "mln" as scales: %s', (text, n, value, unit) => {
    const m = englishMetricOf(text, n, 2024);
    expect([m.value, m.unit]).toEqual([value, unit]);
  });
});

describe('moves and offices', () => {
  it('reads the start of a move named with its noun and an acronym as the baseline', () => {
    const text = 'Sau sắp xếp, số thủ tục của cấp xã tăng từ 98 thủ tục hành chính (TTHC) lên 412 TTHC.';
    expect(claimOf(text, '98', 2025).status).toBe('baseline');
    expect(claimOf(text, '412', 2025).status).toBe('actual');
  });

  it('reads a share after "Bộ Kế hoạch và Đầu tư cho biết" as a result', () => {
    const text = 'Bộ Kế hoạch và Đầu tư cho biết, có 61.300 gói thầu được tổ chức đấu thầu qua mạng (ĐTQM), chiếm 95,4% tổng số gói thầu.';
    expect(claimOf(text, '95,4%', 2023).status).toBe('actual');
  });
});

describe('English results among goal words', () => {
  it('reads a rise after attacks "targeting" users as a result', () => {
    const text = 'In the first half of 2024, there were 1,850 fake domains targeting bank customers, a 1.5 times increase from the same period in 2023.';
    expect(englishMetricOf(text, '1.5 times', 2024).status).toBe('actual');
    expect(englishMetricOf('The province is targeting 8% growth in 2025.', '8%', 2024).status).toBe('target');
  });

  it('ends an aim\'s frame when goals are reported done', () => {
    const page = [
      'This campaign aims to help people reach knowledge through digital technology.',
      'A wide range of activities and programs',
      'According to the report, Binh Phuoc has completed many specific targets. In particular, 100% of cadres in the province have digital skills.',
    ];
    expect(englishMetrics(page, 2025).map((m) => m.status)).toEqual(['actual']);
  });
});
