import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../scripts/ingest/segment';

const body = 'Tháng 10 vừa qua đánh dấu bước đột phá của Internet di động, với tốc độ tải xuống tăng 31% nhờ triển khai 5G.\n\nTheo dữ liệu từ Ookla, tốc độ tải xuống đã tăng mạnh so với tháng trước.';

describe('a site\'s header clock over a section label (round 50)', () => {
  it('is chrome, and the page has no date, when no date stands under the headline', () => {
    const s = segmentArticle(`Thứ hai 23/02/2026 04:07\n\nKinh tế số\n\nTốc độ Internet di động tại Việt Nam xếp thứ 43 toàn cầu\n\n${body}`);
    expect(s.title?.text).toBe('Tốc độ Internet di động tại Việt Nam xếp thứ 43 toàn cầu');
    expect(s.dateline).toBeUndefined();
    expect(s.boilerplate.map((b) => b.text)).toEqual(['Thứ hai 23/02/2026 04:07', 'Kinh tế số']);
  });
  it('gives way to the date under the headline, as before', () => {
    const s = segmentArticle(`Thứ hai 23/02/2026 04:07\n\nKinh tế số\n\nTốc độ Internet di động tại Việt Nam xếp thứ 43 toàn cầu\n\n20/11/2024 16:44\n\n${body}`);
    expect(s.dateline?.text).toBe('20/11/2024 16:44');
  });
  it('stays the page\'s date right over the headline, or when it is a stamp with no weekday', () => {
    expect(segmentArticle(`Thứ sáu 09/05/2025 11:53\n\nHà Giang: Tỉnh nghèo với quyết tâm chuyển đổi số\n\n${body}`).dateline?.text).toBe('Thứ sáu 09/05/2025 11:53');
    expect(segmentArticle(`23/01/2025 lúc 00:02 (GMT+7)\n\nBreaking News\n\nTiền Giang: Từng bước lan tỏa chuyển đổi số trong doanh nghiệp\n\n${body}`).dateline?.text).toBe('23/01/2025 lúc 00:02 (GMT+7)');
  });
});
