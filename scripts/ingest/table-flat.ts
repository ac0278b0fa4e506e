/**
 * A table flattened to one cell a line: the copy of a plan's appendix ("Phụ lục", "Biểu") where every
 * cell stands on its own line(s) and a line holding only "|" closes it, read into `table-text.ts`'s model
 * (which tells its row numbers). The first cells up to the first row marker are the header; it names a
 * row-number column ("STT"), a unit column ("Đơn vị tính", "ĐVT") and value columns to the right of the
 * unit. A number that fills a value cell is a figure of that row in the unit its row gives, a goal when
 * the column header names goals or a plan ("Chỉ tiêu", "Mục tiêu", "Kế hoạch"), a result when it names
 * results ("Thực hiện", "Kết quả"), dated by a year in the header or by none. Decided from the table's
 * shape, never from a row's words.
 */
import { findNumbers } from './numbers';
import { opensOnRowNumber, type Cell, type TextTable } from './table-text';
import type { Metric, Period } from '../../src/schemas/metric';
import { yearPeriod } from './period-set';

/** A number-filled value cell's reading. */
export interface ValueCell { cell: Cell; value: number; unit: Metric['unit']; kind: Metric['kind']; status?: Metric['status']; period?: Period }

/** A flattened table with what it says about the numbers in its value cells (by offset). */
export interface FlatTable extends TextTable { values: Map<number, ValueCell> }

const SEPARATOR = /^[ \t]*\|[ \t]*$/;
const MIN_SEPARATORS = 6;
const UNIT_HEAD = /^(?:đơn\s+vị(?:\s+tính)?|đvt|đv\s*tính)\.?$/iu;
const GOAL_HEAD = /(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|phấn\s+đấu|dự\s+kiến|đến\s+năm)/iu;
const RESULT_HEAD = /(?:thực\s+hiện|kết\s+quả|hiện\s+trạng|đạt\s+được|ước\s+đạt)/iu;
const ROMAN = /^(?:[IVX]{1,5}|[A-Z])\.?$/u;
const ARABIC = /^\d{1,3}(?:\.\d{1,2})*\.?$/u;
const NUMBER_CELL = /^[\d.,\s%–-]+$/u;
const YEAR = /(?<!\d)(20\d{2})(?!\d)/u;

/** The cells of a text written one cell a line between "|" lines; undefined when it is not such a table. */
export function flatCells(text: string): Cell[] | undefined {
  const cells: Cell[] = [];
  let start = 0;
  let separators = 0;
  let pos = 0;
  const close = (end: number) => {
    const all = text.slice(start, end).replace(/\n+$/, '');
    const cut = separators === 0 ? all.lastIndexOf('\n') + 1 : 0; // the text before the table: only its last line is a cell
    const raw = pos >= text.length && separators > 0 ? all.split('\n')[0]! : all.slice(cut); // after it: only the first line
    start += cut;
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') cells.push({ text: raw.trim(), offset: start + lead });
  };
  for (const line of text.split('\n')) {
    if (SEPARATOR.test(line)) {
      close(pos);
      separators += 1;
      start = pos + line.length + 1;
    }
    pos += line.length + 1;
  }
  close(text.length);
  return separators >= MIN_SEPARATORS ? cells : undefined;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** Where the header ends: the first cell that is a row marker. */
function headerLength(cells: Cell[]): number {
  const k = cells.findIndex((c) => ROMAN.test(c.text) || ARABIC.test(c.text));
  return k < 0 ? 0 : k;
}

/** The status and period a value column's header gives its figures. */
function columnReading(head: string): Pick<ValueCell, 'status' | 'period'> {
  const year = YEAR.exec(head)?.[1];
  const period = year ? yearPeriod(year) : undefined;
  const status = GOAL_HEAD.test(head) ? 'target' : RESULT_HEAD.test(head) ? 'actual' : undefined;
  return { ...(status ? { status } : {}), ...(period ? { period } : {}) };
}

/** A value cell's number read with its row's unit cell ("100" and "%" → 100 percent); undefined when the unit adds nothing. */
export function withUnit(value: string, unit: string): Pick<ValueCell, 'value' | 'unit' | 'kind'> | undefined {
  const joined = /^%/.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
  const n = findNumbers(oneLine(joined))[0];
  return n && n.start === 0 && n.end > value.length ? { value: n.value, unit: n.unit, kind: n.kind } : undefined;
}

/** A line that only closes a cell ("|"). */
export function isCellSeparator(line: string): boolean {
  return SEPARATOR.test(line);
}

/**
 * The header and rows of a flattened table's cells: rows start at a cell holding an arabic row number and
 * have as many cells as the header; a section row (roman numeral) and any row of another length are left alone.
 */
function flatTable(cells: Cell[]): TextTable {
  const width = headerLength(cells);
  const rows: Cell[][] = [];
  for (let k = width; width > 0 && k < cells.length; k++) {
    if (!ARABIC.test(cells[k]!.text)) continue;
    const row = cells.slice(k, k + width);
    const next = cells[k + width];
    if (row.length < width || (next && !ARABIC.test(next.text) && !ROMAN.test(next.text))) continue;
    rows.push(row);
    k += width - 1;
  }
  return { header: cells.slice(0, width), rows };
}

/** Reads a flattened table (module comment): undefined unless its header opens on a row-number column and names a unit column, and a row follows. */
export function readFlatTable(text: string): FlatTable | undefined {
  const cells = flatCells(text);
  if (!cells) return undefined;
  const table = flatTable(cells);
  const header = table.header.map((c) => oneLine(c.text));
  const unitCol = header.findIndex((h) => UNIT_HEAD.test(h));
  if (!opensOnRowNumber(table.header) || unitCol < 0 || table.rows.length === 0) return undefined;
  const columns = header.map((h, k) => (k > unitCol ? columnReading(h) : undefined));
  const values = new Map<number, ValueCell>();
  for (const row of table.rows) {
    const unit = oneLine(row[unitCol]!.text);
    row.forEach((cell, c) => {
      const reading = columns[c];
      if (!reading || !NUMBER_CELL.test(cell.text)) return;
      const read = withUnit(cell.text, unit);
      if (read) values.set(cell.offset, { cell, ...read, ...reading });
    });
  }
  return { ...table, values };
}

/** The metrics with a flattened table's reading: value cells given their row's unit and column's status and year (its row numbers are `table-text.ts`'s `notRowNumber`'s to drop). */
export function withTableReading(metrics: Metric[], table: Pick<FlatTable, 'values'> | undefined): Metric[] {
  if (!table) return metrics;
  return metrics.map((m) => {
    const v = table.values.get(m.offset);
    if (!v || m.text !== v.cell.text) return m;
    const { period: _old, ...rest } = m;
    return { ...rest, value: v.value, unit: v.unit, kind: v.kind, ...(v.status ? { status: v.status } : {}), ...(v.period ? { period: v.period } : {}) } as Metric;
  });
}
