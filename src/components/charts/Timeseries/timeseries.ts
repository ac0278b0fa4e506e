import { extent, max, min } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { Status, Unit } from '../../../schemas/metric';

/** One value to plot. */
export interface SeriesPoint {
  /** ISO-like date of the value. */
  iso: string;
  value: number;
  status: Status;
  /** Formatted value, shown next to the mark. */
  label: string;
  /** Link to the source sentence. */
  href: string;
  title: string;
}

export interface TimeseriesGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** Path through the actual values; missing years break it (a gap, never a zero). */
  path: string;
  marks: (SeriesPoint & { x: number; y: number })[];
}

/** The points with a null between two that are more than a year apart, so the line breaks there. */
export function withGaps(points: SeriesPoint[]): (SeriesPoint | null)[] {
  return points.flatMap((p, i) => (i > 0 && Number(p.iso.slice(0, 4)) - Number(points[i - 1]!.iso.slice(0, 4)) > 1 ? [null, p] : [p]));
}

const toDate = (iso: string) => new Date(`${(iso + '-01-01').slice(0, 10)}T00:00:00Z`);

/** Scales, ticks, path and marks for values over time. Ranks run top-down (1 is best). */
export function timeseriesGeometry(points: SeriesPoint[], unit: Unit, fmt: (v: number) => string, width = 640, height = 260): TimeseriesGeometry {
  const margin = { top: 24, right: 24, bottom: 32, left: 56 };
  const sorted = [...points].sort((a, b) => a.iso.localeCompare(b.iso));
  const dates = sorted.map((p) => toDate(p.iso));
  const [d0, d1] = extent(dates) as [Date, Date];
  const y0 = new Date(Date.UTC((d0?.getUTCFullYear() ?? 2022), 0, 1));
  const y1 = new Date(Date.UTC((d1?.getUTCFullYear() ?? 2025) + 1, 0, 1));
  const x = scaleUtc().domain([y0, y1]).range([margin.left, width - margin.right]);
  const values = sorted.map((p) => p.value);
  const lo = unit === 'rank' ? 1 : Math.min(0, min(values) ?? 0);
  const hi = (max(values) ?? 1) * (unit === 'rank' ? 1.1 : 1.15) || 1;
  const y = scaleLinear().domain(unit === 'rank' ? [lo, hi] : [lo, unit === 'percent' ? Math.max(hi, Math.min(100, hi)) : hi])
    .range(unit === 'rank' ? [margin.top, height - margin.bottom] : [height - margin.bottom, margin.top]).nice();
  const years: number[] = [];
  for (let yr = y0.getUTCFullYear(); yr < y1.getUTCFullYear(); yr++) years.push(yr);
  const actual = sorted.filter((p) => p.status === 'actual');
  const gen = line<SeriesPoint | null>()
    .defined((p) => p !== null)
    .x((p) => x(toDate(p!.iso)))
    .y((p) => y(p!.value));
  return {
    width, height, margin,
    xTicks: years.map((yr) => ({ x: x(new Date(Date.UTC(yr, 6, 1))), label: String(yr) })),
    yTicks: y.ticks(4).map((v) => ({ y: y(v), label: fmt(v) })),
    path: actual.length > 1 ? gen(withGaps(actual)) ?? '' : '',
    marks: sorted.map((p) => ({ ...p, x: x(toDate(p.iso)), y: y(p.value) })),
  };
}
