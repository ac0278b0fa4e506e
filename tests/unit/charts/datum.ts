import type { ChartDatum } from '../../../src/components/charts/datum';

/** A chart datum with defaults, for tests. */
export function datum(over: Partial<ChartDatum> = {}): ChartDatum {
  return { key: 'k', label: 'L', period: '2024', year: 2024, value: 1, unit: 'count', status: 'actual', text: '1', highlight: true, ...over };
}
