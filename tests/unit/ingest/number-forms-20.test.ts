import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isScoreSubjectBefore } from '../../../scripts/ingest/number-context';
import { changeDirection, continuesChange, isLossAmount } from '../../../scripts/ingest/direction';
import { isNoSeriesValue } from '../../../scripts/ingest/not-series';
import { isOtherSubject } from '../../../scripts/ingest/other-subject';
import type { Indicator } from '../../../src/schemas/lexicon';

const read = (s: string) => findNumbers(s).map((m) => [m.value, m.unit]);
const w = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

describe('round 20 number forms', () => {
  it.each([
    ['Tổng điểm của Sở Nội vụ tỉnh B là 72,35.', 72.35],
    ['Riêng điểm mức độ hài lòng, chính xác là 18,4; còn lại thấp hơn', 18.4],
    ['Quốc gia này đạt số điểm rất cao 97,5 trong bảng đánh giá', 97.5],
    ['Điểm số của thành phố năm nay đạt 64,08 trên thang điểm chung', 64.08],
  ])('a decimal after the score it values is an index: %j', (s, v) => expect(read(s)[0]).toEqual([v, 'index']));

  it.each([
    'Tỉnh có 35 điểm phục vụ bưu chính, doanh thu đạt 12,5 nghìn',
    'đạt 48,5 điểm (tăng 12,5 so với năm trước)',
    'Doanh thu đạt 45,6 tỷ đồng',
  ])('no bare index without a score subject: %j', (s) => expect(read(s).filter(([, u]) => u === 'index')).toEqual([]));

  it('names a score subject only when no figure stands between it and the number', () => {
    const s = 'đạt 31,2 điểm, tỷ lệ hài lòng là 87,5';
    expect(isScoreSubjectBefore(s, s.indexOf('87,5'))).toBe(false);
    const t = 'điểm trung bình của khối là 7,25';
    expect(isScoreSubjectBefore(t, t.indexOf('7,25'))).toBe(true);
    const u = 'có 20 điểm phục vụ là 3,5';
    expect(isScoreSubjectBefore(u, u.indexOf('3,5'))).toBe(false);
  });

  it.each([
    ['Chỉ số CPI là 55,3/90 điểm, xếp nhóm cao', 55.3],
    ['tỉnh đạt 7,5/12 điểm và đứng đầu', 7.5],
  ])('a score on any scale when "điểm" ends the phrase: %j', (s, v) => expect(read(s)[0]).toEqual([v, 'index']));

  it.each(['phủ sóng cho 1.204/1.560 điểm lõm sóng', 'kết nối 40/52 điểm cầu'])('places counted out of a whole stay counts: %j', (s) =>
    expect(read(s)[0]?.[1]).toBe('count'));

  it.each([
    ['Sở X là đơn vị xếp hạng 1 trong số 28 bộ, ngành.', [[1, 'rank']]],
    ['tỉnh đứng thứ 1 trong 63 tỉnh', [[1, 'rank']]],
    ['Huyện Y xếp hạng 4 trong số 12 đơn vị', [[4, 'rank']]],
    ['Việt Nam là 1 trong 10 quốc gia dẫn đầu', [[10, 'count']]],
  ])('a rank "in N" is a rank, and N its field: %j', (s, want) => expect(read(s)).toEqual(want));

  it.each([
    ['nơi giảm nhiều nhất là 3,1% và ít nhất là 0,4%', [-3.1, -0.4]],
    ['huyện A giảm mạnh nhất với 12%', [-12]],
    ['tỉnh B tăng nhanh nhất với 9%', [9]],
  ])('the largest and smallest falls keep their sign: %j', (s, want) => expect(findNumbers(s).map((m) => m.value)).toEqual(want));

  it('reads superlatives and their links between a change verb and its number', () => {
    expect(changeDirection(w('giảm sâu nhất ở'))).toBe('down');
    expect(changeDirection(w('giảm cao nhất là'))).toBeUndefined();
    expect(continuesChange(' và ít nhất là ')).toBe(true);
    expect(continuesChange(' và thấp nhất là ')).toBe(false);
  });

  it.each([
    ['doanh nghiệp mất khoảng 2.500 tỷ đồng vì mã độc', 2.5e12],
    ['nạn nhân mất 3 triệu USD', 3e6],
  ])('money lost is an amount, not a fall: %j', (s, v) => expect(findNumbers(s)[0]?.value).toBe(v));

  it('a fall of money by "giảm" keeps its sign; "mất" only before the amount', () => {
    expect(findNumbers('chi phí giảm 4 tỷ đồng')[0]?.value).toBe(-4e9);
    expect(isLossAmount(w('người dùng mất khoảng'))).toBe(true);
    expect(isLossAmount(w('mất việc làm với'))).toBe(false);
  });

  it.each([
    ['Hội nghị đã thông qua 31 chỉ tiêu chủ yếu, trong đó tăng trưởng đạt 8%.', [[8, 'percent']]],
    ['Kỳ họp thống nhất 18 nhiệm vụ trọng tâm; tỷ lệ A đạt 8%.', [[8, 'percent']]],
    ['Trong đó có 12 chỉ tiêu xã hội, gồm: tỷ lệ A đạt 8%; tỷ lệ B đạt 9%.', [[8, 'percent'], [9, 'percent']]],
    ['Bộ tiêu chí được tính dựa trên 3 nhóm chỉ số gồm hạ tầng; nhân lực; dịch vụ.', []],
  ])('a set adopted or spelled out is no claim: %j', (s, want) => expect(read(s)).toEqual(want));

  it('a set reached is still a count', () => {
    expect(read('Tỉnh đã hoàn thành 20 chỉ tiêu, gồm: A; B')).toEqual([[20, 'count']]);
    expect(read('Công ty đạt 3 giải thưởng gồm A; B')).toEqual([[3, 'count']]);
  });

  it.each([
    'Năm nay thành phố được xếp vào nhóm 2 - nhóm có điểm khá.',
    'huyện thuộc nhóm 3 (nhóm trung bình)',
    'hoàn thiện thể chế, nâng cao hiệu quả. [12]',
    'tăng 3 bậc so với năm 201\nĐoạn sau',
  ])('a band, a footnote mark or a cut year is no claim: %j', (s) =>
    expect(read(s).filter(([, u]) => u !== 'rank')).toEqual([]));

  it('a band without its description and a top group stay read', () => {
    expect(read('tỉnh nằm trong nhóm 20 tỉnh dẫn đầu')).toEqual([[20, 'rank']]);
    expect(read('năm 2024 có 45 [nguồn] đơn vị')).toEqual([[45, 'count']]);
  });

  it.each([
    ['Phấn đấu giữ thứ hạng 20 đến 25 về chỉ số X.', 20, 25],
    ['mục tiêu xếp hạng 40 - 45 thế giới', 40, 45],
  ])('a band of ranks after a rank word is a rank: %j', (s, lo, hi) => {
    const [m] = findNumbers(s);
    expect([m?.value, m?.valueMax, m?.unit]).toEqual([lo, hi, 'rank']);
  });

  it('a range of things is no rank band', () => expect(read('có 25 đến 30 đơn vị')).toEqual([[25, 'count']]));
});

