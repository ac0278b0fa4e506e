import { describe, expect, it } from 'vitest';
import { continuesSeries } from '../../../scripts/ingest/english-words';
import { englishMetrics } from '../../support/metrics-of';

describe('a change said once for two figures with a time tag between (round 48)', () => {
  it('steps on past "on-month", "on-year", "year-on-year"', () => {
    for (const between of [' on-month and ', ' on-year, ', ' year-on-year and ', ' month-on-month, and ']) expect(continuesSeries(between), between).toBe(true);
    expect(continuesSeries(' compared to June, but up ')).toBe(false);
  });
  it('gives the second figure the fall too', () => {
    const [fall, second] = englishMetrics(['Its state budget contribution was estimated at $362.2 million, falling by 3 per cent on-month and 16 per cent over the same period last year.'], 2023).filter((m) => m.unit === 'percent');
    expect(fall).toMatchObject({ value: -3, direction: 'down' });
    expect(second).toMatchObject({ value: -16, direction: 'down' });
  });
});
