/** Round 67 (session 48, after sets LE–LI's first reads): an aggregator's page head — its banner (domain and motto) over the headline, and
 *  its date line (the source's name printed twice, glued to the day) set under the sapo rather than under the headline; a stored page's
 *  date label, which dates the page and none of its figures; a span of two days whose second names its year. Lines written for this test. */
import { describe, expect, it } from 'vitest';
import { findArticleDate } from '../../../scripts/ingest/dates-article';
import { gluedSourceDateline } from '../../../scripts/ingest/dates-page-lines';
import { segmentArticle } from '../../../scripts/ingest/segment';
import { metricsOf } from '../../support/metrics-of';

const SAPO = 'The province has cut 120 administrative procedures since the merger, the Department of Home Affairs said.';
const BODY = 'Of the 1,420 procedures now in force, 1,180 are handled at provincial level and 240 at commune level.';

describe("a site's banner over the headline", () => {
  it.each([
    ['Example.vn - Nền tảng quảng bá Việt Nam'],
    ['Tintuc.com.vn | Cổng thông tin điện tử'],
  ])('"%s" is no headline: the next line is', (banner) =>
    expect(segmentArticle(`${banner}\n\nProvince cuts 120 procedures\n\n${SAPO}\n\n${BODY}`).title?.text).toBe('Province cuts 120 procedures'));
  it('a headline naming a site with a figure stays the headline', () =>
    expect(segmentArticle(`Example.vn - 5 năm chuyển đổi số\n\n${SAPO}`).title?.text).toBe('Example.vn - 5 năm chuyển đổi số'));
});

describe('a glued date line under the sapo', () => {
  const date = (lines: string[]) => {
    const seg = segmentArticle(lines.join('\n\n'));
    return findArticleDate({ title: seg.title?.text, dateline: seg.dateline?.text, paragraphs: seg.paragraphs.map((p) => p.text) });
  };
  it.each([
    [['Province cuts 120 procedures', SAPO, 'Báo Lào CaiBáo Lào Cai03/07/2025', BODY], '2025-07-03'],
    [['Example.vn - Nền tảng quảng bá Việt Nam', 'Province cuts 120 procedures', SAPO, 'Tạp chí Doanh NghiệpTạp chí Doanh Nghiệp16/07/2025', BODY], '2025-07-16'],
  ])('%#', (lines, iso) => expect(date(lines)).toMatchObject({ iso, precision: 'day', source: 'text' }));
  it.each([
    [['Province cuts 120 procedures', SAPO, BODY, 'Báo Lào CaiBáo Lào Cai03/07/2025']],
    [['Province cuts 120 procedures', SAPO, 'Báo Lào Cai reported on 03/07/2025.', BODY]],
    [['Province cuts 120 procedures', SAPO, 'Báo Lào CaiBáo Lào Cai', BODY]],
  ])('no glued date line among the first three paragraphs: %#', (lines) => expect(gluedSourceDateline(lines)).toBeNull());
});

describe("a stored page's date label dates no figure", () => {
  it.each([
    ['date 2025-10-10 257 doanh nghiệp được xếp vào 389 vị trí trong năm đầu tiên.', ['257 none', '389 none']],
    ['date 2025-01 Hơn 1,1 triệu người đã dùng ứng dụng.', ['1,1 triệu none']],
  ])('%s', (text, want) => expect(metricsOf([text]).map((m) => `${m.text} ${m.period?.iso ?? 'none'}`)).toEqual(want));
  it('a date in the sentence still does', () =>
    expect(metricsOf(['Đến ngày 10/10/2025, có 257 doanh nghiệp được xếp hạng.']).map((m) => `${m.text} ${m.period?.iso ?? 'none'}`)).toEqual(['257 2025-10-10']));
});

describe('a span of two days, the second with its year', () => {
  it('"(1-11 đến 30-12-2025)" holds no count', () =>
    expect(metricsOf(['Chiến dịch 60 ngày (1-11 đến 30-12-2025) nhằm chuyển đổi 100% hộ kinh doanh.'], 2025).map((m) => m.text)).toEqual(['100%']));
  it('a range of counts before "đến" and a day stays one', () =>
    expect(metricsOf(['Mỗi xã có 1-11 thôn, đến 30-12-2025 hoàn thành phủ sóng.'], 2025).map((m) => m.text)).toContain('1-11'));
});
