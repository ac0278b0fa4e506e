import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { type GPoint, midTime, type Panel, periodBounds, spanOf, statusOf, type Status } from '../grammar';
import { type Layout, type PlacedLabel, placeLabels, textWidth, thinTicks } from '../labels';

/** A value ready to draw: the grammar's fields and how a reader sees it. */
export interface ChartPoint extends GPoint {
  /** The value as text ("84,7 triệu"). */
  text: string;
  /** The period as text ("2023", "6 tháng đầu năm 2024"). */
  period: string;
  /** Short period for a label beside a mark of another period length ("6T/2024", "H1 2024"). */
  short: string;
  /** Link to the source sentence. */
  href: string;
  /** What is counted, as written (names its series when a panel holds several). */
  subject?: string;
}

export interface PlacedPoint extends ChartPoint { cx: number; cy: number; status: Status; label?: PlacedLabel }

export interface TimeChartGeometry {
  width: number;
  height: number;
  font: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Year labels, each at the middle of its year. */
  xTicks: { x: number; label: string }[];
  /** Value gridlines with their label written above the line, at the left. */
  yTicks: { y: number; label: string }[];
  /** One path per joinable run (see grammar `lineRuns`). */
  paths: string[];
  points: PlacedPoint[];
}

const year = (t: number) => new Date(t).getUTCFullYear();

/** Geometry of one time panel at one layout: values at the middle of their periods, one line per
 * run the grammar allows, value labels placed without overlaps (most recent and odd periods first). */
export function timeChartGeometry(panel: Panel<ChartPoint>, layout: Layout, format: (v: number) => string, height = layout.name === 'narrow' ? 240 : 260): TimeChartGeometry {
  const font = layout.font;
  const width = layout.width;
  const pts = panel.points;
  const plot = { left: 10, right: width - 14, top: font * 2.6, bottom: height - font * 2.2 };
  const y0 = year(periodBounds(pts[0]!.when)[0]);
  const y1 = Math.max(...pts.map((p) => year(periodBounds(p.when)[1] - 1)));
  const x = scaleLinear().domain([Date.UTC(y0, 0, 1), Date.UTC(y1 + 1, 0, 1)]).range([plot.left + font, plot.right - font]);
  const rank = panel.measure === 'rank';
  const hi = rank ? (max(pts, (p) => p.total ?? p.value) ?? 2) : (max(pts, (p) => p.valueMax ?? p.value) ?? 1);
  const lo = rank ? 1 : Math.min(0, min(pts, (p) => p.value) ?? 0);
  const y = scaleLinear().domain([lo, hi > lo ? hi : lo + 1]).range(rank ? [plot.top, plot.bottom] : [plot.bottom, plot.top]).nice(layout.name === 'narrow' ? 3 : 4);
  const years: { x: number; label: string }[] = [];
  for (let yr = y0; yr <= y1; yr++) years.push({ x: x(Date.UTC(yr, 6, 2)), label: String(yr) });
  const yTicks = y.ticks(layout.name === 'narrow' ? 3 : 4).filter((v) => !rank || Number.isInteger(v)).map((v) => ({ y: y(v), label: format(v) }));
  const mainSpan = commonSpan(pts);
  const placedPts = pts.map((p): PlacedPoint => ({ ...p, status: statusOf(p.status), cx: x(midTime(p.when)), cy: y(p.value) }));
  const last = placedPts.filter((p) => p.status === 'actual').at(-1);
  const wishes = placedPts.map((p) => ({
    // A value of another period length or status says its period; on two lines when one does not fit.
    ...(spanOf(p.when) === mainSpan && p.status === 'actual' ? { text: p.text } : { text: `${p.text} (${p.short})`, lines: [p.text, `(${p.short})`] }),
    x: p.cx, y: p.cy,
    priority: (p === last ? 4 : 0) + (spanOf(p.when) !== mainSpan ? 2 : 0) + (p.status !== 'actual' ? 1 : 0) + p.cx / width,
  }));
  const tickBoxes = yTicks.map((t) => ({ x: plot.left, y: t.y - 4 - font, w: textWidth(t.label, font) + 2, h: font * 1.3 }));
  const dotBoxes = placedPts.map((p) => ({ x: p.cx - 6, y: p.cy - 6, w: 12, h: 12 }));
  const lineBoxes = panel.lines.flatMap((run) => run.slice(1).flatMap((b, i) => segmentBoxes(x(midTime(run[i]!.when)), y(run[i]!.value), x(midTime(b.when)), y(b.value))));
  const labels = placeLabels(wishes, font, { x: 0, y: 0, w: width, h: plot.bottom }, [...tickBoxes, ...dotBoxes, ...lineBoxes]);
  for (const l of labels) placedPts[l.index]!.label = l;
  const gen = line<GPoint>().x((p) => x(midTime(p.when))).y((p) => y(p.value));
  return {
    width, height, font, plot,
    xTicks: thinTicks(years, textWidth('2024', font), font),
    yTicks,
    paths: panel.lines.map((run) => gen(run) ?? ''),
    points: placedPts,
  };
}

/** The period length most values have (ties: the longer), whose values need no period in their label. */
export function commonSpan(points: GPoint[]): string {
  const order = ['multi', 'year', 'half', 'quarter', 'month', 'day'];
  const counts = new Map<string, number>();
  for (const p of points) counts.set(spanOf(p.when), (counts.get(spanOf(p.when)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0]![0];
}

/** Small boxes along a line segment, so labels keep clear of the line. */
export function segmentBoxes(x0: number, y0: number, x1: number, y1: number, step = 6): { x: number; y: number; w: number; h: number }[] {
  const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
  return Array.from({ length: n + 1 }, (_, i) => ({ x: x0 + ((x1 - x0) * i) / n - 2, y: y0 + ((y1 - y0) * i) / n - 2, w: 4, h: 4 }));
}
