/**
 * Round 60 (session 41): a month, quarter or half written without its year that opens a sentence ("Trong quý I, …") stays the period
 * the sentence hands on when the sentence's year is the one it was given ("… đã bám sát … kế hoạch CCHC năm 2024"): the year names
 * the plan, and what follows reports the quarter (`periods.ts`' `openingPartOfYear`).
 */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

const periodOf = (text: string, n: string, year?: number) => claimOf(text, n, year).period;

describe('an opening part of a year over the sentence year', () => {
  it.each([
    ['Trong quý I, công tác cải cách hành chính của tỉnh đã bám sát mục tiêu đề ra trong kế hoạch CCHC năm 2024. Đặc biệt, tỷ lệ hồ sơ trực tuyến đạt 63,86%.', '63,86%', 2024, '2024-01'],
    ['Trong quý I, công tác cải cách hành chính của tỉnh đã bám sát mục tiêu đề ra trong kế hoạch CCHC năm 2024. Đặc biệt, tỷ lệ hồ sơ trực tuyến đạt 63,86%.', '63,86%', undefined, '2024-01'],
    ['Quý III, huyện đã thực hiện tốt các nhiệm vụ của năm 2023. Toàn huyện tiếp nhận 12.450 hồ sơ trực tuyến.', '12.450', 2023, '2023-07'],
    ['Trong 6 tháng đầu năm, tỉnh tập trung triển khai nhiệm vụ chuyển đổi số năm 2025. Tỷ lệ thanh toán trực tuyến đạt 41,2%.', '41,2%', 2025, '2025-01'],
  ])('%s → %s in %s', (text, n, year, want) => expect(periodOf(text, n, year)).toBe(want));

  it.each([
    // the year written with the quarter: the sentence states it
    ['Trong quý I/2024, tỉnh bám sát các nhiệm vụ năm 2024. Tỷ lệ hồ sơ trực tuyến đạt 63,86%.', '63,86%', 2024, '2024-01'],
    // no part of the year: the year goes on
    ['Trong năm 2024, tỉnh có nhiều chuyển biến trong cải cách hành chính. Tỷ lệ hồ sơ trực tuyến đạt 63,86%.', '63,86%', 2024, '2024'],
    // the quarter does not open the sentence: the year goes on
    ['Tỉnh cho biết quý I đã qua với nhiều kết quả tốt của năm 2024. Tỷ lệ hồ sơ trực tuyến đạt 63,86%.', '63,86%', 2024, '2024'],
  ])('%s → %s in %s stays %s', (text, n, year, want) => expect(periodOf(text, n, year)).toBe(want));
});

describe('review mends: the year is reported, not a plan\'s name', () => {
  it.each([
    ['Tháng 12, UBND tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2024. Theo báo cáo, tỷ lệ hồ sơ trực tuyến toàn trình đạt 65,2%.', '65,2%'],
    ['Trong tháng 12, Sở TT&TT đã tổng hợp kết quả thực hiện Chỉ số chuyển đổi số năm 2024. Cả tỉnh có 1.250 tổ công nghệ số cộng đồng.', '1.250'],
    ['Trong quý III, tỉnh tiếp nhận 10.200 hồ sơ trực tuyến; tính chung năm 2024, đã tiếp nhận 35.000 hồ sơ. Tỷ lệ giải quyết đúng hạn đạt 98%.', '98%'],
  ])('%s → %s in 2024', (text, n) => expect(periodOf(text, n, 2024)).toBe('2024'));
});
