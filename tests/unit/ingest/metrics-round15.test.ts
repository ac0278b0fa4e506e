/** Statuses and periods `extractMetrics` gives round 15's page shapes (forms written for the test). */
import { describe, expect, it } from 'vitest';
import { pageMetrics, periodText } from './page-metrics-support';

describe('a plan written as items', () => {
  it('makes its "label: value" lines and goal-verb items goals with no period', () => {
    const m = pageMetrics(undefined, ['KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA PHƯỜNG', '1. Hạ tầng số', '- Tỷ lệ hộ gia đình có cáp quang: 85%.', '- Số điểm phát Wi-Fi công cộng: 12 điểm.',
      '- Tỷ lệ người dùng điện thoại thông minh: 95% .', '- Hạ tỷ lệ thuê bao chỉ dùng 2G xuống dưới 3%.']);
    expect(['85%', '12 điểm', '95%', '3%'].map((k) => [m[k]?.status, periodText(m[k])])).toEqual(Array(4).fill(['target', 'none']));
  });

  it('makes the items of a section under a heading naming targets goals, on a page that reports results too', () => {
    const m = pageMetrics(2026, ['Năm 2025, phường đã đạt nhiều kết quả, 70% hộ dân có cáp quang.', 'CÁC CHỈ TIÊU CHỦ YẾU', '- Tỷ lệ hộ gia đình có cáp quang: 90%.', '- Số điểm Wi-Fi công cộng: 15 điểm.']);
    expect([m['70%']?.status, m['90%']?.status, m['15 điểm']?.status]).toEqual(['actual', 'target', 'target']);
  });

  it('leaves the lines of a page that reports results actual', () => {
    const m = pageMetrics(undefined, ['Kết quả chuyển đổi số của phường:', '- Tỷ lệ hộ gia đình có cáp quang: 85%.', '- Số điểm phát Wi-Fi công cộng: 12 điểm.', '- Tỷ lệ người dùng điện thoại thông minh: 95%.']);
    expect(['85%', '12 điểm', '95%'].map((k) => m[k]?.status)).toEqual(['actual', 'actual', 'actual']);
  });
});

describe('a strategy set by phases', () => {
  const m = pageMetrics(undefined, ['Các mục tiêu chủ yếu như sau:', 'Giai đoạn 2026 - 2030: tăng năng suất lao động trên 7%/năm (từ mức 5%/năm hiện nay).',
    'Tầm nhìn 2050: thu nhập bình quân 30.000 USD.', 'Thứ hai, phát triển nguồn nhân lực số.', 'Thực trạng: lao động qua đào tạo chỉ 28%.',
    'Giải pháp: đào tạo 100.000 kỹ sư, nâng vốn cho nghiên cứu lên 2% GDP (từ 0,5% năm 2023).']);
  it('dates the goals of each phase to its end, and the sections after it to none', () => {
    expect([m['7%'], m['30.000 USD'], m['100.000'], m['2% GDP'] ?? m['2%']].map((x) => [x?.status, periodText(x)])).toEqual([['target', '2030/year'], ['target', '2050/year'], ['target', 'none'], ['target', 'none']]);
  });

  it('reads the current state as a result and the start bracket as a baseline', () => {
    expect([m['28%']?.status, periodText(m['28%'])]).toEqual(['actual', 'none']);
    expect([m['5%']?.status, periodText(m['5%'])]).toEqual(['baseline', 'none']);
    expect([m['0,5%']?.status, periodText(m['0,5%'])]).toEqual(['baseline', '2023/year']);
  });
});

describe('an undated history passage', () => {
  it('gives its since-year to no later figure, only to the start of a move', () => {
    const m = pageMetrics(undefined, ['Kể từ năm 1995, qua 30 năm phát triển, ngành đã có 45.000 doanh nghiệp, doanh thu tăng từ dưới 1 tỷ USD lên hơn 150 tỷ USD.']);
    expect(['45.000', '150 tỷ USD'].map((k) => periodText(m[k]))).toEqual(['none', 'none']);
    expect([m['1 tỷ USD']?.status, periodText(m['1 tỷ USD'])]).toEqual(['baseline', '1995/year']);
  });
});

describe('"now" on an undated page that reports an event', () => {
  it('is the page\'s unknown now when "Đến nay" opens a paragraph (round 43: the gold of 13 real readings against 3)', () => {
    const m = pageMetrics(undefined, ['Tại hội nghị diễn ra ngày 12/11, Bộ trưởng cho biết kế hoạch hoàn thành trước 31/12/2026.', 'Đến nay, đã có 410 bệnh viện kết nối dữ liệu.', 'Với khối tư nhân, đã có 95 cơ sở tham gia.']);
    expect(['410', '95'].map((k) => periodText(m[k]))).toEqual(['none', 'none']);
  });
});

describe('a vision year named before', () => {
  it('is handed on to no paragraph after the one it opens', () => {
    const m = pageMetrics(undefined, ['Đề án "Phát triển dữ liệu số đến năm 2030, tầm nhìn đến năm 2045" đặt mục tiêu đến năm 2030 có 80% cơ quan chia sẻ dữ liệu.',
      'Đến năm 2045, Việt Nam trở thành trung tâm dữ liệu của khu vực.', 'Ngoài ra, đề án đào tạo 5.000 chuyên gia dữ liệu.']);
    expect([m['5.000']?.status, periodText(m['5.000'])]).toEqual(['target', '2030/year']);
  });
});

describe('a purpose with a deadline', () => {
  it('is a goal on an undated page or toward a year not past, and a result toward a past one', () => {
    const ahead = pageMetrics(2025, ['Sở đang khẩn trương hoàn thiện hệ thống để kết nối hơn 900 trạm y tế vào cuối năm 2025.']);
    const past = pageMetrics(2025, ['Năm 2023, Sở nâng cấp hệ thống để kết nối 700 trạm y tế vào cuối năm 2023.']);
    expect([ahead['900']?.status, past['700']?.status]).toEqual(['target', 'actual']);
  });
});
