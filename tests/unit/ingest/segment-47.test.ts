/** Round 47 (set DH): a first line that reports a day ("Ngày 19-6-2024, …") with no final period is a caption or a
 * lead cut short, never a headline. Lines written for this test. */
import { describe, expect, it } from 'vitest';
import { isDatedLead, isSectionLabel } from '../../../scripts/ingest/headline-line';
import { isTitleLike, segmentArticle } from '../../../scripts/ingest/segment';

describe('isDatedLead: a time of day and a day of a month, then a comma', () => {
  it.each([
    'Ngày 3-5-2023, Chủ tịch UBND tỉnh đã ký quyết định công bố danh mục thủ tục hành chính trực tuyến',
    'Sáng 12/8, Sở Khoa học và Công nghệ tổ chức hội nghị sơ kết',
    'Chiều 30.11.2024, đoàn công tác làm việc với huyện về chuyển đổi số',
    'Tối 2/9 , người dân xem bắn pháo hoa qua ứng dụng',
  ])('%s', (line) => {
    expect(isDatedLead(line)).toBe(true);
    expect(isTitleLike(line)).toBe(false);
  });
  it.each([
    'Ngày hội chuyển đổi số tỉnh năm 2024 thu hút hàng nghìn lượt khách',
    'Sáng tạo trong cải cách hành chính: 95% hồ sơ trực tuyến',
    'Ngày 1/7: chính thức vận hành chính quyền hai cấp',
    'Chiều nay khai mạc triển lãm công nghệ số',
  ])('%s is not', (line) => expect(isDatedLead(line)).toBe(false));
  it('a page opening on a dated caption reads no headline from it', () => {
    const page = 'Ngày 3-5-2023, Chủ tịch UBND tỉnh đã ký quyết định công bố danh mục thủ tục hành chính trực tuyến\n\nNgày 15-5, Sở Tư pháp cho biết, toàn tỉnh đã tiếp nhận 12.400 hồ sơ trực tuyến, tăng 18% so với cùng kỳ.';
    expect(segmentArticle(page).title).toBeUndefined();
  });
});

describe('a section label printed in capitals over the headline (round 47)', () => {
  it.each(['CHUYỂN ĐỔI SỐ', 'KINH TẾ SỐ', 'XÃ HỘI'])('%s is a section label', (l) => expect(isSectionLabel(l)).toBe(true));
  it.each(['ĐỒNG NAI ĐẨY MẠNH CHUYỂN ĐỔI SỐ TRONG NĂM 2024', 'Chuyển đổi số cấp xã'])('%s is not', (l) => expect(isSectionLabel(l)).toBe(false));
  it('the line under it is the headline', () => {
    const page = 'CHUYỂN ĐỔI SỐ\n\nCà Mau đang trên đà chuyển đổi số mạnh mẽ\n\nLãnh đạo tỉnh thăm gian hàng công nghệ tại hội chợ.\n\nNhững năm gần đây, chuyển đổi số đã trở thành ưu tiên của tỉnh Cà Mau.';
    expect(segmentArticle(page).title?.text).toBe('Cà Mau đang trên đà chuyển đổi số mạnh mẽ');
  });
});
