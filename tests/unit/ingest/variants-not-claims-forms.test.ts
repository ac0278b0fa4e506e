/**
 * Round 31a variants, second batch: the same classes as `variants-not-claims-marks` and `-names` in other spellings
 * ("ngàn"/"nghìn", "tỉ"/"tỷ", "phần trăm"), positions (bracket, heading in capitals, after a line break, mid-sentence) and
 * forms (ordinal labels, cited figures, quoted names, named days, clock minutes, versions). Every sentence is written for
 * this test; each lists the numbers the metric stage should read, in order (paragraphs split at " // ").
 */
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { LEXICON, segments } from './metrics-support';

/** The numbers, as written, that the metric stage reads in the paragraphs of an undated page. */
const read = (text: string): string[] =>
  extractMetrics(segments(text.split(' // ')), { ...LEXICON, fallbackTopic: 'chi-dao-dieu-hanh' }).map((m) => m.text);

describe('labels of parts and figures in other forms and positions', () => {
  it.each([
    ['Bước 3: Có 1,2 nghìn hộ cài ứng dụng; Bước 4: 15 ngàn người dùng thanh toán.', ['1,2 nghìn', '15 ngàn']],
    ['Nhiệm vụ số 2 – phát triển hạ tầng: đã lắp 340 trạm.', ['340']],
    ['NHIỆM VỤ 1: PHỔ CẬP 100% CÁP QUANG', ['100%']],
    ['Giải pháp thứ 2: đào tạo 1.200 lượt người.', ['1.200']],
    ['(Biểu đồ 2) Doanh thu đạt 4,5 tỉ USD.', ['4,5 tỉ USD']],
    ['Ảnh 2 – Người dân sử dụng dịch vụ. // Có 65 phần trăm hộ dùng ví điện tử.', ['65 phần trăm']],
    ['Tỉnh có 220 thôn (Bảng 3) đã có sóng 4G.', ['220']],
    ['Theo Phụ lục số 3, tỉnh giao 16 chỉ tiêu cho các huyện.', ['16']],
    ['Như Hình 2 cho thấy, 70% doanh nghiệp đã dùng hóa đơn điện tử.', ['70%']],
    ['Tỉnh có 340 điểm giao dịch; Bảng 2 liệt kê chi tiết.', ['340']],
    ['Mục tiêu 2: Đến năm 2025, 80% dân số có danh tính số.', ['80%']],
    ['Chỉ tiêu 3: 100% cơ quan dùng văn bản điện tử.', ['100%']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
  it('a count of figures stays a claim: "có 12 hình ảnh"', () => expect(read('Triển lãm có 12 hình ảnh, 5 mô hình.')).toEqual(['12', '5']));
});

describe('enumerators and notes in other forms', () => {
  it.each([
    ['a. Hạ tầng số: phủ sóng 99% thôn. b. Dữ liệu số: 12 cơ sở dữ liệu.', ['99%', '12']],
    ['- Thứ hai: doanh thu tăng 11,2%.', ['11,2%']],
    ['Ba là, 95% hồ sơ được giải quyết đúng hạn.', ['95%']],
    ['Kết quả gồm: thứ nhất, 80% xã có điểm phục vụ; thứ hai, 60% hộ dùng cáp quang.', ['80%', '60%']],
    ['(i) 250 doanh nghiệp tham gia; (ii) 45 sản phẩm được giới thiệu.', ['250', '45']],
    ['1.2.3. Hạ tầng // Có 54 trạm.', ['54']],
    ['Tỉnh có 12 xã đạt chuẩn(*), tăng 3 xã.', ['12', '3']],
    ['Số thuê bao đạt 2,1 triệu.(3)', ['2,1 triệu']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('phones, addresses, versions, standards, clock times in other forms', () => {
  it.each([
    ['Số điện thoại 0912 345 678 đã nhận 300 tin nhắn.', ['300']],
    ['Đã có 1.500 người dân gọi đến tổng đài 1900 9095.', ['1.500']],
    ['Địa chỉ: số 5 Lê Duẩn, quận 1; có 250 nhân viên.', ['250']],
    ['Trạm tại Km 45 quốc lộ 14 phủ sóng cho 2 nghìn thuê bao.', ['2 nghìn']],
    ['Phiên bản 2.0 của ứng dụng có 1,5 triệu lượt tải.', ['1,5 triệu']],
    ['Ứng dụng phiên bản 3.1 có 800 ngàn người dùng.', ['800 ngàn']],
    ['Chính phủ số 2.0 giúp 40% hồ sơ được xử lý nhanh hơn.', ['40%']],
    ['Công nghệ Wi-Fi 7 và 5G-Advanced được thử nghiệm ở 3 tỉnh.', ['3']],
    ['Mạng 4G LTE phủ 99,8% dân số, 5G phủ 26% dân số.', ['99,8%', '26%']],
    ['Hệ thống đạt chứng nhận ISO/IEC 27001:2022 tại 12 đơn vị.', ['12']],
    ['Lúc 7 giờ 30 sáng, 1.200 người đã xếp hàng.', ['1.200']],
    ['Khoảng 20h ngày 5/9, hệ thống xử lý 5.000 giao dịch mỗi giây.', ['5.000']],
    ['Từ 7h30 đến 11h30, 300 hồ sơ đã được tiếp nhận.', ['300']],
    ['Đến 17h, 92,3% cử tri đã bỏ phiếu.', ['92,3%']],
    ['Từ 0h ngày 1/7, 100% thủ tục được thực hiện trực tuyến.', ['100%']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
  it('a wait in hours then a count stays: "trong 24 giờ, 30 hồ sơ"', () => expect(read('Trong 24 giờ, 30 hồ sơ đã được xử lý.')).toContain('30'));
});

describe('events, names, quoted programmes, named days and people in other forms', () => {
  it.each([
    ['Diễn đàn Kinh tế số lần thứ 5 năm 2024 thu hút 700 doanh nghiệp.', ['700']],
    ['Đại hội Đảng bộ tỉnh lần thứ 18 đề ra mục tiêu kinh tế số chiếm 20% GRDP.', ['20%']],
    ['Cuộc thi Sáng tạo số 2025 nhận 360 bài dự thi.', ['360']],
    ['Chương trình "1 triệu sáng kiến" thu hút 200 nghìn người.', ['200 nghìn']],
    ['Phong trào “3 không” giúp 80 xã giảm thủ tục giấy.', ['80']],
    ['Mô hình "Cà phê số 1" thu hút 120 khách mỗi ngày.', ['120']],
    ['Ngày Chuyển đổi số quốc gia 10/10 năm nay có 500 sự kiện.', ['500']],
    ['Ông D (71 tuổi) đã dùng 3 ứng dụng ngân hàng.', ['3']],
    ['Chị E, sinh năm 1990, có 2.000 khách hàng trực tuyến.', ['2.000']],
    ['Thế hệ 8X, 9X chiếm 60% người dùng.', ['60%']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
  it('a fraction after a named day stays a claim when it counts', () => expect(read('Ngày Sách Việt Nam có 5/10 tỉnh tham gia.')).toEqual(['5/10']));
});

describe('bands, tops and list sizes: claims where the gold counts them', () => {
  it.each([
    ['Việt Nam thuộc nhóm 20 nước dẫn đầu về IPv6 với tỷ lệ 60%.', ['20', '60%']],
    ['Tỉnh lọt Top 10 DTI cấp tỉnh, đạt 0,65 điểm.', ['10', '0,65 điểm']],
    ['Có 3 trường đại học lọt vào top 500 thế giới.', ['3']],
    ['Danh sách Top 10 doanh nghiệp số tiêu biểu gồm: A, B, C.', []],
    ['Khách sạn 5 sao chiếm 12% tổng số cơ sở.', ['12%']],
    ['Kế hoạch có 3 mục tiêu: 80% dân số có danh tính số, 70% hộ có cáp quang, 100% xã có sóng.', ['80%', '70%', '100%']],
    ['Với 5 nhóm giải pháp sau: hạ tầng; dữ liệu; nhân lực; an toàn; thể chế, tỉnh đặt mục tiêu 30% GRDP.', ['30%']],
    ['Tỉnh tổ chức 8 cuộc họp và ban hành 24 kế hoạch.', ['8', '24']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
  it('a set reached stays a claim: "hoàn thành 20 chỉ tiêu: …"', () =>
    expect(read('Năm qua tỉnh hoàn thành 20 chỉ tiêu: 95% hồ sơ trực tuyến, 90% hộ có cáp quang.')[0]).toBe('20'));
  it('a plan\'s set whose list names fewer parts stays a claim', () =>
    expect(read('Năm nay tỉnh triển khai 6 giải pháp: đào tạo, truyền thông.')).toEqual(['6']));
});

describe('third batch: codes, floors, rooms, numbered facilities, weekdays, age bands, pages, meetings in brackets', () => {
  it.each([
    ['Người dùng nhập mã OTP 123456 để xác thực; đã có 2 triệu giao dịch.', ['2 triệu']],
    ['Nhóm tuổi 18-24 chiếm 35% người dùng mạng xã hội.', ['35%']],
    ['Nhóm tuổi từ 25 đến 34 chiếm 28% số người mua sắm trực tuyến.', ['28%']],
    ['Tỉnh đạt giải lần thứ 2 liên tiếp với 95,6 điểm.', ['95,6 điểm']],
    ['Trung tâm đặt tại tầng 5, tòa nhà B, phục vụ 1.500 lượt khách.', ['1.500']],
    ['Bộ phận một cửa có quầy số 5 dành riêng cho 300 hồ sơ đất đai.', ['300']],
    ['Trường THCS số 2 có 98% học sinh dùng sổ liên lạc điện tử.', ['98%']],
    ['Khu công nghiệp số 3 thu hút 45 dự án.', ['45']],
    ['Tuyến xe buýt số 7 chở 3.000 khách mỗi ngày.', ['3.000']],
    ['Ngày thứ 2 của hội nghị có 600 đại biểu.', ['600']],
    ['Tổ công nghệ số cộng đồng số 2 hỗ trợ 150 hộ.', ['150']],
    ['Phòng 302 tiếp nhận 80 hồ sơ.', ['80']],
    ['Phiên bản 4.0 của Đề án có 25 nhiệm vụ.', ['25']],
    ['Sáng 5-3, 250 đại biểu dự hội nghị.', ['250']],
    ['Tại Hội nghị (lần 2), 15 sáng kiến được vinh danh.', ['15']],
    ['Thực hiện Chỉ thị 38 ngày 12/3, tỉnh có 56 xã thí điểm.', ['56']],
    ['Thứ 2 đến thứ 6 hàng tuần, trung tâm tiếp nhận 500 hồ sơ.', ['500']],
    ['Từ thứ 2 đến thứ 7, đã xử lý 1.250 hồ sơ.', ['1.250']],
    ['Trang 12 của báo cáo nêu 45% doanh nghiệp.', ['45%']],
    ['Số 1 là hạ tầng, số 2 là dữ liệu; năm nay đầu tư 300 tỷ đồng.', ['300 tỷ đồng']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
  it.each([
    ['Nhà mạng A đứng số 1 về thị phần với 52%.', '1'],
    ['Đã có 40 trên tổng số 120 xã hoàn thành.', '40'],
    ['Trung tâm có 3 phòng máy chủ đạt chuẩn.', '3'],
    ['Tỉnh đã cấp 1.200 mã số cho hộ kinh doanh.', '1.200'],
    ['Tỉnh hoàn thiện hạ tầng 12 xã vùng cao.', '12'],
    ['Nâng cấp văn phòng 5 xã biên giới.', '5'],
    ['Tỉnh đạt chỉ số 72, xếp thứ 10 cả nước.', '72'],
  ])('a count or a rank stays: %s', (text, first) => expect(read(text)[0]).toBe(first));
});
