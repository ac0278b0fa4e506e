/** Round 33 number forms (an output audit of interviews, speeches, explainers and comparisons): a year before a noun that
 *  opens on "tỷ" ("tỷ suất", "tỷ giá", "tỷ phú"), a term's or a generation's order ("nhiệm kỳ thứ 3"), a plenum's number
 *  ("Trung ương 6"), a ratio's part after a comma ("cứ 5 người, có 1 người"). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((n) => n.text);
const values = (s: string) => findNumbers(s).map((n) => n.value);

describe('a year before a noun that opens on "tỷ" is no billion', () => {
  it.each([
    'Các chuyên gia dự báo năm 2025 tỷ suất sinh lời của ngành sẽ giảm.',
    'Trong năm 2023 tỷ giá biến động mạnh so với đồng USD.',
    'Đến năm 2030 tỷ phú công nghệ sẽ nhiều hơn ở châu Á.',
  ])('%s', (s) => expect(values(s).every((v) => v === undefined || v < 1e9)).toBe(true));
  it('a billion before a value is still a billion', () =>
    expect(values('Dự án có tổng mức đầu tư 12 tỷ giá trị xây lắp.')).toContain(12e9));
  it('a sum in billions of đồng is still read', () =>
    expect(texts('Doanh thu đạt 2.024 tỷ đồng trong năm.')).toContain('2.024 tỷ đồng'));
});

describe("a term's or a generation's order is no quantity", () => {
  it.each([
    'Ông tái đắc cử nhiệm kỳ thứ 2 liên tiếp vào năm ngoái.',
    'Đây là khóa thứ 5 của chương trình đào tạo kỹ sư.',
    'Hãng giới thiệu dòng chip thế hệ thứ 4 cho máy chủ.',
  ])('%s', (s) => expect(texts(s)).toEqual([]));
  it('a rank with "thứ" stays a claim', () => expect(texts('Việt Nam đứng thứ 3 khu vực về tốc độ này.')).toContain('3'));
});

describe("a Party plenum's number names it", () => {
  it.each([
    'Nghị quyết Trung ương 8 khóa XI đã đặt ra yêu cầu đổi mới giáo dục.',
    'Tại Hội nghị Trung ương 10, Ban Chấp hành đã thảo luận nhiều nội dung.',
    'Hội nghị Ban Chấp hành Trung ương lần 4 bàn về công tác cán bộ.',
  ])('%s', (s) => expect(texts(s)).toEqual([]));
  it('a count after "trung ương" as a level stays a claim', () =>
    expect(texts('Có 12 cơ quan trung ương kết nối với hệ thống.')).toContain('12'));
});

describe("a ratio's part after a comma", () => {
  it.each([
    ['Theo khảo sát, cứ 5 người trưởng thành, có 1 người từng bị lừa qua mạng.', '1'],
    ['Ở vùng núi, cứ 4 hộ dân, thì có 3 hộ đã dùng điện thoại thông minh.', '3'],
    ['Cứ 10 doanh nghiệp nhỏ, có tới 7 doanh nghiệp chưa số hóa quy trình.', '7'],
  ])('%s', (s, part) => expect(texts(s)).not.toContain(part));
  it('a larger count after the comma is still read', () =>
    expect(texts('Cứ 2 năm, có 300 sản phẩm mới được đưa ra thị trường.')).toContain('300'));
});

describe("a question's number in a Q&A", () => {
  it.each([
    'Câu 4: Người dân có phải nộp phí khi cài ứng dụng không?',
    'Câu hỏi 2 – Tài khoản mức 1 dùng được những dịch vụ nào?',
    'Câu 10: Bao lâu thì nhận được kết quả?',
  ])('%s', (s) => expect(texts(s)).toEqual([]));
  it('a count of questions is still read', () => expect(texts('Bộ đề gồm 30 câu trắc nghiệm về an toàn thông tin.')).toContain('30'));
});

describe('an amount in a currency the schema has no unit for is left unread', () => {
  it.each([
    ['Doanh thu quảng cáo của nền tảng đạt 2 nghìn tỷ nhân dân tệ, tương đương khoảng 280 tỷ USD.', '280 tỷ USD'],
    ['Ngân sách cho chương trình là 500 tỷ rupee (6 tỷ USD) trong ba năm.', '6 tỷ USD'],
    ['Tập đoàn rót thêm 40 tỷ yên, khoảng 270 triệu USD, vào nhà máy chip.', '270 triệu USD'],
  ])('%s', (s, usd) => expect(texts(s)).toEqual([usd]));
  it('the province Yên Bái after a rank is no currency', () => expect(texts('Xếp thứ 15 Yên Bái, thứ 16 Lào Cai.')).toContain('15'));
  it('a sum in đồng is still read', () => expect(texts('Dự án trị giá 120 tỷ đồng.')).toEqual(['120 tỷ đồng']));
});

describe('hours said "tiếng" are a duration', () => {
  it.each([
    'Thủ tục trước đây mất khoảng 3 tiếng, nay chỉ còn vài phút.',
    'Trung bình học sinh dùng mạng xã hội 4 tiếng mỗi ngày.',
    'Đoàn xe phải chờ hơn 10 tiếng mới qua được cửa khẩu.',
  ])('%s', (s) => expect(texts(s)).toEqual([]));
  it('a count of languages stays a count', () => expect(texts('Ứng dụng đã có thêm 5 tiếng dân tộc thiểu số.')).toContain('5'));
});
