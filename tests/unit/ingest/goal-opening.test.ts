import { describe, expect, it } from 'vitest';
import { calledGoalAfter, goalSetBefore, opensOnYearGoal, partOfGoalsSetBefore } from '../../../scripts/ingest/goal-opening';
import { claimOf } from '../../support/metrics-of';

/** Offset of `n` in `s`, lowercased as the rules read it. */
const at = (s: string, n: string) => s.toLowerCase().indexOf(n);

describe('a sentence that opens on a year\'s goal (round 32)', () => {
  it('makes its figures targets', () => {
    for (const [s, n] of [
      ['Mục tiêu năm 2026, huyện tạo việc làm mới cho khoảng 9.400 người, đưa tỷ lệ hộ dùng cáp quang lên 81%.', '81%'],
      ['Chỉ tiêu năm nay, ngành thuế thu 3.150 tỷ đồng.', '3.150'],
      ['Theo kế hoạch năm 2025, thành phố cấp 120.000 tài khoản định danh mức 2.', '120.000'],
      ['Về mục tiêu trong năm 2027, tỉnh nâng số doanh nghiệp số lên 640 doanh nghiệp.', '640'],
    ]) expect(opensOnYearGoal(s!.toLowerCase(), at(s!, n!)), s).toBe(true);
  });
  it('not a result reported against the plan, nor a plan named inside the sentence', () => {
    for (const [s, n] of [
      ['Kế hoạch năm 2024, tỉnh đã giải ngân 1.870 tỷ đồng.', '1.870'],
      ['So với kế hoạch năm 2024, tỉnh đạt 93%.', '93%'],
      ['Năm 2024, tỉnh hoàn thành kế hoạch năm với 5.200 việc làm mới.', '5.200'],
    ]) expect(opensOnYearGoal(s!.toLowerCase(), at(s!, n!)), s).toBe(false);
  });
  it('through the ingest: the goals after a year of results', () => {
    const text = 'Năm 2025, huyện tạo việc làm cho 12.310 người, bằng 108% kế hoạch. // Mục tiêu năm 2026, huyện tạo việc làm mới cho trên 11.000 người, đưa tỷ lệ người lao động có học nghề lên 72,5%, riêng tỷ lệ có chứng chỉ là 31%.';
    expect(claimOf(text, '12.310').status).toBe('actual');
    for (const n of ['11.000', '72,5%', '31%']) expect(claimOf(text, n), n).toMatchObject({ status: 'target', period: '2026' });
  });
});

describe('figures a sentence then calls the goal (round 32)', () => {
  it('are targets', () => {
    for (const [s, n] of [
      ['12 triệu lượt khách, 4 triệu lượt khách quốc tế và doanh thu 52.000 tỷ đồng đều là mục tiêu tỉnh đặt ra từ tháng Giêng.', '4 triệu'],
      ['Khoảng 1.500 doanh nghiệp số là chỉ tiêu thành phố giao cho ngành.', '1.500'],
      ['Con số 85% hộ dùng cáp quang là những mục tiêu lớn của năm.', '85%'],
    ]) expect(calledGoalAfter(s!.toLowerCase(), at(s!, n!)), s).toBe(true);
  });
  it('not figures reached, nor a goal named in another sentence', () => {
    for (const [s, n] of [
      ['Tỉnh đã đón 12 triệu lượt khách, đây là mục tiêu đề ra.', '12 triệu'],
      ['Doanh thu đạt 52.000 tỷ đồng, vượt xa con số là mục tiêu đầu năm.', '52.000'],
      ['Tỉnh đón 12 triệu lượt khách. Đó là mục tiêu đề ra.', '12 triệu'],
    ]) expect(calledGoalAfter(s!.toLowerCase(), at(s!, n!)), s).toBe(false);
  });
  it('through the ingest', () => {
    expect(claimOf('Năm nay, 7 triệu lượt khách và doanh thu 21.000 tỷ đồng chính là mục tiêu thành phố hướng tới.', '21.000').status).toBe('target');
  });
});

