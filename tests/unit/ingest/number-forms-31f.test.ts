/** Round 31f number forms (an output audit of unscored pages): dollars said short, a dotted day after a time of day, a file's
 *  name, the parts a whole is made of, a thing's code number. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((n) => n.text);

describe('"đô": dollars said short', () => {
  it.each([
    ['Tập đoàn lãi gần 3 tỷ đô trong năm qua.', 3e9],
    ['Startup gọi vốn thành công 250 triệu đô.', 2.5e8],
    ['Quỹ rót 400 nghìn đô vào dự án.', 4e5],
  ])('%s', (s, value) => expect(findNumbers(s).map((n) => [n.value, n.unit])).toContainEqual([value, 'USD']));
  it.each(['Tỉnh có 3 đô thị loại 2.', 'Cả nước có 2 đô thị đặc biệt.'])('a town is no dollar: %s', (s) =>
    expect(findNumbers(s).filter((n) => n.unit === 'USD')).toHaveLength(0));
});

describe('a day and month with a dot after a time of day', () => {
  it.each(['Chiều 12.10, bộ tổ chức hội nghị.', 'Sáng 3.4 tại Đà Nẵng, diễn đàn khai mạc.', 'Tối 25.12 vừa qua, chương trình được phát sóng.'])('%s', (s) =>
    expect(findNumbers(s)).toHaveLength(0));
  it('a decimal value after "sáng nay" is still read', () => expect(texts('Sáng nay giá vàng tăng 1.5%.')).toContain('1.5%'));
});

describe("a file's name", () => {
  it.each(['2023814-h2.jpg', 'Xem tệp 20240105_bieu-do.png kèm theo.', 'Tải về 112-bc.pdf'])('%s', (s) => expect(findNumbers(s)).toHaveLength(0));
});

describe('the parts a whole is made of', () => {
  it.each([
    ['Chính phủ số gồm 4 thành phần chính, được mô tả trong khung kiến trúc.', '4'],
    ['Chỉ số bao gồm 6 trụ cột và nhiều chỉ số con.', '6'],
    ['Dự án gồm có 3 hợp phần do các bộ thực hiện.', '3'],
  ])('%s', (s, text) => expect(texts(s)).not.toContain(text));
  it('members counted are still read', () => expect(texts('Tổ công tác gồm 7 thành viên.')).toContain('7'));
});

describe("a thing's code number", () => {
  it.each([
    ['Màn hình báo số thứ tự của bệnh nhân là 18.', '18'],
    ['Em có số báo danh 215 tại điểm thi.', '215'],
    ['Tàu mang số hiệu 4032 cập cảng.', '4032'],
  ])('%s', (s, text) => expect(texts(s)).not.toContain(text));
  it('a count of rooms is still read', () => expect(texts('Số phòng học là 120.')).toContain('120'));
});

describe('a score followed by a ranking word is no size of a group', () => {
  it.each([
    ['Thành phố có giá trị DTI đạt 0,7412 và dẫn đầu khu vực.', 0.7412],
    ['Tỉnh đạt chỉ số 0,6530 nhờ dẫn đầu về hạ tầng số.', 0.653],
  ])('%s', (s, value) => expect(findNumbers(s).map((n) => [n.value, n.unit])).toContainEqual([value, 'index']));
  it('a whole count before "dẫn đầu" is still the group', () => expect(texts('Có 5 tỉnh dẫn đầu, gồm: A, B, C, D, E.')).not.toContain('5'));
});

describe('earnings in billions with no currency word are đồng', () => {
  it.each([
    ['Ngân hàng lãi hơn 2.100 tỷ trong quý đầu năm.', 2.1e12],
    ['Hãng hàng không báo lỗ 350 tỷ, giảm so với năm trước.', -3.5e11], // round 49: a loss is a negative amount
    ['Doanh thu đạt gần 780 tỷ.', 7.8e11],
  ])('%s', (s, value) => expect(findNumbers(s).map((n) => [n.value, n.unit])).toContainEqual([value, 'VND']));
  it('a count in billions stays a count', () => expect(findNumbers('Doanh thu đến từ 2,4 tỷ lượt giao dịch.').map((n) => n.unit)).not.toContain('VND'));
  it('dollars stay dollars', () => expect(findNumbers('Công ty lãi 3 tỷ USD.').map((n) => n.unit)).toEqual(['USD']));
});

describe('the bar a condition sets', () => {
  it.each([
    ['Doanh nghiệp được hỗ trợ nếu đạt tối thiểu 12.000 trạm phát sóng.', '12.000'],
    ['Nhà đầu tư được giảm thuế với điều kiện có ít nhất 300 lao động.', '300'],
    ['Nếu trường có trên 40 lớp thì được thêm một phó hiệu trưởng.', '40'],
  ])('%s', (s, text) => expect(texts(s)).not.toContain(text));
  it('a bound reached is still read', () => expect(texts('Tỉnh đã đạt tối thiểu 12.000 trạm.')).toContain('12.000'));
});

describe('a verb of change glued to the words on both sides', () => {
  it.each([
    ['Ngành chế biến, chế tạotăng2,15% so với tháng trước.', '2,15%'],
    ['Tỷ lệ hộ có cáp quangđạt91,4%.', '91,4%'],
    ['Doanh nghiệp FDIchiếm70,2% kim ngạch.', '70,2%'],
  ])('%s', (s, text) => expect(texts(s)).toContain(text));
  it('a code with letters before its digits is still no figure', () => expect(findNumbers('Mẫu xe VF8 và chủng COVID-19.')).toHaveLength(0));
});
