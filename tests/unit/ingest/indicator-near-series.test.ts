/**
 * Round 12: series named by abbreviations or other words ("DN" for doanh nghiệp, "nhân lực" for workers,
 * "trên địa bàn toàn quốc" as the country), and clauses that only resemble a series: coverage ("phủ tới …
 * hộ gia đình"), station counts of 5G, an index's component ranks, e-payment accounts, daily Internet use,
 * counts per 1,000 people, a subset of firms, and task counts of other bodies' plans. Every sentence here
 * was written for this test; each runs through the whole metric stage.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';


describe('series named with abbreviations and synonyms', () => {
  it.each([
    ['Số lượng DN công nghệ số tăng từ 42.000 DN năm 2019 lên 61.000 DN năm 2021.', '42.000', 'digital-tech-enterprises'],
    ['Số lượng DN công nghệ số tăng từ 42.000 DN năm 2019 lên 61.000 DN năm 2021.', '61.000', 'digital-tech-enterprises'],
    ['Dự kiến năm 2026 cả nước sẽ có 90.000 DN công nghệ số.', '90.000', 'digital-tech-enterprises'],
    ['Hiện có khoảng 55.000 DN công nghệ thông tin đang hoạt động.', '55.000', 'digital-tech-enterprises'],
    ['Mục tiêu đến năm 2030 phát triển 2 triệu nhân lực công nghệ số.', '2 triệu', 'ict-sector-employment'],
    ['Ngành công nghệ thông tin hiện có khoảng 1,3 triệu nhân lực.', '1,3 triệu', 'ict-sector-employment'],
    ['Công an đã cấp 75 triệu thẻ CCCD gắn chip cho công dân trên địa bàn toàn quốc.', '75 triệu', 'chip-id-cards'],
    ['Đã cấp hơn 80 triệu thẻ căn cước công dân gắn chip trên địa bàn cả nước.', '80 triệu', 'chip-id-cards'],
    ['Công an tỉnh đã cấp 900.000 thẻ căn cước gắn chip cho công dân trên địa bàn.', '900.000', 'none'],
    ['Phấn đấu đến năm 2026 tỷ trọng kinh tế số của tỉnh đạt 25%.', '25%', 'digital-economy-grdp-share'],
    ['Tỷ trọng kinh tế số trong từng ngành của tỉnh đạt tối thiểu 10%.', '10%', 'digital-economy-sector-share'],
    ['Phấn đấu 90% người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng.', '90%', 'bank-account-share'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});

describe('clauses that only resemble a series', () => {
  it.each([
    ['Mạng cáp quang phủ tới 95% hộ gia đình vào năm 2025.', '95%', 'none'],
    ['Tỷ lệ hộ gia đình có kết nối băng rộng cáp quang đạt 75%.', '75%', 'fibre-broadband-households'],
    ['Số trạm 5G phát sóng trong năm đạt tối thiểu 40% so với số trạm 4G, mở rộng vùng phủ sóng.', '40%', 'none'],
    ['Sóng di động 4G phủ sóng 99,8% dân số.', '99,8%', 'mobile-coverage-share'],
    ['Chỉ số thành phần Hạ tầng viễn thông (TII) của Chính phủ điện tử xếp hạng 75.', '75', 'none'],
    ['Về Chính phủ điện tử, Chỉ số tham gia điện tử (EPI) xếp hạng 64.', '64', 'none'],
    ['Năm 2024, Việt Nam xếp thứ 71 trên 193 quốc gia về Chính phủ điện tử.', '71', 'egdi-rank'],
    ['Phấn đấu 60% dân số có tài khoản thanh toán điện tử.', '60%', 'none'],
    ['Tỷ lệ người trưởng thành có tài khoản thanh toán đạt 87%.', '87%', 'bank-account-share'],
    ['Tỷ lệ người dùng sử dụng Internet hàng ngày đạt 91%.', '91%', 'none'],
    ['Tỷ lệ dân số sử dụng Internet đạt 79%.', '79%', 'internet-users'],
    ['Phấn đấu số doanh nghiệp công nghệ số trên 1.000 dân bằng 2.', '2', 'none'],
    ['Phấn đấu có ít nhất 8 doanh nghiệp công nghệ số ngang tầm khu vực.', '8', 'none'],
    ['Có 10,2 triệu công dân đã tích hợp sổ sức khỏe điện tử trên ứng dụng VNeID.', '10,2 triệu', 'none'],
    ['Đã kích hoạt 52 triệu tài khoản định danh điện tử VNeID.', '52 triệu', 'eid-accounts'],
    ['Sau phiên họp của Ban Chỉ đạo, các bộ được giao 90 nhiệm vụ mới.', '90', 'none'],
    ['Bộ Xây dựng đã hoàn thành 30 nhiệm vụ trong kế hoạch chuyển đổi số của Bộ.', '30', 'none'],
    ['Đã hoàn thành 51/70 nhiệm vụ trong Kế hoạch hoạt động năm 2023 của Ủy ban Quốc gia về chuyển đổi số.', '51/70', 'ncdt-plan-tasks'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});
