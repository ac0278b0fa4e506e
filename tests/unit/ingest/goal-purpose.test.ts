import { describe, expect, it } from 'vitest';
import { isPurposeGoal } from '../../../scripts/ingest/goal-purpose';

const at = (s: string, v: string) => isPurposeGoal(s, s.indexOf(v), s.indexOf(v) + v.length);

describe('a goal stated as a purpose with its deadline', () => {
  it('is the number "để / nhằm" aims at, with a deadline after it in its clause', () => {
    expect(at('Sở đang khẩn trương nâng cấp hệ thống để kết nối hơn 2.000 trạm y tế vào cuối năm 2026.', '2.000')).toBe(true);
    expect(at('Tỉnh nỗ lực nhằm đưa 500 doanh nghiệp lên sàn trước 31/12.', '500')).toBe(true);
    expect(at('Thành phố tập trung nguồn lực để phủ sóng 5G tới ít nhất 90% khu dân cư đến hết năm 2027.', '90%')).toBe(true);
  });

  it('is not a purpose with no deadline, a number done, or a deadline in another clause', () => {
    expect(at('Sở nâng cấp hệ thống để kết nối 2.000 trạm y tế.', '2.000')).toBe(false);
    expect(at('Năm qua, tỉnh đã chi 40 tỷ đồng để đưa 300 doanh nghiệp lên sàn trong năm 2024.', '300')).toBe(false);
    expect(at('Để kết nối 2.000 trạm, tỉnh cần hoàn thành trước 31/12.', '2.000')).toBe(false);
  });
});

describe('a level a purpose secures (round 19)', () => {
  const at = (s: string, w: string) => [s.indexOf(w), s.indexOf(w) + w.length] as const;
  it('"để (góp phần) bảo đảm / đảm bảo … đạt N" is a goal without a deadline after it', () => {
    const s = 'Kế hoạch được lập để góp phần bảo đảm tăng trưởng của tỉnh năm 2026 đạt 9 - 10%.';
    expect(isPurposeGoal(s, ...at(s, '9 - 10%'))).toBe(true);
    const t = 'Các giải pháp nhằm đảm bảo tỷ lệ hồ sơ trực tuyến ở mức trên 80%.';
    expect(isPurposeGoal(t, ...at(t, '80%'))).toBe(true);
  });
  it('not a level said done, nor one no purpose secures', () => {
    const s = 'Để bảo đảm an toàn, tỉnh đã đạt 95% số xã có camera.';
    expect(isPurposeGoal(s, ...at(s, '95%'))).toBe(false);
    const t = 'Tăng trưởng kinh tế năm 2024 đạt 7,1%.';
    expect(isPurposeGoal(t, ...at(t, '7,1%'))).toBe(false);
  });
});

describe('a share a purpose brings up to a level, with no deadline (round 27a)', () => {
  it.each([
    ['Tỉnh huy động nguồn lực xã hội để phủ sóng 4G đến 100% thôn, bản vùng cao.', '100%'],
    ['Sở triển khai nhiều giải pháp nhằm nâng tỷ lệ hồ sơ trực tuyến lên 80%.', '80%'],
    ['Huyện vận động doanh nghiệp để đưa tỷ lệ thanh toán số tới trên 70% giao dịch.', '70%'],
  ])('%j: %s is aimed at', (s, v) => expect(at(s, v)).toBe(true));
  it.each([
    ['Nhờ các giải pháp, tỷ lệ hồ sơ trực tuyến đã tăng lên 80%.', '80%'],
    ['Để phủ sóng đến các thôn, tỉnh đã đầu tư 200 trạm BTS.', '200'],
  ])('%j: %s is no such aim', (s, v) => expect(at(s, v)).toBe(false));
});
