import type { MetricColumn } from './dataset';

/** Vietnamese descriptions of the metrics.csv columns for the data page and docs/data-dictionary.md;
 * the English ones are the schema's own `.describe()` texts, so this translation stays beside it. */
export const columnDescriptionsVi: Record<MetricColumn, string> = {
  article: 'Mã bài báo: chữ Latinh không dấu lấy từ tiêu đề (đ → d), ổn định; trang của bài là /articles/<mã>/.',
  metric_id: 'Mã ổn định của con số trong bài: "m-" và 8 chữ số hex băm từ câu, con số và lần xuất hiện của nó (m-3f2a9c01); "-2", "-3" khi trùng.',
  source_file: 'Tên tệp văn bản nguồn (seeds/<tệp>).',
  date: 'Ngày của bài báo: YYYY, YYYY-MM hoặc YYYY-MM-DD, chính xác đến mức bài báo (hoặc biên tập viên) cho phép; để trống khi không rõ ngày.',
  date_precision: 'Độ chính xác của ngày bài báo: day (ngày), month (tháng), quarter (quý), half (nửa năm), year (năm) hoặc unknown (không rõ ngày).',
  indicator: 'Mã chỉ số chuẩn (indicators.json) mà con số đo, khi câu khớp với từ khóa của chỉ số.',
  topic: 'Mã chủ đề (topics.json) của câu.',
  subject: 'Đối tượng được đếm, theo lời của bài báo (cụm từ quanh con số, tiếng Việt); có thể để trống.',
  value: 'Giá trị theo đơn vị gốc: "84,7 triệu" → 84700000, "68,8%" → 68.8; với thứ hạng là vị trí ("86/193" → 86); với khoảng là đầu dưới. Dấu chấm là dấu thập phân.',
  value_max: 'Đầu trên của khoảng ("8 - 10%" → 10); để trống với một số đơn lẻ.',
  total: 'Tổng mà giá trị là một phần ("4.422/6.423" → 6423), hoặc số nước được xếp hạng ("86/193" → 193).',
  unit: 'Đơn vị: percent (%), count (số lượng), VND (đồng), USD, index (chỉ số), times (lần), rank (thứ hạng) hoặc points ("điểm": điểm số hoặc điểm phần trăm).',
  kind: 'Loại số liệu: share (tỷ lệ trên tổng), count (số lượng), money (tiền), growth (tăng trưởng), rank (thứ hạng), rank-change (số bậc tăng hoặc giảm), index (chỉ số) hoặc multiplier (bội số).',
  direction: 'Chiều thay đổi: up (tăng) hoặc down (giảm, "giảm", "sụt"; khi đó giá trị là số âm); để trống khi bài không nêu chiều.',
  qualifier: 'Từ ước lượng trước con số: approx ("khoảng"), nearly ("gần"), over ("trên", "hơn"), under ("dưới"), at-least ("ít nhất"), at-most ("tối đa").',
  status: 'actual: kết quả được báo cáo; target: mục tiêu cần đạt ("mục tiêu", "phấn đấu", "đến năm 2030"); baseline: giá trị để so sánh ("(cùng kỳ năm trước là 25%)"); estimate: số ước tính hoặc dự báo ("ước", "dự kiến").',
  baseline_for: 'Với giá trị so sánh (baseline): mã con số (metric_id, cùng bài) mà nó là mốc so sánh.',
  period: 'Thời kỳ con số nói đến (lúc bắt đầu): YYYY, YYYY-MM hoặc YYYY-MM-DD; quý và nửa năm tính từ tháng đầu ("Quý I/2022" → 2022-01). Khoảng nhiều năm ghi đầu/cuối (2022/2024).',
  period_precision: 'Độ chính xác của thời kỳ: day, month, quarter, half (nửa năm) hoặc year.',
  text: 'Con số như được viết trong bài ("84,7 triệu", "4.422/6.423").',
  quote: 'Câu chứa con số, nguyên văn từ văn bản nguồn đã giải mã (UTF-8, NFC, xuống dòng LF).',
  offset: 'Vị trí của con số (cột text) trong văn bản nguồn đã giải mã, tính bằng đơn vị mã UTF-16, từ 0.',
  confidence: 'Độ tin cậy của việc trích xuất: high (cao) hoặc low (thấp, xem reasons). Chỉ số liệu tin cậy cao hoặc đã được biên tập viên kiểm tra mới lên biểu đồ.',
  reasons: 'Lý do độ tin cậy thấp, dạng mã máy (weak-indicator-match, indicator-tie, no-period, carried-period, ambiguous-status …), nối bằng "|"; để trống khi cao.',
  review: 'Kiểm tra của biên tập viên: auto (như trích xuất), confirmed (xác nhận), corrected (đã sửa) hoặc rejected (bác bỏ) trong seeds/editorial.yaml.',
  review_reason: 'Lý do của biên tập viên khi xác nhận, sửa hoặc bác bỏ con số.',
  url: 'Địa chỉ của con số trên trang: trang bài báo, neo tới đúng con số (…/#m-3f2a9c01).',
};
