/** Round 43 (sets CD and CF): a site's section label over the headline with no date line near it. Pages written for this test. */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../scripts/ingest/segment';

describe('segmentArticle: a section label ("Kinh tế", "Công nghệ") over the headline', () => {
  it.each([
    ['Kinh tế\n\nHợp lực để kinh tế số chiếm 20% GDP vào năm 2025\n\nTại diễn đàn, các chuyên gia cho rằng kinh tế số cần sự chung tay của doanh nghiệp.', 'Hợp lực để kinh tế số chiếm 20% GDP vào năm 2025'],
    ['Công nghệ\n\nViệt Nam hứng chịu 80 vụ tấn công mã độc mỗi ngày\n\nTheo báo cáo của một hãng bảo mật, doanh nghiệp Việt Nam đối mặt với làn sóng tấn công.', 'Việt Nam hứng chịu 80 vụ tấn công mã độc mỗi ngày'],
  ])('the line under the label is the headline', (page, title) => expect(segmentArticle(page).title?.text).toBe(title));
  it('a label over two short lines (a subheading, then another) gives no headline from it', () =>
    expect(segmentArticle('Kinh tế\n\nNhững kết quả nổi bật\n\nNăm 2024 đầy thử thách\n\nNăm 2024, doanh thu của ngành đạt 3,5 triệu tỷ đồng.').title?.text).not.toBe('Những kết quả nổi bật'));
});
