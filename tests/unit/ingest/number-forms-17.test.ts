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

describe('areas, roads, sets of a plan and tiers are no claims', () => {
  it.each([
    ['Phường rộng 12,4 km2, có 3.100 hộ dân.', ['3100 count']],
    ['Khu công nghệ số có diện tích 45,2 ha và 30 doanh nghiệp.', ['30 count']],
    ['Trên địa bàn có Quốc lộ 1A, tỉnh lộ 742 và QL 14 chạy qua, với 25 km cáp quang.', []],
    ['Bộ chỉ số gồm 4 nhóm: hạ tầng số (6 chỉ tiêu); dữ liệu số (8 nhiệm vụ). Có 12 chỉ tiêu phải hoàn thành trong năm.', []],
    ['Hội nghị trực tiếp 4 cấp thu hút 900 đại biểu.', ['900 count']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['Đã có 20 mục tiêu hoàn thành (chiếm 40%) và 15 mục tiêu cần tập trung thêm (chiếm 30%).', ['20 count', '40 percent', '15 count', '30 percent']],
    ['Tỉnh đạt 14 chỉ tiêu, vượt 3 chỉ tiêu.', ['14 count', '3 count']],
  ])('a tally of a plan is still read: %s', (s, want) => expect(found(s)).toEqual(want));
});

describe('"cả N …" and a dateline are no claims', () => {
  it.each([
    ['Thành phố dẫn đầu ở cả 2 chỉ số năm nay, đạt 91%.', ['91 percent']],
    ['Điểm của cả 3 trụ cột đều tăng so với năm trước.', []],
    ['Đại hội thông qua mục tiêu kinh tế số chiếm 30% (TTXVN 12/10).', ['30 percent']],
    ['Tỉnh đã có 7/9 huyện kết nối (VNA - 3/9).', ['7 count']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['Cả 34/34 tỉnh đã chia sẻ dữ liệu.', ['34 count']],
    ['Có 3/5 huyện (chiếm 60%) đạt chuẩn.', ['3 count', '60 percent']],
  ])('a fraction still is: %s', (s, want) => expect(found(s)).toEqual(want));
});

describe('a group sized before the bracket that names its members', () => {
  it.each([
    ['Ngoài ra, có 4 nước xếp trên là (Ấn Độ hạng 38, Thái Lan hạng 41, Brazil hạng 50 và Chile hạng 51).', ['38 rank', '41 rank', '50 rank', '51 rank']],
    ['Có 2 tỉnh (chiếm 5%) đạt chuẩn.', ['2 count', '5 percent']],
    ['Có 3 địa phương gồm (A, B) đạt 90%.', ['3 count', '90 percent']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
});
