/**
 * Round 19 number forms: counts written with a leading zero after a change, a place word, a passing or tabling verb,
 * "ban hành theo thẩm quyền", and after a count whose noun is a comma-joined pair ("12 bộ, ngành, 02 doanh nghiệp").
 * Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

/** The numbers found in `s`, as "value unit". */
const found = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}`);

describe('a count with a leading zero', () => {
  it.each([
    ['Số trạm phát sóng là 320 trạm (tăng 05 trạm so với năm trước).', ['320 count', '5 count']],
    ['Phủ sóng thêm 9 thôn tại 04 xã vùng cao.', ['9 count', '4 count']],
    ['Quốc hội đã thông qua 03 Luật liên quan.', ['3 count']],
    ['Giám đốc Sở đã ban hành theo thẩm quyền 05 quyết định công bố thủ tục.', ['5 count']],
    ['Hệ thống kết nối với 11 bộ, ngành, 02 doanh nghiệp nhà nước.', ['11 count', '2 count']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['Theo Quyết định số 06 của Thủ tướng, tỉnh tăng tốc.', []],
    ['Trụ sở đặt tại 03 Nguyễn Huệ.', []],
    ['Thời gian xử lý giảm 02 ngày so với quy định.', []],
  ])('not: %s', (s, want) => expect(found(s)).toEqual(want));
});

describe("a ranking's parts ranked in turn", () => {
  it.each([
    ['Năm 2024, xếp hạng chính quyền số, kinh tế số, xã hội số của tỉnh lần lượt là 21, 9, 5 so với cả nước.', ['21 rank', '9 rank', '5 rank']],
    ['Thứ hạng về hạ tầng và nhân lực của thành phố lần lượt ở vị trí 12 và 30.', ['12 rank', '30 rank']],
  ])('%s', (s, want) => expect(found(s).filter((x) => !x.startsWith('2024'))).toEqual(want));
  it.each([
    ['Tỷ lệ hộ có cáp quang và điện thoại thông minh lần lượt là 80%, 75%.', ['80 percent', '75 percent']],
    ['Xếp hạng 13, điểm số tăng; số doanh nghiệp và hợp tác xã lần lượt là 40, 12.', ['13 rank', '40 count', '12 count']],
  ])('not ranks: %s', (s, want) => expect(found(s)).toEqual(want));
});

describe('a threshold that a count of units moved past', () => {
  it.each([
    ['Trong 10 tháng có 8 nhóm hàng tăng trên 2 tỷ USD so với cùng kỳ.', ['8 count']],
    ['Có 3 mặt hàng có trị giá xuất khẩu giảm mạnh hơn 15% so với tháng trước.', ['3 count']],
  ])('%s', (s, want) => expect(found(s).filter((x) => !x.startsWith('10 '))).toEqual(want));
  it('a group\'s own fall is a claim', () => expect(found('Nhóm hàng rau quả giảm hơn 15% so với tháng trước.')).toEqual(['-15 percent']));
});

describe('sizes, ratios and units that are no claims', () => {
  it.each([
    ['Theo khảo sát, cứ 150 người dùng thì có 1 người bị lừa, tỷ lệ là 0,6%.', ['0.6 percent']],
    ['Cứ 300 người dùng điện thoại sẽ có 1 người là nạn nhân.', []],
    ['Tốc độ trung bình khoảng 300 Mpbs đối với cá nhân.', []],
    ['Chiến lược được ban hành với lộ trình 3 giai đoạn.', []],
    ['Đề án được triển khai theo 2 bước.', []],
    ['Ban Chỉ đạo xác định 5 phương châm; bám sát 4 mục tiêu.', []],
    ['4 mục tiêu: (1) Việc chưa xong thì phải xong; việc xong thì phải tốt hơn; (2) Đạt 70% trong năm 2026; (3) Thông suốt; (4) Tiết kiệm.', ['70 percent']],
    ['7 nhiệm vụ: (1) Hoàn thiện dữ liệu; (2) Hoàn thiện thể chế.', []],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['Năm 2024 có 150 người dùng bị lừa.', ['150 count']],
    ['Đã hoàn thành 3 giai đoạn của dự án.', ['3 count']],
    ['Có 5 nhiệm vụ: hoàn thiện dữ liệu, thể chế.', ['5 count']],
  ])('still claims: %s', (s, want) => expect(found(s).filter((x) => !x.startsWith('2024'))).toEqual(want));
});
