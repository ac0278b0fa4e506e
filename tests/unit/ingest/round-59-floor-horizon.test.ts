/**
 * Round 59 (session 40): a floor reached by a horizon ("… đến năm 2025 đạt tối thiểu 150 triệu giao dịch") is a goal on a page of any date or
 * none (`status.ts`' FLOOR_BEFORE with HORIZON_IN), unless it is said done ("đã đạt tối thiểu").
 */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

const statusOf = (text: string, n: string, year?: number) => claimOf(text, n, year).status;

describe('a floor by a horizon', () => {
  it.each([
    ['Tổng số giao dịch qua hệ thống đến năm 2026 đạt tối thiểu 80 triệu lượt.', '80 triệu'],
    ['Tỷ lệ người dân dùng ví điện tử vào năm 2030 tối thiểu là 60%.', '60%'],
  ])('%s → %s is a target on an undated page', (text, n) => expect(statusOf(text, n)).toBe('target'));

  it.each([
    ['Đến năm 2024, tỉnh đã đạt tối thiểu 50% hồ sơ trực tuyến.', '50%'],
    ['Từ năm 2020 đến năm 2023, tỷ lệ hồ sơ đúng hạn mỗi năm đạt tối thiểu 95%.', '95%'],
  ])('%s → %s stays a result', (text, n) => expect(statusOf(text, n)).toBe('actual'));
});

describe('a past horizon on a dated page', () => {
  it('"Đến hết năm 2023, mỗi xã có tối thiểu 1 tổ …" on a page of 2024 is a result', () =>
    expect(statusOf('Đến hết năm 2023, mỗi xã trên địa bàn tỉnh có tối thiểu 3 tổ công nghệ số cộng đồng.', '3', 2024)).toBe('actual'));
  it('the same on a page of 2022 is a goal', () =>
    expect(statusOf('Đến hết năm 2023, mỗi xã trên địa bàn tỉnh có tối thiểu 3 tổ công nghệ số cộng đồng.', '3', 2022)).toBe('target'));
});
