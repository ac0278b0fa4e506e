/** Round 43 (sets CD and CF): a site's section label over the headline with no date line near it. Pages written for this test. */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../scripts/ingest/segment';

describe('segmentArticle: a section label ("Kinh tế", "Công nghệ") over the headline', () => {
  it.each([
    ['Kinh tế\n\nChung tay để kinh tế số đạt 30% GRDP vào năm 2030\n\nTại hội thảo, nhiều chuyên gia cho rằng doanh nghiệp nhỏ cần được hỗ trợ.', 'Chung tay để kinh tế số đạt 30% GRDP vào năm 2030'],
    ['Công nghệ\n\nMỗi tuần hàng nghìn website bị giả mạo thương hiệu\n\nTheo một hãng bảo mật, người dùng cần kiểm tra kỹ đường dẫn trước khi đăng nhập.', 'Mỗi tuần hàng nghìn website bị giả mạo thương hiệu'],
  ])('the line under the label is the headline', (page, title) => expect(segmentArticle(page).title?.text).toBe(title));
  it('a label over two short lines (a subheading, then another) gives no headline from it', () =>
    expect(segmentArticle('Kinh tế\n\nNhững kết quả nổi bật\n\nNăm 2024 đầy thử thách\n\nNăm 2024, doanh thu của ngành đạt 3,5 triệu tỷ đồng.').title?.text).not.toBe('Những kết quả nổi bật'));
});
