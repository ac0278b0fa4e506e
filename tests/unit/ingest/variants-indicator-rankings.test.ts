/**
 * Round 31c: international rankings and the DTI written as other editors would write them (synonyms, English
 * acronyms, word order, brackets, lead-ins, list items) and near-misses that must not take the series (another
 * country's rank, a rank move, a pillar, a province's rank of a national index). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

type Row = [sentence: string, number: string, series: string];

const EGDI: Row[] = [
  ['Theo Báo cáo khảo sát Chính phủ điện tử của Liên hợp quốc năm 2024, Việt Nam xếp hạng 71/193 quốc gia.', '71', 'egdi-rank'],
  ['Chỉ số phát triển Chính phủ điện tử (EGDI) của Việt Nam năm 2024 xếp thứ 71 trên 193 quốc gia thành viên.', '71', 'egdi-rank'],
  ['Việt Nam đứng thứ 71/193 về chỉ số EGDI của LHQ.', '71', 'egdi-rank'],
  ['Xếp hạng EGDI: Việt Nam ở vị trí 71, tăng 15 bậc so với kỳ trước.', '71', 'egdi-rank'],
  ['Năm 2024, thứ hạng Chính phủ điện tử của Việt Nam là 71/193.', '71', 'egdi-rank'],
  ['Về Chính phủ điện tử, Việt Nam xếp thứ 71 thế giới và thứ 5 trong ASEAN.', '5', 'egov-asean-rank'],
  ['Điểm EGDI của Việt Nam đạt 0,7709, thuộc nhóm rất cao.', '0,7709', 'egdi-score'],
  ['Chỉ số phát triển Chính phủ điện tử của Việt Nam năm 2024 đạt 0,7709 điểm.', '0,7709', 'egdi-score'],
  ['Việt Nam xếp thứ 71 về EGDI, trong khi Thái Lan xếp thứ 52.', '52', 'none'],
  ['Chỉ số EGDI của Việt Nam tăng 15 bậc so với năm 2022.', '15', 'none'],
];

const GCI: Row[] = [
  ['Việt Nam xếp thứ 25/194 quốc gia về Chỉ số an toàn, an ninh mạng toàn cầu (GCI) của ITU.', '25', 'gci-rank'],
  ['Trong bảng xếp hạng GCI năm 2020, Việt Nam đứng thứ 25 thế giới.', '25', 'gci-rank'],
  ['Theo Liên minh Viễn thông quốc tế (ITU), Việt Nam xếp hạng 25 về an toàn, an ninh mạng toàn cầu.', '25', 'gci-rank'],
  ['Chỉ số an toàn thông tin mạng toàn cầu: Việt Nam hạng 25, tăng 25 bậc.', '25', 'gci-rank'],
  ['Chỉ số GCI của Việt Nam xếp thứ 4 trong khu vực ASEAN.', '4', 'gci-asean-rank'],
  ['Việt Nam đạt 94,59 điểm trong Chỉ số an toàn, an ninh mạng toàn cầu (GCI).', '94,59', 'gci-score'],
  ['Về GCI, Việt Nam xếp thứ 25 còn Singapore đứng thứ 4.', '4', 'none'],
];

const GII: Row[] = [
  ['Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2024 của Việt Nam xếp thứ 44/133 nền kinh tế.', '44', 'gii-rank'],
  ['WIPO xếp Việt Nam thứ 44 trong số 133 nền kinh tế về Chỉ số đổi mới sáng tạo.', '44', 'gii-rank'],
  ['Việt Nam đứng thứ 44 trên bảng xếp hạng GII 2024.', '44', 'gii-rank'],
  ['GII 2023: Việt Nam hạng 46, tăng 2 bậc.', '46', 'gii-rank'],
  ['Theo Tổ chức Sở hữu trí tuệ thế giới, năm 2024 Việt Nam xếp hạng 44 về đổi mới sáng tạo toàn cầu.', '44', 'gii-rank'],
  ['Việt Nam xếp thứ 2 trong nhóm thu nhập trung bình thấp về Chỉ số đổi mới sáng tạo toàn cầu.', '2', 'none'],
  ['Về GII, đầu ra đổi mới sáng tạo của Việt Nam xếp thứ 36.', '36', 'none'],
];

const DTI: Row[] = [
  ['Chỉ số chuyển đổi số quốc gia năm 2023 đạt 0,6188.', '0,6188', 'national-dti'],
  ['DTI cả nước năm 2023 là 0,6188 điểm.', '0,6188', 'national-dti'],
  ['Năm 2023, Quảng Ninh xếp thứ 2/63 về Chỉ số chuyển đổi số cấp tỉnh.', '2/63', 'dti-province-rank'],
  ['Bảng xếp hạng DTI 2023: tỉnh Bình Dương xếp thứ 5.', '5', 'dti-province-rank'],
  ['Chỉ số chuyển đổi số (DTI) của tỉnh Hà Nam năm 2023 xếp thứ 12/63, tăng 8 bậc.', '12/63', 'dti-province-rank'],
  ['Tỉnh Lào Cai đứng thứ 20 cả nước về chuyển đổi số năm 2023.', '20', 'dti-province-rank'],
  ['Kết quả đánh giá chuyển đổi số cấp tỉnh, thành phố Đà Nẵng tiếp tục dẫn đầu, xếp hạng 1/63.', '1/63', 'dti-province-rank'],
  ['Chỉ số DTI của tỉnh Hà Giang năm 2023 đạt 0,45 điểm.', '0,45', 'dti-province-score'],
  ['Tỉnh Hà Nam xếp thứ 10 về chính quyền số trong DTI 2023.', '10', 'dti-province-pillar-rank'],
  ['Chỉ số chuyển đổi số (DTI) của tỉnh Hà Nam năm 2023 xếp thứ 12/63, tăng 8 bậc.', '8', 'none'],
];

describe('ranking and DTI variants', () => {
  it.each([...EGDI, ...GCI, ...GII, ...DTI])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
});
