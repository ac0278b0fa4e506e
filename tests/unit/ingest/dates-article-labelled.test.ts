/** Session 47: a page's stored date labelled "date" opening its first line is its date, at its precision (`dates-article.ts`). */
import { describe, expect, it } from 'vitest';
import { findArticleDate } from '../../../scripts/ingest/dates-article';

describe('findArticleDate: a stored date labelled "date"', () => {
  it.each([
    [{ paragraphs: ['date 2025-12-09 Khi thương mại điện tử bước sang giai đoạn mới, các doanh nghiệp điều chỉnh chiến lược.'] }, { iso: '2025-12-09', precision: 'day' }],
    [{ title: 'date 2025-08-30 Hà Nội nhận 100% hồ sơ đất đai trực tuyến', paragraphs: ['Từ 3/9, Hà Nội tiếp nhận hồ sơ trực tuyến.'] }, { iso: '2025-08-30', precision: 'day' }],
    [{ paragraphs: ['date 2023-05 Tin liên quan Chỉ số thương mại điện tử tăng 2 bậc'] }, { iso: '2023-05', precision: 'month' }],
  ])('%#', (input, want) => expect(findArticleDate(input)).toMatchObject({ ...want, source: 'text' }));
  it.each([
    { paragraphs: ['date 2025-02-30 Một ngày không có thật.'] },
    { paragraphs: ['Cập nhật date 2025-12-09 ở giữa câu không phải dòng ngày.'] },
  ])('no date: %#', (input) => expect(findArticleDate(input)).toBeNull());
});

describe('findArticleDate: a labelled date on the text\'s first line, a caption', () => {
  it('dates the page from `head` when the line is no paragraph', () =>
    expect(findArticleDate({ head: 'date 2023-10 Khai trương điểm bán sản phẩm OCOP Ảnh: Nam Long', paragraphs: ['Vĩnh Long có 98 sản phẩm OCOP.'] }))
      .toMatchObject({ iso: '2023-10', precision: 'month', source: 'text' }));
});
