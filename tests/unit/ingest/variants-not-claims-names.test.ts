/**
 * Round 31a variants: numbers that name, bound or define (tiers and classes, scale definitions, codes, phone numbers
 * and addresses, times of day, technology and standard names, events and editions, ages, "one of N", a list's own size)
 * beside real claims. Every sentence is written for this test; each lists the numbers the metric stage should read, in
 * order (paragraphs split at " // "). Counts of documents issued or meetings held stay claims, as in the corpus's gold.
 */
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { LEXICON, segments } from './metrics-support';

/** The numbers, as written, that the metric stage reads in the paragraphs of an undated page. */
const read = (text: string): string[] =>
  extractMetrics(segments(text.split(' // ')), { ...LEXICON, fallbackTopic: 'chi-dao-dieu-hanh' }).map((m) => m.text);

describe('tiers, levels, classes and stars', () => {
  it.each([
    ['Tỉnh cung cấp 1.200 dịch vụ công trực tuyến mức độ 4.', ['1.200']],
    ['Đã phê duyệt hồ sơ cấp độ cho 45 hệ thống thông tin, trong đó 12 hệ thống cấp độ 3.', ['45', '12']],
    ['Tỉnh có 28 cơ sở lưu trú đạt chuẩn 4 sao.', ['28']],
    ['Đã kích hoạt 1,5 triệu tài khoản định danh điện tử mức độ 2.', ['1,5 triệu']],
    ['Có 37 sản phẩm OCOP đạt 4 sao, 5 sản phẩm đạt 5 sao.', ['37', '5']],
    ['Năm 2024, 210 trường học đạt chuẩn quốc gia mức độ 2.', ['210']],
    ['Thành phố loại 1 này có 96% hộ dùng cáp quang.', ['96%']],
    ['Thị xã loại 3 đã phủ 100% cáp quang tới thôn.', ['100%']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('scale definitions', () => {
  it.each([
    ['Chỉ số được tính trên thang điểm 100; năm 2024 tỉnh đạt 68,5 điểm.', ['68,5 điểm']],
    ['Giá trị chỉ số nằm trong khoảng từ 0 đến 1, Việt Nam đạt 0,7709.', ['0,7709']],
    ['EGDI của Việt Nam là 0,8 (nhóm rất cao, mức trên 0,75).', ['0,8']],
    ['Thang đo có 5 mức, từ 1 (rất kém) đến 5 (rất tốt); điểm trung bình đạt 3,8.', ['3,8']],
    ['Chỉ số có giá trị từ 0-100 điểm; tỉnh đạt 72,4 điểm, tăng 3,1 điểm.', ['72,4 điểm', '3,1 điểm']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
  it('a move from zero stays a claim: "tăng từ 0 đến 100" is no scale', () =>
    expect(read('Số xã có điểm phục vụ tăng từ 0 đến 10 trong năm.')).toContain('0 đến 10'));
  it('a share with a rating in brackets stays a claim', () =>
    expect(read('Tỷ lệ hài lòng đạt 85% (cao nhất từ trước đến nay).')).toEqual(['85%']));
});

describe('short codes, hotlines, phone numbers, addresses and kilometre markers', () => {
  it.each([
    ['Người dân gọi tổng đài 1022 để phản ánh; năm qua tổng đài tiếp nhận 45.300 cuộc gọi.', ['45.300']],
    ['Đường dây nóng 0236.3822.114 đã tiếp nhận 1.250 phản ánh.', ['1.250']],
    ['Trụ sở tại số 18 Nguyễn Du, phường 3; trung tâm phục vụ 2.400 lượt khách.', ['2.400']],
    ['Điểm giao dịch ở ngõ 45 phố Huế phục vụ 900 khách mỗi tháng.', ['900']],
    ['Trạm phát sóng tại Km 15+200 Quốc lộ 1A phủ sóng 5.000 thuê bao.', ['5.000']],
    ['Soạn tin DK gửi 1414 để đăng ký; đã có 30 nghìn người đăng ký.', ['30 nghìn']],
    ['Hotline 1900 6750 tiếp nhận hơn 8.000 cuộc gọi.', ['8.000']],
    ['Người dân có thể gọi tới số 1800 để được hỗ trợ; 6.500 người đã gọi.', ['6.500']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
  it.each(['Bộ A xếp ở vị trí số 1 trong nhóm 17 bộ.', 'Nhà mạng B đứng ở vị trí số 1 Việt Nam, với 55% thị phần.'])(
    'a place "ở vị trí số 1" is a rank, no address: %s', (text) => expect(read(text)[0]).toBe('1'));
});

describe('times of day', () => {
  it.each([
    ['Lúc 8h30 ngày 12/6, hội nghị khai mạc với 350 đại biểu.', ['350']],
    ['Từ 14 giờ đến 17 giờ, hệ thống ghi nhận 12.000 lượt truy cập.', ['12.000']],
    ['Vào lúc 9 giờ 15 phút, có 2.300 người theo dõi trực tuyến.', ['2.300']],
    ['Đến 16h00 cùng ngày, đã có 85% cử tri bỏ phiếu điện tử.', ['85%']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('technology, version and standard names', () => {
  it.each([
    ['Tỷ lệ sử dụng IPv6 đạt 60%.', ['60%']],
    ['Mạng 5G phủ sóng 95% dân số.', ['95%']],
    ['Thiết bị hỗ trợ Wi-Fi 6 chiếm 40% thị phần.', ['40%']],
    ['Theo tiêu chuẩn ISO 27001, có 15 cơ quan được chứng nhận.', ['15']],
    ['Hệ thống đạt chuẩn ISO 9001:2015 và phục vụ 4.500 hồ sơ.', ['4.500']],
    ['Ứng dụng Web 3.0 thu hút 2 triệu người dùng.', ['2 triệu']],
    ['Cách mạng công nghiệp 4.0 giúp 70% doanh nghiệp đổi mới.', ['70%']],
    ['Chuyển đổi từ mạng 4G sang 5G, đã có 3 triệu thuê bao.', ['3 triệu']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('events, editions, ages and birth years', () => {
  it.each([
    ['Diễn đàn Cấp cao Công nghiệp 4.0 Việt Nam 2024 thu hút 1.500 đại biểu.', ['1.500']],
    ['Hội nghị lần thứ 10 Ban Chấp hành đã thông qua 6 nghị quyết.', ['6']],
    ['Giải thưởng Sao Khuê 2025 vinh danh 176 sản phẩm.', ['176']],
    ['Triển lãm ICT Comm lần thứ 28 có 250 gian hàng.', ['250']],
    ['Tuần lễ Số Quốc tế 2023 có 40 phiên thảo luận.', ['40']],
    ['Anh Nguyễn Văn A (sinh năm 1995) đã đưa 300 sản phẩm lên sàn.', ['300']],
    ['Bà Lê Thị B, 58 tuổi, bán được 1.200 đơn hàng qua mạng.', ['1.200']],
    ['Nhóm bạn trẻ 9X lập 3 cửa hàng trực tuyến.', ['3']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('"one of N", a list\'s own size, file names; counts of documents and meetings stay claims', () => {
  it.each([
    ['Chuyển đổi số là 1 trong 3 đột phá chiến lược; năm nay tỉnh có 45 nền tảng số.', ['45']],
    ['Đây là một trong 5 nhiệm vụ trọng tâm, với 120 tỷ đồng vốn.', ['120 tỷ đồng']],
    ['Kế hoạch đề ra 4 nhóm nhiệm vụ: hạ tầng, dữ liệu, nhân lực và an toàn thông tin.', []],
    ['Đề án gồm 3 nội dung chính: hạ tầng số; dữ liệu số; nhân lực số.', []],
    ['Tỉnh đã ban hành 15 văn bản chỉ đạo và tổ chức 12 hội nghị.', ['15', '12']],
    ['Báo cáo tại file BaoCao2024.pdf cho thấy 62% hồ sơ trực tuyến.', ['62%']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});
