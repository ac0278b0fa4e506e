/**
 * Round 37 (set AL): a site's date printed with a separator after it ("Thứ 4, Ngày 31/05/2023 -") is a date line, and a
 * publication date under the headline ("Ngày đăng: 18/03/2023 22:32") is the article's over that clock; a headline opening on
 * "Toàn tỉnh" makes the page a province's, so no national series takes its counts. Pages written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isDateline, segmentArticle } from '../../../scripts/ingest/segment';
import { buildArticle } from '../../../scripts/ingest/article';
import { isProvincialBodyHeadline } from '../../../scripts/ingest/provincial-body';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };
const times = { decode: 0, segment: 0, dates: 0, metrics: 0, entities: 0 };
const page = ['Thứ 6, Ngày 14/06/2024 -', 'Toàn tỉnh tiếp nhận 41.200 hồ sơ thủ tục hành chính trong quý I', 'Ngày đăng: 10/04/2024 08:15',
  'Trong quý I năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 41.200 hồ sơ.',
  'Trong đó, có 9.800 hồ sơ trực tuyến (đạt tỷ lệ 23,8%); 31.400 hồ sơ trực tiếp và qua bưu chính.'].join('\n\n');

describe('a date line with its separator', () => {
  it.each(['Thứ 6, Ngày 14/06/2024 -', 'Thứ Sáu, 14/06/2024 |'])('%j is a date line', (line) => expect(isDateline(line)).toBe(true));
  it('a title with dashes is not', () => expect(isDateline('Hà Nội - Đà Nẵng -')).toBe(false));
});

describe('a page under a site’s clock', () => {
  const seg = segmentArticle(page);
  const article = buildArticle('clock.txt', new TextEncoder().encode(page), undefined, lex, times);
  it('the headline is read', () => expect(seg.title?.text).toMatch(/^Toàn tỉnh/u));
  it('the publication date under it is the article’s', () => expect(article.date.iso).toBe('2024-04-10'));
  it('the province’s online count takes no national series', () => expect(article.metrics.find((m) => m.text === '9.800')?.indicator).toBeUndefined());
});

describe('a headline opening on the whole province', () => {
  it.each([
    ['Toàn tỉnh tiếp nhận 41.200 hồ sơ thủ tục hành chính trong quý I', true],
    ['Toàn tỉnh có 95% hộ gia đình dùng cáp quang', true],
    ['Toàn quốc tiếp nhận 4,1 triệu hồ sơ', false],
    ['Cả nước và toàn tỉnh cùng đẩy mạnh chuyển đổi số', false],
  ])('%j → %s', (headline, want) => expect(isProvincialBodyHeadline(headline)).toBe(want));
});
