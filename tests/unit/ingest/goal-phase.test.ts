import { describe, expect, it } from 'vitest';
import { endsPhase, isCurrentState, isPhaseBracket, isStartBracket, withoutStartBrackets } from '../../../scripts/ingest/goal-phase';
import { metricsByText } from './metrics-support';

const span = (s: string, v: string) => ({ start: s.indexOf(v), end: s.indexOf(v) + v.length });

describe('the current state inside a plan', () => {
  const at = (s: string, v: string) => isCurrentState(s, s.indexOf(v));
  it('is a sentence that opens on a state label, or a value right after "chỉ"', () => {
    expect(at('Thực trạng: số doanh nghiệp số mới có 1.200.', '1.200')).toBe(true);
    expect(at('2. Điểm nghẽn hiện nay: năng suất lao động thấp, 30% lao động chưa qua đào tạo.', '30%')).toBe(true);
    expect(at('Khu vực tư nhân chỉ chiếm khoảng 12% vốn đầu tư cho nghiên cứu.', '12%')).toBe(true);
    expect(at('Năng suất chỉ đạt 60% mức trung bình.', '60%')).toBe(true);
  });

  it('is not a goal with "chỉ còn", a "chỉ tiêu", or a sentence with no such words', () => {
    expect(at('Phấn đấu giảm tỷ lệ hộ nghèo chỉ còn 2%.', '2%')).toBe(false);
    expect(at('Chỉ tiêu 80% hộ có cáp quang.', '80%')).toBe(false);
    expect(at('Giải pháp: nâng tỷ lệ lên 70%.', '70%')).toBe(false);
  });
});

describe('where a phase stops', () => {
  const phase = { phase: true };
  it('stops at a paragraph that opens no phase, is no list item and follows no bare lead-in', () => {
    expect(endsPhase('Thứ hai, phát triển hạ tầng số.', 'Giai đoạn 2026 - 2030: tăng trưởng trên 8%.', phase)).toBe(true);
    expect(endsPhase('Giải pháp chủ yếu: số hóa 100% hồ sơ.', 'Đến năm 2045, trở thành nước phát triển.', phase)).toBe(true);
  });

  it('goes on through a new phase, list items, the paragraph after a bare lead-in, or when no phase is open', () => {
    expect(endsPhase('Tầm nhìn đến năm 2045: thu nhập cao.', 'x', phase)).toBe(false);
    expect(endsPhase('- Tỷ lệ dân số dùng 5G: 90%.', 'x', phase)).toBe(false);
    expect(endsPhase('Kinh tế số chiếm 30% GDP.', 'Giai đoạn 2026 - 2030:', phase)).toBe(false);
    expect(endsPhase('Thứ hai, phát triển hạ tầng số.', 'x', {})).toBe(false);
    expect(endsPhase('Thứ hai, phát triển hạ tầng số.', 'x', undefined)).toBe(false);
  });
});

describe('the value a goal starts from, in a bracket after it', () => {
  it('is a "từ" value alone in its bracket, with a unit, a word of now or a year', () => {
    for (const [s, v] of [['nâng lên 12% GDP (từ 6% hiện nay)', '6%'], ['tăng trưởng trên 9%/năm (từ mức khoảng 6,5%/năm hiện tại)', '6,5%'],
      ['thu hút 50 tỷ USD (từ 31 tỷ USD năm 2023)', '31 tỷ USD'], ['đạt 70% (từ 55%)', '55%']] as const)
      expect(isStartBracket(s, span(s, v)), s).toBe(true);
  });

  it('is not a bracket of another shape, or a move in the sentence itself', () => {
    for (const [s, v] of [['đạt 70% (tăng 5% so với năm trước)', '5%'], ['tăng từ 45% lên 60%', '45%'], ['đạt 70% (từ 55% lên 60% trong năm)', '55%']] as const)
      expect(isStartBracket(s, span(s, v)), s).toBe(false);
  });

  it('is taken out of a sentence before its words are read for results', () => {
    expect(withoutStartBrackets('quỹ đạt 10% gdp (từ 5% hiện tại).')).toBe('quỹ đạt 10% gdp .');
  });
});

