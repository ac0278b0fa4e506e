import { describe, expect, it } from 'vitest';
import { clearPeriod, setPeriod, yearPeriod } from '../../../scripts/ingest/period-set';

describe('period-set', () => {
  it('yearPeriod: a whole year, written as the year', () => {
    expect(yearPeriod(2025)).toEqual({ iso: '2025', precision: 'year', text: '2025' });
    expect(yearPeriod('2030')).toEqual({ iso: '2030', precision: 'year', text: '2030' });
  });
  it('setPeriod drops the no-period reason and lifts the confidence when no reason is left', () => {
    const m = { reasons: ['no-period'], confidence: 'low' as const } as Parameters<typeof setPeriod>[0];
    setPeriod(m, yearPeriod(2024));
    expect(m).toMatchObject({ period: { iso: '2024' }, reasons: [], confidence: 'high' });
  });
  it('clearPeriod takes the period off, flags it when asked, and the confidence follows', () => {
    const flagged = { period: yearPeriod(2023), reasons: [], confidence: 'high' as const } as Parameters<typeof clearPeriod>[0];
    clearPeriod(flagged, true);
    expect(flagged).toEqual({ reasons: ['no-period'], confidence: 'low' });
    clearPeriod(flagged, true);
    expect(flagged.reasons).toEqual(['no-period']);
    const quiet = { period: yearPeriod(2023), reasons: [], confidence: 'high' as const } as Parameters<typeof clearPeriod>[0];
    clearPeriod(quiet, false);
    expect(quiet).toEqual({ reasons: [], confidence: 'high' });
  });
});
