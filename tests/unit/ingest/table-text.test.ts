import { describe, expect, it } from 'vitest';
import { notRowNumber, opensOnRowNumber, rowNumberOffsets, type Cell, type TextTable } from '../../../scripts/ingest/table-text';

/** Cells at made-up offsets, ten apart. */
const cells = (texts: string[], from: number): Cell[] => texts.map((text, k) => ({ text, offset: from + 10 * k }));

describe('opensOnRowNumber', () => {
  it.each(['STT', 'tt', 'TT.', 'Số TT', 'Số thứ tự', 'Số\nthứ tự'])('%j names a row-number column', (h) =>
    expect(opensOnRowNumber(cells([h, 'Nội dung'], 0))).toBe(true));
  it.each(['Nội dung', 'STT nhóm', 'Thứ tự ưu tiên'])('%j does not', (h) => expect(opensOnRowNumber(cells([h, 'STT'], 0))).toBe(false));
  it('an empty header does not', () => expect(opensOnRowNumber([])).toBe(false));
});

describe('rowNumberOffsets and notRowNumber: the number filling a row-number cell is structure', () => {
  const numbered: TextTable = { header: cells(['STT', 'Chỉ tiêu', 'Kết quả'], 0), rows: [cells(['1', 'Xã', '5'], 100), cells(['2', 'Phường', '8'], 200)] };
  const other: TextTable = { header: cells(['Năm', 'Doanh thu'], 300), rows: [cells(['2024', '15'], 400)] };
  it('gives the first cell of each row under a row-number header only', () =>
    expect([...rowNumberOffsets([numbered, other])]).toEqual([100, 200]));
  it('the filter drops those and keeps value cells', () => {
    const keep = notRowNumber([numbered, other]);
    expect([100, 120, 200, 400].map((offset) => keep({ offset }))).toEqual([false, true, false, true]);
  });
});
