import { describe, expect, it } from 'vitest';
import { continuesGoalList } from '../../../scripts/ingest/period-carry';

describe('a figure of a part of the year after the year\'s goal', () => {
  const t = { metric: { status: 'target' as const, period: { iso: '2025', precision: 'year' as const } } };
  it('is the part\'s result when the part ends before the year', () => {
    for (const period of [
      { iso: '2025-03', precision: 'month' as const },
      { iso: '2025-04', precision: 'quarter' as const },
      { iso: '2025-01', precision: 'half' as const },
    ]) expect(continuesGoalList('Số thuê bao cáp quang đạt ', [t], [t], period), period.iso).toBe(false);
  });
  it('still goes on with the list at the year\'s end', () => {
    for (const period of [
      { iso: '2025-12', precision: 'month' as const },
      { iso: '2025-10', precision: 'quarter' as const },
      { iso: '2025-07', precision: 'half' as const },
      { iso: '2025', precision: 'year' as const },
    ]) expect(continuesGoalList('Số thuê bao cáp quang đạt ', [t], [t], period), period.iso).toBe(true);
  });
});
