/**
 * A table written as text, in one model whichever layout it is written in: its header's cells and its numbered
 * rows' cells, each cell at its offset in the article. The layouts differ only in how lines become cells and rows:
 * `table-flat.ts` (a plan's appendix flattened one cell a line, a "|" line closing each cell) and `table-pipe.ts`
 * (one row a line, "|" between cells). Under a header whose first cell names a row-number column ("STT", "TT",
 * "Số thứ tự"), the number that fills a row's first cell is the row's number: structure, never a figure. That is
 * decided here, from the table's shape, never from a row's words. Pure.
 */
import type { Metric } from '../../src/schemas/metric';

/** One cell: its text (trimmed) and where it starts in the article. */
export interface Cell { text: string; offset: number }

/** A table read from text: its header's cells, and its rows' cells, each row opening on the cell of its number (which
 * numbers open a row is the layout's to tell: a flattened appendix numbers sub-rows "1.2" too). */
export interface TextTable { header: Cell[]; rows: Cell[][] }

/** The words of a row-number column's header: "STT", "TT", "Số TT", "Số thứ tự" (case-insensitive; also `table-line.ts`' header). */
export const ROW_NO_WORDS = String.raw`(?:stt|tt|số\s*tt|số\s+thứ\s+tự)`;
/** A row-number column's header cell, with or without a final dot. */
const ROW_NO_HEAD = new RegExp(`^${ROW_NO_WORDS}\\.?$`, 'iu');

/** True when the cells of a header open on a row-number column. */
export function opensOnRowNumber(header: readonly Cell[]): boolean {
  return header.length > 0 && ROW_NO_HEAD.test(header[0]!.text);
}

/** The offsets of the numbers that fill the row-number cells of `tables`' rows (none under a header that names no row-number column). */
export function rowNumberOffsets(tables: readonly TextTable[]): Set<number> {
  return new Set(tables.filter((t) => opensOnRowNumber(t.header)).flatMap((t) => t.rows.map((row) => row[0]!.offset)));
}

/** A filter keeping the metrics that are no row number of `tables` (`rowNumberOffsets`). */
export function notRowNumber(tables: readonly TextTable[]): (m: Pick<Metric, 'offset'>) => boolean {
  const rows = rowNumberOffsets(tables);
  return (m) => !rows.has(m.offset);
}
