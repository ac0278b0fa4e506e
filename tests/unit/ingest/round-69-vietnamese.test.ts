/** Round 69 (session 50): Vietnamese forms the held-out sets MB–MD showed — a double-day sale's name ("mua sắm lớn như 8/8, 9/9"), a
 *  quarter in an address ("(khu 1, phường Hồng Hà, …)"), the parts of PAPI's method ("gồm 8 nội dung chỉ số thành phần", "Trong 8 trục
 *  nội dung"), someone's expectations ("kỳ vọng của hơn 19.500 người dân") and a rank move from "thứ hạng" ("từ thứ hạng 51 lên thứ hạng
 *  31"). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const rows = (text: string, year?: number) => metricsOf(text.split(' // '), year).map((m) => `${m.text} ${m.status}`);

describe('names, no figures', () => {
  it.each([
    ['Doanh số tăng nhờ chuỗi sự kiện mua sắm lớn như 8/8, 9/9, Trung thu và mùa tựu trường.', []],
    ['Các sàn giảm giá mạnh trong ngày 11/11 và 12/12.', []],
    ['Ông Ảnh (khu 1, phường Hồng Hà, TP Hạ Long) nhận trợ cấp qua tài khoản.', []],
    ['Chị Lan ở khu 5, xã Tân An cho biết đã dùng ví điện tử.', []],
    ['Chỉ số PAPI gồm 8 nội dung chỉ số thành phần (1) Sự tham gia của người dân.', []],
    ['Trong 8 trục nội dung của Chỉ số PAPI năm 2021 thì có 07 trục nội dung tăng điểm và 01 trục nội dung giảm điểm.', ['07 actual', '01 actual']],
  ])('%s', (text, want) => expect(rows(text, 2024)).toEqual(want));
  it.each([
    ['Ngày hội mua sắm đã có 8/8 huyện tham gia.', ['8/8 actual']],
    ['Tỉnh đã hoàn thành 9/9 chỉ tiêu về chuyển đổi số.', ['9/9 actual']],
    ['Khu công nghệ cao có 5 khu, 3 phường tham gia.', ['5 actual', '3 actual']],
    ['Trong 8 tháng, tỉnh có 120 doanh nghiệp mới.', ['120 actual']],
  ])('still figures: %s', (text, want) => expect(rows(text, 2024)).toEqual(want));
});

describe('status', () => {
  it.each([
    ['Báo cáo thể hiện ý kiến và kỳ vọng của hơn 19.500 người dân về chính quyền.', ['19.500 actual']],
    ['Tỉnh kỳ vọng đến năm 2025 có 80% hộ dân dùng điện thoại thông minh.', ['80% target']],
    ['Kết quả PAPI của Tây Ninh năm 2021 tăng vọt từ thứ hạng 51 lên thứ hạng 31.', ['51 baseline', '31 actual']],
    ['Chỉ số của tỉnh năm 2021 tăng từ thứ 51 lên thứ 31.', ['51 baseline', '31 actual']],
  ])('%s', (text, want) => expect(rows(text, 2022)).toEqual(want));
});

describe('a banknote and an era', () => {
  it.each([
    ['Khi đưa tờ 500 nghìn để thanh toán vài chục nghìn ở tiệm tạp hóa, chị Thanh không lo.', []],
    ['Tờ tiền mệnh giá 200.000 đồng được in thêm 5 triệu tờ.', ['5 triệu actual']],
    ['Xã hội bây giờ phát triển 4,0, ít khi khách hàng trả bằng tiền mặt.', []],
    ['Điểm trung bình đạt 4,0 điểm, tăng 5,0% so với năm trước.', ['4,0 điểm actual', '5,0% actual']],
    ['Tỉnh cấp 500 nghìn tờ khai điện tử trong năm.', ['500 nghìn actual']],
  ])('%s', (text, want) => expect(rows(text, 2024)).toEqual(want));
});
