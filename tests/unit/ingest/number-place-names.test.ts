import { describe, expect, it } from 'vitest';
import { isNumberedPlaceName, numberedPlaceNames } from '../../../scripts/ingest/number-place-names';
import { isOneOfAims } from '../../../scripts/ingest/number-bands';
import { findNumbers } from '../../../scripts/ingest/numbers';

const page = 'Bà con thôn Hòa Bình 2 và xóm Đông 3 đã lắp camera. Tổ dân phố Tân Lập 1 có 85 hộ dùng ví điện tử.';
const names = numberedPlaceNames(page);
const at = (s: string, n: string) => isNumberedPlaceName(s, s.indexOf(n), n, names);

describe('numberedPlaceNames / isNumberedPlaceName: a hamlet named again without its locality word', () => {
  it('remembers the names a locality word gives with a number', () => {
    expect([...names].sort()).toEqual(['Hòa Bình 2', 'Tân Lập 1', 'Đông 3']);
  });

  it.each([
    ['Người dân ở Hòa Bình 2 đã quen quét mã QR.', '2'],
    ['Nhờ Tân Lập 1 làm trước, cả phường học theo.', '1'],
    ['Tại Đông 3 hiện có 40 hộ bán hàng qua mạng.', '3'],
  ])('%s → %s names the place', (s, n) => expect(at(s, n)).toBe(true));

  it.each([
    ['Hòa Bình có 2 chợ đã dùng mã QR.', '2'],
    ['Người dân ở Hòa Bình 2,5 lần dùng nhiều hơn.', '2'],
    ['Tân Lập 5 năm liền đạt danh hiệu văn hóa.', '5'],
  ])('a count after a name the page did not number stays a count: %s', (s, n) => expect(at(s, n)).toBe(false));
});

describe('isOneOfAims: the criteria a standard is made of (round 34)', () => {
  it.each([
    ['Xã số là 1 trong ', ' tiêu chí của huyện nông thôn mới nâng cao.', 5],
    ['Chợ văn minh là một trong ', ' tiêu chuẩn của phường kiểu mẫu.', 6],
    ['Camera an ninh là một trong số ', ' tiêu chí để công nhận khu dân cư thông minh.', 3],
  ])('%s|%s', (before, after, n) => expect(isOneOfAims(before, after, n)).toBe(true));

  it('a count of criteria met stays a count', () => {
    expect(findNumbers('Đến nay xã đã đạt 17 tiêu chí nông thôn mới.').map((m) => m.value)).toEqual([17]);
  });
});
