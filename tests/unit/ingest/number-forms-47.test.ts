/** Round 47 number forms (set DF): a zero-padded fraction opening its sentence ("08/30 bộ, cơ quan ngang bộ … đã …") is a count;
 *  a padded count of ministries ("hoàn thành 03 bộ"). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((n) => n.text);

describe('a zero-padded fraction opening a sentence is a count', () => {
  it.each([
    ['07/22 bộ, ngành và 51/63 tỉnh đã ban hành kế hoạch chuyển đổi số.', ['07/22', '51/63']],
    ['Kết quả khả quan. 05/18 bộ đã kết nối cơ sở dữ liệu dân cư.', ['05/18']],
    ['Trong năm, đã hoàn thành cho 03 bộ và 12 tỉnh.', ['03', '12']],
  ])('%s', (s, want) => expect(texts(s)).toEqual(want));
  it.each([
    'Thông tư 05/2024 bộ trưởng đã ký.', // a document number
    'Mã 05 bộ hồ sơ mẫu được cập nhật.', // a code before the noun
  ])('%s reads no padded count', (s) => expect(texts(s).some((t) => /^0\d/u.test(t))).toBe(false));
});

describe('a score out of a total that reads like a double day ("7.7/12") is a score', () => {
  it.each(['Chỉ số thanh toán trực tuyến đạt 7.7/12 điểm.', 'Nhóm chỉ số công khai đạt 3.3/6 điểm.'])('%s', (s) => expect(findNumbers(s).map((n) => n.unit)).toEqual(['index']));
  it('a double day\'s sale is still no value', () => expect(texts('Chương trình siêu sale 9.9 thu hút nhiều người mua.')).toEqual([]));
});

describe('a facility\'s class ("chợ hạng 3", "đô thị loại 1") is no rank and no value', () => {
  it('the counts before each class are counts', () =>
    expect(findNumbers('Toàn tỉnh có 21 chợ hạng 1, 9 chợ hạng 2 và 14 chợ hạng 3 nhận thanh toán qua mã QR.').map((n) => [n.text, n.unit])).toEqual([['21', 'count'], ['9', 'count'], ['14', 'count']]));
  it('an urban class is no figure', () => expect(texts('Thành phố là đô thị loại 1 trực thuộc tỉnh.')).toEqual([]));
  it('a place in a ranking is still a rank', () => expect(findNumbers('Tỉnh xếp hạng 5 cả nước.').map((n) => n.unit)).toEqual(['rank']));
});