describe('a rank coordinated after an average it is compared with', () => {
  const at = (s: string, x: string) => ({ start: s.indexOf(x), end: s.indexOf(x) + x.length, unit: 'rank', kind: 'rank' });
  it('is the subject\'s own rank, a series value', () => {
    const s = 'Chỉ số của tỉnh B đạt 0,41, cao hơn mức trung bình và xếp thứ 9 trong cả nước.';
    expect(isNoSeriesValue(s, at(s, '9'), undefined)).toBe(false);
  });
  it('an average\'s own rank stays no series value', () => {
    const s = 'Điểm trung bình của các tỉnh xếp thứ 9';
    expect(isNoSeriesValue(s, at(s, '9'), undefined)).toBe(true);
  });
});

describe('another index named by the figure\'s own item', () => {
  const par = { id: 'x-par-rank', scope: 'PAR Index of provinces' } as unknown as Indicator;
  const s = 'Năm 2023, chỉ số PAR INDEX của tỉnh đạt 85 điểm, xếp thứ 12; chỉ số PCI đạt 66 điểm, xếp thứ 20; chỉ số SIPAS đạt 80%, xếp thứ 30.';
  it.each(['20', '30'])('a rank in an item that names PCI or SIPAS is not the PAR series: %s', (x) =>
    expect(isOtherSubject(par, s, s.indexOf(`thứ ${x}`) + 4, s, undefined)).toBe(true));
  it('the rank in the PAR item stays its series', () => expect(isOtherSubject(par, s, s.indexOf('thứ 12') + 4, s, undefined)).toBe(false));
});

describe('thresholds of bands places are sorted into', () => {
  it.each([
    ['Kết quả chia làm hai nhóm: nhóm 1 gồm 8 tỉnh, thành đạt chỉ số từ 85% trở lên; nhóm 2 gồm 40 tỉnh, thành đạt từ 70% đến dưới 85%.', [[8, 'count'], [40, 'count']]],
    ['Năm nay toàn bộ 34 tỉnh, thành phố đều đạt chỉ số trên 75%.', [[34, 'count']]],
  ])('the counts are the claims, not the bounds: %j', (s, want) => expect(read(s)).toEqual(want));
  it('a share of things measured past a bound is still a claim', () =>
    expect(read('tỷ lệ hồ sơ mức độ 3, 4 trên tổng số hồ sơ đạt từ 60% trở lên')).toEqual([[60, 'percent']]));
});
