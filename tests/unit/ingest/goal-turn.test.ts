import { describe, expect, it } from 'vitest';
import { isMoveFrom, turnsToResult } from '../../../scripts/ingest/goal-turn';

describe('a result set after a goal in its clause', () => {
  it('turns to a result after the last goal word, or inside the bracket the number stands in', () => {
    for (const c of ['năm 2024, tỉnh đặt mục tiêu 85% và đã đạt ', 'chỉ tiêu tăng trưởng năm 2025 đề ra là 8%, thực tế đạt ', 'đến năm 2025, 100% hồ sơ được số hóa (hiện nay đạt ',
      'kế hoạch năm 2023 là 70%, đến nay đạt ', 'mục tiêu 90%, kết quả '])
      expect(turnsToResult(c), c).toBe(true);
  });

  it('keeps a goal whose result words stand before the goal word, or describe its object, or close a bracket before it', () => {
    for (const c of ['năm 2024 đã đạt 85%, năm 2025 phấn đấu đạt ', 'phấn đấu đến năm 2025, số hồ sơ đã được số hóa đạt ', 'hiện nay tỉnh đặt mục tiêu ',
      'thực tế (đã đạt 60%), mục tiêu năm 2025 là ', 'đến năm 2025, tỷ lệ đạt ', '(hiện nay đạt 60%) và đến năm 2030 đạt '])
      expect(turnsToResult(c), c).toBe(false);
  });
});

describe('where a move starts', () => {
  const at = (s: string, v: string) => isMoveFrom(s, s.indexOf(v));
  it('is the number after "từ" with "lên / xuống" to another number after it, a date or a bracket between', () => {
    expect(at('phấn đấu nâng tỷ lệ từ 45% năm 2024 lên 80% vào năm 2025', '45%')).toBe(true);
    expect(at('phấn đấu nâng tỷ lệ từ 45% năm 2024 lên 80% vào năm 2025', '80%')).toBe(false);
    expect(at('giảm từ khoảng 30% (năm 2023) xuống 25%', '30%')).toBe(true);
    expect(at('phấn đấu đến năm 2025 đạt từ 80% trở lên', '80%')).toBe(false);
    expect(at('từ 3 đến 5 doanh nghiệp', '3')).toBe(false);
  });
});
