import { max, min, range } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { CHART_WIDTH, type ChartDatum, markBase, type MarkBase } from '../datum';

/** One value placed on the time axis: a column (values) or a dot (ranks). */
export interface YearMark extends MarkBase {
  year: number;
  /** Column: left edge, top, width, height. Dot: centre (cx = x + w/2, cy = y). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Top of the range beyond the value ("8–10%"), as y and height, if any. */
  range?: { y: number; h: number };
  /** Anchor of the value label (middle of the column, above it). */
  textX: number;
  textY: number;
}

export interface YearsGeometry {
  width: number;
  height: number;
  /** Whether values are ranks (dots on a reversed axis, 1 at the top) or columns from zero. */
  ranks: boolean;
  top: number;
  bottom: number;
  left: number;
  right: number;
  xTicks: { x: number; year: number; missing: boolean }[];
  yTicks: { y: number; label: string }[];
  marks: YearMark[];
  /** Line through ranks of consecutive years; a missing year breaks it (a gap, never a zero). */
  path: string;
}

/** One measure by year, every year from the first to the last shown, missing years left empty.
 * Values are columns from zero; ranks are dots on a reversed axis joined only across adjacent years. */
export function yearsGeometry(input: ChartDatum[], format: (v: number) => string, width = CHART_WIDTH, height = 260): YearsGeometry {
  const margin = { top: 28, right: 8, bottom: 38, left: 56 };
  const data = spreadYears(input);
  const ranks = data.length > 0 && data.every((d) => d.unit === 'rank');
  const y0 = min(data, (d) => d.year) ?? 0;
  const y1 = max(data, (d) => d.year) ?? y0;
  const years = range(y0, y1 + 1);
  const x = scaleBand<number>().domain(years).range([margin.left, width - margin.right]).paddingInner(0.3).paddingOuter(0.15);
  const hi = max(data, (d) => Math.max(d.value, d.valueMax ?? d.value)) ?? 1;
  const lo = Math.min(0, min(data, (d) => d.value) ?? 0);
  const y = ranks
    ? scaleLinear().domain([1, Math.max(hi, 2)]).range([margin.top, height - margin.bottom]).nice(4)
    : scaleLinear().domain([lo, hi > lo ? hi : lo + 1]).range([height - margin.bottom, margin.top]).nice(4);
  const perYear = new Map<number, ChartDatum[]>();
  for (const d of data) perYear.set(d.year, [...(perYear.get(d.year) ?? []), d]);
  const marks = data.map((d): YearMark => {
    const group = perYear.get(d.year)!;
    const slot = x.bandwidth() / group.length;
    const left = x(d.year)! + slot * group.indexOf(d);
    const w = Math.max(slot - (group.length > 1 ? 4 : 0), 2);
    const base = { ...markBase(d), year: d.year };
    if (ranks) return { ...base, x: left, w, y: y(d.value), h: 0, textX: left + w / 2, textY: y(d.value) - 12 };
    const top = y(Math.max(d.value, 0));
    const h = Math.abs(y(d.value) - y(0));
    const range = d.valueMax !== undefined ? { y: y(d.valueMax), h: Math.max(y(d.value) - y(d.valueMax), 1) } : undefined;
    return { ...base, x: left, w, y: top, h: Math.max(h, 1), ...(range ? { range } : {}), textX: left + w / 2, textY: (range?.y ?? top) - 6 };
  });
  const gen = line<YearMark>().x((m) => m.x + m.w / 2).y((m) => m.y);
  const path = ranks ? runsOfYears(marks.filter((m) => m.status === 'actual')).filter((run) => run.length > 1).map((run) => gen(run) ?? '').join('') : '';
  return {
    width, height, ranks, top: margin.top, bottom: height - margin.bottom, left: margin.left, right: width - margin.right,
    xTicks: years.map((yr) => ({ x: x(yr)! + x.bandwidth() / 2, year: yr, missing: !perYear.has(yr) })),
    yTicks: y.ticks(4).filter((v) => !ranks || Number.isInteger(v)).map((v) => ({ y: y(v), label: format(v) })),
    marks,
    path,
  };
}

/** A value that holds for several years ("2022, 2023") becomes one datum per year. */
export function spreadYears(data: ChartDatum[]): ChartDatum[] {
  return data.flatMap((d) => range(d.year, Math.max(d.yearEnd ?? d.year, d.year) + 1).map((year) => ({ ...d, year })));
}

/** Marks split into runs of adjacent years (one mark per year, the first given), oldest first:
 * a line is drawn within a run, never across a missing year. */
export function runsOfYears<T extends { year: number }>(marks: T[]): T[][] {
  const byYear = new Map<number, T>();
  for (const m of marks) if (!byYear.has(m.year)) byYear.set(m.year, m);
  const sorted = [...byYear.values()].sort((a, b) => a.year - b.year);
  const runs: T[][] = [];
  for (const m of sorted) {
    const run = runs.at(-1);
    if (run && m.year - run.at(-1)!.year === 1) run.push(m);
    else runs.push([m]);
  }
  return runs;
}
