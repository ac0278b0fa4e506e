/** Round 67 (session 48, after set LJ's first read): a ranks list whose `;`-items name a measure, then a dash and its place ("Nhận thức số
 *  - xếp thứ 36; Thể chế số - 57; …") gives ranks, not counts. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const rows = (text: string) => metricsOf([text], 2021).map((m) => `${m.text} ${m.unit}`);

describe('a ranks list of named items', () => {
  it('reads every item after the first rank as a rank', () =>
    expect(rows('Xếp hạng theo từng chỉ số chính lần lượt là: Nhận thức số - xếp thứ 36; Thể chế số - 57; Hạ tầng số - 24; Hoạt động xã hội số - 50.'))
      .toEqual(['36 rank', '57 rank', '24 rank', '50 rank']));
  it.each([
    ['Chỉ số DTI của tỉnh xếp thứ 12; Thành phố Lào Cai - 17 phường, xã đã triển khai thanh toán không dùng tiền mặt.', ['12 rank', '17 count']],
    ['Chỉ số DTI của tỉnh xếp thứ 20; Số xã hoàn thành - 45; Tổng số trạm BTS - 850.', ['20 rank', '45 count', '850 count']],
  ])('a count after a rank stays a count (reviews): %s', (text, want) => expect(rows(text)).toEqual(want));
});
