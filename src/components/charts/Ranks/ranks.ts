import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { CHART_WIDTH, type ChartDatum, type RowMark, stackRows } from '../datum';

/** One rank placed on the track of its field (1 at the left). */
export interface RankMark extends RowMark {
  /** Centre line of the track. */
  y: number;
  x0: number;
  x1: number;
  /** Size of the field, when the source gives it (drawn at the track's end). */
  field?: number;
  /** Position of the rank. */
  cx: number;
  /** Where the value label goes (above the track, clear of the row's label), and which way it reads. */
  textX: number;
  textY: number;
  anchor: 'start' | 'end';
}

export interface RanksGeometry {
  width: number;
  height: number;
  rows: RankMark[];
}


/** Ranks, each on a track from 1 (best, left) to the size of its field ("86/193" → 193). Rows
 * whose source gives no field size share one open track up to the largest such rank. Ranks are
 * never drawn on a value axis and never share one with percentages. */
export function ranksGeometry(data: ChartDatum[], width = CHART_WIDTH, font = 13): RanksGeometry {
  const margin = { top: 8, right: 48, bottom: 12, left: 16 };
  const open = max(data.filter((d) => d.total === undefined), (d) => d.value) ?? 1;
  const openField = Math.max(Math.ceil((open * 1.15) / 10) * 10, 10);
  const stack = stackRows(data, margin.top, font * 3 + 24, font, width - margin.left - 8);
  const height = stack.bottom + margin.bottom;
  const rows = data.map((d, i): RankMark => {
    const field = d.total;
    const x = scaleLinear().domain([1, Math.max(field ?? openField, 2)]).range([margin.left, width - margin.right]);
    const row = stack.rows[i]!;
    const cx = x(Math.max(d.value, 1));
    const right = cx > (margin.left + width - margin.right) / 2;
    return {
      ...row,
      y: row.bodyY + font * 1.2 + 12,
      x0: x(1),
      x1: x.range()[1]!,
      ...(field !== undefined ? { field } : {}),
      cx,
      textX: right ? cx - 10 : cx + 10,
      textY: row.bodyY + font,
      anchor: right ? 'end' : 'start',
    };
  });
  return { width, height, rows };
}
