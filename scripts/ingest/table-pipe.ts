/**
 * Round 33: a table written one row a line with "|" between its cells ("STT | Chỉ tiêu | Kế hoạch |", then "1 | GDP |
 * 6,5-7% |"), as pages copy a resolution's list of targets. Under a header row whose first cell names a row-number column
 * ("STT", "TT", "Số thứ tự"), the number that fills a row's first cell is the row's number, no figure; the rows run while
 * the lines hold "|" (blank lines between them allowed). Decided from the table's shape, never from a row's words. Pure.
 */
import type { Metric } from '../../src/schemas/metric';
import { ROW_NO_WORDS } from './table-flat';

/** A header row opening on a row-number column. */
const ROW_NO_HEAD = new RegExp(String.raw`^\s*\|?\s*${ROW_NO_WORDS}\s*\|`, 'iu');
/** A row opening on its number: group 1 is what stands before the number. */
const NUMBERED_ROW = /^(\s*\|?\s*)\d{1,3}\.?\s*\|/u;

/** The offsets in `text` of the numbers that fill the first cell of a "|"-table's rows under a row-number header. */
export function pipeRowNumbers(text: string): Set<number> {
  const offsets = new Set<number>();
  let inTable = false;
  let pos = 0;
  for (const line of text.split('\n')) {
    if (ROW_NO_HEAD.test(line)) inTable = true;
    else if (inTable && line.trim() !== '') {
      const row = NUMBERED_ROW.exec(line);
      if (row) offsets.add(pos + row[1]!.length);
      else if (!line.includes('|')) inTable = false;
    }
    pos += line.length + 1;
  }
  return offsets;
}

/** A filter keeping the metrics that are no row number of the text's "|"-tables (`pipeRowNumbers`). */
export function notPipeRowNumber(text: string): (m: Pick<Metric, 'offset'>) => boolean {
  const rows = pipeRowNumbers(text);
  return (m) => !rows.has(m.offset);
}
