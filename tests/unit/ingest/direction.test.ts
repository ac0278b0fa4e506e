import { describe, expect, it } from 'vitest';
import { changeDirection, comparisonDirection, continuesChange } from '../../../scripts/ingest/direction';

const w = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

describe('changeDirection', () => {
  it.each([
    ['tăng', 'up'], ['tăng trưởng', 'up'], ['tăng thêm khoảng', 'up'], ['tăng lần lượt', 'up'], ['nhích', 'up'],
    ['giảm', 'down'], ['giảm lần lượt', 'down'], ['sụt', 'down'], ['tụt', 'down'], ['sụt giảm mạnh', 'down'],
    ['tăng trưởng âm', 'down'], ['doanh thu giảm gần', 'down'],
  ])('%j → %s', (before, dir) => expect(changeDirection(w(before))).toBe(dir));
  it.each(['giảm còn', 'tăng lên', 'giảm từ', 'tăng đến', 'đạt', 'tăng cường', 'cắt giảm', 'tinh giảm', 'giảm thiểu', 'tăng gấp', ''])(
    '%j → none (a level, or no change verb)', (before) => expect(changeDirection(w(before))).toBeUndefined(),
  );
  it('rank steps read "lên"/"xuống" as a move', () => {
    expect(changeDirection(w('vươn lên'), true)).toBe('up');
    expect(changeDirection(w('tụt xuống'), true)).toBe('down');
    expect(changeDirection(w('thăng'), true)).toBe('up');
  });
});

describe('comparisonDirection / continuesChange', () => {
  it('reads "cao hơn / thấp hơn … so với" as a difference', () => {
    expect(comparisonDirection('tỷ lệ cao hơn ', ' so với năm trước')).toBe('up');
    expect(comparisonDirection('chậm hơn khoảng ', ' so với kế hoạch')).toBe('down');
    expect(comparisonDirection('cao hơn ', ' dân số')).toBeUndefined();
  });
  it('a number right after "và" or "," continues the change before it', () => {
    expect(continuesChange(' và ')).toBe(true);
    expect(continuesChange(', ')).toBe(true);
    expect(continuesChange(' so với ')).toBe(false);
  });
  it('the number before may be followed by the aspect it measures ("về số lượng") before "và"', () => {
    for (const b of [' về số lượng và ', ' về số lượng giao dịch và ', ' về giá trị, ', ' về số lượng, và ']) expect(continuesChange(b), b).toBe(true);
    for (const b of [' về số lượng, trong khi ', ' về giá trị so với năm trước và ', ' doanh thu và ']) expect(continuesChange(b), b).toBe(false);
  });
});
