import { describe, expect, it } from 'vitest';
import { inTurnListStart } from '../../../scripts/ingest/period-respective';

const at = (s: string, figure: string) => s.indexOf(figure);

describe('inTurnListStart', () => {
  const s = 'Mục tiêu phủ sóng lần lượt là 30% vào quý II, 45% vào quý III và 60% vào quý IV.';
  it.each(['30%', '45%', '60%'])('finds the list for %s', (f) => {
    expect(inTurnListStart(s, at(s, f))).toBe(s.indexOf('lần lượt'));
  });
  it('is -1 without "lần lượt"', () => {
    const t = 'Mục tiêu đạt 30% vào quý II, 45% vào quý III.';
    expect(inTurnListStart(t, at(t, '45%'))).toBe(-1);
  });
  it.each([
    ['a ";" between', 'Hai chỉ số lần lượt là 5 và 7; tỷ lệ đạt 80%.', '80%'],
    ['a clause that reports something done', 'Mục tiêu lần lượt là 5 và 7, nhưng năm qua đã đạt 9.', '9'],
    ['the figure before the list', 'Đạt 12% và lần lượt là 5, 7.', '12%'],
  ])('is -1 with %s', (_name, t, f) => {
    expect(inTurnListStart(t, at(t, f))).toBe(-1);
  });
});
