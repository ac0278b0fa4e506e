import { describe, expect, it } from 'vitest';
import { isGoalProgress } from '../../../scripts/ingest/goal-progress';
import { findNumbers } from '../../../scripts/ingest/numbers';

/** `isGoalProgress` on the number written `text` in `s`. */
const progress = (s: string, text: string) => isGoalProgress(s, findNumbers(s).find((m) => m.text === text)!);

describe('isGoalProgress: a report of progress on goals states facts', () => {
  const s = 'Tính đến nay, 30 chỉ tiêu đã đạt (chiếm 60%), 12 nhiệm vụ đang triển khai (bằng 24%).';
  it.each([[s, '30'], [s, '60%'], [s, '12'], [s, '24%'], ['Hiện nay có 5 mục tiêu chưa đạt.', '5']])('%j: %s is actual', (t, x) => expect(progress(t, x)).toBe(true));
  it.each([
    ['Phấn đấu đến năm 2030 hoàn thành 40 chỉ tiêu.', '40'],
    ['Đến nay, tỉnh sẽ hoàn thành 12 nhiệm vụ trong năm tới.', '12'],
    ['Đến nay đã hoàn thành 80% chỉ tiêu được giao.', '80%'],
    ['Kế hoạch gồm 20 chỉ tiêu (chiếm 40%).', '40%'],
  ])('%j: %s is not', (t, x) => expect(progress(t, x)).toBe(false));
});
