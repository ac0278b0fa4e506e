/**
 * Round 44: a table of goals beside results flattened one cell a paragraph, as a plan's review copies it ("Mục tiêu/Chỉ
 * tiêu", "Đề ra năm 2023", "Kết quả thực hiện", "Đánh giá", then rows: "- Tỷ lệ hồ sơ trực tuyến …", "30%", "75,3%",
 * "Vượt"). The header is a run of short cells that names a goal column ("Đề ra", "Kế hoạch", "Chỉ tiêu …") and a result
 * column ("Kết quả", "Thực hiện", "Đạt được") after the label column; a row is a label (a row whose label runs over two
 * cells, or a heading row without values, gives its values to the next label) and one cell per column: a number, or a
 * verdict in words ("Đạt", "Vượt", "Chưa đạt"). A number under the goal column is a goal, under the result column a result,
 * for the year the header or its caption names; a bare number beside a percentage in its row is one too ("40%", "30").
 * Decided from the cells' shape and the header's words, never from a row's words. Pure.
 */
import type { Cell } from './table-text';
import type { ValueCell } from './table-flat';
import { cellNumber, isValueCell, lineCells, valuesAfter } from './table-columns';
import { yearPeriod } from './period-set';

/** A goal column's header ("Đề ra năm 2023", "Kế hoạch 2024", "Chỉ tiêu giao"), a result column's ("Kết quả thực hiện", "Thực hiện", "Ước đạt"). */
const GOAL_HEAD = /^(?:đề\s+ra|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|phấn\s+đấu)(?![\p{L}\p{M}/])/iu;
const RESULT_HEAD = /^(?:kết\s+quả|thực\s+hiện|đạt\s+được|ước\s+(?:đạt|thực\s+hiện))(?![\p{L}\p{M}])/iu;
/** A header cell: short, no figure but a year. */
const HEAD_CELL = /^(?:[^\d]|(?:19|20)\d\d){1,40}$/u;
/** A verdict cell in words ("Đạt", "Vượt", "Chưa đạt"), or a mark for none. */
const VERDICT = /^(?:đạt|vượt|chưa\s+đạt|không\s+đạt|hoàn\s+thành|chưa\s+hoàn\s+thành|[-–—x])$/iu;
/** A value cell of such a table: a number, a dash, or a verdict. */
const isGoalTableValue = (text: string): boolean => isValueCell(text) || VERDICT.test(text);
/** A label cell: words, not too long for a row's name. */
const LABEL = /^(?=.*\p{L})[^\n]{2,260}$/u;
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/u;
/** Labels in a row without values after which the table is taken to have ended. */
const MAX_BARE_LABELS = 3;
const MAX_HEAD = 6;

/** The header at `k`: its width and the goal and result columns, with the year it names (its own or the caption's). */
interface Header { width: number; goal: number; result: number; year?: string }

/** The headers that may start at `k` (module comment), widest first: a short heading row after the header may look like one more header cell. */
function headersAt(cells: readonly Cell[], k: number): Header[] {
  const head: string[] = [];
  for (let j = k; j < cells.length && head.length < MAX_HEAD && HEAD_CELL.test(cells[j]!.text) && !VERDICT.test(cells[j]!.text); j++) head.push(cells[j]!.text);
  const headers: Header[] = [];
  for (let width = head.length; width >= 3; width--) {
    const cols = head.slice(1, width);
    const goal = cols.findIndex((h) => GOAL_HEAD.test(h)) + 1;
    const result = cols.findIndex((h) => RESULT_HEAD.test(h)) + 1;
    if (goal <= 0 || result <= 0) continue;
    const caption = cells.slice(Math.max(0, k - 2), k).map((c) => c.text).join(' ');
    const year = YEAR.exec(head.slice(0, width).join(' '))?.[1] ?? YEAR.exec(caption)?.[1];
    headers.push({ width, goal, result, ...(year ? { year } : {}) });
  }
  return headers;
}

/** The rows (each its value cells) after a header of `width` that ends before `k`; a cut-off last row keeps its cells. */
function rowsAfter(cells: readonly Cell[], k: number, width: number): Cell[][] {
  const rows: Cell[][] = [];
  let bare = 0;
  for (let j = k; j < cells.length && bare < MAX_BARE_LABELS;) {
    if (!LABEL.test(cells[j]!.text) || isGoalTableValue(cells[j]!.text)) break;
    const { values, complete } = valuesAfter(cells, j, width - 1, isGoalTableValue);
    if (values.length === 0) { bare += 1; j += 1; continue; } // a heading row, or a label run over two cells
    if (!complete) break;
    rows.push(values);
    bare = 0;
    j += 1 + values.length;
  }
  return rows;
}

/** A value cell's reading: its number, a percentage when it or its row has one, the column's status and the table's year. */
function reading(cell: Cell, row: readonly Cell[], status: 'target' | 'actual', year: string | undefined): ValueCell | undefined {
  const number = cellNumber(cell.text);
  if (!number) return undefined;
  const { value } = number;
  const percent = number.percent || row.some((c) => /%\s*$/u.test(c.text));
  const period = year ? { period: yearPeriod(year) } : {};
  return percent ? { cell, value, unit: 'percent', kind: 'share', status, ...period } : { cell, value, unit: 'count', kind: 'count', status, ...period };
}

/** Every goals-and-results table of `text` (module comment), as the readings of its goal and result cells by offset. */
export function readGoalTables(text: string): Map<number, ValueCell> {
  const values = new Map<number, ValueCell>();
  const cells = lineCells(text);
  for (let k = 0; k < cells.length; k++) {
    const found = headersAt(cells, k).map((h) => ({ head: h, rows: rowsAfter(cells, k + h.width, h.width) })).find((t) => t.rows.length >= 2);
    if (!found) continue;
    const { head, rows } = found;
    for (const row of rows) {
      for (const [col, status] of [[head.goal, 'target'], [head.result, 'actual']] as const) {
        const cell = row[col - 1];
        const read = cell && reading(cell, row, status, head.year);
        if (read) values.set(cell.offset, read);
      }
    }
    k += head.width - 1;
  }
  return values;
}
