import { describe, expect, it } from 'vitest';
import { isGoalClause, isPlannedFigure, isQuotaItem, isQuotaPage, isUnmetLevel } from '../../../scripts/ingest/goal-clause';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { segments } from './metrics-support';

const at = (s: string, figure: string) => s.indexOf(figure);
const goal = (s: string, figure: string) => isGoalClause(s, at(s, figure));

describe('isGoalClause', () => {
  it('a purpose before the figure: "để", "nhằm", with up to three words between', () => {
    expect(goal('Sở được giao xây dựng hướng dẫn để 95% trường học dùng sổ điểm điện tử.', '95%')).toBe(true);
    expect(goal('Tỉnh triển khai nhiều giải pháp nhằm bảo đảm 80% hồ sơ được xử lý trực tuyến.', '80%')).toBe(true);
    expect(goal('Huyện tập huấn cho cán bộ để đạt trên 70% thủ tục trực tuyến.', '70%')).toBe(true);
  });
  it('an obligation or a resolve before the figure', () => {
    expect(goal('Theo quy định, phải bảo đảm 100% máy chủ được giám sát.', '100%')).toBe(true);
    expect(goal('Các sở bắt buộc có 60% văn bản ký số.', '60%')).toBe(true);
    expect(goal('Quyết tâm đến hết quý III hoàn thành trên 75% kế hoạch vốn.', '75%')).toBe(true);
    expect(goal('Hiện nay tỉnh xếp thứ 40, đến năm 2028 phải vào nhóm top 20 cả nước.', '20 cả')).toBe(true); // the present in another clause
  });
  it('not a result, not "để lại", "không phải", nor a purpose far from the figure', () => {
    expect(goal('Để phục vụ người dân, huyện đã cấp 12.000 tài khoản.', '12.000')).toBe(false);
    expect(goal('Tỉnh đã đầu tư để 100% xã có cáp quang.', '100%')).toBe(false);
    expect(goal('Dự án để lại 30% diện tích cho cây xanh.', '30%')).toBe(false);
    expect(goal('Huyện ra quân nhiều đợt để lắp 200 camera giám sát.', '200')).toBe(false); // an action, not a level
    expect(goal('Mỗi hồ sơ phải mất 3 ngày mới được giải quyết.', '3 ngày')).toBe(false);
    expect(goal('Năm tới tỉnh phải có 40 doanh nghiệp công nghệ số.', '40')).toBe(true);
    expect(goal('Đây không phải 50% như báo cáo trước.', '50%')).toBe(false);
    expect(goal('Xã có 45% hộ dân dùng thanh toán số.', '45%')).toBe(false);
    const past = 'Năm 2022, tỉnh đầu tư để 100% xã có cáp quang.';
    expect(isGoalClause(past, past.indexOf('100%'), { iso: '2022' }, 2024)).toBe(false); // a past purpose is a result
    expect(isGoalClause(past, past.indexOf('100%'), { iso: '2025' }, 2024)).toBe(true);
    expect(goal('Quyết tâm của tỉnh đã mang lại kết quả 90% hồ sơ đúng hạn.', '90%')).toBe(false);
  });
});

describe('isQuotaPage / isQuotaItem', () => {
  const lead = 'ubnd tỉnh giao chỉ tiêu phát triển thuê bao băng rộng cho các huyện giai đoạn 2023-2026. quyết định nêu rõ như sau';
  it('a page handing out quotas, not one reporting on them', () => {
    expect(isQuotaPage(lead)).toBe(true);
    expect(isQuotaPage('phân bổ chỉ tiêu số hóa hồ sơ cho các xã')).toBe(true);
    expect(isQuotaPage('kết quả thực hiện các chỉ tiêu được giao trong năm 2024')).toBe(false);
    expect(isQuotaPage('huyện tổ chức hội nghị chuyển đổi số')).toBe(false);
    expect(isQuotaPage(undefined)).toBe(false);
  });
  it('a year-, quarter- or phase-labelled item of such a page', () => {
    expect(isQuotaItem('- Năm 2024: 40 xã, phường.', 12, lead)).toBe(true);
    expect(isQuotaItem('+ Giai đoạn 2025-2026: trên 60% thuê bao.', 27, lead)).toBe(true);
    expect(isQuotaItem('a) Năm 2023: 15 đơn vị.', 13, lead)).toBe(true);
    expect(isQuotaItem('- Năm 2024: 40 xã, phường.', 12, 'huyện tổ chức hội nghị')).toBe(false);
    expect(isQuotaItem('Năm 2024 huyện có 40 xã đạt chuẩn.', 18, lead)).toBe(false);
  });
});

