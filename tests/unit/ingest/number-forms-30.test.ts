/** Round 30a number forms: counts of times, padded too. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const first = (s: string, text: string) => findNumbers(s).find((n) => n.text === text);

describe('counts of times: occasions, not a multiple', () => {
  it.each([
    ['Trong 06 lần tham gia giải đấu từ năm 2010, đội đã 04 lần giành huy chương.', '06 lần', 6],
    ['Trong 06 lần tham gia giải đấu từ năm 2010, đội đã 04 lần giành huy chương.', '04 lần', 4],
    ['Câu lạc bộ đã 3 lần đoạt cúp, 05 lần giải Nhì.', '3 lần', 3],
    ['Câu lạc bộ đã 3 lần đoạt cúp, 05 lần giải Nhì.', '05 lần', 5],
    ['Qua 7 lần tham dự, trường từng 2 lần lọt vào chung kết.', '2 lần', 2],
  ])('%s → %s', (s, text, value) => expect(first(s, text)).toMatchObject({ unit: 'count', value }));
  it.each([
    ['Doanh thu năm nay gấp 3 lần giải ngân năm trước.', '3 lần'],
    ['Số thuê bao tăng 2 lần đạt mức cao nhất.', '2 lần'],
  ])('a comparison stays a multiple: %s', (s, text) => expect(first(s, text)?.unit).toBe('times'));
  it('a padded "lần" with no occasion after it is still no count', () =>
    expect(findNumbers('Mỗi năm kiểm tra 02 lần, mỗi lần một tuần.').find((n) => n.value === 2)).toBeUndefined());
});
