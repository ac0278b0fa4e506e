import { describe, expect, it } from 'vitest';
import { scoreTableRows } from '../../../scripts/ingest/score-table';
import { englishMetrics } from '../../support/metrics-of';

/** The paragraphs as segments, one after the other. */
function segments(paragraphs: string[]) {
  let offset = 0;
  return paragraphs.map((text) => { const s = { text, offset }; offset += text.length + 2; return s; });
}

const TABLE = [
  'Tổng hợp các nhóm chỉ số của tỉnh đạt 72,57 điểm; xếp hạng thứ 40/63 tỉnh, thành phố.',
  'TT Nhóm chỉ số Điểm tối đa Điểm trung bình chung cả nước Điểm đạt được Ghi chú (điểm so với cùng kỳ: tăng +; giảm -)',
  '1 Công khai, minh bạch 18 10,6 10,2 -1,2',
  '4 Thanh toán trực tuyến 10 6,0 8,1 +2,9',
  'Tổng cộng 100 71,8 72,6 +8,5',
  'Hệ thống có 5 phần mềm chưa đồng bộ.',
];

describe('a flattened score table (round 48)', () => {
  it('finds its rows under a header naming points', () => {
    const rows = scoreTableRows(segments(TABLE));
    expect(rows.map((r) => r.text)).toEqual(TABLE.slice(2, 5));
    expect(rows.every((r) => r.maxFirst)).toBe(true);
    expect(scoreTableRows(segments(['Kết quả như sau:', '1 Công khai, minh bạch 18 10,6 10,2 -1,2']))).toEqual([]); // no header of points
  });
  it('reads each row\'s cells as points, without its place or the maximum', () => {
    const metrics = englishMetrics(TABLE, 2024, false); // read as a Vietnamese page
    const cells = metrics.filter((m) => m.offset > TABLE[0]!.length + TABLE[1]!.length);
    expect(cells.map((m) => [m.value, m.unit])).toEqual([[10.6, 'points'], [10.2, 'points'], [-1.2, 'points'], [6, 'points'], [8.1, 'points'], [2.9, 'points'], [71.8, 'points'], [72.6, 'points'], [8.5, 'points'], [5, 'count']]);
    expect(cells.some((m) => m.indicator)).toBe(false);
  });
});
