/** Round 53: a site's clock above the headline gives way to the page's stamp below it (`dates-article.ts`). */
import { describe, expect, it } from 'vitest';
import { findArticleDate } from '../../../scripts/ingest/dates-article';

describe('findArticleDate: a site clock over the headline, the page stamp under it', () => {
  it('takes the stamp with its clock ("12:40 CH", a font-size widget after it)', () => {
    const d = findArticleDate({ dateline: 'Chủ nhật, ngày 14/01/2024', title: 'Tỉnh dẫn đầu chỉ số chuyển đổi số', paragraphs: ['05/11/2023 09:15 SA Xem cỡ chữ', 'Tỉnh xếp thứ 3 cả nước.'] });
    expect(d).toMatchObject({ iso: '2023-11-05', precision: 'day' });
  });

  it('keeps the dateline when nothing below the headline is a stamp', () => {
    const d = findArticleDate({ dateline: 'Chủ nhật, ngày 14/01/2024', title: 'Tỉnh dẫn đầu chỉ số chuyển đổi số', paragraphs: ['Tỉnh xếp thứ 3 cả nước năm 2023.'] });
    expect(d).toMatchObject({ iso: '2024-01-14' });
  });
});
