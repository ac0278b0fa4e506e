import { describe, expect, it } from 'vitest';
import { isItemPlan, isLabelValue, isPlanItemFigure, planItems } from '../../../scripts/ingest/plan-items';

const at = (s: string, v: string) => isPlanItemFigure(s, s.lastIndexOf(v));

describe('a "label: value" line', () => {
  it('is a label, a colon and a value with its unit, with or without a marker, qualifier or end mark', () => {
    for (const s of ['- Tỷ lệ hộ gia đình dùng Internet cáp quang: 85%.', '+ Số trạm BTS dùng chung: tối thiểu 30%', 'Tỷ lệ người dân có tài khoản thanh toán: trên 70% ;',
      '• Số doanh nghiệp số trên địa bàn phường: 12 doanh nghiệp.', 'a) Tỷ lệ cán bộ (cấp xã) được đào tạo kỹ năng số: 100%'])
      expect(isLabelValue(s), s).toBe(true);
  });

  it('is not a sentence with more after its value, a year, or no label', () => {
    for (const s of ['- Năm 2023: 45%.', 'Tỷ lệ hộ dùng cáp quang: 85%, tăng 5% so với cùng kỳ.', ': 80%', 'Tỷ lệ hộ dùng cáp quang đạt 85%.', 'Giai đoạn 2021-2025: 60%'])
      expect(isLabelValue(s), s).toBe(false);
  });
});

describe('a plan written as items', () => {
  const items = ['- Tỷ lệ hộ có điện thoại thông minh: 85%.', '- Tỷ lệ thôn có sóng 4G: 100%.', '- Số điểm Wi-Fi công cộng: 20 điểm.'];
  it('is a page of such lines with a word naming targets or a plan, or an item with a goal verb, and no result', () => {
    expect(isItemPlan(['CHỈ TIÊU CỤ THỂ', ...items])).toBe(true);
    expect(isItemPlan(['Kế hoạch chuyển đổi số của phường như sau:', ...items])).toBe(true);
    expect(isItemPlan([...items, '- Nâng tỷ lệ người dân dùng dịch vụ công trực tuyến lên 60%.'])).toBe(true);
  });

  it('is not a page that reports results, has no cue, or too few lines', () => {
    expect(isItemPlan(['Kết quả thực hiện chỉ tiêu:', ...items])).toBe(false);
    expect(isItemPlan(['Chỉ tiêu năm nay, xã đã đạt:', ...items])).toBe(false);
    expect(isItemPlan(['Kế hoạch của xã, hiện nay:', ...items])).toBe(false);
    expect(isItemPlan(['Số liệu của xã:', ...items])).toBe(false);
    expect(isItemPlan(['Chỉ tiêu:', ...items.slice(0, 2)])).toBe(false);
  });
});

describe('a goal of a plan of items', () => {
  it('is the value after a label\'s colon, or a number in an item that opens on a goal verb', () => {
    expect(at('- Tỷ lệ hộ có cáp quang: 85%.', '85%')).toBe(true);
    expect(at('- Số thuê bao di động/100 dân: 95%.', '95%')).toBe(true);
    expect(at('- Giảm tỷ lệ hộ không có điện thoại xuống dưới 3%.', '3%')).toBe(true);
    expect(at('- Nâng số người dùng ví điện tử lên 5.000 người.', '5.000')).toBe(true);
    expect(at('Phấn đấu mỗi hộ có 01 tài khoản số.', '01')).toBe(true);
  });

  it('is not a number inside a label, or a line of another shape', () => {
    expect(at('- Số thuê bao di động/100 dân: 95%.', '100')).toBe(false);
    expect(at('Xã có 120 hộ dùng cáp quang.', '120')).toBe(false);
    expect(at('- Tăng cường tuyên truyền cho 300 hộ.', '300')).toBe(false);
  });
});

describe('the items of a plan', () => {
  const items = ['- Tỷ lệ hộ có điện thoại thông minh: 85%.', '- Tỷ lệ thôn có sóng 4G: 100%.'];
  it('are every item of a plan-of-items page, or the items of a section under a heading naming targets or a plan', () => {
    expect([...planItems(['Chỉ tiêu:', ...items, '- Số điểm Wi-Fi: 20 điểm.'])]).toHaveLength(3);
    const mixed = ['Năm qua, xã đã đạt nhiều kết quả.', '2. Các chỉ tiêu cụ thể', items[0]!, '- Phối hợp triển khai nền tảng số.', '- Nâng số hộ dùng ví điện tử lên 400 hộ.', 'Kết quả năm qua cho thấy:', items[1]!];
    expect([...planItems(mixed)]).toEqual([items[0], '- Nâng số hộ dùng ví điện tử lên 400 hộ.']);
  });

  it('are none under a heading that reports, or after prose closes the section', () => {
    expect(planItems(['Năm qua, xã đã đạt nhiều kết quả.', 'KẾT QUẢ THỰC HIỆN KẾ HOẠCH', ...items]).size).toBe(0);
    expect(planItems(['Năm qua, xã đã đạt nhiều kết quả.', 'Kế hoạch của xã', 'Xã có nhiều thôn vùng sâu.', ...items]).size).toBe(0);
  });
});