describe('isPhaseBracket (round 19)', () => {
  const date = (s: string, y: string) => ({ start: s.indexOf(y), end: s.indexOf(')', s.indexOf(y)) });
  it('a phase\'s years bracketed right after "giai đoạn" or "thời kỳ"', () => {
    const s = 'Trong giai đoạn (2026 – 2030), tỉnh sẽ xây dựng 5 khu công nghệ.';
    expect(isPhaseBracket(s, date(s, '2026'))).toBe(true);
    const t = 'Thời kỳ ( 2021-2025 ) đặt nhiều mục tiêu.';
    expect(isPhaseBracket(t, { start: t.indexOf('2021'), end: t.indexOf('2025') + 4 })).toBe(true);
  });
  it('not a bracket after another word, nor a bracket holding more than the years', () => {
    const s = 'Doanh thu tăng mạnh (2021-2025) nhờ xuất khẩu.';
    expect(isPhaseBracket(s, date(s, '2021'))).toBe(false);
    const t = 'Trong giai đoạn (2021-2025 và 2026-2030), …';
    expect(isPhaseBracket(t, { start: t.indexOf('2021'), end: t.indexOf('2021') + 9 })).toBe(false);
  });
  it('in a page: "Giai đoạn này đặt mục tiêu …" after "trong giai đoạn (2026 – 2030), …" takes the phase\'s end', () => {
    const m = metricsByText(
      'Theo lộ trình, trong giai đoạn (2026 – 2030), thành phố sẽ hình thành ít nhất 50 doanh nghiệp thiết kế vi mạch.',
      'Giai đoạn này đặt mục tiêu doanh thu ngành đạt trên 12 tỷ USD/năm.',
    );
    expect(m['12 tỷ USD']).toMatchObject({ status: 'target', period: { iso: '2030' } });
  });
});

describe('"đang" before a figure inside a plan: what is being done now (round 31d)', () => {
  const at = (s: string, v: string) => isCurrentState(s, s.indexOf(v));
  it('is the current state', () => {
    for (const [s, v] of [
      ['Thành phố đang quản lý 8 bảo tàng và 25 nhà trưng bày.', '8'],
      ['Huyện đang vận hành 14 điểm wifi công cộng, phục vụ khách.', '14'],
      ['Cùng với việc thực hiện đề án, tỉnh đang bảo tồn 30 di tích, khoảng hơn 200 hiện vật.', '200'],
    ]) expect(at(s!, v!), s).toBe(true);
  });
  it('not a goal still pursued ("đang phấn đấu", "đang hướng tới", "đang chuẩn bị"), nor a "đang" of another ;-clause', () => {
    for (const [s, v] of [
      ['Tỉnh đang phấn đấu 90% hồ sơ được xử lý trực tuyến.', '90%'],
      ['Ngành đang hướng tới 100% trường học dùng sổ điểm số.', '100%'],
      ['Sở đang chuẩn bị lắp 50 camera tại các nút giao.', '50'],
      ['Tỉnh đang rà soát hạ tầng; 70% xã có cáp quang.', '70%'],
    ]) expect(at(s!, v!), s).toBe(false);
  });
  it('on a page: figures after a plan\'s aim with "đang" stay results; without it, the frame still makes goals', () => {
    const aim = 'Một trong những mục tiêu của đề án là nâng cao trải nghiệm của du khách.';
    expect(metricsByText(aim, 'Thành phố đang quản lý 8 bảo tàng và 25 nhà trưng bày.')['8']!.status).toBe('actual');
    expect(metricsByText(aim, 'Thành phố quản lý 8 bảo tàng và 25 nhà trưng bày.')['8']!.status).toBe('target');
  });
});
