import { describe, expect, it } from 'vitest';
import { claimOf, type Claim } from '../../support/metrics-of';

/**
 * Round 31b (statuses: goals, estimates, baselines): phrasings written for this round in the style of provincial portals, national papers
 * and ministry reports, several forms per class; the expected claim follows docs/real-corpus.md's gold conventions.
 * Each row: the text (paragraphs split at " // "), the number as written, the claim, the article's year (default 2025;
 * null: an undated page) and whether the first paragraph is a headline.
 */
type Row = [text: string, n: string, want: Partial<Claim>, year?: number | null, headline?: boolean];
const c = (value: number, unit: string, status?: string, period?: string | null): Partial<Claim> =>
  ({ value, unit, ...(status ? { status } : {}), ...(period !== undefined ? { period } : {}) });
const check = ([text, n, want, year = 2025, headline = false]: Row) => expect(claimOf(text, n, year ?? undefined, headline), text).toMatchObject(want);

describe('goals with a goal word', () => {
  it.each([
    ['Phấn đấu đến năm 2025, 80% hồ sơ thủ tục hành chính được xử lý trực tuyến.', '80%', c(80, 'percent', 'target', '2025')],
    ['Mục tiêu đến năm 2030, kinh tế số chiếm 30% GRDP của tỉnh.', '30%', c(30, 'percent', 'target', '2030')],
    ['Chỉ tiêu năm 2025: 95% hồ sơ được số hóa kết quả giải quyết.', '95%', c(95, 'percent', 'target', '2025')],
    ['Theo kế hoạch, đến năm 2026 tỉnh sẽ có 100% xã được phủ sóng 5G.', '100%', c(100, 'percent', 'target', '2026')],
    ['Năm 2025, tỉnh đặt mục tiêu thu hút 50.000 lượt người dùng nền tảng số.', '50.000', c(50000, 'count', 'target', '2025')],
    ['Kế hoạch năm 2025: doanh thu công nghiệp ICT đạt 3.000 tỷ đồng.', '3.000', c(3e12, 'VND', 'target', '2025')],
    ['Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 95%.', '95%', c(95, 'percent', 'target', '2025')],
    ['Tỉnh đặt chỉ tiêu 100% xã có điểm phục vụ bưu chính kết nối Internet.', '100%', c(100, 'percent', 'target', null)],
    ['Đến hết năm 2025, phấn đấu 100% thôn, bản có sóng di động 4G.', '100%', c(100, 'percent', 'target', '2025')],
    ['Năm 2025, toàn tỉnh phấn đấu có thêm 200 doanh nghiệp công nghệ số.', '200', c(200, 'count', 'target', '2025')],
    ['Tỉnh phấn đấu đến cuối năm 2025 có ít nhất 60% dân số trưởng thành sử dụng chữ ký số.', '60%', c(60, 'percent', 'target', '2025')],
    ['Năm 2026, phấn đấu: 100% hồ sơ được số hóa; 95% thủ tục được cung cấp trực tuyến.', '95%', c(95, 'percent', 'target', '2026')],
    ['Mục tiêu là đến năm 2025 đưa tỷ lệ thanh toán không dùng tiền mặt lên 50%.', '50%', c(50, 'percent', 'target', '2025')],
    ['Kế hoạch đặt ra đến năm 2027 có 1.000 doanh nghiệp công nghệ số.', '1.000', c(1000, 'count', 'target', '2027')],
    ['Theo kế hoạch, năm 2025 doanh thu viễn thông sẽ đạt 2.000 tỷ đồng.', '2.000', c(2e12, 'VND', 'target', '2025')],
    ['Mục tiêu tới năm 2030: tối thiểu 70% doanh nghiệp nhỏ và vừa dùng nền tảng số.', '70%', c(70, 'percent', 'target', '2030')],
    ['Đến năm 2030, tầm nhìn của tỉnh là kinh tế số đạt 40% GRDP.', '40%', c(40, 'percent', 'target', '2030')],
    ['Chỉ tiêu đến năm 2025 là 80% hồ sơ được xử lý trực tuyến.', '80%', c(80, 'percent', 'target', '2025')],
    ['Năm 2025, Sở đặt ra chỉ tiêu 95% văn bản được ký số.', '95%', c(95, 'percent', 'target', '2025')],
    ['Năm 2025, ngành phấn đấu đạt và vượt 10% doanh thu so với năm 2024.', '10%', c(10, 'percent', 'target', '2025')],
    ['Kế hoạch năm 2025 giao 500 tỷ đồng doanh thu cho ngành bưu chính.', '500', c(5e11, 'VND', 'target', '2025')],
    ['Mục tiêu năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%; tỷ lệ thanh toán trực tuyến đạt 50%.', '50%', c(50, 'percent', 'target', '2025')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('goals without a goal word (a deadline, sẽ, a list, Khi đó)', () => {
  it.each([
    ['Đến năm 2030, 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng; 90% người dân có danh tính số.', '90%', c(90, 'percent', 'target', '2030')],
    ['Đến năm 2030, 100% hộ gia đình có cáp quang; 90% người dân dùng thanh toán số. Khi đó, kinh tế số chiếm 35% GRDP.', '35%', c(35, 'percent', 'target', '2030')],
    ['Mục tiêu đến năm 2025: // - 100% cơ quan nhà nước sử dụng chữ ký số; // - 90% người dân có tài khoản định danh điện tử.', '90%', c(90, 'percent', 'target', '2025')],
    ['Mục tiêu năm 2025: 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng; 80% cấp huyện.', '80%', c(80, 'percent', 'target', '2025')],
    ['Đến năm 2030, kinh tế số đạt 30% GRDP; 100% xã có Internet cáp quang. Khi đó, năng suất lao động tăng 8%/năm.', '8%', c(8, 'percent', 'target', '2030')],
    ['Tỉnh sẽ phủ sóng 5G tại 100% khu công nghiệp vào năm 2026.', '100%', c(100, 'percent', 'target', '2026')],
    ['Đến năm 2025, 80% dịch vụ công đạt mức toàn trình // Tỉnh đã triển khai nhiều giải pháp.', '80%', c(80, 'percent', 'target', '2025'), null, true],
    ['Đến năm 2030, 100% cơ quan nhà nước dùng chữ ký số; 90% người dân có danh tính số.', '100%', c(100, 'percent', 'target', '2030'), null],
    ['Tới hết năm 2026: 70% hộ gia đình có cáp quang; trên 90% người dân có điện thoại thông minh.', '90%', c(90, 'percent', 'target', '2026'), null],
    ['Theo đó, đến năm 2030, 100% xã có Internet cáp quang. Khi đó, kinh tế số chiếm 35% GRDP.', '35%', c(35, 'percent', 'target', '2030'), null],
    ['Năm 2025, Sở sẽ triển khai 20 nền tảng số dùng chung.', '20', c(20, 'count', 'target', '2025')],
    ['Phấn đấu năm 2025: 100% hồ sơ được số hóa; 98% người dân hài lòng. Khi đó, tỉnh vào nhóm 20 địa phương dẫn đầu.', '20', c(20, 'rank', 'target', '2025')],
    ['Năm 2025, doanh thu toàn ngành sẽ đạt 1.800 tỷ đồng.', '1.800', c(1.8e12, 'VND', 'target', '2025')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('estimates and forecasts', () => {
  it.each([
    ['Năm 2024, doanh thu công nghiệp ICT của tỉnh ước đạt 1.200 tỷ đồng.', '1.200', c(1.2e12, 'VND', 'estimate', '2024')],
    ['Năm 2024, doanh thu công nghiệp ICT ước tính khoảng 1.200 tỷ đồng.', '1.200', c(1.2e12, 'VND', 'estimate', '2024')],
    ['Doanh thu năm 2025 dự kiến đạt 1.500 tỷ đồng, tăng 10% so với năm 2024.', '1.500', c(1.5e12, 'VND', 'estimate', '2025')],
    ['Theo dự báo, năm 2026 thị trường thương mại điện tử sẽ đạt 30 tỷ USD.', '30', c(3e10, 'USD', 'estimate', '2026')],
    ['Dự kiến đến năm 2025, mạng 5G sẽ phủ sóng 90% dân số.', '90%', c(90, 'percent', 'estimate', '2025')],
    ['Tỷ lệ giải ngân vốn chuyển đổi số năm 2024 ước thực hiện cả năm đạt 98%.', '98%', c(98, 'percent', 'estimate', '2024')],
    ['Theo dự báo, đến năm 2030 quy mô kinh tế số đạt 50 tỷ USD.', '50', c(5e10, 'USD', 'estimate', '2030')],
    ['Doanh thu được dự báo đạt 50 tỷ USD vào năm 2030.', '50', c(5e10, 'USD', 'estimate', '2030')],
    ['Tỉnh dự kiến vào năm 2025 sẽ có 500 doanh nghiệp công nghệ số.', '500', c(500, 'count', 'estimate', '2025')],
    ['Ước tính năm 2024, doanh thu viễn thông của tỉnh đạt 500 tỷ đồng.', '500', c(5e11, 'VND', 'estimate', '2024')],
    ['Ước cả năm 2024, doanh thu công nghiệp ICT đạt 1.000 tỷ đồng.', '1.000', c(1e12, 'VND', 'estimate', '2024')],
    ['Dự báo năm 2025, doanh thu thương mại điện tử tăng 12%.', '12%', c(12, 'percent', 'estimate', '2025')],
    ['Các chuyên gia dự báo thị trường điện toán đám mây sẽ đạt 20 tỷ USD vào năm 2027.', '20', c(2e10, 'USD', 'estimate', '2027')],
    ['Năm 2024, doanh thu dự ước đạt 700 tỷ đồng.', '700', c(7e11, 'VND', 'estimate', '2024')],
    ['Năm 2024, giá trị giải ngân ước thực hiện 350 tỷ đồng, đạt 90% kế hoạch.', '350', c(3.5e11, 'VND', 'estimate', '2024')],
    ['Năm 2024, giá trị giải ngân ước thực hiện 350 tỷ đồng, đạt 90% kế hoạch.', '90%', c(90, 'percent', 'estimate', '2024')],
    ['Năm 2024, doanh thu ước tính đến hết năm đạt 1.100 tỷ đồng.', '1.100', c(1.1e12, 'VND', 'estimate', '2024')],
    ['Năm 2024, doanh thu ngành ước đạt 102% kế hoạch.', '102%', c(102, 'percent', 'estimate', '2024')],
    ['Dự kiến đến cuối năm 2024, toàn tỉnh có 4.000 trạm 4G.', '4.000', c(4000, 'count', 'estimate', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('an approximation, a result against its plan, a result after a goal', () => {
  it.each([
    ['Năm 2024, doanh thu đạt khoảng 900 tỷ đồng.', '900', c(9e11, 'VND', 'actual', '2024')],
    ['Chỉ tiêu được giao năm 2024 là 90%, kết quả thực hiện đạt 93%.', '93%', c(93, 'percent', 'actual', '2024')],
    ['Chỉ tiêu được giao năm 2024 là 90%, kết quả thực hiện đạt 93%.', '90%', c(90, 'percent', 'target', '2024')],
    ['Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 82% (kế hoạch: 80%).', '80%', c(80, 'percent', 'target', '2024')],
    ['Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 82%, vượt chỉ tiêu đề ra (80%).', '80%', c(80, 'percent', 'target', '2024')],
    ['Năm 2025, phấn đấu 100% xã có cáp quang. // Năm 2024, tỉnh có 85% xã có cáp quang.', '85%', c(85, 'percent', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('baselines and the start of a move', () => {
  it.each([
    ['Năm 2024, doanh thu thương mại điện tử đạt 500 tỷ đồng, tăng 20% so với cùng kỳ (420 tỷ đồng).', '420', c(4.2e11, 'VND', 'baseline')],
    ['Năm 2024, số hồ sơ trực tuyến đạt 120.000 hồ sơ (cùng kỳ năm trước là 95.000 hồ sơ).', '95.000', c(95000, 'count', 'baseline')],
    ['Năm 2024, tỷ lệ thanh toán không dùng tiền mặt tăng từ 40% lên 55%.', '40%', c(40, 'percent', 'baseline')],
    ['Năm 2024, tỷ lệ thanh toán không dùng tiền mặt tăng từ 40% lên 55%.', '55%', c(55, 'percent', 'actual', '2024')],
    ['Tỷ lệ hồ sơ trực tuyến tăng từ 30% năm 2022 lên 60% năm 2024.', '30%', c(30, 'percent', 'actual', '2022')],
    ['Tỷ lệ hồ sơ trực tuyến tăng từ 30% năm 2022 lên 60% năm 2024.', '60%', c(60, 'percent', 'actual', '2024')],
    ['Năm 2024, doanh thu đạt 1.200 tỷ đồng, tăng 20% so với cùng kỳ năm 2023 (đạt 1.000 tỷ đồng).', '1.000', c(1e12, 'VND', 'baseline', '2023')],
    ['Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 85% (năm 2023 đạt 80%).', '80%', c(80, 'percent', 'baseline', '2023')],
    ['Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 85% (cuối năm 2023 là 80%).', '80%', c(80, 'percent', 'baseline', '2023')],
    ['Năm 2024, doanh thu tăng 15%, từ 2.000 tỷ đồng lên 2.300 tỷ đồng.', '2.000', c(2e12, 'VND', 'baseline')],
    ['Năm 2024, doanh thu đạt 500 tỷ đồng, tăng 12% so với cùng kỳ năm trước (là 450 tỷ đồng).', '450', c(4.5e11, 'VND', 'baseline')],
    ['Năm 2024, số thuê bao tăng từ 5,2 triệu lên 6,1 triệu.', '5,2', c(5.2e6, 'count', 'baseline')],
    ['Năm 2024, số thuê bao tăng từ 5,2 triệu lên 6,1 triệu.', '6,1', c(6.1e6, 'count', 'actual', '2024')],
    ['Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 85%, tăng 5 điểm phần trăm so với năm 2023 (80%).', '80%', c(80, 'percent', 'baseline', '2023')],
    ['Năm 2024, tỷ lệ này đạt 80%, so với mức 72% của năm 2023.', '72%', c(72, 'percent', 'baseline', '2023')],
    ['Năm 2024, tỷ lệ dân số trưởng thành có chữ ký số là 25% (cùng kỳ: 18%).', '18%', c(18, 'percent', 'baseline')],
    ['Năm 2024, doanh thu đạt 520 tỷ đồng (năm 2023: 470 tỷ đồng).', '470', c(4.7e11, 'VND', 'baseline', '2023')],
    ['Năm 2024, doanh thu tăng từ 470 tỷ đồng năm 2023 lên 520 tỷ đồng.', '470', c(4.7e11, 'VND', 'actual', '2023')],
    ['Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 76% (năm 2023 là 61%).', '61%', c(61, 'percent', 'baseline', '2023')],
    ['Năm 2024, doanh thu đạt 1.050 tỷ đồng; cùng kỳ năm trước đạt 900 tỷ đồng.', '900', c(9e11, 'VND', 'baseline', '2023')],
    ['Năm 2024, tỷ lệ này đạt 88%, trong khi năm 2023 chỉ đạt 70%.', '70%', c(70, 'percent', 'actual', '2023')],
    ['Tỷ lệ hồ sơ trực tuyến năm 2024 tăng lên 76%, từ mức 61% năm 2023.', '61%', c(61, 'percent', 'actual', '2023')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('an undated page\'s opening year that reports results', () => {
  it.each([
    ['Đến năm 2021, tỷ lệ hộ dùng cáp quang đạt 62%.', '62%'],
    ['Đến năm 2020, có khoảng 5 triệu người dùng ví điện tử.', '5'],
    ['Đến năm 2022, 70% hồ sơ đã được số hóa.', '70%'],
    ['Tính đến năm 2023, 85% xã có cáp quang.', '85%'],
  ])('%s', (text, n) => expect(claimOf(text, n).status).toBe('actual'));
});
