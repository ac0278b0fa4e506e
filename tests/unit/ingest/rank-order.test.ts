/** rank-order.ts (session 43): an order of finishing, and the pillars of a national average. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { isFinishingOrder, pillarsOfNationalAverage } from '../../../scripts/ingest/rank-order';

const at = (s: string, n: string) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length });

describe('isFinishingOrder', () => {
  const s = 'Hà Tĩnh trở thành địa phương thứ 2 của cả nước hoàn thành việc thu nhận hồ sơ.';
  it('who finished second', () => expect(isFinishingOrder(s, at(s, '2'))).toBe(true));
  it('a place in a ranking', () => {
    const r = 'Năm 2023, Hà Tĩnh xếp thứ 20 cả nước về chuyển đổi số.';
    expect(isFinishingOrder(r, at(r, '20'))).toBe(false);
  });
});

describe('pillarsOfNationalAverage', () => {
  it.each([
    ['Cả ba trụ cột đều ghi nhận sự tăng trưởng: Chính quyền số 0,7582.', 'kết quả dti cấp tỉnh cho thấy, giá trị trung bình cả nước đạt 0,6961 điểm.', true],
    ['All three key pillars showed improvement.', 'at the provincial level, the dti averaged 0.6961.', true],
    ['Cả ba trụ cột đều tăng: chính quyền số 0,7820 điểm.', 'chỉ số dti của bắc ninh đạt 0,7012 điểm, cao hơn trung bình cả nước.', false],
    ['Cả ba trụ cột của Đà Nẵng đều dẫn đầu.', 'giá trị trung bình cả nước đạt 0,6520 điểm.', false],
  ])('%s', (sentence, previous, want) => expect(pillarsOfNationalAverage(sentence, previous)).toBe(want));
});