describe('what a goal setter "dự kiến" (round 32)', () => {
  it('a goal set before the estimate word', () => {
    expect(goalSetBefore('năm 2026, tổng công ty đặt mục tiêu doanh thu 64.000 tỷ đồng, lợi nhuận ')).toBe(true);
    expect(goalSetBefore('công ty phấn đấu doanh thu tăng 8%, lợi nhuận ')).toBe(true);
    expect(goalSetBefore('năm 2025, doanh thu của công ty ')).toBe(false);
  });
  it('through the ingest: the goal list\'s "dự kiến" figures are targets; a bare "dự kiến" stays an estimate', () => {
    const text = 'Năm 2026, tổng công ty đặt mục tiêu tổng doanh thu 64.000 tỷ đồng, lãi trước thuế dự kiến 9.200 tỷ đồng, tương ứng tăng 6,4% và 3,1% so với năm 2025.';
    for (const n of ['64.000', '9.200', '3,1%']) expect(claimOf(text, n, 2026).status, n).toBe('target');
    expect(claimOf('Năm 2026, lãi trước thuế của tổng công ty dự kiến đạt 9.200 tỷ đồng.', '9.200', 2026).status).toBe('estimate');
  });
});

describe('partOfGoalsSetBefore (round 33)', () => {
  const part = (paragraph: string, sentence: string) => partOfGoalsSetBefore(sentence.toLowerCase(), paragraph);
  it('reads "Trong đó, …" after a sentence that sets a number of goals as one of them', () => {
    for (const [p, s] of [
      ['Hội nghị đề ra 10 chỉ tiêu chủ yếu cho năm tới. Trong đó, thu ngân sách đạt 4.500 tỷ đồng.', 'Trong đó, thu ngân sách đạt 4.500 tỷ đồng.'],
      ['Tỉnh ủy đã thông qua các mục tiêu của nhiệm kỳ mới. Cụ thể, tỷ lệ đô thị hóa đạt 45%.', 'Cụ thể, tỷ lệ đô thị hóa đạt 45%.'],
      ['Huyện xác định 8 chỉ tiêu trọng tâm năm 2026. Trong đó: thu nhập bình quân đạt 60 triệu đồng.', 'Trong đó: thu nhập bình quân đạt 60 triệu đồng.'],
      // session 25: goals set without their count, goals named before their setter, "Cụ thể là …"
      ['Kế hoạch đặt ra nhiều chỉ tiêu cho giai đoạn tới. Trong đó, 75% hộ gia đình có cáp quang.', 'Trong đó, 75% hộ gia đình có cáp quang.'],
      ['Các mức này sát với mục tiêu chung Bộ Y tế đặt ra cho các bệnh viện. Cụ thể là 95% bệnh viện dùng hồ sơ bệnh án số.', 'Cụ thể là 95% bệnh viện dùng hồ sơ bệnh án số.'],
    ]) expect(part(p!, s!), s).toBe(true);
  });
  it('not a part reported done, nor after a sentence that reports goals met', () => {
    for (const [p, s] of [
      ['Năm 2023 huyện đề ra 15 chỉ tiêu. Trong đó, 13 chỉ tiêu đạt và vượt kế hoạch.', 'Trong đó, 13 chỉ tiêu đạt và vượt kế hoạch.'],
      ['Xã đã thực hiện đạt 16/17 chỉ tiêu. Trong đó, thu ngân sách đạt 120%.', 'Trong đó, thu ngân sách đạt 120%.'],
      ['Tỉnh đề ra 12 chỉ tiêu. Doanh thu đạt 500 tỷ đồng.', 'Doanh thu đạt 500 tỷ đồng.'],
      ['Huyện đã họp bàn về chỉ tiêu năm tới. Cụ thể là 95% hồ sơ được xử lý đúng hạn.', 'Cụ thể là 95% hồ sơ được xử lý đúng hạn.'],
    ]) expect(part(p!, s!), s).toBe(false);
  });
});
