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

describe('rankRow', () => {
  it('reads a position, a name and how many scores follow it', () => {
    expect(rankRow({ text: '3 Tỉnh Bắc Kạn 0.7211 0,6540 81', offset: 10 })).toEqual({ rank: 3, offset: 10, scores: 3 });
    expect(rankRow({ text: '15 Yên Bái', offset: 0 })).toEqual({ rank: 15, offset: 0, scores: 0 });
  });

  it('is no row for a sentence, a lower-case phrase or a long name', () => {
    for (const text of ['2 doanh nghiệp đạt chuẩn', '5 Sở, ngành đã triển khai', '12 Trung tâm phục vụ hành chính công của tỉnh đã kết nối xong', '2024 Năm chuyển đổi số'])
      expect(rankRow({ text, offset: 0 })).toBeUndefined();
  });
});

describe('readRankTables', () => {
  it('reads the opening numbers under a ranking heading as ranks, a tie included', () => {
    const segs = lines('BẢNG XẾP HẠNG', 'CÁC BỘ, NGÀNH', '1 Bộ Tài chính', '2 Bộ Tư pháp', '3 Bộ Công an', '3 Ngân hàng Nhà nước');
    expect([...readRankTables(segs)]).toEqual([2, 3, 4, 5].map((k) => segs[k]!.offset));
  });

  it('reads a detailed table\'s ranks, two rows being enough when they carry scores (the scores are left to isScoreRowCell)', () => {
    const segs = lines('Thứ hạng chi tiết', 'Chỉ số', 'Hạ tầng', 'Chỉ số', 'Nhân lực', '1 Hà Giang 0.9120 0.5000', '2 TP. Huế 0.8010 0.4100');
    expect([...readRankTables(segs)]).toEqual([segs[5]!.offset, segs[6]!.offset]);
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
    const ranks = new Set([7]);
    expect(asRankCell({ value: 1, unit: 'count' as const, kind: 'count' as const }, 7, ranks)).toEqual({ value: 1, unit: 'rank', kind: 'rank' });
    expect(asRankCell({ value: 1, unit: 'count' as const, kind: 'count' as const }, 8, ranks)).toEqual({ value: 1, unit: 'count', kind: 'count' });
  });
});
