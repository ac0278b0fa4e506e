import { describe, expect, it } from 'vitest';
import { eventYear } from '../../../scripts/ingest/page-year';
import { isPlanNameDate, withoutReportedPlanNames } from '../../../scripts/ingest/plan-scope';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { findDates } from '../../../scripts/ingest/dates';
import { segments } from './metrics-support';
import { isTarget } from '../../../scripts/ingest/status';

describe('eventYear', () => {
  it.each([
    ['a plan named with its horizon', ['Ngày 3-11, tỉnh vừa ban hành Chương trình chuyển đổi số đến năm 2030.', 'Hiện tỉnh có 120 trạm 5G.'], undefined],
    ['a goal year', ['Sáng 8/4, hội nghị đặt mục tiêu trong năm 2026 có 500 doanh nghiệp số.'], undefined],
    ['a stated year after goal years', ['Đề án phát triển đô thị thông minh đến năm 2030 được thông qua.', 'Trong năm 2024, thành phố đã số hóa 80% hồ sơ.'], '2024'],
    ['a deadline set to a day', ['Chiều 12/8, Bộ yêu cầu hoàn thành kết nối trước 31/12/2025.'], '2025'],
    ['a deadline set to a month', ['Ngày 2/3, Sở đề nghị các đơn vị hoàn thành báo cáo trước tháng 6/2026.'], '2026'],
    ['a year\'s plan, set before it', ['Tại hội nghị triển khai nhiệm vụ năm 2027 ngày 20-12, trong năm 2026, tỉnh đã cấp 9.000 chứng thư.'], '2026'],
    ['a year\'s plan alone', ['Sáng 15-1, Sở tổ chức hội nghị triển khai kế hoạch năm 2025.'], undefined],
  ])('%s', (_name, paragraphs, want) => {
    expect(eventYear(paragraphs)).toBe(want);
  });
});

describe('isPlanNameDate', () => {
  const at = (s: string, y: string) => findDates(s).find((d) => d.iso.startsWith(y))!;
  it.each([
    'Kế hoạch phát triển hạ tầng số đến năm 2030',
    'Đề án chuyển đổi số tới 2030',
    'Chiến lược dữ liệu giai đoạn 2026 - 2030',
  ])('names a plan: %s', (s) => { expect(isPlanNameDate(s, at(s, s.includes('2026') ? '2026' : '2030'))).toBe(true); });
  it('is false for a year that names no plan', () => {
    const s = 'Đến năm 2030, tỉnh có 5.000 doanh nghiệp số.';
    expect(isPlanNameDate(s, at(s, '2030'))).toBe(false);
  });
});

describe('an undated page whose only years are goals: "hiện" figures after the event day take no period', () => {
  it('leaves them undated', () => {
    const ms = extractMetrics(segments([
      'Ngày 20-11, UBND tỉnh cho biết vừa ban hành Kế hoạch phát triển hạ tầng số đến năm 2030. Trong đó, mục tiêu là 100% thôn có sóng 5G trong năm 2026.',
      'Tỉnh đặt mục tiêu tới năm 2030 phủ sóng 5G đạt 100%',
      'Theo báo cáo của Sở, hiện nay, toàn tỉnh có 2.150 trạm thu phát sóng, trong đó có 140 trạm 5G.',
    ]), { indicators: [], topics: [], fallbackTopic: 'x' });
    for (const t of ['2.150', '140']) expect(ms.find((m) => m.text.startsWith(t))?.period, t).toBeUndefined();
  });
});

describe('withoutReportedPlanNames', () => {
  it('blanks a reported plan’s whole name, its vision too, keeping positions', () => {
    const s = 'theo báo cáo kết quả năm 2025 kế hoạch chuyển đổi số đến năm 2025 và định hướng đến năm 2030, tỷ lệ đạt 80%';
    const out = withoutReportedPlanNames(s);
    expect(out).toHaveLength(s.length);
    expect(out).not.toContain('định hướng');
    expect(out.indexOf('80%')).toBe(s.indexOf('80%'));
  });
  it('keeps a plan’s name where the sentence reports no results on it', () => {
    const s = 'chiến lược dữ liệu đến năm 2030 đặt mục tiêu 100% cơ quan kết nối';
    expect(withoutReportedPlanNames(s)).toBe(s);
  });
});

describe('isTarget: the goal words of a reported plan’s name', () => {
  it('set no goal for the results reported on it', () => {
    const s = 'Theo báo cáo kết quả triển khai Chương trình chuyển đổi số đến năm 2025 và định hướng đến năm 2030, doanh thu dịch vụ số tăng khoảng 25% so với năm trước.';
    expect(isTarget(s, s.indexOf('25%'), undefined, 2024)).toBe(false);
  });
  it('still do in a plan’s own goal sentence', () => {
    const s = 'Chương trình chuyển đổi số định hướng đến năm 2030 doanh thu dịch vụ số tăng 25%.';
    expect(isTarget(s, s.indexOf('25%'), undefined, 2024)).toBe(true);
  });
});
