import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { CHART_WIDTH, type ChartDatum, type RowMark, stackRows } from '../datum';
import { textWidth } from '../labels';

/** One bar of a bar chart, placed. */
export interface BarMark extends RowMark {
  /** Top and height of the bar. */
  y: number;
  h: number;
  /** Left edge and width of the bar (from zero to the value). */
  x: number;
  w: number;
  /** Left edge and width of the range beyond the value ("8–10%"), if any. */
  range?: { x: number; w: number };
  /** Where the value label starts. */
  textX: number;
}

export interface BarsGeometry {
  width: number;
  height: number;
  /** Vertical grid lines and their labels at the foot of the chart. */
  ticks: { x: number; label: string }[];
  /** x of the zero line. */
  zero: number;
  /** Top and bottom of the plotting area (for the grid). */
  top: number;
  bottom: number;
  bars: BarMark[];
}

const BAR = 20;

/** Horizontal bars on one linear axis that starts at zero: a label line above each bar, the value
 * at its end. Targets keep their own class (drawn as outlines), never mixed with results. */
export function barsGeometry(data: ChartDatum[], format: (v: number) => string, width = CHART_WIDTH, font = 13): BarsGeometry {
  const widest = Math.max(0, ...data.map((d) => textWidth(d.text, font)));
  const margin = { top: 8, right: Math.min(widest + 12, width * 0.45), bottom: font * 2.2, left: 8 };
  const hi = max(data, (d) => Math.max(d.value, d.valueMax ?? d.value)) ?? 1;
  const lo = Math.min(0, min(data, (d) => d.value) ?? 0);
  const x = scaleLinear().domain([lo, hi > lo ? hi : lo + 1]).range([margin.left, width - margin.right]).nice(4);
  const stack = stackRows(data, margin.top, BAR + 14, font, width - 16);
  const height = stack.bottom + margin.bottom;
  const zero = x(0);
  const bars = data.map((d, i): BarMark => {
    const row = stack.rows[i]!;
    const end = x(d.value);
    const left = Math.min(zero, end);
    const w = Math.abs(end - zero);
    const rangeEnd = d.valueMax !== undefined ? x(d.valueMax) : undefined;
    return {
      ...row,
      y: row.bodyY,
      h: BAR,
      x: left,
      w: Math.max(w, 1),
      ...(rangeEnd !== undefined ? { range: { x: end, w: Math.max(rangeEnd - end, 1) } } : {}),
      textX: Math.max(end, rangeEnd ?? end) + 6,
    };
  });
  return {
    width, height, zero, top: margin.top, bottom: height - margin.bottom,
    ticks: evenTicks(x, format, font),
    bars,
  };
}

/** The most ticks (at most 5) whose labels all fit without touching: evenly spaced, never thinned unevenly. */
export function evenTicks(x: { ticks(n: number): number[]; (v: number): number }, format: (v: number) => string, font: number): { x: number; label: string }[] {
  let ticks: { x: number; label: string }[] = [];
  for (const n of [5, 4, 3, 2, 1]) {
    ticks = x.ticks(n).map((v) => ({ x: x(v), label: format(v) }));
    if (spacedTicks(ticks, font).length === ticks.length) return ticks;
  }
  return spacedTicks(ticks, font);
}

/** Ticks whose centred labels do not touch (left to right, always keeping zero's). */
export function spacedTicks(ticks: { x: number; label: string }[], font: number): { x: number; label: string }[] {
  const kept: { x: number; label: string }[] = [];
  for (const t of ticks) {
    const prev = kept.at(-1);
    if (!prev || t.x - textWidth(t.label, font) / 2 > prev.x + textWidth(prev.label, font) / 2 + font) kept.push(t);
  }
  return kept;
}
