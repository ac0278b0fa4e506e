/** Round 63: a section's title closes the goal frame of the section before it (`goal-section.ts`). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { closesGoalFrame } from '../../../scripts/ingest/goal-section';
import { metricsOf } from '../../support/metrics-of';

describe('closesGoalFrame', () => {
  it.each(['Nỗ lực xóa vùng lõm sóng', 'Hạ tầng số phủ rộng', 'Người dân hưởng lợi'])('"%s" is a section\'s title', (line) => expect(closesGoalFrame(line)).toBe(true));
  it.each(['Mục tiêu cụ thể', 'Nhiệm vụ, giải pháp trọng tâm', 'Định hướng đến năm 2030', 'Giai đoạn 2026-2030', 'Toàn tỉnh có 9 huyện.', 'Năm 2025 phủ sóng 100% thôn'])('"%s" is no title that closes a plan\'s frame', (line) =>
    expect(closesGoalFrame(line)).toBe(false));
});

describe('the metric stage', () => {
  const statuses = (paragraphs: string[]) => metricsOf(paragraphs, 2022).map((m) => `${m.text} ${m.status}`);
  it('counts under a new section are no goals of the plan above it', () =>
    expect(statuses(['Tỉnh đề xuất quy hoạch sân bay Măng Đen.', 'Nỗ lực xóa vùng lõm sóng', 'Toàn tỉnh có 9 huyện với 102 xã.'])).toEqual(['9 actual', '102 actual']));
  it('goals under a title of aims stay goals', () =>
    expect(statuses(['Tỉnh ban hành kế hoạch chuyển đổi số, mục tiêu đến năm 2025.', 'Mục tiêu cụ thể', 'Phủ sóng 100% thôn, bản.'])).toEqual(['100% target']));
});
