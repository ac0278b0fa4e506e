/**
 * Round 44: a table of yearly columns flattened one cell a paragraph, as pages copy an HTML table to text: a header of
 * years, each in its own cell ("2017", "2018", … "2024"), then rows, each a label cell ("Nhóm chỉ số đầu vào",
 * "1. Thể chế") followed by one number cell per year. A number that fills a row's cell is that row's figure for its
 * column's year; it is a rank when the table's caption or the row's label names a ranking ("Bảng 1. … xếp hạng …"),
 * a percentage when the label gives "%" as its unit. A text cut off inside the table keeps the cells it has. Decided
 * from the cells' shape, never from a row's words. Pure.
 */
import type { Cell } from './table-text';
import type { ValueCell } from './table-flat';
import { yearPeriod } from './period-set';

/** A header cell: a year alone ("2017", "Năm 2018"). */
const YEAR_CELL = /^(?:năm\s+)?((?:19|20)\d{2})$/iu;
/** A cell holding one number in Vietnamese notation, maybe a percentage ("71", "0,7709", "224.930", "68,5%"). */
const NUMBER = /^(\d+(?:[.,]\d+)*)\s*(%)?$/u;
/** A cell that says a value is missing. */
const DASH = /^[-–—]$/u;
/** A label cell: words, maybe opened by a row number ("1. Thể chế"), no longer than a row's name. */
const LABEL_CELL = /^(?=.*\p{L})[^\n]{2,120}$/u;
/** Words of a ranking, in a caption or a label. */
const RANKING = /xếp\s+hạng|thứ\s+hạng|vị\s+trí|ranking|\brank/iu;
/** A label whose unit is a percentage: "(%)", "tỷ lệ … (%)". */
const PERCENT_LABEL = /\(\s*%\s*\)|%\s*$/u;
/** The fewest year columns and full rows that make such a table. */
const MIN_YEARS = 3;
const MIN_ROWS = 2;
/** How many cells before the header may hold its caption. */
const CAPTION_CELLS = 2;

/** The non-empty lines of `text`, each a cell at its offset. */
export function lineCells(text: string): Cell[] {
  const cells: Cell[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) cells.push({ text: trimmed, offset: pos + line.length - line.trimStart().length });
    pos += line.length + 1;
  }
  return cells;
}

/** The years of a header run of year cells starting at `k`, distinct and in order. */
function headerYears(cells: readonly Cell[], k: number): string[] {
  const years: string[] = [];
  for (let j = k; j < cells.length; j++) {
    const year = YEAR_CELL.exec(cells[j]!.text)?.[1];
    if (!year || (years.length && year <= years.at(-1)!)) break;
    years.push(year);
  }
  return years;
}

/** True when a cell holds one number or a dash for none (a table's value cell). */
export function isValueCell(text: string): boolean {
  return cellNumber(text) !== undefined || DASH.test(text);
}

/** The value cells right after the label cell at `j`: at most `width` in a row that `isValue` accepts; `complete` unless the row stops short of `width` before the text ends. */
export function valuesAfter(cells: readonly Cell[], j: number, width: number, isValue: (text: string) => boolean): { values: Cell[]; complete: boolean } {
  const values: Cell[] = [];
  while (values.length < width && j + 1 + values.length < cells.length && isValue(cells[j + 1 + values.length]!.text)) values.push(cells[j + 1 + values.length]!);
  return { values, complete: values.length === width || j + 1 + values.length >= cells.length };
}

/** The rows after a header of `width` columns that ends before `k`: a label, then `width` number cells (fewer only where the text ends). */
function rowsAt(cells: readonly Cell[], k: number, width: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let j = k; j < cells.length && LABEL_CELL.test(cells[j]!.text) && !isValueCell(cells[j]!.text);) {
    const { values, complete } = valuesAfter(cells, j, width, isValueCell);
    if (values.length === 0 || !complete) break;
    rows.push([cells[j]!, ...values]);
    j += 1 + values.length;
  }
  return rows;
}

/** A cell holding one number in Vietnamese notation ("71", "0,7709", "224.930", "68,5%"): its value and whether it is a percentage. */
export function cellNumber(text: string): { value: number; percent: boolean } | undefined {
  const number = NUMBER.exec(text);
  const value = number ? Number(number[1]!.replace(/\.(?=\d{3}(?:\D|$))/gu, '').replace(',', '.')) : NaN;
  return Number.isFinite(value) ? { value, percent: !!number![2] } : undefined;
}

/** A value cell's reading: its number, the column's year, a rank or a percentage by the caption and label. */
function cellReading(cell: Cell, year: string, ranking: boolean, percent: boolean): ValueCell | undefined {
  const number = cellNumber(cell.text);
  if (!number) return undefined;
  const { value } = number;
  const period = yearPeriod(year);
  if (ranking && !number.percent && Number.isInteger(value)) return { cell, value, unit: 'rank', kind: 'rank', status: 'actual', period };
  if (percent || number.percent) return { cell, value, unit: 'percent', kind: 'share', status: 'actual', period };
  return { cell, value, unit: 'count', kind: Number.isInteger(value) ? 'count' : 'index', status: 'actual', period };
}

/** Every yearly-column table of `text` (module comment), as the readings of its value cells by offset. */
export function readColumnTables(text: string): Map<number, ValueCell> {
  const values = new Map<number, ValueCell>();
  const cells = lineCells(text);
  for (let k = 0; k < cells.length; k++) {
    const years = headerYears(cells, k);
    if (years.length < MIN_YEARS) continue;
    const rows = rowsAt(cells, k + years.length, years.length);
    if (rows.filter((r) => r.length === years.length + 1).length < MIN_ROWS) continue;
    const caption = cells.slice(Math.max(0, k - CAPTION_CELLS), k).map((c) => c.text).join(' ');
    for (const [label, ...row] of rows) {
      const ranking = RANKING.test(caption) || RANKING.test(label!.text);
      row.forEach((cell, c) => {
        const read = cellReading(cell, years[c]!, ranking, PERCENT_LABEL.test(label!.text));
        if (read) values.set(cell.offset, read);
      });
    }
    k += years.length + rows.reduce((n, r) => n + r.length, 0) - 1;
  }
  return values;
}
