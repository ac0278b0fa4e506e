/** A growth rate written as a label before a colon. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { isGrowthLabelBefore } from '../../../scripts/ingest/growth-label';
import { metricOf } from '../../support/metrics-of';

describe('isGrowthLabelBefore', () => {
  it.each(['- Tăng trưởng: ', 'Kinh tế số tăng trưởng: ', 'Tốc độ tăng trưởng bình quân: ', 'Mức tăng trưởng cả năm: khoảng ', 'Tăng trưởng : đạt '])('"%s" is a growth label', (before) => expect(isGrowthLabelBefore(before)).toBe(true));
  it.each(['Tỷ trọng: ', 'Tăng trưởng tỷ trọng: ', 'Quy mô: ', 'tăng trưởng mạnh, chiếm ', 'Tăng trưởng: từ 10% lên '])('"%s" is none', (before) => expect(isGrowthLabelBefore(before)).toBe(false));
});

describe('a growth label makes the percentage a growth rate', () => {
  it.each([
    ['Kinh tế số tăng trưởng: 20%.', '20%'],
    ['Thương mại điện tử // - Tốc độ tăng trưởng: 25%', '25%'],
    ['Doanh thu CNTT (tăng trưởng: 12%)', '12%'],
  ])('%s → %s', (s, n) => expect(metricOf(s, n, 2025).kind).toBe('growth'));
  it('a share after its own label stays a share', () => expect(metricOf('Kinh tế số // - Tỷ trọng trong GDP: 18%', '18%', 2025).kind).toBe('share'));
});
