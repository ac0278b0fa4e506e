/** Round 24 number forms: signs in brackets, occasions, padded counts after a colon, one half, money saved, ranks. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const first = (s: string, text: string) => findNumbers(s).find((n) => n.text === text);

describe('a signed change in a bracket', () => {
  it.each([
    ['Bộ Xây dựng giảm mạnh nhất (-3,2%).', '3,2%', -3.2],
    ['Tăng nhiều nhất là Bộ Tài chính (+4,75%).', '4,75%', 4.75],
    ['Chỉ số của tỉnh (- 1,5%) thấp hơn năm trước.', '1,5%', -1.5],
  ])('%s', (s, text, value) => expect(first(s, text)?.value).toBe(value));
  it('a range in a bracket keeps its sign', () => expect(first('Tỷ lệ dự kiến (10-20%).', '10-20%')?.value).toBe(10));
});

describe('times counted after "có" are occasions, not a multiple', () => {
  it.each([
    ['Từ năm 2015 đến nay, thành phố có 5 lần đứng đầu bảng xếp hạng.', '5 lần'],
    ['Tỉnh đã có 3 lần liên tiếp đạt giải nhất.', '3 lần'],
  ])('%s', (s, text) => expect(first(s, text)).toMatchObject({ unit: 'count', value: Number(text[0]) }));
  it('"gấp 4 lần" stays a multiple', () => expect(first('Doanh thu gấp 4 lần so với năm trước.', '4 lần')?.unit).toBe('times'));
});

describe('a padded count after a colon', () => {
  it.each(['Chính phủ đã ban hành: 03 Nghị định và 04 Quyết định.', 'Năm nay tỉnh có: 05 dự án mới.'])('%s', (s) =>
    expect(findNumbers(s)[0]?.value).toBeGreaterThan(2));
});

describe('"1 nửa" is one half', () => {
  it.each(['Tỷ lệ người dân dùng ví điện tử là 1 nửa.', 'Có 1 nửa số hộ kinh doanh đã dùng mã QR.'])('%s', (s) =>
    expect(first(s, '1 nửa')).toMatchObject({ value: 50, unit: 'percent' }));
  it('"1 nửa đầu năm" is no half of a whole', () => expect(first('Trong 1 nửa đầu năm, tỉnh đạt 30 giải.', '1 nửa')).toBeUndefined());
});

describe('money saved with the currency left out', () => {
  it.each(['Tiết kiệm 12,5 nghìn tỷ từ cắt giảm thủ tục', 'Cả nước tiết kiệm hơn 8 nghìn tỷ nhờ dịch vụ công trực tuyến.'])('%s', (s) =>
    expect(findNumbers(s)[0]?.unit).toBe('VND'));
});

describe('a place in a ranking before "đứng đầu" is a rank, not a group', () => {
  it.each([
    ['Năm 2024, tỉnh xếp vị trí thứ 15 trên cả nước và đứng đầu khu vực.', '15'],
    ['Thành phố xếp thứ 9 cả nước, dẫn đầu vùng.', '9'],
  ])('%s', (s, text) => expect(first(s, text)?.unit).toBe('rank'));
  it('"5 tỉnh dẫn đầu" stays a group', () => expect(findNumbers('Có 5 tỉnh dẫn đầu về chỉ số này.')).toEqual([]));
});
