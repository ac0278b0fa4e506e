/**
 * Round 57 (session 38): date lines at the top of a page — a publication label alone on its line over its date ("Cập nhật ngày:" over
 * "24 | 03 | 2022", parts split by pipes), and two date lines one under the other with no headline between (a site's clock, then the
 * page's own): the earlier is the page's. Lines written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../scripts/ingest/dates-find';
import { segmentArticle } from '../../../scripts/ingest/segment';

const body = 'Theo Sở Nông nghiệp, đến nay toàn tỉnh đã cấp 20 mã số vùng trồng cho các hợp tác xã.';

describe('date lines at the top of a page', () => {
  it('reads a date whose parts are split by pipes, keeping the printed text', () => {
    expect(parseDateline('24 | 03 | 2022')).toMatchObject({ iso: '2022-03-24', precision: 'day', text: '24 | 03 | 2022' });
    expect(parseDateline('5|11|2023')).toMatchObject({ iso: '2023-11-05' });
  });
  it('passes over a lone publication label to its date on the next line', () => {
    const s = segmentArticle(['Cập nhật ngày:', '', '24 | 03 | 2022', '', body].join('\n'));
    expect(s.dateline?.text).toBe('24 | 03 | 2022');
    expect(s.title).toBeUndefined();
    expect(s.paragraphs.map((p) => p.text)).toEqual([body]);
  });
  it('of two date lines one under the other, takes the earlier (the later is a site\'s clock)', () => {
    const clocked = segmentArticle(['Hotline: 0900000000', '', 'Thứ hai, 18/11/2024 16:11', '', 'Chủ nhật, 17/11/2024 05:11', '', body].join('\n'));
    expect(clocked.dateline?.text).toBe('Chủ nhật, 17/11/2024 05:11');
    expect(clocked.boilerplate.map((b) => b.text)).toContain('Thứ hai, 18/11/2024 16:11');
    expect(clocked.paragraphs.map((p) => p.text)).toEqual([body]);
    expect(segmentArticle(['Thứ hai, 18/11/2024 16:11', '', 'Thứ ba, 19/11/2024 08:00', '', body].join('\n')).dateline?.text).toBe('Thứ hai, 18/11/2024 16:11');
  });
});
