/**
 * A battery of goal forms, written for this test (not taken from any article), modelled on how Vietnamese plans,
 * resolutions and reports state goals: each passage with the status and period every figure in it must get.
 * Conventions are those of the real-corpus gold (docs/real-corpus.md "The gold"): a goal is `target` with the
 * year it is set for; "ước", "dự kiến" are estimates; a bracketed earlier value is a baseline; a completion rate
 * ("bằng 105% kế hoạch", "đạt 92% so với chỉ tiêu") is a result; the value a "chỉ tiêu" / "kế hoạch" names is
 * that year's target even when the text reports it met ("đã hoàn thành chỉ tiêu 90%" → 90 target of that year).
 * Period '*' is not checked (the passage gives none an editor would agree on).
 */
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** [number as written, status, period start or 'none' or '*'] */
type Want = readonly [string, Metric['status'], string];
interface Form { name: string; text: readonly string[]; want: readonly Want[]; year?: number }

/** What the ingest gives each wanted number: "status period", or "missing". */
function got(form: Form): string[] {
  const ms = extractMetrics(segments(form.text), { articleYear: form.year ?? 2024, ...lex, fallbackTopic: 'chi-dao-dieu-hanh' });
  return form.want.map(([text, , period]) => {
    const m = ms.find((x) => x.text.startsWith(text));
    if (!m) return `${text} missing`;
    return `${text} ${m.status} ${period === '*' ? '*' : m.period?.iso ?? 'none'}`;
  });
}

