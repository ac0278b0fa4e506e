import { describe, expect, it } from 'vitest';
import { turnsToResult } from '../../../scripts/ingest/goal-turn';

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
