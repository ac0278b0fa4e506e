/** Round 62, second wave (sets JH–JJ, session 43): sites of a kind named in quotes are a count, not points; services "đã triển khai" and
 *  then listed are a result, not a set's size; a later clause's "được kỳ vọng" is its own subject's hope; a stock said now keeps off
 *  the month an earlier paragraph opened on when its paragraph's own year comes after it; English "this year" a year after the year a
 *  change is compared with, and "projects … to" an estimate. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { claimOf, englishMetrics, metricOf, metricsOf } from '../../support/metrics-of';

describe('Vietnamese', () => {
  it('"duy trì 12 điểm “Bình dân học vụ số”" counts sites', () =>
    expect(claimOf('UBND xã duy trì 12 điểm “Bình dân học vụ số”, đồng thời tổ chức tập huấn.', '12')).toMatchObject({ value: 12, unit: 'count' }));
  it('a score in points stays points', () => expect(metricOf('Năm 2024, tỉnh đạt 85 điểm.', '85 điểm', 2024).unit).toBe('points'));
  it('services deployed, then named one by one, are a result', () =>
    expect(metricsOf(['Đến nay, IOC đã triển khai 4 dịch vụ, gồm phản ánh hiện trường; giám sát giao thông; an ninh trật tự; dịch vụ công.']).map((m) => m.text)).toContain('4'));
  it('the parts an index is made of stay out', () =>
    expect(metricsOf(['Chỉ số gồm 3 trụ cột, gồm chính quyền số; kinh tế số; xã hội số.']).map((m) => m.text)).not.toContain('3'));
  it('a later clause that hopes for something else leaves the count a result', () =>
    expect(metricOf('Đến nay, có 96 trạm được triển khai khắp khu di tích, hình thành bản đồ số - mô hình được kỳ vọng tạo nên chuẩn mực mới.', '96').status).toBe('actual'));
  it('a count that is itself hoped for stays a goal', () =>
    expect(metricOf('Năm 2025, 50% doanh nghiệp được kỳ vọng sử dụng nền tảng số.', '50%', 2024).status).toBe('target'));
  const launch = 'Tháng 12/2022, UBND thành phố khai trương Trung tâm điều hành đô thị thông minh.';
  it('a stock said now, its paragraph\'s year after it, takes no launch month', () =>
    expect(claimOf(`${launch} // Thống kê trên địa bàn tỉnh hiện có khoảng 450 camera an ninh. Trong năm 2023, lực lượng chức năng đã xử lý hơn 2.000 trường hợp vi phạm.`, '450').period).toBeNull());
  it('the later year stays its own figure\'s', () =>
    expect(claimOf(`${launch} // Thống kê trên địa bàn tỉnh hiện có khoảng 450 camera an ninh. Trong năm 2023, lực lượng chức năng đã xử lý hơn 2.000 trường hợp vi phạm.`, '2.000').period).toBe('2023'));
  it('a stock compared with a month keeps the month reported before', () =>
    expect(claimOf('Tính đến hết tháng 5/2024, số người dùng đạt 8,8 triệu. // Hiện cả nước có 275.879 điểm chấp nhận thanh toán, tăng 9,56% so với tháng 4/2024.', '275.879').period).toBe('2024-05'));
});

describe('English', () => {
  const figure = (text: string, n: string) => englishMetrics([text]).find((m) => m.text.includes(n));
  it('"this year" after a change compared with 2024 is 2025', () =>
    expect(figure('Vietnam set up the community in 2019. Looking forward, MIC projects ICT industry revenue to reach US$169.3 billion this year, an 11.4 percent increase from 2024.', '169.3')?.period?.iso).toBe('2025'));
  it('"projects … to reach" is an estimate', () =>
    expect(figure('Looking forward, MIC projects ICT industry revenue to reach US$169.3 billion this year, an 11.4 percent increase from 2024.', '169.3')?.status).toBe('estimate'));
  it('"projects" as a noun makes no estimate', () =>
    expect(figure('The province has 20 projects worth US$5 billion under way.', '5 billion')?.status).toBe('actual'));
});
