/** Round 47 (set DK): a province's own list item opening on a dash, and a bracket after its figure naming the nation's goal, leave the
 *  figure the province's. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { isInProvince, withoutAsidesAround } from '../../../scripts/ingest/plan-scope';
import { opensOnProvince } from '../../../scripts/ingest/province-own';
import { metricsByText } from './metrics-support';

describe('opensOnProvince after a list dash', () => {
  it.each([
    '- Tính đến tháng 6/2024, thành phố Hải Phòng có 1.620 dịch vụ công trực tuyến',
    '+ Năm 2023, Quảng Ninh đã cấp 3.500 chữ ký số',
    '• Hà Nội đạt 92% hồ sơ trực tuyến',
  ])('%s', (s) => expect(opensOnProvince(s)).toBe(true));
});

describe('withoutAsidesAround: the brackets not holding the number are blanked', () => {
  const c = 'tỉ lệ hồ sơ trực tuyến đạt 91% (vượt chỉ tiêu toàn quốc là 60%)';
  it('for the figure before the bracket', () => expect(withoutAsidesAround(c, c.indexOf('91%'))).not.toMatch(/toàn quốc/u));
  it('not for the figure inside it', () => expect(withoutAsidesAround(c, c.indexOf('60%'))).toBe(c));
  it('isInProvince holds for the province\'s figure only', () => {
    expect(isInProvince('', c, true, c.indexOf('91%'))).toBe(true);
    expect(isInProvince('', c, true, c.indexOf('60%'))).toBe(false);
  });
});

describe('on a page', () => {
  it('a province\'s share in a dashed item, beside the nation\'s goal in brackets, is the province\'s series', () => {
    const m = metricsByText('- Tính đến tháng 6/2024, thành phố Hải Phòng có 1.620 dịch vụ công trực tuyến; tỉ lệ hồ sơ trực tuyến đạt tỉ lệ 91% (vượt chỉ tiêu toàn quốc là 60%).');
    expect(m['91%']?.indicator).toBe('province-online-dossier-share');
  });
});
