/** Round 21 number forms: a group's size followed by the whole country is a top-N rank bound. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const first = (s: string) => findNumbers(s).map((m) => [m.value, m.unit])[0];

describe('round 21 number forms', () => {
  it.each([
    ['Tỉnh quyết tâm đưa chỉ số DTI năm 2026 vào nhóm 15 của cả nước.', 15],
    ['Thành phố phấn đấu thuộc nhóm 10 toàn quốc về chỉ số PAPI.', 10],
    ['Huyện phấn đấu đứng trong nhóm 5 cả nước về cải cách hành chính.', 5],
  ])('a top group of the whole country is a rank: %s', (s, v) => expect(first(s)).toEqual([v, 'rank']));

  it('a group of firms surveyed nationwide stays a count', () =>
    expect(first('Công ty nằm trong nhóm 5 doanh nghiệp được khảo sát trên toàn quốc.')).toEqual([5, 'count']));
});
