/** Round 30a number forms: counts of times, padded too. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const first = (s: string, text: string) => findNumbers(s).find((n) => n.text === text);

describe('counts of times: occasions, not a multiple', () => {
  it.each([
    ['Trong 06 lần tham gia giải đấu từ năm 2010, đội đã 04 lần giành huy chương.', '06 lần', 6],
    ['Trong 06 lần tham gia giải đấu từ năm 2010, đội đã 04 lần giành huy chương.', '04 lần', 4],
    ['Câu lạc bộ đã 3 lần đoạt cúp, 05 lần giải Nhì.', '3 lần', 3],
    ['Câu lạc bộ đã 3 lần đoạt cúp, 05 lần giải Nhì.', '05 lần', 5],
    ['Qua 7 lần tham dự, trường từng 2 lần lọt vào chung kết.', '2 lần', 2],
  ])('%s → %s', (s, text, value) => expect(first(s, text)).toMatchObject({ unit: 'count', value }));
  it.each([
    ['Doanh thu năm nay gấp 3 lần giải ngân năm trước.', '3 lần'],
    ['Số thuê bao tăng 2 lần đạt mức cao nhất.', '2 lần'],
  ])('a comparison stays a multiple: %s', (s, text) => expect(first(s, text)?.unit).toBe('times'));
  it('a padded "lần" with no occasion after it is still no count', () =>
    expect(findNumbers('Mỗi năm kiểm tra 02 lần, mỗi lần một tuần.').find((n) => n.value === 2)).toBeUndefined());
});

const texts = (s: string) => findNumbers(s).map((n) => n.text);

describe('"TB" after a count in millions is subscribers, not terabytes', () => {
  it.each(['Thuê bao trả trước còn 41,2 triệu TB, giảm so với tháng trước.', 'Mạng 5G có 7 triệu TB sau một năm.', 'Tổng cộng 950 nghìn TB đã chuyển mạng.'])('%s', (s) =>
    expect(findNumbers(s)[0]?.unit).toBe('count'));
  it('a volume in TB without a scale word stays unread', () => expect(findNumbers('Trung tâm dữ liệu lưu 800 TB mỗi ngày.')).toHaveLength(0));
});

describe('the second count of a pair joined by "/"', () => {
  it.each([
    ['Huyện tổ chức 15 lớp/2.400 học viên tham gia tập huấn.', '2.400'],
    ['Đã mở 6 buổi tập huấn/912 cán bộ.', '912'],
  ])('%s', (s, text) => expect(texts(s)).toContain(text));
  it.each(['Toàn tỉnh có 40 xã/120 xã đạt chuẩn.', 'Mật độ đạt 85,3 thuê bao/100 dân.', 'Có 18 triệu/25 triệu hộ dùng cáp quang.'])(
    'no second count in %s', (s) => expect(texts(s)).toHaveLength(1));
});

describe('a rank out of its field with "trên"', () => {
  it.each([
    ['Tốc độ mạng cố định của Việt Nam là 41 trên 175 (giảm 3 bậc).', 41, 175],
    ['Chỉ số này ở mức 12 trên 63 (tăng 5 hạng) so với năm trước.', 12, 63],
  ])('%s', (s, value, total) => expect(findNumbers(s)[0]).toMatchObject({ value, unit: 'rank', total }));
  it('a count "trên" a whole with no rank move stays a count', () =>
    expect(findNumbers('Có 41 trên 175 xã đã hoàn thành.')[0]?.unit).toBe('count'));
});

describe('numbers that are no figure', () => {
  it.each(['Tài khoản có số dư 0 đồng sẽ bị khóa.', 'Ví có số dư 0 USD thì không giao dịch được.'])('an amount of nothing: %s', (s) => expect(findNumbers(s)).toHaveLength(0));
  it.each(['Tỉnh áp dụng mức thu phí 0 đồng cho hồ sơ trực tuyến.', 'Giá cước dịch vụ là 0 đồng trong tháng đầu.'])('a fee set at nothing is a figure: %s', (s) =>
    expect(findNumbers(s)[0]).toMatchObject({ value: 0, unit: 'VND' }));
  it.each(['Người dùng soạn tin gửi đầu số 9029 để tra cứu.', 'Hãy nhắn tin (miễn phí) tới 8088 với cú pháp KT.', 'Khách hàng nhắn tin đến số 5656 để đăng ký.'])('a short message number: %s', (s) =>
    expect(findNumbers(s)).toHaveLength(0));
  it.each(['Khảo sát diễn ra từ tháng 4 - 6/2024 tại các tỉnh.', 'Đợt kiểm tra trong tháng 3-5 năm nay.', 'Hội chợ mở từ ngày 12 - 15/8.'])('a span of months or days: %s', (s) =>
    expect(findNumbers(s)).toHaveLength(0));
  it('a code with a slash stays unread', () => expect(findNumbers('Quý I/2024 tăng mạnh.')).toHaveLength(0));
  it('a range of counts is still read', () => expect(findNumbers('Mỗi xã có 3 - 5 tổ công nghệ số.')[0]?.value).toBe(3));
});

describe('the top a counted group falls into, and a contest’s field', () => {
  it.each([
    ['Cả nước có 4 trường đại học lọt vào top 200 châu Á.', '4'],
    ['Năm nay, 2 doanh nghiệp công nghệ đã vào top 50 toàn cầu.', '2'],
  ])('%s: only the count', (s, text) => expect(texts(s)).toEqual([text]));
  it.each(['Tỉnh đã lọt vào top 10 cả nước.', 'Đến năm 2030, phải thuộc nhóm top 40 thế giới.'])('a subject’s own place stays a rank bound: %s', (s) =>
    expect(findNumbers(s)[0]?.unit).toBe('rank'));
  it.each(['Đội đã vượt qua các đội từ 12 nước để giành giải.', 'Sản phẩm đánh bại hơn 30 đối thủ trong vòng chung kết.', 'Nhóm sinh viên vượt qua 150 dự án khác.'])(
    'a contest’s field: %s', (s) => expect(findNumbers(s)).toHaveLength(0));
  it('passing a milestone is still a figure', () => expect(texts('Số thuê bao đã vượt qua 2 triệu.')).toEqual(['2 triệu']));
});

describe('the set of aims a subject is one of', () => {
  it.each(['Tỉnh coi du lịch là 1 trong 4 nhiệm vụ trọng tâm.', 'Đây là một trong 3 khâu đột phá của nhiệm kỳ.', 'Hạ tầng là một trong số 5 trụ cột.'])('%s', (s) =>
    expect(findNumbers(s)).toHaveLength(0));
  it('one of the largest economies is still a rank bound', () =>
    expect(findNumbers('Việt Nam là một trong 40 nền kinh tế lớn nhất thế giới.')[0]?.unit).toBe('rank'));
});

describe('a file name', () => {
  it.each(['4.jpg', 'Xem tệp 12.pdf đính kèm.', 'Ảnh minh họa 7.PNG'])('%s', (s) => expect(findNumbers(s)).toHaveLength(0));
  it('a decimal with a point is still read', () => expect(findNumbers('Tỷ lệ đạt 6.5%')[0]?.value).toBe(6.5));
});
