import { scaleLinear } from 'd3-scale';
import { CHART_WIDTH, type ChartDatum, type RowMark, stackRows } from '../datum';
import { textWidth } from '../labels';

/** One row of a progress chart: a track for the whole and a fill for the part. */
export interface ProgressMark extends RowMark {
  y: number;
  h: number;
  /** The track (the whole): left edge and width. */
  trackX: number;
  trackW: number;
  /** The part, from the track's left edge. */
  w: number;
  /** The part is more than the whole (e.g. 104,9% of a target): the fill stops at the end, marked. */
  over: boolean;
  textX: number;
}

export interface ProgressGeometry {
  width: number;
  height: number;
  /** Grid lines at 0, 25, 50, 75 and 100% of the whole; the first label starts at its line (centred,
   * it would stick out of the chart's left edge). */
  ticks: { x: number; share: number; anchor: 'start' | 'middle' }[];
  top: number;
  bottom: number;
  rows: ProgressMark[];
}

const BAR = 20;

/** The share of the whole a datum is: part/total ("43/53"), or a percentage of 100. */
export function shareOf(d: Pick<ChartDatum, 'value' | 'total' | 'unit'>): number {
  if (d.total !== undefined && d.total > 0 && d.unit !== 'percent') return d.value / d.total;
  return d.value / 100;
}

/** Parts of a whole, each on its own 0–100% track: results filled, targets outlined. */
export function progressGeometry(data: ChartDatum[], width = CHART_WIDTH, font = 13): ProgressGeometry {
  const widest = Math.max(0, ...data.map((d) => textWidth(d.text, font)));
  const margin = { top: 8, right: Math.min(widest + 16, width * 0.45), bottom: font * 2.2, left: 8 };
  const x = scaleLinear().domain([0, 1]).range([margin.left, width - margin.right]);
  const stack = stackRows(data, margin.top, BAR + 14, font, width - 16);
  const height = stack.bottom + margin.bottom;
  const rows = data.map((d, i): ProgressMark => {
    const row = stack.rows[i]!;
    const share = shareOf(d);
    const clamped = Math.min(Math.max(share, 0), 1);
    return {
      ...row,
      y: row.bodyY,
      h: BAR,
      trackX: x(0),
      trackW: x(1) - x(0),
      w: Math.max(x(clamped) - x(0), clamped > 0 ? 1 : 0),
      over: share > 1,
      textX: x(1) + 8,
    };
  });
  return {
    width, height, top: margin.top, bottom: height - margin.bottom,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((share) => ({ x: x(share), share, anchor: share === 0 ? 'start' : 'middle' })),
    rows,
  };
}
