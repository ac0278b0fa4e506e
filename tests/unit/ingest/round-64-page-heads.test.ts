/** Round 64 (session 45, after sets JW–KE's first reads): lines of a page's head that are no headline — an audio file's name ("….mp3"), a
 *  table cell's caption ("… sau Tết |"), a caption with its credit in capitals ("… ẢNH: T.N"), an image's markup ("![…](…)", dropped as
 *  page chrome). Lines written for this test. */
import { describe, expect, it } from 'vitest';
import { isPageChrome } from '../../../scripts/ingest/page-chrome';
import { segmentArticle } from '../../../scripts/ingest/segment';

const BODY = 'Theo Sở Khoa học và Công nghệ, năm 2024 toàn tỉnh đã có 1.200 thôn được phủ sóng di động băng rộng, đạt tỷ lệ cao nhất từ trước đến nay, góp phần thu hẹp khoảng cách số giữa các vùng.';
const title = (head: string) => segmentArticle(`${head}\n\n${BODY}`).title?.text;

describe('no headline', () => {
  it.each([
    'Kinh tế số - Động lực kiến tạo tương lai.mp3',
    'Thị trường lao động khởi sắc sau Tết |',
    'Đơn hàng ngập tràn sau 2 ngày siêu sale ẢNH: ĐINH ĐANG',
    '![Đà Nẵng 1.gif](https://example.vn/images/da-nang-1.gif?width=0)',
  ])('"%s"', (line) => expect(title(line)).toBeUndefined());
  it('a headline stays one', () => expect(title('Kinh tế số - Động lực kiến tạo tương lai')).toBe('Kinh tế số - Động lực kiến tạo tương lai'));
});

describe('an image\'s markup', () => {
  it.each(['![Đà Nẵng 1.gif](https://example.vn/a.gif)', '![]() |'])('"%s" is page chrome', (line) => expect(isPageChrome(line)).toBe(true));
  it('is dropped, so the body opens the page', () =>
    expect(segmentArticle(`![Ảnh 1.jpg](https://example.vn/a.jpg)\n\n${BODY}`).paragraphs.map((p) => p.text)).toEqual([BODY]));
});
