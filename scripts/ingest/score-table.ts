/**
 * Round 48: a score table flattened one row per paragraph under its header ("TT Nhóm chỉ số Điểm tối đa Điểm trung bình chung
 * cả nước Điểm đạt được Ghi chú", then "1 Công khai, minh bạch 18 10,6 10,2 -1,2", …, "Tổng cộng 100 71,8 72,6 +8,5"): a row's
 * leading number is its place in the table, a column of maximum points is the scale, and the other cells are points (a signed
 * change keeps its sign), no count of any series. Pure.
 */
import { withoutDrafts, type Draft } from './metric-draft';

/** A header that names columns of points: "điểm" at least twice and no figure. */
const HEADER_POINTS = /(?<![\p{L}\p{M}])điểm(?![\p{L}\p{M}])[\s\S]*(?<![\p{L}\p{M}])điểm(?![\p{L}\p{M}])/iu;
/** A column of the scale's maximum ("Điểm tối đa"). */
const MAX_COLUMN = /(?<![\p{L}\p{M}])điểm\s+tối\s+đa(?![\p{L}\p{M}])/iu;
/** A row: its place or "Tổng cộng", a label without figures, then three or more numeric cells, nothing after them. */
const ROW = /^\s*(?:(\d{1,2})|tổng(?:\s+cộng|\s+số)?)\s+[^\d]+?(?:\s+[-+]?\d+(?:,\d+)?){3,}\s*$/iu;

/** Where a table's row stands in the text, whether its first cell is the scale's maximum, and where its place number ends (if it has one). */
export interface ScoreTableRow { start: number; text: string; maxFirst: boolean; placeEnd?: number }

/** The rows of the score tables of `paragraphs` (a header naming points, then rows one per paragraph until another paragraph). */
export function scoreTableRows(paragraphs: readonly { text: string; offset: number }[]): ScoreTableRow[] {
  const rows: ScoreTableRow[] = [];
  let header: string | undefined;
  for (const p of paragraphs) {
    const row = header !== undefined ? ROW.exec(p.text) : null;
    if (row) {
      const place = row[1] ? p.offset + p.text.indexOf(row[1]) + row[1].length : undefined;
      rows.push({ start: p.offset, text: p.text, maxFirst: MAX_COLUMN.test(header!), ...(place !== undefined ? { placeEnd: place } : {}) });
      continue;
    }
    header = HEADER_POINTS.test(p.text) && !/\d/u.test(p.text) ? p.text : undefined;
  }
  return rows;
}

/** The drafts with each table row read as the module comment says: its place and its maximum dropped (the rest renumbered), its
 *  cells made points in place. */
export function readScoreTables(drafts: readonly Draft[], rows: readonly ScoreTableRow[]): Draft[] {
  if (rows.length === 0) return [...drafts];
  const drop = new Set<number>();
  for (const row of rows) {
    const cells = drafts.map((d, k) => ({ d, k })).filter(({ d }) => d.metric.offset >= row.start && d.metric.offset < row.start + row.text.length);
    if (cells.some(({ d }) => d.claim !== undefined)) continue; // a row whose cells qualify each other is no plain row
    let from = 0;
    if (row.placeEnd !== undefined && cells[0] && cells[0].d.metric.offset + cells[0].d.metric.text.length === row.placeEnd) drop.add(cells[from++]!.k);
    if (row.maxFirst && cells[from]) drop.add(cells[from++]!.k);
    for (const { d } of cells.slice(from)) asPoints(d, row.text[d.metric.offset - row.start - 1] === '-');
  }
  return withoutDrafts(drafts, drop);
}

/** A cell as points of an index, its sign kept, no series. */
function asPoints(d: Draft, negative: boolean): void {
  const { indicator: _series, ...metric } = d.metric;
  d.metric = { ...metric, unit: 'points', kind: 'index', value: negative ? -Math.abs(metric.value) : metric.value };
}