const FORMS: readonly Form[] = [
  { name: 'phấn đấu đến năm', text: ['Phấn đấu đến năm 2025, tỷ lệ dân số trưởng thành có chữ ký số đạt 50%.'], want: [['50%', 'target', '2025']] },
  { name: 'subject phấn đấu đến năm', text: ['Tỉnh phấn đấu đến năm 2025 có 80% hộ gia đình sử dụng Internet cáp quang.'], want: [['80%', 'target', '2025']] },
  { name: 'đến hết năm … phấn đấu: ;-items', text: ['Đến hết năm 2025, tỉnh phấn đấu: 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; 80% hồ sơ được xử lý trực tuyến; kinh tế số chiếm 20% GRDP.'],
    want: [['100%', 'target', '2025'], ['80%', 'target', '2025'], ['20%', 'target', '2025']] },
  { name: 'đến hết năm … chỉ tiêu sau: - items', text: ['Đến hết năm 2025, tỉnh phấn đấu đạt các chỉ tiêu sau:', '- 100% cơ quan nhà nước sử dụng văn bản điện tử;', '- 70% dân số trưởng thành có tài khoản thanh toán điện tử;', '- Doanh thu thương mại điện tử đạt 2.000 tỷ đồng.'],
    want: [['100%', 'target', '2025'], ['70%', 'target', '2025'], ['2.000 tỷ đồng', 'target', '2025']] },
  { name: 'mục tiêu cụ thể: a) b)', text: ['Mục tiêu cụ thể: a) 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng; b) 60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.'],
    want: [['90%', 'target', '*'], ['60%', 'target', '*']] },
  { name: 'mục tiêu tổng quát / cụ thể with a horizon, lettered paragraphs', text: ['Mục tiêu tổng quát đến năm 2030: đưa tỉnh trở thành địa phương số.', 'Mục tiêu cụ thể đến năm 2030:', 'a) Kinh tế số chiếm 30% GRDP;', 'b) 100% xã có hạ tầng cáp quang.'],
    want: [['30%', 'target', '2030'], ['100%', 'target', '2030']] },
  { name: 'chỉ tiêu năm', text: ['Chỉ tiêu năm 2025: tỷ lệ hồ sơ trực tuyến đạt 60%.'], want: [['60%', 'target', '2025']] },
  { name: 'kế hoạch đề ra chỉ tiêu', text: ['Kế hoạch đề ra chỉ tiêu đến năm 2026 có 1.000 doanh nghiệp công nghệ số.'], want: [['1.000', 'target', '2026']] },
  { name: 'Nghị quyết … đặt mục tiêu', text: ['Nghị quyết số 05-NQ/TU của Tỉnh ủy đặt mục tiêu đến năm 2030 kinh tế số chiếm 25% GRDP.'], want: [['25%', 'target', '2030']] },
  { name: 'định hướng đến năm', text: ['Chiến lược định hướng đến năm 2030, kinh tế số chiếm 30% GDP.'], want: [['30%', 'target', '2030']] },
  { name: 'tầm nhìn', text: ['Tầm nhìn đến năm 2045, Việt Nam trở thành quốc gia số, kinh tế số chiếm 50% GDP.'], want: [['50%', 'target', '2045']] },
  { name: 'tối thiểu', text: ['Đến năm 2025, tỷ lệ dân số có tài khoản thanh toán tối thiểu 80%.'], want: [['80%', 'target', '2025']] },
  { name: 'ít nhất', text: ['Phấn đấu năm 2025 có ít nhất 50.000 doanh nghiệp số.'], want: [['50.000', 'target', '2025']] },
  { name: 'đạt trên', text: ['Đến năm 2030, doanh thu công nghiệp công nghệ số đạt trên 200 tỷ USD.'], want: [['200 tỷ USD', 'target', '2030']] },
  { name: 'không thấp hơn', text: ['Đến năm 2025, tỷ lệ giải quyết hồ sơ đúng hạn không thấp hơn 95%.'], want: [['95%', 'target', '2025']] },
  { name: 'đạt từ … trở lên', text: ['Kế hoạch đặt mục tiêu năm 2025 tỷ lệ thanh toán không dùng tiền mặt đạt từ 80% trở lên.'], want: [['80%', 'target', '2025']] },
  { name: 'a plan\'s aims, then verbless 100% items', text: ['Kế hoạch chuyển đổi số năm 2025 của tỉnh xác định các mục tiêu chủ yếu sau:', '100% hồ sơ được số hóa khi tiếp nhận.', '90% người dân được hướng dẫn sử dụng dịch vụ công trực tuyến.'],
    want: [['100%', 'target', '2025'], ['90%', 'target', '2025']] },
  { name: 'giữ vững vị trí', text: ['Tỉnh phấn đấu giữ vững vị trí thứ 5 toàn quốc về chỉ số chuyển đổi số DTI.'], want: [['5', 'target', '*']] },
  { name: 'duy trì vị trí trong nhóm', text: ['Thành phố phấn đấu duy trì vị trí trong nhóm 10 địa phương dẫn đầu về chỉ số PCI.'], want: [['10', 'target', '*']] },
  { name: 'nằm trong nhóm N tỉnh dẫn đầu', text: ['Đến năm 2025, tỉnh phấn đấu nằm trong nhóm 3 tỉnh dẫn đầu cả nước về chuyển đổi số.'], want: [['3', 'target', '2025']] },
  { name: 'top N', text: ['Mục tiêu đến năm 2030, Việt Nam thuộc top 30 quốc gia dẫn đầu về chính phủ điện tử.'], want: [['30', 'target', '2030']] },
  { name: 'xếp hạng … thuộc nhóm N nước', text: ['Đến năm 2030, xếp hạng chỉ số đổi mới sáng tạo toàn cầu của Việt Nam thuộc nhóm 40 nước dẫn đầu.'], want: [['40', 'target', '2030']] },
  { name: 'top N in a phấn đấu sentence', text: ['Tỉnh phấn đấu đến năm 2025, chỉ số DTI xếp hạng trong top 20 cả nước.'], want: [['20', 'target', '2025']] },
  { name: 'a goal in a headline', text: ['Quảng Bình phấn đấu năm 2025 có 80% hồ sơ trực tuyến toàn trình', 'Sáng 5/3, UBND tỉnh tổ chức hội nghị triển khai kế hoạch.'], want: [['80%', 'target', '2025']] },
  { name: 'result and goal in one sentence', text: ['Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 85%, năm 2025 phấn đấu đạt 95%.'], want: [['85%', 'actual', '2024'], ['95%', 'target', '2025']] },
  { name: 'result; goal raised', text: ['Năm 2024 tỉnh đạt 70% hồ sơ trực tuyến; năm 2025 phấn đấu nâng lên 90%.'], want: [['70%', 'actual', '2024'], ['90%', 'target', '2025']] },
  { name: 'kế hoạch năm giao vs thực hiện', text: ['Kế hoạch năm 2024 giao 500 tỷ đồng, thực hiện đạt 520 tỷ đồng.'], want: [['500 tỷ đồng', 'target', '2024'], ['520 tỷ đồng', 'actual', '2024']] },
  { name: 'thực hiện, bằng N% kế hoạch năm', text: ['Doanh thu năm 2024 thực hiện 1.200 tỷ đồng, bằng 105% kế hoạch năm.'], want: [['1.200 tỷ đồng', 'actual', '2024'], ['105%', 'actual', '2024']] },
  { name: 'chỉ tiêu được giao vs đạt', text: ['Chỉ tiêu được giao năm 2024 là 75% hồ sơ trực tuyến; tỉnh đạt 78%, vượt chỉ tiêu.'], want: [['75%', 'target', '2024'], ['78%', 'actual', '*']] },
  { name: 'đạt N% so với chỉ tiêu', text: ['Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 92% so với chỉ tiêu.'], want: [['92%', 'actual', '2024']] },
  { name: 'dự kiến: a forecast', text: ['Dự kiến năm 2025, doanh thu thương mại điện tử đạt 25 tỷ USD.'], want: [['25 tỷ USD', 'estimate', '2025']] },
  { name: 'theo kế hoạch: a plan', text: ['Theo kế hoạch, năm 2025 doanh thu thương mại điện tử đạt 25 tỷ USD.'], want: [['25 tỷ USD', 'target', '2025']] },
  { name: 'a ministry\'s dự kiến', text: ['Bộ Công an dự kiến đến cuối năm 2024 có 40 triệu tài khoản định danh điện tử được kích hoạt.'], want: [['40 triệu', 'estimate', '2024']] },
  { name: 'sẽ: a commitment', text: ['Bộ cam kết sẽ hoàn thành 100% dịch vụ công trực tuyến toàn trình trong năm 2025.'], want: [['100%', 'target', '2025']] },
  { name: 'sẽ with a deadline', text: ['Trong năm 2025, tỉnh sẽ đưa 100% hồ sơ thủ tục hành chính lên môi trường mạng.'], want: [['100%', 'target', '2025']] },
  { name: '-/+ items across paragraphs', text: ['Mục tiêu đến năm 2025:', '- Về chính quyền số:', '+ 100% văn bản được ký số;', '+ 80% hồ sơ được xử lý trực tuyến toàn trình.', '- Về kinh tế số:', '+ Kinh tế số chiếm 20% GRDP.'],
    want: [['100%', 'target', '2025'], ['80%', 'target', '2025'], ['20%', 'target', '2025']] },
  { name: 'a frame that ends with a result', text: ['Kế hoạch đặt mục tiêu đến năm 2025 có 90% hồ sơ được số hóa.', 'Năm 2024, tỉnh đã đạt 75% hồ sơ được số hóa.'], want: [['90%', 'target', '2025'], ['75%', 'actual', '2024']] },
  { name: 'goal items then kết quả', text: ['Tỉnh đặt mục tiêu đến năm 2025:', '- 95% người dân có danh tính số;', '- 70% hộ gia đình có cáp quang.', 'Kết quả năm 2024, tỷ lệ hộ gia đình có cáp quang đạt 62%.'],
    want: [['95%', 'target', '2025'], ['70%', 'target', '2025'], ['62%', 'actual', '2024']] },
  { name: 'đã hoàn thành chỉ tiêu N: the target met', text: ['Năm 2023, tỉnh đã hoàn thành chỉ tiêu 90% hồ sơ trực tuyến.'], want: [['90%', 'target', '2023']] },
  { name: 'vượt chỉ tiêu, đạt N', text: ['Tỉnh đã vượt chỉ tiêu đề ra, đạt 95% hồ sơ trực tuyến năm 2024.'], want: [['95%', 'actual', '2024']] },
  { name: 'ước đạt', text: ['Năm 2024, tỷ lệ này ước đạt 88%.'], want: [['88%', 'estimate', '2024']] },
  { name: 'ước tính đến hết năm', text: ['Ước tính đến hết năm 2024, doanh thu công nghiệp công nghệ số đạt 150 tỷ USD.'], want: [['150 tỷ USD', 'estimate', '2024']] },
  { name: 'a rank move as a goal', text: ['Năm 2025, tỉnh phấn đấu tăng 2 bậc trên bảng xếp hạng DTI.'], want: [['2 bậc', 'target', '2025']] },
  { name: 'two horizons', text: ['Đến năm 2025, kinh tế số đóng góp 20% GRDP, đến năm 2030 là 30%.'], want: [['20%', 'target', '2025'], ['30%', 'target', '2030']] },
  { name: 'đặt mục tiêu năm', text: ['Hà Nội đặt mục tiêu năm 2025 có 100% trường học triển khai học bạ số.'], want: [['100%', 'target', '2025']] },
  { name: 'chỉ tiêu kế hoạch là tăng trưởng', text: ['Chỉ tiêu kế hoạch năm 2025 là tăng trưởng 8%.'], want: [['8%', 'target', '2025']] },
  { name: 'kế hoạch năm vs ước thực hiện', text: ['Kế hoạch năm 2024 là 300 doanh nghiệp, ước thực hiện 310 doanh nghiệp.'], want: [['300', 'target', '2024'], ['310', 'estimate', '2024']] },
  { name: 'a goal with a bracketed baseline', text: ['Đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80% (năm 2023 là 45%).'], want: [['80%', 'target', '2025'], ['45%', 'baseline', '2023']] },
  { name: 'phấn đấu thu hút', text: ['Năm 2025, tỉnh phấn đấu thu hút 10 dự án công nghệ số.'], want: [['10', 'target', '2025']] },
  { name: 'a decision that sets a goal', text: ['Quyết định số 749/QĐ-TTg đặt ra mục tiêu đến năm 2025 có 80% dịch vụ công trực tuyến mức độ 4.'], want: [['80%', 'target', '2025']] },
  { name: 'a yearly growth goal over a phase', text: ['Tỉnh phấn đấu trong giai đoạn 2026-2030, tốc độ tăng trưởng kinh tế số bình quân đạt 15%/năm.'], want: [['15%', 'target', '*']] },
  { name: 'đến năm + a verbless goal', text: ['Đến năm 2025, 100% xã, phường được phủ sóng 4G.'], want: [['100%', 'target', '2025']] },
  { name: 'đến năm past + đã: a result', text: ['Đến năm 2023, 100% xã đã được phủ sóng 4G.'], want: [['100%', 'actual', '2023']] },
  { name: 'half-year result, share of the year plan', text: ['Trong 6 tháng đầu năm 2024, doanh thu đạt 60 tỷ USD, bằng 55% kế hoạch năm.'], want: [['60 tỷ USD', 'actual', '2024-01'], ['55%', 'actual', '2024-01']] },
  { name: 'yêu cầu … phải có ít nhất', text: ['Thủ tướng yêu cầu đến năm 2025 phải có ít nhất 50% dân số trưởng thành có chữ ký số.'], want: [['50%', 'target', '2025']] },
  { name: 'năm nay phấn đấu', text: ['Năm nay, thành phố phấn đấu đạt 30.000 doanh nghiệp số.'], year: 2025, want: [['30.000', 'target', '2025']] },
  { name: 'a result then a separate goal paragraph', text: ['Năm 2024, doanh thu thương mại điện tử của tỉnh đạt 1.500 tỷ đồng.', 'Năm 2025, tỉnh phấn đấu doanh thu thương mại điện tử đạt 2.000 tỷ đồng.'],
    want: [['1.500 tỷ đồng', 'actual', '2024'], ['2.000 tỷ đồng', 'target', '2025']] },
  { name: 'mục tiêu in brackets after a result', text: ['Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 65% (mục tiêu 70%).'], want: [['65%', 'actual', '2024'], ['70%', 'target', '2024']] },
  { name: 'two horizons in ;-clauses', text: ['Mục tiêu đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%; đến năm 2030 đạt 100%.'], want: [['80%', 'target', '2025'], ['100%', 'target', '2030']] },
  { name: 'theo kế hoạch, đến cuối năm', text: ['Theo Kế hoạch, đến cuối năm 2025, toàn tỉnh có 500 trạm BTS 5G.'], want: [['500', 'target', '2025']] },
  { name: 'chỉ tiêu đặt ra cho năm … là', text: ['Chỉ tiêu đặt ra cho năm 2025 là 1.200 doanh nghiệp số.'], want: [['1.200', 'target', '2025']] },
  { name: 'các chỉ tiêu chủ yếu: ;-items', text: ['Các chỉ tiêu chủ yếu năm 2025: tăng trưởng GRDP 8%; kinh tế số chiếm 15% GRDP.'], want: [['8%', 'target', '2025'], ['15%', 'target', '2025']] },
  { name: 'đặt mục tiêu … vào năm in a headline', text: ['Đồng Nai đặt mục tiêu 95% người dân dùng dịch vụ công trực tuyến vào năm 2030', 'Tỉnh vừa ban hành kế hoạch triển khai.'], want: [['95%', 'target', '2030']] },
  { name: 'phấn đấu: a share and a yearly growth', text: ['Phấn đấu đến năm 2030, kinh tế số đạt 30% GDP, năng suất lao động tăng bình quân 7%/năm.'], want: [['30%', 'target', '2030'], ['7%', 'target', '2030']] },
  { name: 'numbered items under a goal lead-in', text: ['Mục tiêu đến năm 2025:', '1. 100% xã có cáp quang.', '2. 80% dân số có điện thoại thông minh.'], want: [['100%', 'target', '2025'], ['80%', 'target', '2025']] },
  { name: 'thứ nhất, a goal', text: ['Thứ nhất, đến năm 2025, 70% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.'], want: [['70%', 'target', '2025']] },
  { name: 'a rank move and a top N as goals', text: ['Tỉnh phấn đấu đến năm 2025 tăng 5 bậc, lọt top 20 tỉnh dẫn đầu về DTI.'], want: [['5 bậc', 'target', '2025'], ['20', 'target', '2025']] },
  { name: 'goal items, then tính đến', text: ['Mục tiêu đến năm 2025:', '- 90% hồ sơ được xử lý trực tuyến.', 'Tính đến tháng 6/2024, tỷ lệ hồ sơ được xử lý trực tuyến đạt 56%.'], want: [['90%', 'target', '2025'], ['56%', 'actual', '2024-06']] },
  { name: 'last year\'s plan and result', text: ['Kế hoạch năm 2023 đặt chỉ tiêu 70%, kết quả đạt 72%.'], want: [['70%', 'target', '2023'], ['72%', 'actual', '2023']] },
  { name: 'đặt mục tiêu … và đã đạt', text: ['Năm 2024, tỉnh đặt mục tiêu 85% và đã đạt 87%.'], want: [['85%', 'target', '2024'], ['87%', 'actual', '2024']] },
  { name: 'a goal with the present in brackets', text: ['Đến năm 2025, 100% hồ sơ được số hóa (hiện nay đạt 60%).'], want: [['100%', 'target', '2025'], ['60%', 'actual', '*']] },
  { name: 'mục tiêu năm … là, with a growth', text: ['Mục tiêu năm 2025 của ngành là doanh thu đạt 40 tỷ USD, tăng 10% so với năm 2024.'], want: [['40 tỷ USD', 'target', '2025'], ['10%', 'target', '2025']] },
  { name: 'dự kiến đến năm', text: ['Dự kiến đến năm 2030, quy mô kinh tế số đạt 45 tỷ USD.'], want: [['45 tỷ USD', 'estimate', '2030']] },
  { name: 'theo dự báo … sẽ', text: ['Theo dự báo, năm 2025 kinh tế số Việt Nam sẽ đạt 45 tỷ USD.'], want: [['45 tỷ USD', 'estimate', '2025']] },
  { name: 'phấn đấu with two items in one clause', text: ['Đến năm 2025, phấn đấu 100% cán bộ được bồi dưỡng kỹ năng số, 50% người dân có kỹ năng số cơ bản.'], want: [['100%', 'target', '2025'], ['50%', 'target', '2025']] },
  { name: 'giao chỉ tiêu … là', text: ['Chính phủ giao chỉ tiêu năm 2025 cho tỉnh là 90% hồ sơ trực tuyến.'], want: [['90%', 'target', '2025']] },
  { name: 'phấn đấu hoàn thành 100% chỉ tiêu', text: ['Tỉnh phấn đấu hoàn thành 100% chỉ tiêu chuyển đổi số năm 2025.'], want: [['100%', 'target', '2025']] },
  { name: 'hoàn thành N/M chỉ tiêu: a result', text: ['Năm 2024, tỉnh hoàn thành 18/20 chỉ tiêu chuyển đổi số.'], want: [['18', 'actual', '2024']] },
  { name: '+ items under phấn đấu, then hiện nay', text: ['Năm 2025, tỉnh phấn đấu:', '+ 95% hồ sơ trực tuyến;', '+ 100% xã có wifi công cộng.', 'Hiện nay, 85% xã đã có wifi công cộng.'],
    want: [['95%', 'target', '2025'], ['100%', 'target', '2025'], ['85%', 'actual', '*']] },
  { name: 'tầm nhìn … nằm trong nhóm N', text: ['Tầm nhìn đến năm 2045: Việt Nam nằm trong nhóm 30 quốc gia dẫn đầu về đổi mới sáng tạo.'], want: [['30', 'target', '2045']] },
  { name: 'chỉ tiêu đề ra là vs thực tế đạt', text: ['Chỉ tiêu tăng trưởng năm 2025 đề ra là 8%, thực tế đạt 8,5%.'], want: [['8%', 'target', '2025'], ['8,5%', 'actual', '2025']] },
  { name: 'a headline goal with a deadline month', text: ['Cần Thơ phấn đấu đến tháng 6/2025 hoàn thành 100% số hóa hồ sơ', 'Sở Thông tin và Truyền thông vừa có văn bản hướng dẫn.'], want: [['100%', 'target', '2025-06']] },
  { name: 'a headline result', text: ['Hà Nam: 95% hồ sơ được xử lý trực tuyến trong năm 2024', 'Năm 2024, tỉnh tiếp tục đẩy mạnh chuyển đổi số.'], want: [['95%', 'actual', '2024']] },
  { name: 'a plan\'s aims across paragraphs, then a new year\'s results', text: ['Chương trình chuyển đổi số giai đoạn 2021-2025 đặt mục tiêu:', 'Kinh tế số chiếm 20% GRDP.', 'Tỷ lệ dân số có tài khoản thanh toán điện tử trên 80%.', 'Năm 2023, kinh tế số của tỉnh chiếm 12% GRDP.'],
    want: [['20%', 'target', '2025'], ['80%', 'target', '2025'], ['12%', 'actual', '2023']] },
  { name: 'định hướng đến năm … : items', text: ['Định hướng đến năm 2030:', '- Kinh tế số chiếm 30% GRDP;', '- 100% dịch vụ công được cung cấp trực tuyến toàn trình.'], want: [['30%', 'target', '2030'], ['100%', 'target', '2030']] },
  { name: 'a ratio goal N/M', text: ['Phấn đấu đến năm 2025, 10/10 huyện có trung tâm điều hành thông minh.'], want: [['10', 'target', '2025']] },
  { name: 'từ … lên …: a dated start (a point of the series) and the goal', text: ['Tỉnh phấn đấu nâng tỷ lệ hồ sơ trực tuyến từ 45% năm 2024 lên 80% vào năm 2025.'], want: [['45%', 'actual', '2024'], ['80%', 'target', '2025']] },
  { name: 'a goal in an earlier year reported met', text: ['Năm 2023, tỉnh đặt mục tiêu 60% hồ sơ trực tuyến; kết quả đạt 65%.'], want: [['60%', 'target', '2023'], ['65%', 'actual', '2023']] },
  { name: 'phấn đấu đạt và vượt', text: ['Năm 2025, ngành phấn đấu đạt và vượt chỉ tiêu doanh thu 3.000 tỷ đồng.'], want: [['3.000 tỷ đồng', 'target', '2025']] },
  { name: 'the rest of a ;-list after phấn đấu', text: ['Đến năm 2025, phấn đấu có 5.000 doanh nghiệp số; 60% doanh nghiệp sử dụng hóa đơn điện tử; doanh thu thương mại điện tử tăng 20%/năm.'],
    want: [['5.000', 'target', '2025'], ['60%', 'target', '2025'], ['20%', 'target', '2025']] },
  { name: 'từ … lên …: an undated start is the goal\'s baseline', text: ['Đến năm 2025, tỉnh phấn đấu nâng tỷ lệ hộ có cáp quang từ 60% lên 85%.'], want: [['60%', 'baseline', '*'], ['85%', 'target', '2025']] },
  { name: 'UBND yêu cầu … phải đạt', text: ['UBND tỉnh yêu cầu năm 2025 tỷ lệ hồ sơ trực tuyến phải đạt 70%.'], want: [['70%', 'target', '2025']] },
  { name: 'nhằm đạt', text: ['Tỉnh triển khai nhiều giải pháp nhằm đạt 90% hộ gia đình có cáp quang vào năm 2026.'], want: [['90%', 'target', '2026']] },
  { name: 'a heading of goals, paragraphs with đạt, a results heading', text: ['MỤC TIÊU ĐẾN NĂM 2025', 'Tỷ lệ hồ sơ xử lý trực tuyến đạt 80%.', 'Doanh thu thương mại điện tử đạt 5.000 tỷ đồng.', 'KẾT QUẢ NĂM 2024', 'Tỷ lệ hồ sơ xử lý trực tuyến đạt 62%.'],
    want: [['80%', 'target', '2025'], ['5.000 tỷ đồng', 'target', '2025'], ['62%', 'actual', '2024']] },
  { name: 'giai đoạn … phấn đấu mỗi năm', text: ['Giai đoạn 2026-2030, tỉnh phấn đấu mỗi năm có thêm 200 doanh nghiệp công nghệ số.'], want: [['200', 'target', '*']] },
  { name: 'Về … : subheadings under a goal lead-in', text: ['Kế hoạch đặt ra các mục tiêu cụ thể đến năm 2025 như sau:', 'Về hạ tầng số: 100% thôn, bản có sóng di động 4G.', 'Về nhân lực số: đào tạo 5.000 lượt cán bộ về kỹ năng số.'],
    want: [['100%', 'target', '2025'], ['5.000', 'target', '2025']] },
  { name: 'a report paragraph between two goal statements', text: ['Năm 2025, tỉnh phấn đấu có 90% hồ sơ trực tuyến.', 'Trong năm 2024, tỉnh đã tiếp nhận 120.000 hồ sơ trực tuyến.'], want: [['90%', 'target', '2025'], ['120.000', 'actual', '2024']] },
  { name: 'a forecast sentence in a report (not a plan)', text: ['Với đà tăng trưởng hiện nay, doanh thu năm 2025 dự kiến đạt 30 tỷ USD.'], want: [['30 tỷ USD', 'estimate', '2025']] },
  { name: 'kế hoạch năm sau: chỉ tiêu là', text: ['Năm 2024, tỉnh đạt 82% hồ sơ trực tuyến. Năm 2025, chỉ tiêu là 90%.'], want: [['82%', 'actual', '2024'], ['90%', 'target', '2025']] },
  { name: 'bảo đảm: a commitment', text: ['Đến năm 2025, bảo đảm 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng.'], want: [['100%', 'target', '2025']] },
  { name: 'đến năm 2030 … ít nhất, in a resolution', text: ['Nghị quyết xác định đến năm 2030, có ít nhất 3 doanh nghiệp công nghệ số đủ sức cạnh tranh quốc tế.'], want: [['3', 'target', '2030']] },
  { name: 'đạt N% kế hoạch: a result', text: ['Sau 6 tháng, tỉnh đạt 60% kế hoạch năm về số hóa hồ sơ.'], want: [['60%', 'actual', '*']] },
  { name: 'để đạt mục tiêu, a result', text: ['Để đạt mục tiêu này, năm 2024 tỉnh đã cấp 50.000 chứng thư chữ ký số.'], want: [['50.000', 'actual', '2024']] },
  { name: 'so với mục tiêu … hiện mới đạt', text: ['So với mục tiêu 80% đến năm 2025, tỷ lệ hiện nay mới đạt 60%.'], want: [['80%', 'target', '2025'], ['60%', 'actual', '*']] },
  { name: 'theo lộ trình … sẽ có, a quarter deadline', text: ['Theo lộ trình, đến quý IV/2025 sẽ có 1.000 trạm 5G.'], want: [['1.000', 'target', '2025-10']] },
  { name: 'mục tiêu đặt ra là đến cuối năm', text: ['Mục tiêu đặt ra là đến cuối năm 2025, 100% người dân có định danh điện tử mức 2.'], want: [['100%', 'target', '2025']] },
  { name: 'a goal, then hiện đạt', text: ['Tỉnh phấn đấu đến năm 2025 có 80% dân số trưởng thành có chữ ký số, hiện đạt 40%.'], want: [['80%', 'target', '2025'], ['40%', 'actual', '*']] },
  { name: 'đặt chỉ tiêu thu hút', text: ['Năm 2025, tỉnh đặt chỉ tiêu thu hút 5 triệu lượt người dùng dịch vụ số.'], want: [['5 triệu', 'target', '2025']] },
  { name: 'lên vị trí thứ N', text: ['Đến năm 2025, phấn đấu đưa chỉ số DTI của tỉnh lên vị trí thứ 15.'], want: [['15', 'target', '2025']] },
  { name: 'ít nhất N bậc mỗi năm', text: ['Tỉnh phấn đấu mỗi năm tăng ít nhất 3 bậc trên bảng xếp hạng DTI.'], want: [['3 bậc', 'target', '*']] },
  { name: 'a horizon now past, reported', text: ['Đến năm 2025, tỉnh đã có 95% hồ sơ được xử lý trực tuyến.'], year: 2026, want: [['95%', 'actual', '2025']] },
  { name: 'theo kế hoạch vs thực tế, last year', text: ['Theo kế hoạch, năm 2024 tỉnh đạt 80% hồ sơ trực tuyến; thực tế năm 2024 đạt 85%.'], year: 2025, want: [['80%', 'target', '2024'], ['85%', 'actual', '2024']] },
  { name: 'theo kế hoạch, this year', text: ['Theo kế hoạch, năm 2025 doanh thu thương mại điện tử đạt 25 tỷ USD.'], year: 2025, want: [['25 tỷ USD', 'target', '2025']] },
  { name: 'theo Kế hoạch số …: a cited plan, a result', text: ['Theo Kế hoạch số 12/KH-UBND, năm 2024 tỉnh đã cấp 30.000 chữ ký số.'], year: 2025, want: [['30.000', 'actual', '2024']] },
  { name: 'hoàn thành vượt mức chỉ tiêu, đạt', text: ['Năm 2024, tỉnh hoàn thành vượt mức chỉ tiêu, đạt 105% kế hoạch.'], want: [['105%', 'actual', '2024']] },
  { name: 'an estimate beside the goal it passes', text: ['Ước đến hết năm 2025, tỷ lệ hồ sơ trực tuyến đạt 90%, vượt mục tiêu đề ra (85%).'], year: 2025, want: [['90%', 'estimate', '2025'], ['85%', 'target', '2025']] },
  { name: 'a goal with a points rise', text: ['Năm 2025, phấn đấu tỷ lệ hồ sơ trực tuyến đạt 75%, cao hơn 10 điểm phần trăm so với năm 2024.'], want: [['75%', 'target', '2025'], ['10 điểm phần trăm', 'target', '2025']] },
  { name: 'chỉ tiêu năm: label: value items', text: ['Chỉ tiêu năm 2025:', '- Tỷ lệ hồ sơ trực tuyến: 80%;', '- Số doanh nghiệp công nghệ số: 1.200.'], want: [['80%', 'target', '2025'], ['1.200', 'target', '2025']] },
  { name: 'đề ra chỉ tiêu …, đến nay đã đạt', text: ['Tỉnh đề ra chỉ tiêu năm 2025 đạt 85% hồ sơ trực tuyến, đến nay đã đạt 78%.'], year: 2025, want: [['85%', 'target', '2025'], ['78%', 'actual', '*']] },
  { name: 'theo mục tiêu,', text: ['Theo mục tiêu, năm 2025 tỉnh có 2.000 doanh nghiệp số.'], year: 2025, want: [['2.000', 'target', '2025']] },
  { name: 'a goal given in turn by month', text: ['Ngành đặt kế hoạch năm 2025 với mục tiêu nâng tỷ lệ hồ sơ trực tuyến lần lượt là 40% vào tháng 6, 55% vào tháng 9 và 70% vào tháng 12.'], year: 2025,
    want: [['40%', 'target', '2025-06'], ['55%', 'target', '2025-09'], ['70%', 'target', '2025-12']] },
  { name: 'results given in turn are no goal', text: ['Năm 2024, tỷ lệ hồ sơ trực tuyến của ba quý đầu lần lượt là 40%, 55% và 70%.'], year: 2025,
    want: [['40%', 'actual', '*'], ['55%', 'actual', '*'], ['70%', 'actual', '*']] },
  { name: 'a congress sets a phase ahead, verbless goals follow', text: ['Đại hội Đảng bộ tỉnh xác định giai đoạn 2026-2030, xây dựng tỉnh trở thành trung tâm công nghiệp của vùng.', 'Tốc độ tăng trưởng kinh tế bình quân đạt 9%. Quy mô kinh tế theo giá hiện hành 300.000 tỷ đồng. Vốn đầu tư thực hiện trên địa bàn 120.000 tỷ đồng.'], year: 2025,
    want: [['9%', 'target', '2030'], ['300.000 tỷ đồng', 'target', '2030'], ['120.000 tỷ đồng', 'target', '2030']] },
  { name: 'a congress’s phase already past, results follow', text: ['Đại hội khóa trước xác định giai đoạn 2016-2020, xây dựng tỉnh phát triển khá.', 'Tốc độ tăng trưởng kinh tế bình quân đạt 7%.'], year: 2025,
    want: [['7%', 'actual', '*']] },
  { name: 'đạt chỉ tiêu in brackets, then ;-items of results', text: ['Số trạm 4G đạt 1.200 trạm (đạt chỉ tiêu năm 2024); 95% thôn có sóng di động (đạt chỉ tiêu năm 2024); 70% hộ có cáp quang (chỉ tiêu năm 2024 là 80%).'], year: 2024,
    want: [['1.200', 'actual', '*'], ['95%', 'actual', '*'], ['70%', 'actual', '*'], ['80%', 'target', '2024']] },
  { name: 'an estimate’s reach ends at a new subject with its own verb', text: ['Năm 2024, doanh thu ngành ước đạt 5.000 tỷ đồng, tăng 12% so với năm 2023, số thuê bao đạt khoảng 2 triệu, tăng 8% so với năm 2023.'], year: 2024,
    want: [['5.000 tỷ đồng', 'estimate', '2024'], ['12%', 'estimate', '2024'], ['2 triệu', 'actual', '2024'], ['8%', 'actual', '2024']] },
  { name: 'an estimate word before a fronted time: its main clause stays the estimate', text: ['Dự kiến đến hết năm 2026, toàn tỉnh đạt 5.000 trạm 5G, phủ sóng khoảng 80% dân số.'], year: 2026,
    want: [['5.000', 'estimate', '2026'], ['80%', 'estimate', '2026']] },
  { name: 'a sentence pointing back, compared with an earlier year’s value', text: ['Trong năm 2025, hệ thống đã chặn 12 triệu cuộc gọi rác. Con số này tăng mạnh so với tổng số cuộc gọi bị chặn trong năm 2024 là 7,5 triệu cuộc.'], year: 2025,
    want: [['12 triệu', 'actual', '2025'], ['7,5 triệu', 'baseline', '2024']] },
  { name: 'figures given in turn for years listed', text: ['Vào các năm 2023 và 2022, số vụ lừa đảo bị ngăn chặn lần lượt là 12 triệu và 15 triệu vụ.'], year: 2025,
    want: [['12 triệu', 'actual', '2023'], ['15 triệu', 'actual', '2022']] },
  { name: 'one of the aims is …: the list after its comma', text: ['Trong đó, một trong những mục tiêu chính là toàn tỉnh có 90% hộ dùng cáp quang, 100% xã có sóng 5G ngay trong năm 2025.'], year: 2025,
    want: [['90%', 'target', '2025'], ['100%', 'target', '2025']] },
  { name: 'the rate of goals met is …: no aim', text: ['Tỷ lệ đạt chỉ tiêu của ngành năm nay là 95%, 80% đơn vị hoàn thành.'], year: 2025,
    want: [['80%', 'actual', '2025']] },
];

describe('goal forms (written for this test)', () => {
  it.each(FORMS.map((f) => [f.name, f] as const))('%s', (_name, form) => {
    expect(got(form)).toEqual(form.want.map(([t, s, p]) => `${t} ${s} ${p}`));
  });
});
