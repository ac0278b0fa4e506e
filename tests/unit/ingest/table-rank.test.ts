import { describe, expect, it } from 'vitest';
import { asRankCell, rankRow, readRankTables } from '../../../scripts/ingest/table-rank';
import type { Segment } from '../../../scripts/ingest/segment';

/** Lines as paragraphs at their offsets in the joined text. */
function lines(...texts: string[]): Segment[] {
  let offset = 0;
  return texts.map((text) => {
    const s = { text, offset };
    offset += text.length + 1;
    return s;
  });
}

const at = (segs: Segment[], k: number, token: string) => segs[k]!.offset + segs[k]!.text.indexOf(token);

describe('rankRow', () => {
  it('reads a position, a name and the scores after it', () => {
    const text = '3 Tỉnh Bắc Kạn 0.7211 0,6540 81';
    expect(rankRow({ text, offset: 10 })).toEqual({ rank: 3, offset: 10, scores: ['0.7211', '0,6540', '81'].map((t) => 10 + text.indexOf(t)) });
  });

  it('is no row for a sentence, a lower-case phrase or a long name', () => {
    for (const text of ['2 doanh nghiệp đạt chuẩn', '5 Sở, ngành đã triển khai', '12 Trung tâm phục vụ hành chính công của tỉnh đã kết nối xong', '2024 Năm chuyển đổi số'])
      expect(rankRow({ text, offset: 0 })).toBeUndefined();
  });
});

describe('readRankTables', () => {
  it('reads the opening numbers under a ranking heading as ranks, a tie included', () => {
    const segs = lines('BẢNG XẾP HẠNG', 'CÁC BỘ, NGÀNH', '1 Bộ Tài chính', '2 Bộ Tư pháp', '3 Bộ Công an', '3 Ngân hàng Nhà nước');
    const cells = readRankTables(segs);
    expect([...cells.keys()]).toEqual([2, 3, 4, 5].map((k) => segs[k]!.offset));
    expect(cells.get(segs[5]!.offset)).toEqual({ unit: 'rank', kind: 'rank' });
  });

  it('reads a detailed table\'s scores as index values, two rows being enough when they carry scores', () => {
    const segs = lines('Thứ hạng chi tiết', 'Chỉ số', 'Hạ tầng', 'Chỉ số', 'Nhân lực', '1 Hà Giang 0.9120 0.5000', '2 TP. Huế 0.8010 0.4100');
    const cells = readRankTables(segs);
    expect(cells.get(segs[6]!.offset)).toEqual({ unit: 'rank', kind: 'rank' });
    expect(cells.get(at(segs, 5, '0.9120'))).toEqual({ unit: 'index', kind: 'index' });
    expect(cells.get(at(segs, 6, '0.4100'))).toEqual({ unit: 'index', kind: 'index' });
  });

  it('leaves a numbered list alone: no ranking heading, a prose line between, too few rows or ranks that fall', () => {
    expect(readRankTables(lines('Các đơn vị tham gia', '1 Sở Y tế', '2 Sở Nội vụ', '3 Sở Tài chính')).size).toBe(0);
    expect(readRankTables(lines('Xếp hạng năm nay', 'Năm 2024 có 63 tỉnh tham gia đánh giá.', '1 Hà Nội', '2 Bắc Ninh', '3 Lào Cai')).size).toBe(0);
    expect(readRankTables(lines('Xếp hạng', '1 Hà Nội', '2 Bắc Ninh')).size).toBe(0);
    expect(readRankTables(lines('Xếp hạng', '3 Hà Nội', '1 Bắc Ninh', '2 Lào Cai')).size).toBe(0);
  });
});

describe('asRankCell', () => {
  it('gives a number the reading of the cell at its offset, else keeps it', () => {
    const cells = new Map([[7, { unit: 'rank' as const, kind: 'rank' as const }]]);
    expect(asRankCell({ value: 1, unit: 'count' as const, kind: 'count' as const }, 7, cells)).toEqual({ value: 1, unit: 'rank', kind: 'rank' });
    expect(asRankCell({ value: 1, unit: 'count' as const, kind: 'count' as const }, 8, cells)).toEqual({ value: 1, unit: 'count', kind: 'count' });
  });
});
