import { describe, expect, it } from 'vitest';
import { flatCells, isCellSeparator, readFlatTable, withTableReading } from '../../../scripts/ingest/table-flat';
import { segmentArticle } from '../../../scripts/ingest/segment';
import { notRowNumber, rowNumberOffsets } from '../../../scripts/ingest/table-text';
import type { Metric } from '../../../src/schemas/metric';

/** A table written one cell a line, each cell closed by a "|" line. */
const flat = (rows: string[][]) => rows.map((r) => r.map((c) => `${c}\n|\n`).join('')).join('');

const HEAD = ['TT', 'Nội dung', 'ĐVT', 'Mục tiêu năm 2026'];
const GOALS = flat([
  HEAD,
  ['A', 'Hạ tầng'],
  ['1', 'Hộ gia đình có\ncáp quang', '%', '85'],
  ['2', 'Vốn đầu tư\nhạ tầng', 'tỷ đồng', '12'],
  ['B', 'Dữ liệu'],
]);

const metric = (text: string, offset: number, over: Partial<Metric> = {}): Metric =>
  ({ id: 'm-00000000', text, offset, value: Number(text), unit: 'count', kind: 'count', status: 'actual', period: { iso: '2025', precision: 'year' }, subject: '', topic: 't', quote: text, ...over }) as Metric;

describe('flatCells', () => {
  it('splits at "|" lines and keeps each cell at its offset', () => {
    const text = flat([['STT', 'Tên', 'Đơn vị', 'Kế hoạch'], ['1', 'Trường học', 'trường', '40']]);
    const cells = flatCells(text)!;
    expect(cells.map((c) => c.text)).toEqual(['STT', 'Tên', 'Đơn vị', 'Kế hoạch', '1', 'Trường học', 'trường', '40']);
    for (const c of cells) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  });

  it('takes only the last line of the prose before a table and the first after it', () => {
    const text = `Phụ lục kèm theo kế hoạch.\n${flat([['STT', 'Tên', 'ĐVT', 'Chỉ tiêu'], ['1', 'Xã', '%', '70']])}Nơi nhận: các sở.\nLưu VT.`;
    expect(flatCells(text)!.map((c) => c.text)).toEqual(['STT', 'Tên', 'ĐVT', 'Chỉ tiêu', '1', 'Xã', '%', '70', 'Nơi nhận: các sở.']);
  });

  it('is no table with only a few "|" lines', () => {
    expect(flatCells('Tin | Ảnh\n|\nNgày 2/3/2024, tỷ lệ đạt 80%.\n|\nHết.')).toBeUndefined();
  });

  it('knows a separator line', () => {
    expect(isCellSeparator(' | ')).toBe(true);
    expect(isCellSeparator('a | b')).toBe(false);
  });
});

describe('readFlatTable', () => {
  it('reads value cells with their row unit and the column goal and year; row numbers are structure', () => {
    const t = readFlatTable(GOALS)!;
    const byText = [...t.values.values()].map((v) => [v.cell.text, v.value, v.unit, v.status, v.period?.iso]);
    expect(byText).toEqual([['85', 85, 'percent', 'target', '2026'], ['12', 12e9, 'VND', 'target', '2026']]);
    expect([...rowNumberOffsets([t])].map((o) => GOALS.slice(o, o + 1))).toEqual(['1', '2']);
  });

  it('reads a results column as actual', () => {
    const text = flat([['STT', 'Chỉ số', 'Đơn vị tính', 'Kết quả thực hiện'], ['1', 'Hồ sơ trực tuyến', '%', '64,5'], ['2', 'Điểm Wi-Fi', 'điểm', '30']]);
    const v = [...readFlatTable(text)!.values.values()];
    expect(v[0]).toMatchObject({ value: 64.5, unit: 'percent', status: 'actual' });
    expect(v[0]!.period).toBeUndefined();
  });

  it('gives no status from a header that names neither goal nor result', () => {
    const text = flat([['STT', 'Tên', 'ĐVT', 'Ghi chú số'], ['1', 'Trạm', '%', '5'], ['2', 'Cột', '%', '6']]);
    expect([...readFlatTable(text)!.values.values()][0]!.status).toBeUndefined();
  });

  it('is undefined without a row-number column or a unit column', () => {
    expect(readFlatTable(flat([['Tên', 'ĐVT', 'Chỉ tiêu'], ['Trạm', '%', '5'], ['Cột', '%', '6']]))).toBeUndefined();
    expect(readFlatTable(flat([['STT', 'Tên', 'Chỉ tiêu'], ['1', 'Trạm', '5'], ['2', 'Cột', '6']]))).toBeUndefined();
  });
});

describe('withTableReading', () => {
  it('reads value cells; its row numbers are dropped by the shared filter; other metrics stay as they were', () => {
    const t = readFlatTable(GOALS)!;
    const at = (s: string) => GOALS.indexOf(`\n${s}\n`) + 1;
    const other = metric('7', 0);
    const out = withTableReading([metric('1', at('1')), metric('85', at('85')), other], t).filter(notRowNumber([t]));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ text: '85', value: 85, unit: 'percent', kind: 'share', status: 'target', period: { iso: '2026' } });
    expect(out[1]).toBe(other);
  });

  it('drops the period a goal column without a year does not give', () => {
    const text = flat([['STT', 'Tên', 'ĐVT', 'Chỉ tiêu cụ thể'], ['1', 'Cán bộ', '%', '90'], ['2', 'Người dân', '%', '60']]);
    const at = text.indexOf('\n90\n') + 1;
    const [m] = withTableReading([metric('90', at)], readFlatTable(text));
    expect(m).toMatchObject({ unit: 'percent', status: 'target' });
    expect(m!.period).toBeUndefined();
  });

  it('is the identity without a table', () => {
    const ms = [metric('3', 0)];
    expect(withTableReading(ms, undefined)).toBe(ms);
  });
});

describe('segmentArticle on a flattened table', () => {
  it('keeps a cell that repeats an earlier one', () => {
    const text = flat([['STT', 'Tên', 'ĐVT', 'Chỉ tiêu'], ['1', 'Cán bộ', '%', '100'], ['2', 'Người dân', '%', '100']]);
    expect(segmentArticle(text).paragraphs.filter((p) => p.text === '100')).toHaveLength(2);
  });
});