describe('isUnmetLevel', () => {
  const unmet = (s: string, fig: string) => isUnmetLevel(s, s.indexOf(fig));
  it.each([
    ['Tỷ lệ hộ dùng cáp quang của xã chưa đạt trên 60%.', '60%'],
    ['Số doanh nghiệp số trên 1.000 dân không đạt mức 2 doanh nghiệp.', '2 doanh'],
    ['Tỷ lệ hồ sơ trực tuyến còn chưa đạt chỉ tiêu 50%.', '50%'],
  ])('%j: a level not reached is the goal', (s, fig) => {
    expect(unmet(s, fig)).toBe(true);
  });
  it.each([
    ['Kinh tế số chiếm chưa tới 13% GRDP.', '13%'],
    ['Tỷ lệ hồ sơ trực tuyến đạt 45%, chưa cao.', '45%'],
    ['Có 20% xã chưa đạt chuẩn nông thôn mới.', '20%'],
  ])('%j: a share under a level, or a result, is not', (s, fig) => {
    expect(unmet(s, fig)).toBe(false);
  });
});

describe('isPlannedFigure', () => {
  const planned = (s: string, fig: string) => isPlannedFigure(s, s.indexOf(fig));
  it.each([
    ['Bộ có kế hoạch mở 4 trung tâm dữ liệu vùng và 12 phòng thử nghiệm.', '12'],
    ['Có kế hoạch xây dựng 2 khu công nghệ cao.', '2'],
    ['Tỉnh lên kế hoạch lắp thêm khoảng 300 trạm phát sóng.', '300'],
    ['Năm tới, thành phố dự định mở 6 điểm hỗ trợ người dân.', '6'],
    ['Sở đã phối hợp với các nhà mạng lên kế hoạch phủ sóng cho 1520 thôn chưa có sóng.', '1520'], // round 36: the planning done, the figure planned
  ])('a plan announced before it: %j', (s, fig) => {
    expect(planned(s, fig)).toBe(true);
  });
  it.each([
    ['Bộ đã có kế hoạch và xây dựng xong 4 trung tâm.', '4'],
    ['Theo kế hoạch, đến nay có 30 xã hoàn thành.', '30'],
    ['Có 35% doanh nghiệp chưa có kế hoạch chuyển đổi số.', '35%'],
    ['Có kế hoạch mở trung tâm; đã xây xong 3 điểm.', '3'],
  ])('done, a plan named only, or the figure before the plan: %j', (s, fig) => {
    expect(planned(s, fig)).toBe(false);
  });
});

describe('planned things in a report (extractMetrics)', () => {
  it('are goals without the report’s period', () => {
    const ms = extractMetrics(segments([
      'Trong tháng 11/2024, Bộ ban hành 7 thông tư. Có kế hoạch xây dựng 2 trung tâm dữ liệu quốc gia và 5 phòng thí nghiệm.',
    ]), { indicators: [], topics: [], fallbackTopic: 'x' });
    expect(ms.find((m) => m.text === '7')).toMatchObject({ status: 'actual', period: { iso: '2024-11' } });
    for (const t of ['2', '5']) {
      expect(ms.find((m) => m.text === t)?.status, t).toBe('target');
      expect(ms.find((m) => m.text === t)?.period, t).toBeUndefined();
    }
  });
});
