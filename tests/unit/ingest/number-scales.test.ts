/** Round 28a: a number written in several scales ("7 triệu 215 nghìn tỷ đồng") is one quantity (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const found = (s: string) => findNumbers(s).map((n) => `${n.text} = ${n.value} ${n.unit}`);

describe('a number in two or more scales', () => {
  it.each([
    ['Doanh thu ngành đạt 7 triệu 215 nghìn tỷ đồng.', ['7 triệu 215 nghìn tỷ đồng = 7215000000000000 VND']],
    ['Giá trị đóng góp đạt 2 triệu 80 nghìn tỷ đồng', ['2 triệu 80 nghìn tỷ đồng = 2080000000000000 VND']],
    ['Dự án trị giá 4 tỷ 650 triệu đồng.', ['4 tỷ 650 triệu đồng = 4650000000 VND']],
    ['Cổng có 2 triệu 180 nghìn lượt truy cập.', ['2 triệu 180 nghìn = 2180000 count']],
    ['Tổng kinh phí 1 tỷ 200 triệu 500 nghìn đồng.', ['1 tỷ 200 triệu 500 nghìn đồng = 1200500000 VND']],
    ['Xuất khẩu đạt 3 tỷ 5 triệu USD', ['3 tỷ 5 triệu USD = 3005000000 USD']],
    ['Thu ngân sách 5 nghìn tỷ 200 triệu đồng', ['5 nghìn tỷ 200 triệu đồng = 5000200000000 VND']],
  ])('%j', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['Tỉnh có 3 triệu người, 250 nghìn hộ.', ['3 triệu = 3000000 count', '250 nghìn = 250000 count']],
    ['Đạt 2 triệu thuê bao và 400 nghìn tài khoản.', ['2 triệu = 2000000 count', '400 nghìn = 400000 count']],
    ['Vốn từ 3 - 5 triệu đồng mỗi hộ', ['3 - 5 triệu đồng = 3000000 VND']],
    ['Quỹ chi 5 triệu và 2 tỷ đồng', ['5 triệu = 5000000 count', '2 tỷ đồng = 2000000000 VND']],
  ])('a scale no smaller group follows stays alone: %j', (s, want) => expect(found(s)).toEqual(want));
});
