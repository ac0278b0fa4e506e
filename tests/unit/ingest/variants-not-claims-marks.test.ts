/**
 * Round 31a variants: numbers that mark, cite or caption (list markers, footnote marks, captions, document numbers,
 * law articles) beside a real claim in the same sentence. Every sentence is written for this test; each lists the
 * numbers the metric stage should read, in order (paragraphs split at " // ").
 */
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { LEXICON, segments } from './metrics-support';

/** The numbers, as written, that the metric stage reads in the paragraphs of an undated page. */
const read = (text: string): string[] =>
  extractMetrics(segments(text.split(' // ')), { ...LEXICON, fallbackTopic: 'chi-dao-dieu-hanh' }).map((m) => m.text);

describe('list markers and enumerators', () => {
  it.each([
    ['Kết quả năm qua: // 1. Tỷ lệ hồ sơ nộp trực tuyến đạt 65,4%. // 2. Có 1.250 doanh nghiệp số mới.', ['65,4%', '1.250']],
    ['Kết quả năm qua: // 1) Doanh thu viễn thông tăng 8,2% so với cùng kỳ.', ['8,2%']],
    ['Kết quả nổi bật gồm: (1) cấp 1.250 chứng thư số; (2) 98% thủ tục được số hóa kết quả.', ['1.250', '98%']],
    ['Các việc đã làm: // a) Thành lập 320 tổ công nghệ số cộng đồng.', ['320']],
    ['II. KẾT QUẢ THỰC HIỆN // Toàn tỉnh có 1.024 điểm phát sóng miễn phí.', ['1.024']],
    ['Thứ nhất, 100% xã đã có cáp quang đến trung tâm.', ['100%']],
    ['Một là, số thuê bao băng rộng di động đạt 1,2 triệu.', ['1,2 triệu']],
    ['Kết quả cụ thể: // + 45 xã hoàn thành mục tiêu phủ sóng. // • 3 trung tâm dữ liệu đạt chuẩn.', ['45', '3']],
    ['Nhiệm vụ 3: nâng tỷ lệ thanh toán không dùng tiền mặt lên 80%.', ['80%']],
    ['Tỉnh tập trung các nội dung sau: 1- hoàn thiện thể chế; 2- có 560 cán bộ được tập huấn.', ['560']],
    ['2.3 Dữ liệu số: có 45 cơ sở dữ liệu chuyên ngành.', ['45']],
    ['I.2. Chính quyền số // Có 96% văn bản được ký số.', ['96%']],
    ['3/ Phát triển 12 nền tảng số dùng chung.', ['12']],
    ['Thứ 3, doanh thu đạt 1.500 tỷ đồng.', ['1.500 tỷ đồng']],
    ['Giải pháp 4: đào tạo 3.000 lượt cán bộ.', ['3.000']],
    ['Bước 2 - xác thực tài khoản, đã có 650 nghìn người hoàn thành.', ['650 nghìn']],
    ['Nội dung 1. Phát triển hạ tầng; đã lắp 230 camera.', ['230']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('footnote marks glued to a year, a word or a figure', () => {
  it.each([
    ['Trong năm 20233, doanh thu thương mại điện tử đạt 25 tỷ USD.', ['25 tỷ USD']],
    ['Theo Bộ Công Thương4, quy mô thị trường bán lẻ trực tuyến đạt 20,5 tỷ USD.', ['20,5 tỷ USD']],
    ['Doanh thu công nghiệp ICT tăng 12,5%[4] so với năm trước.', ['12,5%']],
    ['Cả nước có 72 triệu người dùng mạng xã hội(5), tăng 3%.', ['72 triệu', '3%']],
    ['Theo khảo sát của Cục Thống kê[12], 64% hộ gia đình có máy tính.', ['64%']],
    ['Có 14 xã (xem chú thích 2) đạt chuẩn.', ['14']],
    ['Năm 2022¹, tỉnh có 320 doanh nghiệp số.', ['320']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('photo, figure and table captions', () => {
  it.each([
    ['Ảnh 1: Người dân làm thủ tục tại bộ phận một cửa. // Toàn huyện có 12 xã đạt chuẩn nông thôn mới kiểu mẫu.', ['12']],
    ['Hình 2. Tỷ lệ hộ gia đình có cáp quang. // Tỷ lệ hộ có cáp quang đạt 87%.', ['87%']],
    ['Biểu đồ 3: Doanh thu công nghiệp công nghệ số. // Doanh thu đạt 152 tỷ USD.', ['152 tỷ USD']],
    ['Năm qua, tỉnh có 512 ngàn tài khoản định danh được kích hoạt (Ảnh 4: Thu Hà).', ['512 ngàn']],
    ['Cán bộ hướng dẫn người dân. (Ảnh minh họa 2) // Toàn xã có 340 hộ dùng ví điện tử.', ['340']],
    ['Bảng 1: Kết quả cung cấp dịch vụ công. // Có 1.845 dịch vụ công được cung cấp trực tuyến.', ['1.845']],
    ['Hình 4 - Số thuê bao mạng thế hệ mới // Số thuê bao đạt 5 triệu.', ['5 triệu']],
    ['Sơ đồ 1: Mô hình trung tâm điều hành. // Trung tâm kết nối 156 camera.', ['156']],
    ['Nguồn: Bảng 2 báo cáo tổng hợp. Tỷ lệ đạt 91%.', ['91%']],
    ['Ảnh 3. Lễ ra mắt nền tảng // Có 1.200 người tham dự.', ['1.200']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('document numbers and their dates', () => {
  it.each([
    ['Thực hiện Kế hoạch số 125/KH-UBND ngày 15/3/2024 của UBND tỉnh, 86% hồ sơ được xử lý trực tuyến.', ['86%']],
    ['Theo Nghị quyết 57-NQ/TW, kinh tế số đạt 30% GDP vào năm 2030.', ['30%']],
    ['Triển khai Đề án 06, tỉnh đã cấp 850 nghìn tài khoản định danh điện tử.', ['850 nghìn']],
    ['Chỉ thị số 05/CT-TTg ngày 23/02/2024 yêu cầu các bộ; đến nay 18 bộ đã kết nối.', ['18']],
    ['Công văn số 1.234/BTTTT-CĐSQG hướng dẫn 63 địa phương triển khai nền tảng.', ['63']],
    ['Thông tư 22/2023/TT-BTTTT quy định; năm 2024 có 1.200 hệ thống được kiểm tra.', ['1.200']],
    ['Theo Nghị định số 13/2023/NĐ-CP, đã có 450 doanh nghiệp nộp hồ sơ đánh giá.', ['450']],
    ['Quyết định 749/QĐ-TTg năm 2020 đặt mục tiêu 50% dịch vụ công được cung cấp trực tuyến.', ['50%']],
    ['Kế hoạch 145/KH-UBND năm 2024 giao 17 sở, ngành.', ['17']],
    ['Tờ trình số 310/TTr-STTTT đề xuất 40 tỷ đồng.', ['40 tỷ đồng']],
    ['Theo Chương trình 06-CTr/TU, tỉnh có 88% hộ dùng điện thoại thông minh.', ['88%']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('law articles, clauses and chapters', () => {
  it.each([
    ['Theo Điều 5 Luật Giao dịch điện tử, 100% văn bản được ký số.', ['100%']],
    ['Căn cứ khoản 2 Điều 12 Nghị định, 35 cơ quan đã công bố dữ liệu mở.', ['35']],
    ['Chương III của dự thảo về dữ liệu dùng chung; năm 2024 đã chia sẻ 1,5 triệu bản ghi.', ['1,5 triệu']],
    ['Chương 2 của Luật gồm các quy định chung; 150 doanh nghiệp đã góp ý.', ['150']],
    ['Điều 12, khoản 3 quy định thời hạn; năm qua 98% hồ sơ đúng hạn.', ['98%']],
    ['Theo Điều 23 Nghị định 13/2023, 36 tổ chức đã đăng ký.', ['36']],
    ['Tại mục 4 phần II của báo cáo, tỉnh có 95% cơ quan dùng chữ ký số.', ['95%']],
    ['Theo điểm a khoản 3 Điều 7 Thông tư, 24 đơn vị phải báo cáo định kỳ.', ['24']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});
