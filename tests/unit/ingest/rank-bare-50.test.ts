import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

describe('a rank written without "thứ" (round 50)', () => {
  it('after the verb of a ranking, nothing counted after it', () => {
    const s = 'Giai đoạn 2020 – 2025, Việt Nam duy trì xu hướng thăng hạng: năm 2020 xếp 59; năm 2023 xếp 58; năm 2024 xếp 56; và năm 2025 xếp 55 toàn cầu.';
    for (const [n, y] of [['59', '2020'], ['58', '2023'], ['56', '2024'], ['55', '2025']] as const) expect(claimOf(s, n, 2025)).toMatchObject({ unit: 'rank', period: y });
    expect(claimOf('Tỉnh xếp 3 loại hồ sơ vào kho dữ liệu.', '3', 2025).unit).toBe('count'); // a count after the verb
  });
  it('in a bracket after a place, told by the world or the move after it', () => {
    const s = 'Các trung tâm khởi nghiệp địa phương cũng có sự bứt phá: Thành phố Hồ Chí Minh (110 toàn cầu), Hà Nội (148, tăng 9 bậc), Đà Nẵng (766, tăng 130 bậc).';
    for (const n of ['110', '148', '766']) expect(claimOf(s, n, 2025).unit, n).toBe('rank');
    expect(claimOf('Tỉnh có 3 khu công nghệ (110 doanh nghiệp).', '110', 2025).unit).toBe('count');
  });
});
