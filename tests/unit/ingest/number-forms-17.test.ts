/**
 * Round 17 number forms and subjects: a rank move written with a leading zero is a number ("tăng 05 bậc"), and
 * "toàn xã hội" (the whole society) does not make a page a commune's own. Every sentence here was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isLocalArticle } from '../../../scripts/ingest/other-subject';

/** The numbers found in `s`, as "value unit". */
const found = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}`);

describe('a rank move written with a leading zero', () => {
  it.each([
    ['Chỉ số của tỉnh tăng 03 bậc so với năm trước.', ['3 rank']],
    ['Về hạ tầng số, thành phố tụt 02 hạng.', ['-2 rank']],
    ['Trụ cột kinh tế số giảm 01 bậc, còn xã hội số lên 07 bậc.', ['-1 rank', '7 rank']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    'Văn bản số 05 về chuyển đổi số.',
    'Tỉnh tăng 05 năm liên tiếp.',
    'Mã 02 bậc học.',
  ])('no rank move: %s', (s) => expect(found(s).filter((x) => x.endsWith('rank'))).toEqual([]));
});

describe('the whole society is no commune', () => {
  it('"toàn xã hội" in the top of a provincial page', () => {
    expect(isLocalArticle(['Tỉnh A xếp thứ 12 cả năm.', 'Tỉnh coi chuyển đổi số là nhiệm vụ của cả hệ thống chính trị và toàn xã hội.'])).toBe(false);
    expect(isLocalArticle(['Chỉ số xã hội số của tỉnh B đạt 0,52.', 'Sự tham gia của Toàn Xã Hội được đề cao.'])).toBe(false);
  });
  it('but "toàn xã" and a named commune still do', () => {
    expect(isLocalArticle(['Kế hoạch nêu rõ toàn xã có 95% hộ dùng điện thoại thông minh.'])).toBe(true);
    expect(isLocalArticle(['Xã Hòa Bình đặt mục tiêu 80% hộ có tài khoản thanh toán.'])).toBe(true);
  });
});
