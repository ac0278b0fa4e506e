/**
 * Round 31c: online public services, Project 06, payments, telecom and security series written as other editors
 * would write them, and near-misses that must not take the series (a province's value of a national series, uses
 * for accounts, blocked attacks for attacks, 5G stations that have no series). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

type Row = [sentence: string, number: string, series: string];

const SERVICES: Row[] = [
  ['Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 53%.', '53%', 'full-process-online-services-share'],
  ['Dịch vụ công trực tuyến toàn trình chiếm 53% tổng số thủ tục hành chính.', '53%', 'full-process-online-services-share'],
  ['Cả nước cung cấp 4.400 dịch vụ công trực tuyến toàn trình.', '4.400', 'full-process-online-services-share'],
  ['Tỷ lệ hồ sơ trực tuyến đạt 45%.', '45%', 'online-dossier-share'],
  ['Hồ sơ nộp trực tuyến chiếm 45% tổng số hồ sơ.', '45%', 'online-dossier-share'],
  ['Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình là 45%.', '45%', 'online-dossier-share'],
  ['Có 45% hồ sơ thủ tục hành chính được xử lý trực tuyến.', '45%', 'online-dossier-share'],
  ['Tỷ lệ hồ sơ trực tuyến của tỉnh Bắc Giang đạt 60%.', '60%', 'province-online-dossier-share'],
  ['Tỷ lệ hồ sơ trực tuyến của các bộ, ngành đạt 80%.', '80%', 'ministries-online-dossier-share'],
  ['Cổng Dịch vụ công quốc gia đã tiếp nhận 12 triệu hồ sơ.', '12 triệu', 'national-portal-dossiers'],
  ['Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa đạt 55%.', '55%', 'digitised-dossier-share'],
];

const PROJECT_06: Row[] = [
  ['Đã kích hoạt 58 triệu tài khoản định danh điện tử.', '58 triệu', 'eid-accounts'],
  ['Số tài khoản VNeID đã kích hoạt đạt 58 triệu.', '58 triệu', 'eid-accounts'],
  ['58 triệu tài khoản định danh mức độ 2 đã được kích hoạt.', '58 triệu', 'eid-accounts'],
  ['Tài khoản định danh điện tử: đã cấp hơn 80 triệu tài khoản.', '80 triệu', 'eid-accounts'],
  ['Ứng dụng VNeID ghi nhận 100 triệu lượt xác thực.', '100 triệu', 'eid-transactions'],
  ['Tỉnh Nam Định đã kích hoạt 800.000 tài khoản định danh điện tử.', '800.000', 'none'],
  ['Đã cấp 85 triệu thẻ căn cước công dân gắn chip.', '85 triệu', 'chip-id-cards'],
  ['Số CCCD gắn chip đã cấp đạt 85 triệu.', '85 triệu', 'chip-id-cards'],
];

const PAYMENTS: Row[] = [
  ['Giao dịch thanh toán không dùng tiền mặt tăng 50% về số lượng.', '50%', 'cashless-payments'],
  ['Số giao dịch TTKDTM năm 2024 đạt 12 tỷ giao dịch.', '12 tỷ', 'cashless-payments'],
  ['Thanh toán không dùng tiền mặt đạt 12 tỷ giao dịch.', '12 tỷ', 'cashless-payments'],
  ['Giao dịch qua mã QR tăng 900% về số lượng.', '900%', 'none'],
  ['Tỷ lệ người trưởng thành có chữ ký số đạt 20%.', '20%', 'digital-signature-share'],
  ['Cả nước có 14 triệu chứng thư số đang hoạt động.', '14 triệu', 'digital-signatures'],
  ['Số chứng thư chữ ký số công cộng đã cấp đạt 14 triệu.', '14 triệu', 'digital-signatures'],
  ['Cơ quan thuế đã tiếp nhận, xử lý 8 tỷ hóa đơn điện tử.', '8 tỷ', 'e-invoices'],
  ['Số hóa đơn điện tử đã xử lý đạt 8 tỷ.', '8 tỷ', 'e-invoices'],
];

const TELECOM: Row[] = [
  ['Số thuê bao băng rộng di động đạt 86 triệu.', '86 triệu', 'mobile-broadband-subscriptions'],
  ['Thuê bao băng rộng di động: 86 triệu, tăng 3%.', '86 triệu', 'mobile-broadband-subscriptions'],
  ['Cả nước có 86 triệu thuê bao băng rộng di động.', '86 triệu', 'mobile-broadband-subscriptions'],
  ['Thuê bao điện thoại thông minh đạt 91 triệu.', '91 triệu', 'smartphone-subscriptions'],
  ['Tỷ lệ người dân dùng điện thoại thông minh đạt 84%.', '84%', 'smartphone-users'],
  ['Tỷ lệ hộ gia đình có cáp quang đạt 82%.', '82%', 'fibre-broadband-households'],
  ['Đến nay đã lắp đặt 7.000 trạm 5G.', '7.000', 'none'],
  ['Số thuê bao 5G đạt 5 triệu.', '5 triệu', 'none'],
];

const SECURITY: Row[] = [
  ['Năm 2024, Việt Nam ghi nhận 13.900 vụ tấn công mạng gây sự cố vào các hệ thống thông tin.', '13.900', 'cyberattacks'],
  ['Số cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam là 13.900 cuộc.', '13.900', 'cyberattacks'],
  ['Đã xử lý 13.900 sự cố tấn công mạng.', '13.900', 'cyberattacks'],
  ['Số vụ tấn công mạng tăng 9,5% so với năm trước.', '9,5%', 'none'],
  ['Đã ngăn chặn thành công 1,2 triệu cuộc tấn công mạng.', '1,2 triệu', 'none'],
];

describe('online services, Project 06, payments, telecom and security variants', () => {
  it.each([...SERVICES, ...PROJECT_06, ...PAYMENTS, ...TELECOM, ...SECURITY])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
});
