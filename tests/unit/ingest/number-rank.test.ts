import { describe, expect, it } from 'vitest';
import { isRankListItem, rankField } from '../../../scripts/ingest/number-rank';
import { findNumbers, type NumberMatch } from '../../../scripts/ingest/numbers';

/** A rank read at `text` in `s` (its field size unknown). */
function rankAt(s: string, text: string): NumberMatch {
  const start = s.indexOf(text);
  return { text, start, end: start + text.length, value: Number(text), unit: 'rank', kind: 'rank' };
}

describe('rankField', () => {
  it('the number after "trong (tổng số)" a rank, or after "trong tổng số" at the clause end before what is ranked', () => {
    for (const [s, r, n] of [
      ['xếp thứ 14 trong 63 tỉnh', '14', '63'],
      ['đứng ở vị trí 30 trong chỉ số toàn cầu, trong tổng số 150 nền kinh tế', '30', '150'],
      ['xếp hạng 8 về chuyển đổi số, trên tổng số 63 tỉnh, thành phố', '8', '63'],
    ] as const) expect(rankField(s, rankAt(s, r), s.lastIndexOf(n)), s).toBe(true);
  });

  it('not across a stop or another figure, nor before what is no field', () => {
    for (const [s, r, n] of [
      ['xếp thứ 14. Trong tổng số 63 tỉnh', '14', '63'],
      ['xếp thứ 14 với 20 điểm, trong tổng số 63 tỉnh', '14', '63'],
      ['xếp thứ 14 về hạ tầng, trong tổng số 500 doanh nghiệp', '14', '500'],
    ] as const) expect(rankField(s, rankAt(s, r), s.lastIndexOf(n)), s).toBe(false);
  });
});

describe('isRankListItem', () => {
  it('reads the next rank of a history across the year of the one before', () => {
    for (const [s, r, n] of [
      ['từ vị trí 71 (năm 2015) lên 52', '71', '52'],
      ['vị trí 50 năm 2020, 47 năm 2021', '50', '47'],
      ['hạng 12 (năm 2019 và 2020) xuống 15', '12', '15'],
      ['Singapore xếp thứ 2, Malaysia 29', '2', '29'],
    ] as const) expect(isRankListItem(s, s.lastIndexOf(n), rankAt(s, r)), s).toBe(true);
    const other = 'vị trí 50 năm 2020 với 47 doanh nghiệp';
    expect(isRankListItem(other, other.lastIndexOf('47'), rankAt(other, '50'))).toBe(false);
  });
});

describe('a score out of a round scale', () => {
  it('is an index value, with its scale as total; a count of a total stays a count', async () => {
    const { findNumbers } = await import('../../../scripts/ingest/numbers');
    const first = (s: string) => findNumbers(s).map((m) => [m.text, m.unit, m.total])[0];
    expect(first('Tỉnh đạt tổng điểm 71,3/100.')).toEqual(['71,3/100', 'index', 100]);
    expect(first('Bộ xếp loại tốt với 8,4/10 điểm.')).toEqual(['8,4/10', 'index', 10]);
    expect(first('Có 63/63 tỉnh kết nối.')).toEqual(['63/63', 'count', 63]);
    expect(first('Đã cung cấp 76/100 dịch vụ.')).toEqual(['76/100', 'count', 100]);
  });
});

describe('a ranking move that ends "out of" its field (round 23)', () => {
  const read = (s: string, text: string) => findNumbers(s).find((n) => n.text === text);
  it.each([
    ['Tốc độ mạng cố định tăng 9 bậc xếp hạng (lên 41/150 quốc gia).', '41/150'],
    ['Chỉ số của tỉnh giảm 4 bậc, xuống 50/63 tỉnh, thành phố.', '50/63'],
    ['Thứ hạng thăng lên vị trí 12/132 nền kinh tế.', '12/132'],
  ])('%s: %s is a rank', (s, text) => expect(read(s, text)).toMatchObject({ unit: 'rank', kind: 'rank' }));
  it.each([
    ['Số xã có điểm phục vụ tăng lên 40/63 xã.', '40/63'],
    ['Hồ sơ trực tuyến tăng lên 30/45 hồ sơ.', '30/45'],
  ])('%s: %s is a count', (s, text) => expect(read(s, text)?.unit).toBe('count'));
});

describe('the size of the field a ranking or survey covers (round 23)', () => {
  it.each([
    ['Năm nay, bộ chỉ số xếp hạng 34 tỉnh, thành phố theo 4 trụ cột.', '34'],
    ['Kết quả chỉ số PAR Index 2024 của 34 địa phương được công bố sáng nay.', '34'],
    ['Đoàn công tác đánh giá 20 bộ, ngành về mức độ số hóa.', '20'],
  ])('%s: %s is no claim', (s, text) => expect(findNumbers(s).find((n) => n.text === text)).toBeUndefined());
  it('a province\'s own rank stays a rank', () =>
    expect(findNumbers('Tỉnh xếp hạng 9 cả nước.')[0]).toMatchObject({ value: 9, unit: 'rank' }));
});

describe('round 29a: a fraction out of 10 or 100 is a score', () => {
  const read = (s: string) => findNumbers(s).map((m) => `${m.text} ${m.unit}`);
  it.each([
    ['Nhóm chỉ số nhận thức đạt mức khá với 76,25/100.', '76,25/100 index'],
    ['Tỉnh được chấm 8,5/10 ở tiêu chí này.', '8,5/10 index'],
  ])('%j', (s, want) => expect(read(s)).toEqual([want]));
  it('not a rate per people, nor a whole number out of 100', () => {
    expect(read('Mật độ đạt 2,5/100 dân.')).toEqual(['2,5/100 count']);
    expect(read('Có 45/100 xã hoàn thành.')).toEqual(['45/100 count']);
  });
});

describe('round 35: an index named right before the field it ranks', () => {
  const counts = (s: string) => findNumbers(s).filter((n) => n.unit === 'count').map((n) => n.text);
  it.each([
    'Kết quả Chỉ số PAPI 63 tỉnh, thành phố năm 2023 được công bố hôm qua.',
    'Bảng xếp hạng DTI 2024 63 tỉnh, thành phố cho thấy nhiều thay đổi.',
  ])('%j: the field\'s size is no count', (s) => expect(counts(s)).toEqual([]));
  it('a count after an index\'s score stays', () => {
    expect(counts('Chỉ số SIPAS tăng, 40 tỉnh, thành phố đạt trên mức trung bình.')).toEqual(['40']);
  });
});

describe('round 39: ranks given in turn with their months', () => {
  it('"tụt xuống thứ 61, từ vị trí 57 trong tháng 4 và 52 trong tháng 3": each is a rank', () => {
    const ms = findNumbers('Việt Nam tụt xuống thứ 61 về tốc độ di động, từ vị trí 57 trong tháng 4 và 52 trong tháng 3.');
    expect(ms.map((m) => [m.text, m.unit])).toEqual([['61', 'rank'], ['57', 'rank'], ['52', 'rank']]);
  });
});
