/** Round 40: a logo's text and the site's motto under it, pasted over a story, are page chrome. Lines written for the test. */
import { describe, expect, it } from 'vitest';
import { chromeLines } from '../../../scripts/ingest/page-chrome';
import { segmentArticle } from '../../../scripts/ingest/segment';

describe('a logo over the story', () => {
  it('is chrome, with the motto under it', () => {
    expect(chromeLines(['logo-baomoi', 'tin tức người Việt bốn phương', 'Tiêu đề'], 0)).toBe(2);
    expect(chromeLines(['Logo_VnExpress', 'Thương mại điện tử tăng tốc'], 0)).toBe(1);
  });
  it('not a sentence that starts with the word', () => {
    expect(chromeLines(['Logo mới của tỉnh được công bố hôm qua'], 0)).toBe(0);
  });
  it('so the headline under them is read as the title', () => {
    const text = 'logo-baomoi\ntin tức người Việt bốn phương\n\nThanh toán không tiền mặt tăng mạnh năm 2024\n\nNăm 2024, giao dịch qua QR tăng 80%.';
    expect(segmentArticle(text).title?.text).toBe('Thanh toán không tiền mặt tăng mạnh năm 2024');
  });
});
