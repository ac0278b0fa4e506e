/**
 * Round 37: the period a page reports, named once at its top (a headline opening on it and a colon, or a lead citing a
 * report of it), dates the page's results with no period of their own, across its subheadings; not goals, not stocks said
 * to stand now or yearly rates, not a period after the page's year. Pages written for this test.
 */
import { describe, expect, it } from 'vitest';
import { reportedPeriod } from '../../../scripts/ingest/period-report-head';
import { buildArticle } from '../../../scripts/ingest/article';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };
const times = { decode: 0, segment: 0, dates: 0, metrics: 0, entities: 0 };

/** The period start of each figure of a page written as paragraphs, by its text. */
function periods(paragraphs: string[]): Record<string, string | null> {
  const a = buildArticle('report-head.txt', new TextEncoder().encode(paragraphs.join('\n\n')), undefined, lex, times);
  return Object.fromEntries(a.metrics.map((m) => [m.text, m.period?.iso ?? null]));
}

describe('reportedPeriod', () => {
  it.each<[string | undefined, string | undefined, string]>([
    ['Quý 2/2024: thị trường ví điện tử chia lại thị phần', undefined, '2024-04'],
    ['6 tháng đầu năm 2023: doanh thu bưu chính tăng mạnh', undefined, '2023-01'],
    [undefined, 'Theo khảo sát của Công ty Q&Me quý 3 năm 2024 vừa công bố, người dùng ví điện tử tăng nhanh.', '2024-07'],
  ])('headline %j, lead %j → %s', (headline, lead, iso) => expect(reportedPeriod(headline, lead, 2024)?.iso).toBe(iso));
  it.each<[string | undefined, string | undefined, string]>([
    ['Thị trường ví điện tử: quý 2/2024 chia lại thị phần', undefined, 'the period not first'],
    ['Ngày 12/5/2024: khai mạc hội chợ công nghệ', undefined, 'a day is an event'],
    ['Năm 2026: mục tiêu 100% hồ sơ trực tuyến', undefined, 'after the page’s year'],
    [undefined, 'Ngày 3/4, Sở công bố kết quả quý 1 năm 2024 của tỉnh.', 'no report cited'],
  ])('headline %j, lead %j: none (%s)', (headline, lead) => expect(reportedPeriod(headline, lead, 2024)).toBeUndefined());
});

describe('a page that reports a quarter named in its headline', () => {
  const page = periods([
    'Quý 2/2024: thị trường ví điện tử chia lại thị phần',
    '10:15 | 18/07/2024',
    'Theo thống kê của một công ty dữ liệu, trong quý 2/2024, thị trường ví điện tử đạt 52 triệu người dùng.',
    'Ví nội dẫn đầu',
    'Trong các ví điện tử hiện nay, ví A có thị phần lớn nhất với 47%. Ví B ra đời sau nhưng nhanh chóng đạt giá trị giao dịch 800 tỷ đồng, đứng thứ hai sau ví A.',
    'Các ví đặt mục tiêu đạt 70 triệu người dùng vào năm 2025.',
  ]);
  it('a result under a subheading, after a sentence of the present, takes the quarter', () => expect(page['800 tỷ đồng']).toBe('2024-04'));
  it('a figure said to stand now keeps none', () => expect(page['47%']).toBeNull());
  it('a goal keeps its own year', () => expect(page['70 triệu']).toBe('2025'));
});

describe('"thực hiện" is no "hiện"', () => {
  const page = periods([
    'Quý 2/2024: thị trường ví điện tử chia lại thị phần',
    '10:15 | 18/07/2024',
    'Theo thống kê của một công ty dữ liệu, trong quý 2/2024, thị trường ví điện tử đạt 52 triệu người dùng.',
    'Ví nội dẫn đầu',
    'Trong các ví điện tử hiện nay, ví A có thị phần lớn nhất với 47%. Ví B ra đời sau nhưng đã thực hiện 600 triệu giao dịch.',
  ]);
  it('a result "thực hiện" takes the quarter', () => expect(page['600 triệu']).toBe('2024-04'));
});

describe('a report span closing the headline after a comma or a dash (round 47)', () => {
  it.each<[string, string]>([
    ['Những kết quả nổi bật của chuyển đổi số tỉnh, 9 tháng đầu năm 2024', '2024-01'],
    ['Kinh tế số của thành phố – quý III/2023', '2023-07'],
    ['Bức tranh dịch vụ công trực tuyến, 6 tháng đầu năm 2025.', '2025-01'],
  ])('%s → %s', (headline, iso) => expect(reportedPeriod(headline, undefined, 2025)?.iso).toBe(iso));
  it.each([
    'Kinh tế số chiếm 20% GRDP, năm 2025', // a year: a goal's as well as a report's
    'Tỉnh đặt mục tiêu 90% hồ sơ trực tuyến trong quý IV/2024', // no comma or dash before it
    'Kết quả 6 tháng đầu năm 2024, định hướng 6 tháng cuối năm', // not at the end
  ])('%s: none', (headline) => expect(reportedPeriod(headline, undefined, 2025)).toBeUndefined());
  it('dates the sapo\'s results before the lead that cites the report', () => {
    const page = periods([
      'Những con số nổi bật của Đề án 06, 6 tháng đầu năm 2024',
      'Ngày đăng: 12/07/2024 08:30',
      'Cổng dịch vụ công của tỉnh đã cung cấp 1.850 dịch vụ công trực tuyến; có 412.000 tài khoản.',
      'Theo báo cáo của Tổ công tác, việc triển khai Đề án đã đạt nhiều kết quả tích cực.',
    ]);
    expect(page['1.850']).toBe('2024-01');
  });
});
