/** Round 68 (session 49): a news store's label and date glued before the headline ("date 2025-11-30 Lớp Bình dân học vụ số ở Hưng Yên"):
 *  the rest of the line is the headline when it reads as one; a lead sentence or a caption after the label stays body text. The date is
 *  the page's stamp either way. Texts written for this test. */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../scripts/ingest/segment';

const body = 'TPO - Chiều 27/9, Tỉnh ủy tổ chức họp báo thông tin về Đại hội. Đây là sự kiện chính trị đặc biệt quan trọng của tỉnh.';

describe('a headline glued after a store label', () => {
  it.each([
    ['date 2025-11-30 Lớp Bình dân học vụ số ở Hưng Yên', 'Lớp Bình dân học vụ số ở Hưng Yên'],
    ['date 2023-12-06 HCM City targets GRDP growth of 7.5-8% in 2024', 'HCM City targets GRDP growth of 7.5-8% in 2024'],
    ['date 2023-10 Khai trương điểm bán sản phẩm OCOP tại bến cảng', 'Khai trương điểm bán sản phẩm OCOP tại bến cảng'],
  ])('%s', (first, title) => {
    const seg = segmentArticle(`${first}\n\n${body}`);
    expect(seg.title?.text).toBe(title);
    expect(`${first}\n\n${body}`.slice(seg.title!.offset, seg.title!.offset + title.length)).toBe(title);
  });

  it.each([
    'date 2025-12-08 Tại chợ Nghĩa Tân, thay vì chỉ ghi chép sổ tay và nộp thuế khoán như trước đây, nhiều hộ đã dùng hóa đơn điện tử.',
    'date 2025-12-26 Ảnh minh họa.',
    'date 2025-12-22 HÀ NỘI — Total revenue of the digital technology industry in 2025 was estimated at US$198 billion.',
  ])('no headline: %s', (first) => {
    const seg = segmentArticle(`${first}\n\n${body}`);
    expect(seg.title).toBeUndefined();
  });
});
