import { max, min, range } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import { CHART_WIDTH, type ChartDatum, markBase, type MarkBase } from '../datum';
import { placeLabels, textWidth, thinTicks, wrapText } from '../labels';

/** One value placed on the time axis: a column (values) or a dot (ranks). */
export interface YearMark extends MarkBase {
  year: number;
  /** Length of the value's period (a line joins only values of one length and one label). */
  precision?: string;
  /** The period, wrapped to the column's width, when it is not just the year. */
  periodLines: string[];
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
  /** The value label fits without overlapping another (else the tooltip and table give it). */
  showText: boolean;
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
  /** Every year; `label` is false for years whose label is thinned out to avoid overlaps. */
  xTicks: { x: number; year: number; missing: boolean; label: boolean }[];
  /** Distance between the centres of two years. */
  step: number;
  /** Baseline of the year labels; period lines follow, `lineHeight` apart. */
  yearY: number;
  lineHeight: number;
  yTicks: { y: number; label: string }[];
  marks: YearMark[];
  /** Line through ranks of consecutive years; a missing year breaks it (a gap, never a zero). */
  path: string;
}

/** One measure by year, every year from the first to the last shown, missing years left empty.
 * Values are columns from zero; ranks are dots on a reversed axis joined only across adjacent years. */
export function yearsGeometry(input: ChartDatum[], format: (v: number) => string, width = CHART_WIDTH, height = 260, font = 13): YearsGeometry {
  const data = spreadYears(input);
  const ranks = data.length > 0 && data.every((d) => d.unit === 'rank');
  const y0 = min(data, (d) => d.year) ?? 0;
  const y1 = max(data, (d) => d.year) ?? y0;
  const years = range(y0, y1 + 1);
  // A value of another period length than its year ("6 tháng đầu năm 2024") keeps its period, wrapped under the year.
  const periodLines = (d: ChartDatum & { spread?: boolean }) => (d.period !== String(d.year) && !d.spread ? wrapText(d.period, font, Math.max((width - 60) / years.length, font * 5)) : []);
  const extra = max(data, (d) => periodLines(d).length) ?? 0;
  const line = font * 1.25;
  const margin = { top: 28, right: 8, bottom: 12 + line * (1 + extra), left: 8 };
  const hi = max(data, (d) => Math.max(d.value, d.valueMax ?? d.value)) ?? 1;
  const lo = Math.min(0, min(data, (d) => d.value) ?? 0);
  const y = ranks
    ? scaleLinear().domain([1, Math.max(hi, 2)]).range([margin.top, height - margin.bottom]).nice(4)
    : scaleLinear().domain([lo, hi > lo ? hi : lo + 1]).range([height - margin.bottom, margin.top]).nice(4);
  const yTicks = y.ticks(4).filter((v) => !ranks || Number.isInteger(v)).map((v) => ({ y: y(v), label: format(v) }));
  margin.left = (max(yTicks, (t) => textWidth(t.label, font)) ?? 0) + 12;
  const x = scaleBand<number>().domain(years).range([margin.left, width - margin.right]).paddingInner(0.3).paddingOuter(0.15);
  const perYear = new Map<number, ChartDatum[]>();
  for (const d of data) perYear.set(d.year, [...(perYear.get(d.year) ?? []), d]);
  const marks = data.map((d): YearMark => {
    const group = perYear.get(d.year)!;
    const slot = x.bandwidth() / group.length;
    const left = x(d.year)! + slot * group.indexOf(d);
    const w = Math.max(slot - (group.length > 1 ? 4 : 0), 2);
    const base = { ...markBase(d), year: d.year, periodLines: periodLines(d), ...(d.precision ? { precision: d.precision } : {}) };
    if (ranks) return { ...base, x: left, w, y: y(d.value), h: 0, textX: left + w / 2, textY: y(d.value) - 12, showText: true };
    const top = y(Math.max(d.value, 0));
    const h = Math.abs(y(d.value) - y(0));
    const range = d.valueMax !== undefined ? { y: y(d.valueMax), h: Math.max(y(d.value) - y(d.valueMax), 1) } : undefined;
    return { ...base, x: left, w, y: top, h: Math.max(h, 1), ...(range ? { range } : {}), textX: left + w / 2, textY: (range?.y ?? top) - 6, showText: true };
  });
  const placed = placeLabels(marks.map((m, i) => ({ text: m.text, x: m.textX, y: m.textY + 6, priority: (m.highlight ? 2 : 0) + i / marks.length })), font, { x: margin.left, y: 0, w: width - margin.left, h: height - margin.bottom });
  const shown = new Map(placed.map((p) => [p.index, p]));
  marks.forEach((m, i) => {
    const p = shown.get(i);
    m.showText = p !== undefined;
    if (p) { m.textX = p.x; m.textY = p.y; }
  });
  const gen = d3line<YearMark>().x((m) => m.x + m.w / 2).y((m) => m.y);
  const series = new Map<string, YearMark[]>();
  for (const m of marks) if (m.status === 'actual') series.set(`${m.label}|${m.precision ?? ''}`, [...(series.get(`${m.label}|${m.precision ?? ''}`) ?? []), m]);
  const path = ranks ? [...series.values()].flatMap((s) => runsOfYears(s)).filter((run) => run.length > 1).map((run) => gen(run) ?? '').join('') : '';
  const labelled = new Set(thinTicks(years.map((yr) => ({ x: x(yr)!, yr })), textWidth('2024', font), font).map((t) => t.yr));
  return {
    width, height, ranks, top: margin.top, bottom: height - margin.bottom, left: margin.left, right: width - margin.right,
    xTicks: years.map((yr) => ({ x: x(yr)! + x.bandwidth() / 2, year: yr, missing: !perYear.has(yr), label: labelled.has(yr) })),
    yTicks,
    step: x.step(),
    yearY: height - margin.bottom + line + 2,
    lineHeight: line,
    marks,
    path,
  };
}

/** A value that holds for several years ("2022, 2023") becomes one datum per year. */
export function spreadYears(data: ChartDatum[]): (ChartDatum & { spread?: boolean })[] {
  return data.flatMap((d) => range(d.year, Math.max(d.yearEnd ?? d.year, d.year) + 1).map((year) => ({ ...d, year, ...(year > d.year ? { spread: true } : {}) })));
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
