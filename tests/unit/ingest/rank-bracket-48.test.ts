import { describe, expect, it } from 'vitest';
import { isMoveBracketRank } from '../../../scripts/ingest/number-rank';
import { metricOf } from '../../support/metrics-of';

describe("the ranks a move's bracket goes between (round 48)", () => {
  it('are ranks, from and to', () => {
    expect(isMoveBracketRank('thể chế số tăng 5 bậc (từ ')).toBe(true);
    expect(isMoveBracketRank('lùi 5 bậc (từ 1 xuống ')).toBe(true);
    expect(isMoveBracketRank('tăng 2 bậc (từ vị trí 9 lên ')).toBe(true);
    expect(isMoveBracketRank('tăng từ ')).toBe(false);
    const s = 'Hoạt động kinh tế số đạt 0,7262 điểm, lùi 5 bậc (từ 1 xuống 6) so với năm 2022.';
    expect(metricOf(s, '6', 2023)).toMatchObject({ unit: 'rank', value: 6 });
    expect(metricOf('Thể chế số tăng 5 bậc (từ 6 lên 1).', '6', 2023)).toMatchObject({ unit: 'rank', status: 'baseline' });
  });
  it('not counts after a rise of another kind', () => {
    expect(metricOf('Số doanh nghiệp tăng 20% (từ 5 lên 6 nghìn).', '5', 2023).unit).not.toBe('rank');
  });
});
