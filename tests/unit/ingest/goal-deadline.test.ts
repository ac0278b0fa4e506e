import { describe, expect, it } from 'vitest';
import { continuesDeadlineList, opensDeadlineList, opensOnCutoffDay } from '../../../scripts/ingest/goal-deadline';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { segments } from './metrics-support';

describe('opensDeadlineList', () => {
  const goals = ['target', 'target'];
  it.each([
    'Đến năm 2026, 90% hồ sơ được ký số; 70% doanh nghiệp nhỏ dùng hóa đơn điện tử.',
    'Cụ thể, tới hết năm 2027, có trên 60% hộ dùng ví điện tử; 100% trường học có cáp quang.',
    'Phấn đấu đến năm 2030: ít nhất 50% dân số trưởng thành có chữ ký số; 95% xã có trạm 5G.',
  ])('a deadline opening a `;`-list of goals frames it: %j', (s) => {
    expect(opensDeadlineList(s, goals, 2024)?.horizon.iso).toMatch(/^20(26|27|30)$/);
  });
  it.each([
    ['Đến năm 2026, 90% hồ sơ được ký số và 70% doanh nghiệp dùng hóa đơn điện tử.', goals, 2024],
    ['Đến năm 2022, 90% hồ sơ được ký số; 70% doanh nghiệp dùng hóa đơn điện tử.', goals, 2024],
    ['Đến năm 2026, 90% hồ sơ được ký số; 70% doanh nghiệp dùng hóa đơn điện tử.', ['target', 'actual'], 2024],
    ['Đến năm 2026, huyện sẽ hoàn thiện nền tảng dữ liệu; mở rộng mạng cáp quang.', [], 2024],
    ['Năm 2023 có 90% hồ sơ được ký số; đến năm 2026, 70% doanh nghiệp dùng hóa đơn điện tử.', goals, 2024],
  ] as const)('no frame without a list, a year ahead, goals only or an opening deadline: %j', (s, st, y) => {
    expect(opensDeadlineList(s, st, y)).toBeUndefined();
  });
});

describe('continuesDeadlineList', () => {
  it.each(['100% thủ tục được cung cấp trực tuyến; 60% hồ sơ nộp trực tuyến.', '- Trên 50% cuộc họp được tổ chức trực tuyến.', '+ 80% cán bộ được tập huấn kỹ năng số'])('a list paragraph goes on: %j', (p) => {
    expect(continuesDeadlineList(p)).toBe(true);
  });
  it.each(['Hội nghị cũng bàn về công tác cải cách hành chính.', 'II. KẾT QUẢ THỰC HIỆN'])('prose or a heading does not: %j', (p) => {
    expect(continuesDeadlineList(p)).toBe(false);
  });
});

describe('a deadline stated once over item paragraphs (extractMetrics)', () => {
  const run = (...paragraphs: string[]) => extractMetrics(segments(paragraphs), { indicators: [], topics: [], fallbackTopic: 'x', articleYear: 2023 });
  const of = (ms: ReturnType<typeof run>, text: string) => ms.find((m) => m.text === text);
  it('every item paragraph after the opening one gives goals of its year', () => {
    const ms = run(
      'Kế hoạch được ban hành ngày 5/3.',
      'Theo đó, đến năm 2026, tối thiểu 85% văn bản được ký số; 100% cuộc họp cấp xã dùng phần mềm.',
      'Trên 45% dịch vụ công phát sinh hồ sơ trực tuyến; 30% giao dịch không dùng tiền mặt.',
      'Hạ tầng cáp quang phủ 97% thôn, bản; tối thiểu 65% người dân có tài khoản định danh;',
    );
    for (const t of ['85%', '45%', '30%', '97%', '65%']) {
      expect(of(ms, t)?.status, t).toBe('target');
      expect(of(ms, t)?.period?.iso, t).toBe('2026');
    }
  });
  it('a prose paragraph or a turn to results leaves the frame', () => {
    const ms = run(
      'Đến năm 2026, tối thiểu 85% văn bản được ký số; 100% cuộc họp cấp xã dùng phần mềm.',
      'Năm 2023, huyện có 12 xã được công nhận đạt chuẩn.',
      '52% hộ dân dùng dịch vụ; 18 xã có điểm phát sóng.',
    );
    expect(of(ms, '12')?.status).toBe('actual');
    expect(of(ms, '52%')?.status).toBe('actual');
  });
  it('results in a list after the goals end it', () => {
    const ms = run(
      'Đến năm 2026, tối thiểu 85% văn bản được ký số; 100% cuộc họp cấp xã dùng phần mềm.',
      'Kết quả năm qua: 52% hộ dân đã dùng dịch vụ; 18 xã có điểm phát sóng.',
    );
    expect(of(ms, '52%')?.status).toBe('actual');
    expect(of(ms, '18')?.status).toBe('actual');
  });
});

describe('opensOnCutoffDay', () => {
  it.each([
    'Đến ngày 15/9/2024, toàn huyện có 41 xã đạt chuẩn.',
    'Tính đến hết ngày 30/4, cả tỉnh có 1.200 doanh nghiệp số.',
    'Tới 20-10-2023 (trước khi sáp nhập); tỉnh có 88 điểm phục vụ.',
  ])('a report’s cutoff day: %j', (s) => {
    expect(opensOnCutoffDay(s)).toBe(true);
  });
  it.each([
    'Đến ngày 31/12/2025, 100% xã có cáp quang.',
    'Đến ngày 30/6/2025, phải hoàn thành 90% hồ sơ.',
    'Đến ngày 30/6/2025, tỉnh phấn đấu có 70 xã đạt chuẩn.',
    'Ngày 15/9/2024, huyện khai trương trung tâm.',
    'Đến năm 2025, có 41 xã đạt chuẩn.',
  ])('a year’s end, a goal or obligation, an event day or a year is none: %j', (s) => {
    expect(opensOnCutoffDay(s)).toBe(false);
  });
  it('a day in a year after the article’s is a deadline, not a cutoff', () => {
    expect(opensOnCutoffDay('Đến ngày 30/6/2026, toàn tỉnh có 90% hồ sơ trực tuyến.', 2025)).toBe(false);
    expect(opensOnCutoffDay('Đến ngày 30/6/2025, toàn tỉnh có 90% hồ sơ trực tuyến.', 2025)).toBe(true);
  });
});

describe('results to a cutoff day after a general aim (extractMetrics)', () => {
  it('stay results, dated by the day, in every `;`-item', () => {
    const ms = extractMetrics(segments([
      'Chuyển đổi số là một chương trình lớn của tỉnh, hướng tới mục tiêu phát triển bền vững.',
      'Đến ngày 15/9/2024 (trước khi sáp nhập); toàn tỉnh có 140 xã đạt chuẩn (chiếm 61,2%); 38/140 xã có điểm phát sóng.',
    ]), { indicators: [], topics: [], fallbackTopic: 'x' });
    for (const t of ['140', '61,2%', '38/140']) {
      const m = ms.find((x) => x.text === t);
      expect(m?.status, t).toBe('actual');
      expect(m?.period?.iso, t).toBe('2024-09-15');
    }
  });
});
