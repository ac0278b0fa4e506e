import { describe, expect, it } from 'vitest';
import { setPeriod } from '../../../scripts/ingest/period-set';

const year = { iso: '2024', precision: 'year' as const };

describe('setPeriod: a period given by a page-level rule', () => {
  it('sets the period, drops "no-period" and makes the metric high confidence when nothing else is wrong', () => {
    const m = { period: undefined, reasons: ['no-period'], confidence: 'low' as const };
    setPeriod(m, year);
    expect(m).toEqual({ period: year, reasons: [], confidence: 'high' });
  });

  it('keeps the metric low confidence for its other reasons', () => {
    const m = { period: undefined, reasons: ['no-period', 'indicator-tie'], confidence: 'low' as const };
    setPeriod(m, year);
    expect(m).toEqual({ period: year, reasons: ['indicator-tie'], confidence: 'low' });
  });
});
