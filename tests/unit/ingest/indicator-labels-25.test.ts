/** Round 25a labels: whose series a figure is (a province's, a group's average, a rank by a share). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { ranksAShare } from '../../../scripts/ingest/not-series';
import { opensOnProvince, opensParagraphOnProvince } from '../../../scripts/ingest/province-own';
import { isInProvince } from '../../../scripts/ingest/plan-scope';
import { indicatorOf } from '../../support/metrics-of';

const at = (s: string, n: string) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length });

describe('a rank by a share its sentence states, whatever its decimal comma', () => {
  it.each([
    ['Với tỷ trọng kinh tế số trong GRDP đạt 9,5% đã đưa tỉnh lên vị trí thứ 12 cả nước.', '12'],
    ['Với tỷ lệ hồ sơ trực tuyến đạt 72,4% thành phố vươn lên thứ 8 toàn quốc.', '8'],
    ['Huyện đứng thứ 3 trong tỉnh với tỷ lệ 85,1% người dân có tài khoản.', '3'],
  ])('%s', (s, n) => expect(ranksAShare(s, at(s, n))).toBe(true));

  it('no DTI pillar takes the rank', () =>
    expect(indicatorOf('Năm 2024 với tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP đạt 9,5% đã giúp Gia Lai xếp vị trí thứ 12 trên cả nước.', '12')).toBe('none'));

  it('a pillar rank named as such keeps its series', () =>
    expect(indicatorOf('Trụ cột kinh tế số của tỉnh xếp thứ 9/63.', '9/63')).toBe('dti-province-pillar-rank'));
});

describe('an average over a group, named as the head of the concept', () => {
  it('every item of the lead-in is an average', () => {
    const text = 'Theo từng khối, điểm trung bình DTI 2024 là 0,58 với các bộ; và đạt 0,71 với các địa phương.';
    expect(indicatorOf(text, '0,71')).toBe('none');
  });

  it('"bình quân" as the head too', () =>
    expect(indicatorOf('Năm 2023, mức bình quân chỉ số chuyển đổi số của các tỉnh miền núi đạt 0,52.', '0,52')).toBe('none'));

  it('one province\'s score keeps the series', () =>
    expect(indicatorOf('Năm 2023, chỉ số chuyển đổi số (DTI) của tỉnh Yên Bái đạt 0,5521.', '0,5521')).toBe('dti-province-score'));

  it('the year named after the average\'s figure is that year\'s value', () => {
    const text = 'Trung bình tỷ trọng kinh tế số trong GDP các năm 2021 - 2023 đạt khoảng 13,1% và năm 2023 là 14,2%.';
    expect(indicatorOf(text, '14,2%')).toBe('digital-economy-gdp-share');
  });
});

describe('a province\'s paragraph or page, told by how it opens', () => {
  it.each([
    'Với tinh thần đó, Nghệ An đã đầu tư lớn cho hạ tầng số.',
    'Trong năm qua, Sóc Trăng đã triển khai nhiều giải pháp.',
    'Năm 2024, với sự vào cuộc của cả hệ thống chính trị, tỉnh đã hoàn thành các chỉ tiêu.',
    'ABC - Năm 2023, toàn tỉnh có nhiều chuyển biến.',
  ])('opens on a province acting: %s', (s) => expect(opensOnProvince(s, true)).toBe(true));

  it.each([
    'Với tinh thần đó, Bộ Công an đã triển khai.',
    'Năm 2024, cả nước đã hoàn thành các chỉ tiêu.',
    'Tại Hà Nội, Bộ tổ chức hội nghị.',
  ])('not: %s', (s) => expect(opensOnProvince(s, true)).toBe(false));

  it('a paragraph that opens on a province acting is the province\'s, with no figure in its first sentence', () =>
    expect(opensParagraphOnProvince('Với tinh thần đó, Nghệ An đã đầu tư lớn cho hạ tầng số. Tỷ lệ phủ sóng 4G đạt 99,5%.')).toBe(true));

  it.each([
    'tỷ lệ phủ sóng 4g đạt 99,5%, là con số ấn tượng trong cả nước',
    'tỷ lệ hồ sơ trực tuyến đạt 92%, cao nhất cả nước',
    'tỷ lệ người dân có tài khoản đạt 88%, đứng thứ 5 so với cả nước',
  ])('the nation as the field compared in keeps a province\'s figure: %s', (clause) => expect(isInProvince('', clause, true)).toBe(true));

  it('the nation as the subject does not', () => expect(isInProvince('', 'tỷ lệ phủ sóng 4g của cả nước đạt 99,5%', true)).toBe(false));

  it('a province\'s coverage compared with the nation takes no national series', () =>
    expect(indicatorOf('Với tinh thần đó, Nghệ An đã đầu tư lớn cho hạ tầng số. Tỷ lệ phủ sóng 4G đạt 99,5%, là con số ấn tượng trong cả nước.', '99,5%')).toBe('none'));
});
