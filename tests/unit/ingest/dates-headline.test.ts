import { describe, expect, it } from 'vitest';
import { findArticleDate } from '../../../scripts/ingest/dates';
import { headlineDate, inlineStampDate } from '../../../scripts/ingest/dates-article';

describe('headlineDate: the outlet dateline closing the headline line', () => {
  it.each([
    ['Tỉnh Nam Định công bố kế hoạch chuyển đổi số năm 2027 15/03/2027 08:45', '2027-03-15'],
    ['Đến 2035, mọi xã có trạm 5G 21/11/2025 7:05', '2025-11-21'],
    ['Ngân hàng số tăng trưởng mạnh | 09:30 02-06-2024', '2024-06-02'],
    ['Hội thảo về dữ liệu mở – 30/9/2023 16:20', '2023-09-30'],
  ])('reads %s', (title, iso) => {
    expect(headlineDate(title)?.iso).toBe(iso);
  });

  it.each([
    'Triển khai Quyết định ngày 5/3/2024 của Thủ tướng',
    'Công bố chỉ số ngày 12/6/2025 tại Hà Nội',
    'Đà Nẵng 10/10/2024 08:00 khai mạc tuần lễ số',
    'Lễ ký kết ký ngày 04/02/2026 13:00',
    '04/02/2026 13:00',
    'Nhìn lại chặng đường 2020-2025',
  ])('leaves %s alone', (title) => {
    expect(headlineDate(title)).toBeUndefined();
  });

  it('dates a page whose headline line ends with the dateline', () => {
    const found = findArticleDate({ title: 'Mục tiêu mới của ngành viễn thông 18/08/2026 10:15', paragraphs: ['(ABC) - Bộ vừa ban hành kế hoạch mới.'] });
    expect(found).toMatchObject({ iso: '2026-08-18', precision: 'day', source: 'text' });
  });

  it('keeps a separate dateline first', () => {
    const found = findArticleDate({ dateline: '01/01/2026', title: 'Tiêu đề 18/08/2026 10:15', paragraphs: ['Nội dung.'] });
    expect(found?.iso).toBe('2026-01-01');
  });
});

describe('findArticleDate: a lead line or sentence that is no dateline (round 31f)', () => {
  it('a byline line closing on the date and time dates the page', () => {
    const paragraphs = ['Công nghệ', 'Đánh giá hạ tầng dữ liệu của các tỉnh', 'TS. Lê Văn C, ThS. Phạm Thị D - Viện Chiến lược Thông tin và Truyền thông 21/08/2024 10:15', 'Bài viết phân tích số liệu.'];
    expect(findArticleDate({ paragraphs })?.iso).toBe('2024-08-21');
  });
  it.each([
    ['Trước đó, ngày 3/5/2024, sở đã khai trương cổng dữ liệu.'],
    ['Mới đây, ngày 12/9/2023, tỉnh ký kết hợp tác với tập đoàn.'],
    ['Theo đó, ngày 20/2/2025, hệ thống chính thức vận hành.'],
    ['Theo UBND tỉnh Phú Yên, ngày 14/8/2023, Chủ tịch UBND tỉnh ký ban hành Kế hoạch số 77/KH-UBND.'], // round 36: an attribution
    ['Theo Sở TT&TT, ngày 2/3/2024, sở đã khai trương nền tảng.'],
    ['Thực hiện kế hoạch này, ngày 21/4/2022, Tổng cục Thuế đã tổ chức lễ kích hoạt hệ thống.'], // round 52: a phrase going on from before
    ['Trên cơ sở quan điểm đó, ngày 05/8/2022, UBND tỉnh ban hành Đề án chuyển đổi số.'],
    ['Căn cứ kết quả khảo sát, ngày 9/10/2023, sở công bố bộ chỉ số.'],
  ])('a date after linking words is the event\'s: %s', (lead) => {
    expect(findArticleDate({ paragraphs: ['Bệnh viện triển khai bệnh án điện tử cho mọi khoa.', lead] })).toBeNull();
  });
  it.each([
    ['Hải Phòng, ngày 7/6/2024 - Thành phố tổng kết chuyển đổi số.', '2024-06-07'],
    ['Bà Rịa - Vũng Tàu, ngày 3/4/2024 - Tỉnh tổng kết chuyển đổi số.', '2024-04-03'],
  ])('a place before the date still dates the page: %s', (lead, iso) => {
    expect(findArticleDate({ paragraphs: [lead] })?.iso).toBe(iso);
  });
});

describe('round 38: a byline stamp run into the first line', () => {
  it('"… quêMinh Anh • 14/03/2025 08:40Chỉ với …" dates the page', () => {
    const first = 'Xã hộiTiểu thương dùng ví điện tử ở phiên chợ quêMinh Anh • 14/03/2025 08:40Chỉ với một chiếc điện thoại, khách mua hàng ngày 20/3/2025 …';
    expect(inlineStampDate(first)?.iso).toBe('2025-03-14');
    expect(findArticleDate({ paragraphs: [first] })?.iso).toBe('2025-03-14');
  });
  it('not a date the prose names, even with a time, nor one past the first 300 characters', () => {
    expect(inlineStampDate('Hội nghị khai mạc lúc 08:30 ngày 14/03/2025 tại Hà Nội.')).toBeUndefined();
    expect(inlineStampDate(`${'x'.repeat(320)} • 14/03/2025 08:40`)).toBeUndefined();
  });
});
