import { describe, expect, it } from 'vitest';
import { chromeLines, isBreadcrumb, isPageChrome, isPager, isToolbarLine } from '../../../scripts/ingest/page-chrome';

describe('isBreadcrumb', () => {
  it.each(['Trang chủ » Kinh tế » Chuyển đổi số', 'Home > Tin tức > Công nghệ', 'Xã hội › Giáo dục', 'Kinh tế số / Thương mại điện tử', 'Tin tức»Sự kiện'])(
    'a section path is a breadcrumb: %s',
    (s) => expect(isBreadcrumb(s)).toBe(true),
  );
  it.each([
    'Quý I/2024 doanh thu tăng 12%',
    'Hà Nội / TP.HCM dẫn đầu về chỉ số số hóa',
    'Doanh nghiệp số > 70.000 đơn vị',
    'Chuyển đổi số',
    'Vì sao người dân chưa dùng dịch vụ công trực tuyến mức độ cao nhất ở nhiều xã vùng cao / miền núi phía Bắc hiện nay',
  ])('a headline or a single label is not: %s', (s) => expect(isBreadcrumb(s)).toBe(false));
});

describe('isToolbarLine', () => {
  it.each([
    'Cỡ chữ: A- A A+ | In bài | Chia sẻ 12',
    'Thích 40 | Lượt đọc: 2.515 | 3 bình luận',
    'Font size: 12 14 16',
    'A- A A+',
    'Bình luận (5) · Chia sẻ · Lưu',
    'Đánh giá bài viết: 4,2/5 (31 lượt)',
    'In bài viết - Gửi email - Zalo - Facebook',
    'Số lượt xem: 2048',
    'Trả lời - Thích (7)',
    'Xem cỡ chữ', // round 36
    'Chọn cỡ chữ: A A+',
  ])('a line of actions, reader counters or a rating is a toolbar: %s', (s) => expect(isToolbarLine(s)).toBe(true));
  it.each([
    'Chia sẻ tại hội thảo, ông Nam cho biết 40% doanh nghiệp đã dùng hóa đơn điện tử.',
    'Đánh giá của Bộ cho thấy 12 tỉnh đạt điểm 4,2/5',
    'Có 250 ý kiến góp ý dự thảo luật',
    'In 2024, Vietnam had 78 million internet users',
  ])('a sentence with such words is not: %s', (s) => expect(isToolbarLine(s)).toBe(false));
});

describe('isPageChrome', () => {
  it.each(['Nghe bài viết 00:00 / 04:05', 'Nghe đọc bài', '00:00 / 02:31', 'Tải ứng dụng Báo Nhân Dân trên App Store', 'Theo dõi báo tỉnh trên Google News'])(
    'a player, a promotion: %s',
    (s) => expect(isPageChrome(s)).toBe(true),
  );
  it.each(['Người dân tải ứng dụng VNeID tăng 30% trong tháng 5.', 'Nghe tin vui, 200 hộ dân đã đăng ký', 'Lúc 10:30 sáng nay, hệ thống hoạt động lại'])(
    'article text is not: %s',
    (s) => expect(isPageChrome(s)).toBe(false),
  );
});

describe('isPager', () => {
  it.each(['Trang 1 2 3 Tiếp »', '« Trước 1 2 3 4 Sau »', '1 2 3 … 12', '2 3'])('page numbers counting up are a pager: %s', (s) =>
    expect(isPager(s)).toBe(true));
  it.each(['Trang 5', '3 2 1', '12 345', 'Top 10 20 30 doanh nghiệp', '2023 2024'])('a single number, a countdown or words are not: %s', (s) =>
    expect(isPager(s)).toBe(false));
});

describe('isPageChrome: reading time and ids', () => {
  it.each(['Thời gian đọc: 6 phút', '3 phút đọc', 'Mã bài: 90817', 'ID: 55120'])('%s is chrome', (s) => expect(isPageChrome(s)).toBe(true));
  it.each(['Thủ tục chỉ mất 6 phút', 'Mã số thuế của 90% hộ kinh doanh đã được cập nhật'])('%s is not', (s) => expect(isPageChrome(s)).toBe(false));
});

describe('chromeLines: a visit counter', () => {
  const lines = ['Thống kê truy cập', 'Hôm nay:', '27', 'Tất cả: 90.412', 'Tháng này:', 'Báo cáo quý III', 'Năm nay:', 'Tỉnh có 12 xã đạt chuẩn.'];
  it('a heading is one line, a label and its bare number two, a filled label one', () => {
    expect([0, 1, 3].map((k) => chromeLines(lines, k))).toEqual([1, 2, 1]);
  });
  it('a bare total is no visit counter', () => {
    expect(chromeLines(['Tổng:', '1.250', 'Tổng số lượt truy cập:', '77.310'], 0)).toBe(0);
    expect(chromeLines(['Tổng:', '1.250', 'Tổng số lượt truy cập:', '77.310'], 2)).toBe(2);
  });
  it('a label whose next line is text is one line; article text is none', () => {
    expect([4, 5, 7].map((k) => chromeLines(lines, k))).toEqual([1, 0, 0]);
  });
});

describe('round 35: a document viewer\'s page line', () => {
  it.each(['You are on page 1of 92', 'Page 3 of 10', 'Trang 2/15', 'Trang 2 trên 15'])('%j is chrome', (s) => expect(isPageChrome(s)).toBe(true));
  it.each(['Trang 2 của báo cáo nêu 15 nhiệm vụ', 'Page views grew to 10 million'])('%j is text', (s) => expect(isPageChrome(s)).toBe(false));
});

describe('round 35: an outlet\'s hotline over the headline', () => {
  it('is one line of chrome', () => {
    expect(chromeLines(['Đường dây nóng: 0123 4567890', 'Tiêu đề bài viết'], 0)).toBe(1);
    expect(chromeLines(['Tiêu đề bài viết', 'Đường dây nóng: 0123 4567890'], 0)).toBe(0);
  });
});

describe('round 36: a site\'s language switch', () => {
  it.each(['Tiếng Việt | English', 'VN | EN', 'English - Tiếng Việt - 中文'])('%s is chrome', (s) => expect(chromeLines([s, 'Tỉnh có 12 xã số.'], 0)).toBe(1));
  it.each(['Tiếng Việt cho người dân tộc', 'English 12 lớp'])('%s is not', (s) => expect(chromeLines([s, 'Tỉnh có 12 xã số.'], 0)).toBe(0));
});
