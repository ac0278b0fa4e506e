import { describe, expect, it } from 'vitest';
import { isFuture } from '../../../scripts/ingest/status';

const future = (s: string, n: string) => isFuture(s, s.indexOf(n));

describe('isFuture: "sẽ" after a number reported done first', () => {
  it('a number passed ("đã") before a later item\'s "sẽ" is a result', () => {
    const s = 'Quốc hội đã xem xét 12 luật, 4 nghị quyết đã được thông qua và 6 luật khác sẽ được trình tiếp.';
    expect(future(s, '12 luật')).toBe(false);
    expect(future(s, '4 nghị quyết')).toBe(false);
  });
  it('the item the "sẽ" belongs to, or a number before "sẽ" alone, is to come', () => {
    const s = 'Quốc hội đã thông qua 12 luật, và 6 luật khác sẽ được trình tiếp.';
    expect(future(s, '6 luật')).toBe(true);
    expect(future('Khoảng 70% doanh nghiệp sẽ dùng nền tảng số; 40% hộ dân có cáp quang.', '70%')).toBe(true);
  });
});

describe('isFuture: "sẽ" in a later comma-clause that is not the figure\'s (round 31d)', () => {
  it('a clause of another kind ("để", "khi", "nhưng", "nếu") keeps its "sẽ" to itself', () => {
    for (const [s, n] of [
      ['Mỗi xã có khoảng 40 thôn, để quản lý theo cách cũ sẽ rất tốn công.', '40 thôn'],
      ['Với một bệnh viện có hơn 3.200 giường bệnh, khi thanh toán bằng tiền mặt sẽ mất nhiều thời gian.', '3.200'],
      ['Huyện có 120 điểm giao dịch, nhưng phần lớn sẽ phải nâng cấp trong năm tới.', '120'],
      ['Toàn tỉnh có 15 bến xe, nếu không số hóa thì việc quản lý sẽ khó khăn.', '15 bến'],
    ]) expect(future(s!, n!), s).toBe(false);
  });
  it('a later clause whose future has a figure of its own ("dự kiến sẽ tăng lên Y") keeps it', () => {
    for (const [s, n] of [
      ['Doanh thu bán lẻ trực tuyến đạt 5,2 tỷ USD trong năm 2024, dự kiến sẽ tăng lên 6,8 tỷ USD vào năm 2025.', '5,2'],
      ['Số thuê bao 5G đạt 3 triệu (tương đương 2,5% dân số) cuối năm 2024, kỳ vọng sẽ vượt 10 triệu năm sau.', '2,5%'],
    ]) expect(future(s!, n!), s).toBe(false);
  });
  it('a list of subjects before one "sẽ", or a "sẽ" of the figure\'s own clause, still makes a goal', () => {
    expect(future('Khoảng 50% hộ kinh doanh, 30% hộ gia đình sẽ dùng ví điện tử.', '50%')).toBe(true);
    expect(future('Khoảng 65% doanh nghiệp sẽ chuyển lên điện toán đám mây, để giảm chi phí vận hành.', '65%')).toBe(true);
    expect(future('Dự kiến 200 xã sẽ có điểm phát sóng, khi hạ tầng hoàn thành.', '200 xã')).toBe(true);
  });
});
