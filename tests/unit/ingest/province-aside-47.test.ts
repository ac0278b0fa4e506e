/** Round 47 (set DK): a province's own list item opening on a dash, and a bracket after its figure naming the nation's goal, leave the
 *  figure the province's. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { isInProvince, withoutAsidesAround } from '../../../scripts/ingest/plan-scope';
import { opensOnProvince, speaksAsOwnProvince } from '../../../scripts/ingest/province-own';
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

describe('speaksAsOwnProvince: a paragraph speaking of the province unnamed, anywhere in it', () => {
  it.each([
    'Đến nay, 100% xã được phủ sóng di động; tỷ lệ người dùng internet đạt 88%. Tỉnh đã tiến hành thu nhận 30.000 hồ sơ.',
    'Tỷ lệ người dùng internet đạt 88%, cao hơn năm trước; số trẻ em được cấp căn cước chiếm 40% trẻ em của tỉnh.',
  ])('%s', (p) => expect(speaksAsOwnProvince(p)).toBe(true));
  it.each([
    'Tỷ lệ người dùng internet đạt 88%. Cả nước có 70 triệu người dùng.',
    'Tỷ lệ người dùng internet toàn quốc đạt 88%, tỉnh đã đề nghị Bộ hỗ trợ.',
  ])('%s is not', (p) => expect(speaksAsOwnProvince(p)).toBe(false));
  it('a national system it uses names no nation', () =>
    expect(speaksAsOwnProvince('Hệ thống của tỉnh được kết nối với Cơ sở dữ liệu quốc gia về dân cư; tỉnh đã cấp 12.000 tài khoản.')).toBe(true));
  it('on a page: the province\'s shares take no national series', () => {
    const m = metricsByText('Độ tương phản', 'Đến nay, 100% xã, phường, thị trấn được phủ sóng di động; tỷ lệ người dùng internet đạt tỷ lệ 89%. Tỉnh đã tiến hành thu nhận được trên 30.000 hồ sơ căn cước của trẻ em.');
    expect(m['89%']?.indicator).toBeUndefined();
  });
});

describe('speaksAsOwnProvince: a count of provinces is no province speaking', () => {
  it.each(['Năm 2022, 60 tỉnh đã kiện toàn Ban Chỉ đạo chuyển đổi số.', 'Cả 63/63 tỉnh đã kết nối với cơ sở dữ liệu dân cư.'])('%s', (p) =>
    expect(speaksAsOwnProvince(p)).toBe(false));
});
