/** Round 32 number forms and dates (an output audit of unscored pages): a storm's number, a figure's digit count, a change
 *  before a superlative, the names a count stands with (a qualifier in brackets, a bracket of long names), a portal's date
 *  with spaced dashes. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { findArticleDate } from '../../../scripts/ingest/dates';
import { segmentArticle } from '../../../scripts/ingest/segment';

const texts = (s: string) => findNumbers(s).map((n) => n.text);

describe("a storm's number names it", () => {
  it.each([
    'Cơn bão số 4 đổ bộ vào miền Trung cuối tháng 9.',
    'Sản lượng lúa giảm do ảnh hưởng của bão số 11 trong tháng 10.',
    'Áp thấp nhiệt đới số 2 gây mưa lớn ở các tỉnh phía Nam.',
  ])('%s', (s) => expect(findNumbers(s)).toHaveLength(0));
  it('a count of storms is still read', () => expect(texts('Năm nay có 9 cơn bão đổ bộ vào đất liền.')).toContain('9'));
});

describe("how many digits a figure has", () => {
  it.each([
    'Năm tỉnh đạt mức tăng trưởng 2 chữ số trong quý I.',
    'Mã xác thực gồm 6 chữ số được gửi qua tin nhắn.',
    'Lạm phát được giữ ở mức 1 con số trong nhiều năm.',
  ])('%s', (s) => expect(texts(s).filter((t) => t !== 'Năm')).toEqual([]));
  it('the growth beside it is still read', () =>
    expect(texts('Doanh thu tăng trưởng 2 chữ số, cụ thể tăng 14,5%.')).toEqual(['14,5%']));
});

describe('a change before a superlative is no group size', () => {
  it.each([
    ['Khối cao đẳng có 52.300 lao động thất nghiệp, giảm 12.000 người so với quý trước nhưng vẫn cao nhất.', '12.000'],
    ['Số doanh nghiệp mới tăng 3.400 đơn vị so với cùng kỳ, mức lớn nhất từ trước tới nay.', '3.400'],
    ['Huyện A tăng thêm 25 trạm so với năm ngoái và vẫn dẫn đầu toàn tỉnh.', '25'],
  ])('%s', (s, n) => expect(texts(s)).toContain(n));
  it('a group that leads is still its size', () => expect(texts('Có 5 tỉnh dẫn đầu cả nước về chỉ số này.')).not.toContain('5'));
});

describe('the names a count stands with', () => {
  it.each([
    ['Ba thị trường gồm Nhật Bản, Hồng Kông (Trung Quốc), Úc đóng góp gần 40% doanh thu.', 'Ba'],
    ['Riêng 3 thị trường chính gồm Mỹ, Đài Loan (Trung Quốc), Hàn Quốc đóng góp hơn một nửa lượng hàng.', '3'],
    ['Sở ký kết với 3 doanh nghiệp (Công ty cổ phần Dịch vụ số Miền Trung - Chi nhánh Huế, Bưu điện tỉnh, Ngân hàng An Phú) về thanh toán số.', '3'],
    ['Đại diện 4 đơn vị (Trung tâm Chuyển đổi số tỉnh, Viễn thông tỉnh, Bưu điện tỉnh, Công ty Điện lực tỉnh) tham dự.', '4'],
  ])('%s', (s, n) => expect(texts(s)).not.toContain(n));
  it('villages named with their communes keep their count', () =>
    expect(texts('Còn 3 thôn chưa có điện lưới, gồm: Thôn Nà Lầu (xã Minh Sơn), Khuổi Pết (xã Tân Lập) và Bản Mới (xã Yên Hòa).')).toContain('3'));
  it('a place in a ranking before a bracket is still read', () =>
    expect(texts('Mặt hàng này đứng thứ 3 trong số các mặt hàng chủ lực (sau nhóm dệt may và nhóm giày dép).')).toContain('3'));
  it('a count whose bracket holds figures is read', () =>
    expect(texts('Có 3 tỉnh tăng trên 10%, gồm: Hòa Bình (11,2%), Bắc Ninh (10,8%) và Phú Thọ (10,1%).')).toContain('3'));
});

describe("a portal's date with spaced dashes", () => {
  const body = 'Theo báo cáo, trong chín tháng qua thu ngân sách của tỉnh tăng mạnh so với cùng kỳ năm trước.';
  it.each([
    [['Tình hình kinh tế tháng Mười năm 2023', 'Đăng ngày 05 - 11 - 2023', body], '2023-11-05'],
    [['Kết quả chuyển đổi số của tỉnh trong quý II', 'Cập nhật ngày 2 – 7 – 2024', body], '2024-07-02'],
  ])('reads the stamp under the headline (%#)', (paragraphs, iso) => {
    expect(findArticleDate({ paragraphs })).toMatchObject({ iso, precision: 'day' });
  });
  it('a range of shares is still read', () => expect(texts('Cước giảm 3 - 5% từ ngày 1 - 7.')).toContain('3 - 5%'));
});

describe('a footnote mark glued to a figure', () => {
  it.each([
    ['Cả nước có 95.420(3) hộ kinh doanh nộp thuế điện tử.', ['95.420']],
    ['Tỷ lệ đạt 64,5%(2) theo báo cáo của bộ.', ['64,5%']],
    ['Đến tháng 6, có 2.318(1) dự án được cấp phép.', ['2.318']],
  ])('%s', (s, want) => expect(texts(s)).toEqual(want));
});

describe("a listing page's label over its story", () => {
  it.each([
    'Lưu trữ thẻ: chữ ký số',
    'Thẻ: chuyển đổi số',
    'Từ khóa: kinh tế số',
    'Chuyên mục: Kinh tế',
  ])('%s is no headline', (label) => {
    const seg = segmentArticle(`${label}\n\nNhiều tỉnh đẩy nhanh cấp chữ ký số cho người dân\n\nTrong quý II, tỉnh cấp thêm 12.000 chứng thư số cho người dân và doanh nghiệp.\n`);
    expect(seg.title?.text).toBe('Nhiều tỉnh đẩy nhanh cấp chữ ký số cho người dân');
  });
  it('a headline with a colon is still one', () =>
    expect(segmentArticle('Hà Nội: Hơn 2 triệu hồ sơ được xử lý trực tuyến\n\nTrong năm, thành phố tiếp nhận 2,1 triệu hồ sơ.\n').title?.text).toBe('Hà Nội: Hơn 2 triệu hồ sơ được xử lý trực tuyến'));
});
