/**
 * Round 33: a table written one row a line with "|" between its cells ("STT | Chỉ tiêu | Kế hoạch |", then "1 | GDP |
 * 6,5-7% |"), as pages copy a resolution's list of targets: read into `table-text.ts`'s model, which tells its row
 * numbers. A header is a row whose first cell names a row-number column (the only header this layout can tell from a row);
 * its rows are the lines whose first cell is a number ("1", "12."), and the table runs while the lines hold "|" (blank
 * lines between them allowed). Its value cells are not read. Pure.
 */
import { opensOnRowNumber, type Cell, type TextTable } from './table-text';

/** A row's number filling its first cell: "1", "12.". */
const ROW_NUMBER = /^\d{1,3}\.?$/u;
/** An opening "|" before a row's first cell. */
const OPENING_BAR = /^\s*\|/u;

/** The cells of a line at `offset` of the text, split at "|" after an opening one ("| 1 | GDP | 6,5% |"), each trimmed at its
 * own offset, a closing "|" ending the last; undefined when no "|" closes the first cell. */
function pipeCells(line: string, offset: number): Cell[] | undefined {
  const open = OPENING_BAR.exec(line)?.[0].length ?? 0;
  const parts = line.slice(open).split('|');
  if (parts.length < 2) return undefined;
  const cells: Cell[] = [];
  let at = offset + open;
  for (const part of parts) {
    cells.push({ text: part.trim(), offset: at + part.length - part.trimStart().length });
    at += part.length + 1;
  }
  return parts.at(-1)!.trim() === '' ? cells.slice(0, -1) : cells;
}

/** The "|"-tables of `text` (module comment), each with its header and numbered rows. */
export function pipeTables(text: string): TextTable[] {
  const tables: TextTable[] = [];
  let table: TextTable | undefined;
  let pos = 0;
  for (const line of text.split('\n')) {
    const cells = pipeCells(line, pos);
    if (cells && opensOnRowNumber(cells)) tables.push((table = { header: cells, rows: [] }));
    else if (table && line.trim() !== '') {
      if (cells && ROW_NUMBER.test(cells[0]!.text)) table.rows.push(cells);
      else if (!line.includes('|')) table = undefined;
    }
    pos += line.length + 1;
  }
  return tables;
}
