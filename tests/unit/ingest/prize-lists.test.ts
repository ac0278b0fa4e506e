/**
 * Round 37: the prizes of each grade a contest hands out are its scheme, no claim; prizes a unit won stay claims.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isAwardListCount } from '../../../scripts/ingest/prize-lists';
import { findNumbers } from '../../../scripts/ingest/numbers';

const at = (s: string, raw: string) => isAwardListCount(s, s.indexOf(raw), raw);

describe('an award list', () => {
  it.each([
    ['Ban giám khảo trao cho khối trung học gồm 2 giải Nhất, 7 giải Nhì, 11 giải Ba.', ['2', '7', '11']],
    ['Cơ cấu giải thưởng: 01 giải đặc biệt, 04 giải xuất sắc và 10 giải khuyến khích.', ['01', '04', '10']],
  ])('%s: no claims', (s, raws) => {
    for (const raw of raws) expect(at(s, raw)).toBe(true);
    expect(findNumbers(s).map((n) => n.text)).toEqual([]);
  });
});

describe('prizes won, and other counts', () => {
  it.each([
    ['Đoàn Quảng Trị giành 2 giải Nhất, 3 giải Nhì tại hội thi.', '2'],
    ['Tỉnh được 01 giải Ba, 02 giải khuyến khích.', '01'],
    ['Hội thi thu hút 1.200 thí sinh, trao 1 giải Nhất.', '1'],
    ['Năm nay có 12 giải pháp chuyển đổi số được vinh danh, 3 giải thưởng.', '12'],
  ])('%s: %s stays', (s, raw) => expect(at(s, raw)).toBe(false));
});
