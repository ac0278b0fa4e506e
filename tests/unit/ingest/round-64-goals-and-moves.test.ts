/** Round 64 (session 45, after sets JW–KE's first reads): a task's completion deadline after its figure makes it a goal ("…, hoàn thành
 *  trong tháng 10/2025"), letting a loss happen ("để mất 5% thị phần") is no purpose, and a move over a span gives its end value the span's
 *  last year though a unit stands between ("từ 4,4 tỷ USD lên 16,3 tỷ USD"). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const rows = (text: string, year?: number) => metricsOf([text], year).map((m) => `${m.text} ${m.status} ${m.period?.iso ?? 'none'}`);

describe('a completion deadline after the figure', () => {
  it.each([
    ['Bộ Công an chủ trì triển khai xác thực sinh trắc học tại 100% nhà ga đường sắt, hoàn thành trong tháng 12/2025.', '100% target 2025-12'],
    ['Các sở số hóa 90% hồ sơ còn lại, hoàn thành trước 31/12/2025.', '90% target 2025-12-31'],
  ])('%s', (text, row) => expect(rows(text, 2025)).toEqual([row]));
  it.each([
    ['Tỉnh đã số hóa 85% hồ sơ, hoàn thành trong tháng 10/2025.', '85% actual 2025-10'],
    ['Đến nay, 95% hồ sơ đã được số hóa, cơ bản hoàn thành trong tháng 10/2025.', '95% actual 2025-10'],
  ])('a result stays one: %s', (text, row) => expect(rows(text, 2025)).toEqual([row]));
});

describe('letting a loss happen', () => {
  it.each([
    ['Việc để mất 5% thị phần chỉ trong một năm là đáng lo.', '5% actual none'],
    ['Năm 2024, ngân hàng để xảy ra 12 vụ gian lận.', '12 actual 2024'],
  ])('is no purpose: %s', (text, row) => expect(rows(text, 2025)).toEqual([row]));
  it('a purpose stays a goal', () => expect(rows('Tỉnh triển khai nhiều giải pháp để 100% xã có cáp quang.', 2025)).toEqual(['100% target none']));
});

describe('a move over a span', () => {
  it.each([
    ['Trong giai đoạn 2022-2023, giá trị giao dịch tăng từ 4,4 tỷ USD lên 16,3 tỷ USD.', ['4,4 tỷ USD actual 2022', '16,3 tỷ USD actual 2023']],
    ['Giai đoạn 2020-2024, số vụ lừa đảo giảm từ 3.000 vụ xuống còn khoảng 1.200 vụ.', ['3.000 actual 2020', '1.200 actual 2024']],
    ['Giai đoạn 2020-2024, tỷ lệ tăng từ 30% lên 62%.', ['30% actual 2020', '62% actual 2024']],
  ])('%s', (text, want) => expect(rows(text, 2025)).toEqual(want));
});

describe('goals set out in other words', () => {
  it.each([
    ['Trong năm 2025, tỉnh đặt ra mục tiêu nâng cấp hạ tầng viễn thông, đảm bảo phủ sóng 4G ở 100% thôn, xóm.', undefined, '100% target 2025'],
    ['Cùng đó, đến năm 2030, toàn tỉnh có ít nhất 150 doanh nghiệp công nghệ số.', undefined, '150 target 2030'],
  ])('%s', (text, year, row) => expect(rows(text, year)).toEqual([row]));
  it('a floor reached by a horizon already past is a result', () =>
    expect(rows('Đến hết năm 2023, toàn tỉnh có ít nhất 150 doanh nghiệp công nghệ số.', 2024)).toEqual(['150 actual 2023']));
});

describe('the share of those who say a goal', () => {
  it.each([
    ['Khảo sát năm 2022 cho thấy 37,2% doanh nghiệp cho rằng chuyển đổi số là mục tiêu chiến lược.', '37,2% actual 2022'],
    ['Theo khảo sát, 42,5% người được hỏi dự đoán doanh thu sẽ tăng.', '42,5% actual none'],
  ])('is a survey\'s finding: %s', (text, row) => expect(rows(text)).toEqual([row]));
  it('a goal of what people say stays a goal', () =>
    expect(rows('Phấn đấu đến năm 2025, 90% người dân cho biết hài lòng.', 2022)).toEqual(['90% target 2025']));
});
