/**
 * A share of people who say or think something ("40% doanh nghiệp cho rằng … sẽ …") is a survey's present finding,
 * whatever future they speak of; a share that is itself to come stays a goal. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { countsWhoSay } from '../../../scripts/ingest/future-after';
import { isFuture } from '../../../scripts/ingest/status';

const at = (s: string, n: string) => s.indexOf(n);

describe('the share of those who say it', () => {
  it('is no future', () => {
    for (const [s, n] of [
      ['Theo khảo sát, 40% doanh nghiệp dự đoán giá cước sẽ tăng.', '40%'],
      ['Giá cước sẽ còn tăng, song 30% người được hỏi cho rằng nhu cầu sẽ giảm.', '30%'],
      ['Có 55% người dùng tin rằng thanh toán số sẽ thay thế tiền mặt.', '55%'],
    ] as const) expect(isFuture(s, at(s, n)), s).toBe(false);
  });
  it('leaves a share to come a future', () => {
    for (const [s, n] of [
      ['Đến năm 2030, 80% doanh nghiệp sẽ sử dụng nền tảng số.', '80%'],
      ['Tỉnh sẽ phấn đấu 90% hồ sơ được xử lý trực tuyến.', '90%'],
    ] as const) expect(isFuture(s, at(s, n)), s).toBe(true);
    expect(countsWhoSay('% doanh nghiệp sẽ sử dụng nền tảng số, cho rằng')).toBe(false);
  });
});

describe('round 32: the share of those who hope or plan it', () => {
  it.each([
    ['Khảo sát cho thấy 47% trong số đó kỳ vọng nền tảng số giúp giảm chi phí.', '47%'],
    ['Có 36% doanh nghiệp nhỏ dự định đầu tư vào điện toán đám mây trong năm tới.', '36%'],
    ['Theo báo cáo, 62% người tiêu dùng mong muốn thanh toán bằng mã QR.', '62%'],
  ])('%j: %s counts those who hope or plan, no goal', (s, n) => {
    expect(countsWhoSay(s.slice(at(s, n)).toLowerCase())).toBe(true);
    expect(isFuture(s, at(s, n))).toBe(false);
  });
  it.each([
    ['Tỉnh kỳ vọng năm 2026 doanh thu đạt 500 tỷ đồng.', '500 tỷ đồng'],
    ['Công ty đặt kế hoạch lợi nhuận 200 tỷ đồng, kỳ vọng tăng 15%.', '15%'],
  ])('%j: %s is still a hope of its own', (s, n) => expect(countsWhoSay(s.slice(at(s, n)).toLowerCase())).toBe(false));
});
