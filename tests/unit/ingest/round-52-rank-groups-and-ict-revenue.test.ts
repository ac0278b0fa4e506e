import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('round 52: a goal of a group of provinces in one named ranking, and the digital-technology field\'s revenue', () => {
  it.each([
    ['the provincial index named with "đánh giá về"', 'Mục tiêu đến năm 2025, tỉnh có chỉ số đánh giá về chuyển đổi số thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước.', '15', 'dti-province-rank'],
    ['a ranking named after the group', 'Mục tiêu đến năm 2025: Bến Tre thuộc nhóm 20 tỉnh dẫn đầu trong xếp hạng về CNTT.', '20', 'ict-index-province-rank'],
    // session 43 (round 62): leading "về chuyển đổi số" is the provincial DTI's field (four golds of the corpus against one); round 52 had read it as no ranking
    ['the field the provincial DTI ranks', 'Mục tiêu đến năm 2030, tỉnh nằm trong nhóm 20 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.', '20', 'dti-province-rank'],
    ['the DTI by its name', 'Nam Định phấn đấu đến năm 2025 thuộc nhóm 20 địa phương dẫn đầu cả nước về chỉ số đánh giá CĐS; xây dựng chính quyền số.', '20', 'dti-province-rank'],
  ])('%s', (_why, text, n, want) => {
    expect(indicatorOf(text, n, 2023)).toBe(want);
  });

  it.each([
    ['a list of rankings', 'Mục tiêu đến năm 2025: tỉnh thuộc nhóm 10 địa phương đứng đầu về xếp hạng chuyển đổi số, xếp hạng ứng dụng công nghệ thông tin.', '10'],
    ['a field that no ranking measures', 'Mục tiêu đến năm 2030, tỉnh nằm trong nhóm 20 tỉnh, thành phố dẫn đầu cả nước về thu hút đầu tư.', '20'],
    ['a result, no goal', 'Năm 2023, tỉnh thuộc nhóm 20 tỉnh dẫn đầu trong xếp hạng về CNTT.', '20'],
  ])('no series for %s', (_why, text, n) => {
    expect(indicatorOf(text, n, 2023)).toBe('none');
  });

  it.each([
    ['its revenue', 'Trong đó, lĩnh vực công nghệ số ghi nhận mức tăng trưởng đột phá: doanh thu 6 tháng đầu năm đạt gần 2,3 triệu tỷ đồng.', '2,3 triệu tỷ đồng'],
    ['its revenue\'s growth', 'Doanh thu của lĩnh vực công nghệ số 6 tháng đầu năm tăng gần 21% so với cùng kỳ.', '21%'],
  ])('the digital-technology field: %s', (_why, text, n) => {
    expect(indicatorOf(text, n, 2025)).toBe('ict-revenue');
  });

  it('reads the community digital teams written "tổ CNSCĐ"', () => {
    expect(indicatorOf('Đến nay, cả nước có 39.631 tổ CNSCĐ với 197.532 thành viên.', '39.631', 2024)).toBe('community-digital-teams');
  });
});
