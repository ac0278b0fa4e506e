import { describe, expect, it } from 'vitest';
import { readLineTable } from '../../../scripts/ingest/table-line';
import { metricsOf } from '../../support/metrics-of';

/** The numbers (as written, with unit) the metric stage keeps from `paragraphs` of a page of 2025. */
const kept = (...paragraphs: string[]) => metricsOf(paragraphs, 2025).map((m) => `${m.text} ${m.unit}`);

const SPEEDS = 'STT Thành phố Tốc độ tải xuống (Mbps) Tốc độ tải lên (Mbps) Độ trễ (ms) Độ ổn định (%) 1 Cần Thơ 412,50 61,20 31,05 97,8 2 Vinh 388,01 55,40 33,10 96,2 3 Quy Nhơn 350,75 50,02 36,44 95,9 4 Pleiku';

describe('a table run into one paragraph (table-line.ts)', () => {
  it('reads the cells of a column whose unit the schema carries, and nothing else', () => {
    expect(kept('Bảng xếp hạng tốc độ di động của các thành phố trong quý III/2025.', SPEEDS)).toEqual(['97,8 percent', '96,2 percent', '95,9 percent']);
  });

  it('reads money and share columns in their units and drops the row numbers', () => {
    const t = 'TT Tỉnh Doanh thu thương mại điện tử (tỷ đồng) Tỷ trọng (%) 1 Bắc Ninh 1.250 12,5 2 Hà Nam 830 8,3 3 Ninh Bình 610 6,1';
    const table = readLineTable(t, 100)!;
    expect(table.drop.size).toBe(3);
    expect([...table.cells.values()].map((c) => `${c.value} ${c.unit}`)).toEqual(['1250000000000 VND', '12.5 percent', '830000000000 VND', '8.3 percent', '610000000000 VND', '6.1 percent']);
    expect([...table.cells.keys()][0]).toBe(100 + t.indexOf('1.250'));
  });

  it('drops only the row numbers when the rows do not have one figure per bracketed unit', () => {
    const t = 'Số TT Đơn vị Số hồ sơ trực tuyến 1 Sở Tư pháp 1.200 2 Sở Y tế 950';
    const table = readLineTable(t, 0)!;
    expect([...table.drop].map((o) => t.slice(o, o + 1))).toEqual(['1', '2']);
    expect(table.cells.size).toBe(0);
  });

  it.each([
    ['a dateline that opens on an outlet mark', 'TT 07:20 09/09/2024'],
    ['prose that opens on an abbreviation', 'TT Huế có 1 trung tâm dữ liệu và 2 trạm 5G.'],
    ['a header with a single row', 'STT Xã Tỷ lệ (%) 1 Hòa Bình 90'],
    ['a header whose rows do not count up', 'STT Xã Tỷ lệ (%) 2 Hòa Bình 90 5 An Phú 80'],
  ])('is no table: %s', (_why, t) => {
    expect(readLineTable(t, 0)).toBeUndefined();
  });
});
