/** Round 28a: a small fraction said as a proportion is a share (or a multiplier), a fraction of units a count (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { isAbovePlanCount, readFraction } from '../../../scripts/ingest/number-fraction';
import { findNumbers } from '../../../scripts/ingest/numbers';

const found = (s: string) => findNumbers(s).map((n) => `${n.text} ${n.value} ${n.unit}`);

describe('readFraction', () => {
  it.each([
    ['chiếm ', 1, 3, ' lượng khách', 33.33, 'percent'], ['', 2, 3, ' tổng số hộ', 66.67, 'percent'], ['', 1, 4, ' dân số cả nước', 25, 'percent'],
    ['chiếm khoảng ', 3, 4, ' thị phần', 75, 'percent'], ['bằng ', 1, 2, ' năm trước', 0.5, 'times'], ['giảm còn khoảng ', 1, 5, ' so với', 0.2, 'times'],
  ])('%j %d/%d %j reads %d %s', (before, a, b, after, value, unit) => {
    expect(readFraction(before, a, b, after)).toEqual({ value, unit });
  });
  it.each([
    ['', 4, 5, ' tỉnh dẫn đầu'], ['xếp ', 21, 63, ' tỉnh'], ['chiếm ', 3, 2, ' tổng'], ['', 12, 15, ' tổng số'], ['có ', 2, 3, ' huyện'],
  ])('%j %d/%d %j is no proportion', (before, a, b, after) => {
    expect(readFraction(before, a, b, after)).toBeNull();
  });
});

describe('findNumbers reads a proportion as a share and keeps a count of a total', () => {
  it.each([
    ['Thanh toán QR chiếm gần 2/3 tổng giao dịch; 3/4 huyện đã có mạng 5G', ['2/3 66.67 percent', '3/4 3 count']],
    ['Bán lẻ trực tuyến chiếm 3/4 thị trường bán lẻ số.', ['3/4 75 percent']],
    ['Khoảng 1/4 dân số đã dùng ví điện tử.', ['1/4 25 percent']],
    ['Sau 5 năm, số vụ lừa đảo giảm còn khoảng 1/4.', ['1/4 0.25 times']],
    ['Có 7/10 xã đã phủ cáp quang.', ['7/10 7 count']],
  ])('%j', (s, want) => expect(found(s)).toEqual(want));
});

describe('round 45: a count above its plan (isAbovePlanCount)', () => {
  const texts = (s: string) => findNumbers(s).map((n) => [n.text, n.value, n.total]);
  it('both written with thousands groups, the whole no year', () => {
    expect(isAbovePlanCount('412.006', 300518)).toBe(true);
    expect(isAbovePlanCount('72', 2013)).toBe(false);
    expect(isAbovePlanCount('1.234', 2020)).toBe(false);
    expect(isAbovePlanCount('436', 319)).toBe(false);
  });
  it('read as a count of its whole', () => {
    expect(texts('Tỉnh đã tiếp nhận 412.006/300.518 hồ sơ, đạt 137,1% kế hoạch.')).toEqual([['412.006/300.518', 412006, 300518], ['137,1%', 137.1, undefined]]);
    expect(texts('Theo Nghị định 72/2013 và Thông tư 1.234/2020, …')).toEqual([]);
  });
});
