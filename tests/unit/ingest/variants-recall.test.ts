import { describe, expect, it } from 'vitest';
import { claimOf, type Claim } from '../../support/metrics-of';

/**
 * Round 31b (recall: number formats): phrasings written for this round in the style of provincial portals, national papers
 * and ministry reports, several forms per class; the expected claim follows docs/real-corpus.md's gold conventions.
 * Each row: the text (paragraphs split at " // "), the number as written, the claim, the article's year (default 2025;
 * null: an undated page) and whether the first paragraph is a headline.
 */
type Row = [text: string, n: string, want: Partial<Claim>, year?: number | null, headline?: boolean];
const c = (value: number, unit: string, status?: string, period?: string | null): Partial<Claim> =>
  ({ value, unit, ...(status ? { status } : {}), ...(period !== undefined ? { period } : {}) });
const check = ([text, n, want, year = 2025, headline = false]: Row) => expect(claimOf(text, n, year ?? undefined, headline), text).toMatchObject(want);

describe('digits, decimal commas and scale words (nghìn/ngàn, tỷ/tỉ, triệu tỷ)', () => {
  it.each([
    ['Năm 2024, doanh thu dịch vụ viễn thông của tỉnh đạt 1.234,5 tỷ đồng.', '1.234,5', c(1.2345e12, 'VND', 'actual', '2024')],
    ['Toàn tỉnh hiện có 1.234 doanh nghiệp công nghệ số đang hoạt động.', '1.234', c(1234, 'count', 'actual')],
    ['Năm 2024, số tài khoản định danh điện tử mức 2 được kích hoạt là 1,5 triệu.', '1,5', c(1.5e6, 'count', 'actual', '2024')],
    ['Đến cuối năm 2024, toàn tỉnh có 15 nghìn hộ kinh doanh sử dụng mã QR.', '15', c(15000, 'count', 'actual', '2024')],
    ['Năm 2024, toàn tỉnh có 15 ngàn hộ kinh doanh sử dụng mã QR.', '15', c(15000, 'count', 'actual', '2024')],
    ['Năm 2024, giá trị giao dịch thanh toán qua điện thoại di động đạt 1,2 nghìn tỷ đồng.', '1,2', c(1.2e12, 'VND', 'actual', '2024')],
    ['Năm 2024, giá trị giao dịch thanh toán qua điện thoại di động đạt 1,2 ngàn tỉ đồng.', '1,2', c(1.2e12, 'VND', 'actual', '2024')],
    ['Năm 2024, xuất khẩu phần mềm đạt 2,5 tỉ USD.', '2,5', c(2.5e9, 'USD', 'actual', '2024')],
    ['Năm 2024, kim ngạch xuất khẩu phần mềm đạt 2,5 tỷ đô la Mỹ.', '2,5', c(2.5e9, 'USD', 'actual', '2024')],
    ['Năm 2024, hệ thống đã tiếp nhận 1.234.567 hồ sơ trực tuyến.', '1.234.567', c(1234567, 'count', 'actual', '2024')],
    ['Năm 2024, nền tảng ghi nhận gần 1,5 triệu lượt truy cập.', '1,5', c(1.5e6, 'count', 'actual', '2024')],
    ['Năm 2024, quy mô kinh tế số của vùng đạt khoảng 30 nghìn tỷ đồng.', '30', c(3e13, 'VND', 'actual', '2024')],
    ['Năm 2024, tổng giá trị giao dịch đạt 1,3 triệu tỷ đồng.', '1,3', c(1.3e15, 'VND', 'actual', '2024')],
    ['Năm 2024, doanh thu thương mại điện tử đạt xấp xỉ 3 nghìn tỷ đồng.', '3', c(3e12, 'VND', 'actual', '2024')],
    ['Năm 2024, doanh thu phần mềm đạt trên 1.000 tỉ đồng.', '1.000', c(1e12, 'VND', 'actual', '2024')],
    ['Năm 2024, giá trị giao dịch qua ví điện tử đạt 12.345,67 tỷ đồng.', '12.345,67', c(1.234567e13, 'VND', 'actual', '2024')],
    ['Năm 2024, tỉnh có 600 nghìn người dùng ứng dụng công dân số.', '600', c(6e5, 'count', 'actual', '2024')],
    ['Năm 2024, tổng mức đầu tư cho chuyển đổi số là 1.500 triệu đồng.', '1.500', c(1.5e9, 'VND', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('qualifiers and the ways to write a percentage', () => {
  it.each([
    ['Năm 2024, ứng dụng đã có hơn 3 triệu người dùng.', '3', c(3e6, 'count', 'actual', '2024')],
    ['Năm 2024, gần 70% người trưởng thành có tài khoản ngân hàng.', '70%', c(70, 'percent', 'actual', '2024')],
    ['Năm 2024, tỷ lệ hồ sơ được xử lý trực tuyến đạt 70 phần trăm.', '70', c(70, 'percent', 'actual', '2024')],
    ['Năm 2024, tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 88,5 %.', '88,5', c(88.5, 'percent', 'actual', '2024')],
    ['Năm 2024, tỷ lệ người dân dùng dịch vụ công trực tuyến đạt 65 %.', '65', c(65, 'percent', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('the verb or link before the figure (là, đạt, ở mức, lên, xuống, còn, a colon, a bracket)', () => {
  it.each([
    ['Năm 2024, doanh thu thương mại điện tử của tỉnh (đạt 450 tỷ đồng) tăng mạnh.', '450', c(4.5e11, 'VND', 'actual', '2024')],
    ['Năm 2024, tỷ lệ người dân có danh tính số ở mức 85%.', '85%', c(85, 'percent', 'actual', '2024')],
    ['Năm 2024, số thuê bao băng rộng cố định tăng lên 2,1 triệu.', '2,1', c(2.1e6, 'count', 'actual', '2024')],
    ['Năm 2024, tỷ lệ hộ gia đình chưa có điện thoại thông minh còn 8%.', '8%', c(8, 'percent', 'actual', '2024')],
    ['Năm 2024, tỷ lệ hộ chưa có kết nối Internet giảm xuống 6,5%.', '6,5%', c(6.5, 'percent', 'actual', '2024')],
    ['Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình: 85%.', '85%', c(85, 'percent', 'actual', '2024')],
    ['Năm 2024, doanh thu bưu chính là 320 tỷ đồng.', '320', c(3.2e11, 'VND', 'actual', '2024')],
    ['Năm 2024, giá trị thanh toán qua QR tăng lên mức 2.500 tỷ đồng.', '2.500', c(2.5e12, 'VND', 'actual', '2024')],
    ['Năm 2024, số thuê bao 2G giảm xuống còn 1,1 triệu.', '1,1', c(1.1e6, 'count', 'actual', '2024')],
    ['Năm 2024 — tỷ lệ phủ sóng 4G: 99,8%; cáp quang: 95%.', '95%', c(95, 'percent', 'actual', '2024')],
    ['Năm 2024, số doanh nghiệp công nghệ số: 1.024 (tăng 12%).', '12%', c(12, 'percent', 'actual', '2024')],
    ['Năm 2024, tỷ lệ hộ có cáp quang đạt 92% - cao nhất từ trước đến nay.', '92%', c(92, 'percent', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('parts of a whole, ranks out of a field and multiples', () => {
  it.each([
    ['Năm 2024, có 12/15 huyện hoàn thành kết nối mạng truyền số liệu chuyên dùng.', '12', c(12, 'count', 'actual', '2024')],
    ['Năm 2024, tỉnh xếp thứ 12 trên 63 tỉnh, thành phố về chỉ số chuyển đổi số.', '12', c(12, 'rank', 'actual', '2024')],
    ['Năm 2024, thương mại điện tử tăng trưởng gấp 3 lần so với năm 2020.', '3', c(3, 'times', 'actual', '2024')],
    ['Năm 2024, toàn tỉnh có 8 huyện (trên tổng số 9 huyện) hoàn thành kết nối.', '8', c(8, 'count', 'actual', '2024')],
    ['Năm 2024, mạng cáp quang đã đến 150/152 xã, phường, thị trấn.', '150', c(150, 'count', 'actual', '2024')],
    ['Năm 2024, toàn huyện có 45 trên 50 xã có cáp quang đến thôn.', '45', c(45, 'count', 'actual', '2024')],
    ['Năm 2024, doanh thu dịch vụ số tăng gấp 2,5 lần so với năm 2020.', '2,5', c(2.5, 'times', 'actual', '2024')],
    ['Năm 2024, xuất khẩu điện tử chiếm gần 1/3 tổng kim ngạch xuất khẩu.', '1/3', c(33.33, 'percent', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('counts written with a leading zero after any verb', () => {
  it.each([
    ['Năm 2024, huyện đã hỗ trợ 05 xã xây dựng mô hình xã thông minh.', '05', c(5, 'count', 'actual', '2024')],
    ['Năm 2024, tỉnh đã triển khai 07 nền tảng số dùng chung.', '07', c(7, 'count', 'actual', '2024')],
    ['Năm 2024, tỉnh có 03 huyện được công nhận huyện chuyển đổi số.', '03', c(3, 'count', 'actual', '2024')],
    ['Năm 2024, Sở đã tổ chức 04 lớp tập huấn về chuyển đổi số.', '04', c(4, 'count', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('numbers written in words', () => {
  it.each([
    ['Năm 2024, toàn tỉnh có hai nghìn doanh nghiệp sử dụng hóa đơn điện tử.', 'hai nghìn', c(2000, 'count', 'actual', '2024')],
    ['Năm 2024, có mười lăm xã đạt chuẩn xã thông minh.', 'mười lăm', c(15, 'count', 'actual', '2024')],
    ['Năm 2024, toàn tỉnh có hơn hai triệu tài khoản định danh điện tử.', 'hai triệu', c(2e6, 'count', 'actual', '2024')],
    ['Năm 2024, mạng 5G đã phủ sóng mười hai huyện.', 'mười hai', c(12, 'count', 'actual', '2024')],
    ['Năm 2024, huyện có bốn mươi lăm tổ công nghệ số cộng đồng.', 'bốn mươi lăm', c(45, 'count', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('headlines and list items', () => {
  it.each([
    ['Kết quả năm 2024: // - 92% hồ sơ được số hóa; // - 1.500 doanh nghiệp dùng hóa đơn điện tử.', '1.500', c(1500, 'count', 'actual', '2024')],
    ['Hơn 3,2 triệu tài khoản định danh điện tử được kích hoạt năm 2024 // Năm 2024, công an tỉnh đã đẩy mạnh cấp tài khoản.', '3,2', c(3.2e6, 'count', 'actual', '2024'), 2025, true],
    ['Tỉnh có 45 nghìn doanh nghiệp dùng hóa đơn điện tử năm 2024 // Năm 2024, ngành thuế đẩy mạnh hóa đơn điện tử.', '45', c(45000, 'count', 'actual', '2024'), 2025, true],
    ['Năm 2024, 98% hồ sơ của tỉnh được tiếp nhận trực tuyến // Năm 2024, tỉnh đẩy mạnh dịch vụ công.', '98%', c(98, 'percent', 'actual', '2024'), 2025, true],
    ['Trong năm 2024: tỷ lệ hồ sơ trực tuyến 68%; tỷ lệ thanh toán trực tuyến 45%.', '45%', c(45, 'percent', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('what stays no number', () => {
  it.each([
    ['Sau hai mươi năm phát triển, ngành viễn thông của tỉnh đã đổi khác.', 'hai mươi'],
    ['Kết quả tháng mười một vừa qua cho thấy nhiều chuyển biến.', 'mười một'],
    ['Đại hội lần thứ mười hai của Đảng bộ tỉnh đề ra nhiều chủ trương lớn.', 'mười hai'],
    ['Mười tháng đầu năm, tỉnh tập trung triển khai các nhiệm vụ trọng tâm.', 'Mười'],
    ['Mã 03 xã đã được cấp cho đơn vị mới.', '03'],
    ['Khu 05 phường Đông Hòa được lắp thêm camera giám sát.', '05'],
    ['Năm 2025, tỉnh đã sáp nhập 03 xã thành một xã mới.', '03'],
  ])('%s', (text, n) => expect(() => claimOf(text, n, 2025)).toThrow(/no metric/));
  it('reads "tăng mười bậc" once, as a rank move', () => expect(claimOf('Năm 2024, tỉnh tăng mười bậc trên bảng xếp hạng DTI.', 'mười', 2025)).toMatchObject({ value: 10, unit: 'rank' }));
});
