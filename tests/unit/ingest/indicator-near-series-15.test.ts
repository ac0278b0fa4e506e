/**
 * Round 15: what a share counts decides its series, not the topic words around it: households that could
 * reach fibre or are covered by it are no fibre subscribers, users who can reach a fixed line no Internet
 * users, services integrated on a portal no share of fully online services, pupils' files no e-ID-linked
 * applications, teachers with a signature no share of adults. Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';


describe('what the share counts', () => {
  it.each([
    ['Đến năm 2026, mạng cáp quang phủ trên 85% hộ gia đình.', '85%', 'none'],
    ['Bảo đảm 95% số hộ gia đình có khả năng tiếp cận cáp quang khi có nhu cầu.', '95%', 'none'],
    ['Hạ tầng băng rộng cố định bảo đảm 70% người sử dụng có thể truy nhập internet cố định tốc độ cao.', '70%', 'none'],
    ['Tỷ lệ hộ gia đình sử dụng cáp quang đạt 82%.', '82%', 'fibre-broadband-households'],
    ['Tỷ lệ dân số sử dụng Internet đạt 79%.', '79%', 'internet-users'],
    ['Phấn đấu 60% dịch vụ công trực tuyến toàn trình được tích hợp lên Cổng Dịch vụ công quốc gia.', '60%', 'none'],
    ['Phấn đấu 85% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.', '85%', 'full-process-online-services-share'],
    ['Đã có 98% hồ sơ sinh viên được gắn mã định danh cá nhân.', '98%', 'none'],
    ['Tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh cá nhân đạt 97%.', '97%', 'eid-linked-dossiers'],
    ['Có 75% số cán bộ, công chức đã được cấp chữ ký số cá nhân.', '75%', 'none'],
    ['Tỷ lệ người dân trưởng thành có chữ ký số cá nhân đạt 40%.', '40%', 'digital-signature-share'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});

describe('words of known series', () => {
  it.each([
    ['Đến năm 2026, kinh tế số đóng góp khoảng 22% tổng sản phẩm nội địa.', '22%', 'digital-economy-gdp-share'],
    ['Tỉnh Bắc Ninh: đến năm 2026, kinh tế số đóng góp 25% tổng sản phẩm nội địa của tỉnh.', '25%', 'digital-economy-grdp-share'],
    ['Năm 2024, cả nước thực hiện hơn 15 tỷ giao dịch thanh toán không dùng tiền mặt/năm.', '15 tỷ', 'cashless-payments'],
    ['Hệ thống thanh toán không dùng tiền mặt xử lý 900.000 giao dịch/ngày.', '900.000', 'none'], // a rate per day
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});
