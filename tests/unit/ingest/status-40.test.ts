/**
 * Round 40: a year the lead of a bracketed `;`-list has already reached is no deadline ("… thì đến năm 2016 tỷ lệ này đã lên
 * 20,2% … (2017 là 31,6%; 2018 là 42,3%)"): the list's later items are results, not goals. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';
import { inTargetFrame } from '../../../scripts/ingest/status';

const REACHED = 'Nếu như năm 2014, tỷ lệ hồ sơ trực tuyến chỉ là 8,1% thì đến năm 2016 tỷ lệ này đã lên 20,2% và từ đó không ngừng tăng (2017 là 31,6%; 2018 là 42,3%).';

describe('a year reached in a list\'s lead is no deadline', () => {
  it('the later items of the bracketed list are results of their years', () => {
    expect(claimOf(REACHED, '42,3%')).toMatchObject({ status: 'actual', period: '2018' });
    const exports = 'Năm 2014, xuất khẩu điện tử, máy tính và linh kiện chỉ chiếm 8,1% tổng kim ngạch xuất khẩu, đến năm 2016 tỷ trọng đã lên 10,2% và từ đó luôn ở mức trên 10% (2017 chiếm 11,6%; 2018 chiếm 12,3%).';
    expect(claimOf(exports, '12,3%')).toMatchObject({ status: 'actual', period: '2018' });
  });
  it('the frame is read so only when its lead reports the year done', () => {
    const lower = REACHED.toLowerCase();
    expect(inTargetFrame(lower, lower.indexOf('42,3%'))).toBe(false);
    const goal = 'đến năm 2030 tỷ lệ này phải lên 90% (2026 là 60%; 2027 là 70%).';
    expect(inTargetFrame(goal, goal.indexOf('70%'))).toBe(true);
  });
});

describe('a rank a move starts from, with a verb before "lên"', () => {
  it('"từ vị trí 31 tiến lên vị trí thứ 12" starts from a baseline', () => {
    const s = 'Năm 2023, tỉnh Hà Giang từ vị trí 31 tiến lên vị trí thứ 12 trong 63 tỉnh, thành.';
    expect(claimOf(s, '31', 2024)).toMatchObject({ status: 'baseline' });
    expect(claimOf(s, '12', 2024)).toMatchObject({ status: 'actual', period: '2023' });
  });
});
