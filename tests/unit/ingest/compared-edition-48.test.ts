import { describe, expect, it } from 'vitest';
import { editionYear } from '../../../scripts/ingest/period-carry';
import { metricOf } from '../../support/metrics-of';

describe("a ranking's earlier edition compared with (round 48)", () => {
  const s = 'Vĩnh Long xếp hạng 32/63, tăng 20 bậc so với DTI 2020 (52/63), trong đó chỉ số an toàn thông tin mạng xếp thứ 8/63.';
  it('gives its bracketed value as the baseline of that year', () => {
    expect(metricOf(s, '52/63', 2022)).toMatchObject({ status: 'baseline', period: { iso: '2020', precision: 'year' } });
    expect(metricOf('Tỉnh xếp thứ 12 về GII, tăng 3 bậc so với GII 2022 (15).', '15', 2024)).toMatchObject({ status: 'baseline', period: { iso: '2022' } });
  });
  it('is no edition the page reports, which dates its ranks', () => {
    expect(editionYear(s)).toBeUndefined();
    expect(editionYear('Theo Báo cáo DTI 2021, tỉnh xếp thứ 32/63, tăng 20 bậc so với DTI 2020 (52/63).')).toBe('2021');
    expect(metricOf(s, '32/63', 2022).status).toBe('actual');
  });
});
