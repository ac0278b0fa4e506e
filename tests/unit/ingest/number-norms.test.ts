/** Round 31e: a plan's per-unit norms of organisation. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { isPerUnitNorm } from '../../../scripts/ingest/number-norms';
import { findNumbers } from '../../../scripts/ingest/numbers';

/** `isPerUnitNorm` on the numeral `raw` of `s` (its first occurrence after `from`). */
const norm = (s: string, raw: string, from = 0) => {
  const p = s.indexOf(raw, from);
  return isPerUnitNorm(s.slice(0, p), s.slice(p + raw.length), Number(raw));
};

describe('isPerUnitNorm', () => {
  it.each([
    ['Theo kế hoạch, mỗi xã thành lập 1 tổ hỗ trợ người dân.', '1'],
    ['Mỗi đơn vị cấp huyện lựa chọn 3 xã làm điểm.', '3'],
    ['Từng thôn cử 2 thanh niên tham gia tổ.', '2'],
    ['Từ quý III, các huyện, thị xã chọn 2 xã để thí điểm mô hình.', '2'],
    ['Mỗi tổ công nghệ số có 7 thành viên.', '7'],
    ['Mỗi đội hình tình nguyện cấp huyện có 10 người.', '10'],
  ])('%s → %s is a norm', (s, raw) => expect(norm(s, raw)).toBe(true));
  it.each([
    ['Đến nay, các xã đã thành lập 65 tổ công nghệ số.', '65'],
    ['Phấn đấu mỗi hộ gia đình có 01 tài khoản thanh toán.', '01'],
    ['Mỗi hợp tác xã đưa được tối thiểu 2 sản phẩm lên sàn thương mại điện tử.', '2'],
    ['Huyện đã thành lập 1 tổ hỗ trợ với 31 thành viên.', '31'],
    ['Mỗi tổ trung bình có 6 thành viên.', '6'],
    ['Các huyện đã chọn 2 xã để thí điểm.', '2'],
    ['Mỗi năm tỉnh thành lập 5 hợp tác xã mới.', '5'],
  ])('not a norm: %s', (s, raw) => expect(norm(s, raw)).toBe(false));
});

describe('findNumbers reads no per-unit norm', () => {
  it('neither the quota nor the team size', () => {
    const s = 'Mỗi phường lập 1 nhóm; mỗi nhóm có 4 thành viên, cấp ấp từ 3 - 6 thành viên.';
    expect(findNumbers(s)).toHaveLength(0);
  });
  it('a tally is still read', () => expect(findNumbers('Toàn tỉnh đã thành lập 1.250 tổ với 6.400 thành viên.').map((n) => n.value)).toEqual([1250, 6400]));
});
