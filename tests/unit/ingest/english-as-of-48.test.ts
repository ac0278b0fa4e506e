import { describe, expect, it } from 'vitest';
import { englishDates } from '../../../scripts/ingest/english-dates';
import { isPointDay } from '../../../scripts/ingest/period-point';
import { englishMetrics } from '../../support/metrics-of';

describe('an English cutoff day, "As of October 10, 2025, …" (round 48)', () => {
  it('is a point in time', () => {
    const s = 'As of October 10, 2025, more than 132.4 million customer records have been compared.';
    const d = englishDates(s).find((x) => x.precision === 'day');
    expect(d && isPointDay(s, d)).toBe(true);
    const by = 'By October 10, 2025, the bank must verify 100% of records.';
    expect(isPointDay(by, englishDates(by).find((x) => x.precision === 'day')!)).toBe(false); // a deadline, no cutoff
  });
  it("dates the next paragraph's stocks on an undated page", () => {
    const ms = englishMetrics(['As of October 10, 2025, more than 132.4 million customer records have been compared via chip-embedded ID cards.', 'The credit centre has cleaned about 57 million customer records.']);
    expect(ms.find((m) => m.value === 57000000)?.period).toMatchObject({ iso: '2025-10-10', precision: 'day' });
  });
});
