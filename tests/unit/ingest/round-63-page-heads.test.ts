/** Round 63 (session 44, after sets JN–JR's first reads): a page's head — a section's heading of generic words is no headline; a posting
 *  line "Tin đăng lúc …" under a site's clock is the page's date; a section's name and a "follow us" widget around the date under a
 *  headline; an aggregator's source label printed twice and glued to its day. Lines written for this test. */
import { describe, expect, it } from 'vitest';
import { findArticleDate } from '../../../scripts/ingest/dates-article';
import { parseDateline } from '../../../scripts/ingest/dates-find';
import { isGenericHeading, sectionStamp } from '../../../scripts/ingest/headline-line';
import { isDateline, segmentArticle } from '../../../scripts/ingest/segment';

/** The date the ingest's date finder gives a page from its head as the segmenter reads it (as article.ts asks). */
function dateOfPage(text: string): string | undefined {
  const s = segmentArticle(text);
  return findArticleDate({ ...(s.dateline ? { dateline: s.dateline.text } : {}), ...(s.title ? { title: s.title.text } : {}), paragraphs: s.paragraphs.map((p) => p.text) })?.iso;
}

const BODY = 'Theo Sở Thông tin và Truyền thông, toàn tỉnh đã có 1.200 thôn được phủ sóng di động băng rộng, đạt tỷ lệ cao nhất từ trước đến nay, góp phần thu hẹp khoảng cách số giữa các vùng.';

describe('generic headings', () => {
  it.each(['Thực trạng và thách thức', 'Những kết quả nổi bật', 'Giải pháp', 'Khó khăn, vướng mắc', 'Nhiều tiện ích', 'Hiệu quả và bất cập'])('"%s" is a section\'s heading', (line) =>
    expect(isGenericHeading(line)).toBe(true));
  it.each(['Kết quả chuyển đổi số của Lai Châu', 'Hà Nội dẫn đầu về giải ngân', 'Cơ hội cho doanh nghiệp số', 'Tiện ích của sổ liên lạc điện tử'])('"%s" names a subject: a headline', (line) =>
    expect(isGenericHeading(line)).toBe(false));
  it('a page that opens on one has no headline', () =>
    expect(segmentArticle(`Thực trạng và thách thức\n\n${BODY}`).title).toBeUndefined());
});

describe('date lines', () => {
  it('a posting line under a site\'s clock is the page\'s date', () =>
    expect(dateOfPage(`Thứ Sáu, 19/04/2024 18:03:13 GMT+7\n\nTin đăng lúc 28-03-2023\n\nLượt xem: 456\n\nĐiện lực tỉnh đẩy mạnh thanh toán không tiền mặt\n\n${BODY}`)).toBe('2023-03-28'));
  it('a section\'s name and a "follow us" widget around the date under a headline', () => {
    expect(isDateline('Dân tộc thiểu số & Miền núi 27/10/2022 17:34 Theo dõi Congthuong.vn trên')).toBe(true);
    expect(dateOfPage(`Tỉnh nỗ lực xóa vùng lõm sóng\n\nDân tộc thiểu số & Miền núi 27/10/2022 17:34 Theo dõi Congthuong.vn trên\n\n${BODY}`)).toBe('2022-10-27');
  });
  it.each(['Phúc Lam 04/02/2025 12:18', 'Hà Nội có 27/10/2022 17:34 người'])('"%s" is no date line (an author, a sentence)', (line) =>
    expect(isDateline(line)).toBe(false));
  it.each([['VTC NewsVTC News26/10/2023', '2023-10-26'], ['Việt NamViệt Nam10/04/2024', '2024-04-10']])('a source label printed twice before its day: %s', (line, iso) => {
    expect(isDateline(line)).toBe(true);
    expect(parseDateline(line)?.iso).toBe(iso);
  });
  it('a label printed once before a glued day is no date line', () => expect(isDateline('Việt Nam10/04/2024')).toBe(false));
});

describe('sectionStamp', () => {
  it.each([['Dân tộc thiểu số & Miền núi 27/10/2022 17:34', '27/10/2022 17:34'], ['Tin tức ANTT 23/12/2024 21:13', '23/12/2024 21:13']])('a section\'s name before a stamp: %s', (line, stamp) =>
    expect(sectionStamp(line)).toBe(stamp));
  it.each(['Phúc Lam 04/02/2025 12:18', 'Cổng dịch vụ công tạm dừng hoạt động từ 20/01/2024 18:00', 'Kinh tế 27/10/2022'])('no section\'s stamp: %s', (line) =>
    expect(sectionStamp(line)).toBeUndefined());
});
