/**
 * Round 52: a table flattened into one paragraph, header and rows run together ("STT Thành phố Tốc độ tải xuống (Mbps) … Độ ổn
 * định (%) 1 Huế 613,79 96,04 28,28 98,9 2 Đà Lạt 536,58 …"), as a page's table comes out of a copy that keeps no cell breaks.
 * The header opens on a row-number column ("STT", "TT", "Số TT", "Số thứ tự") and holds no figure; each row opens on the next row
 * number, then a label, then its numeric cells. The row numbers are structure. When every column of figures names its unit in
 * brackets ("(%)", "(tỷ đồng)", "(Mbps)") and the rows have as many figures as the header has units, a cell is read in its
 * column's unit: a unit the metric schema carries gives the cell that unit (98,9 under "(%)" is 98.9 percent), one it does not
 * carry ("Mbps", "ms": `number-words.ts`' `TECH_UNIT`) leaves the cell unread, as the same figure in prose would be. Decided from
 * the table's shape, never from a row's words. Pure.
 */
import type { Metric } from '../../src/schemas/metric';
import { withoutDrafts, type Draft } from './metric-draft';
import { withUnit } from './table-flat';
import { ROW_NO_WORDS } from './table-text';
import { TECH_UNIT } from './number-words';

/** The header: a row-number column first, then column names without figures, up to the first row's number (a "1" before a word). */
const HEADER = new RegExp(String.raw`^\s*${ROW_NO_WORDS}\.?\s+([^\d]+?)\s(?=1\s+[\p{L}])`, 'iu');
/** A column's unit in brackets in the header: "(Mbps)", "(%)", "(tỷ đồng)". */
const BRACKET_UNIT = /\(([^()\d]{1,20})\)/gu;
/** A token that is a figure: "613,79", "1.234", "-1,2", "98%". */
const FIGURE = /^[-+]?\d[\d.,]*%?$/u;
const HAS_LETTER = /[\p{L}]/u;

/** A cell's reading in its column: the value and unit it takes, or `drop` for a unit the schema does not carry. */
type CellReading = Pick<Metric, 'value' | 'unit' | 'kind'> | 'drop';

/** What a one-line table says about the numbers at its offsets: row numbers and unread cells to drop, cells to read in a unit. */
export interface LineTable { drop: Set<number>; cells: Map<number, Pick<Metric, 'value' | 'unit' | 'kind'>> }

interface Token { text: string; offset: number }

function tokens(text: string, offset: number): Token[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], offset: offset + m.index }));
}

/** The rows after the header: each opens on the next row number followed by a word, then a label, then figures. */
function rowsOf(tks: readonly Token[]): { number: Token; figures: Token[] }[] {
  const rows: { number: Token; figures: Token[] }[] = [];
  let k = 0;
  while (k < tks.length) {
    const want = String(rows.length + 1);
    if (tks[k]!.text !== want || !HAS_LETTER.test(tks[k + 1]?.text ?? '')) break;
    const number = tks[k]!;
    k += 1;
    while (k < tks.length && !FIGURE.test(tks[k]!.text)) k += 1; // the label
    const figures: Token[] = [];
    const next = String(rows.length + 2);
    while (k < tks.length && FIGURE.test(tks[k]!.text) && !(tks[k]!.text === next && HAS_LETTER.test(tks[k + 1]?.text ?? ''))) figures.push(tks[k++]!);
    rows.push({ number, figures });
  }
  return rows;
}

/** A column's reading of its cells: the unit its bracket names, or dropped when the schema has no such unit. */
function columnReading(unit: string): (cell: string) => CellReading | undefined {
  TECH_UNIT.lastIndex = 0;
  const tech = TECH_UNIT.exec(unit);
  if (tech && tech[0].trim().length === unit.trim().length) return () => 'drop';
  return (cell) => withUnit(cell, unit);
}

/** Reads a paragraph as a one-line table (module comment); undefined when it is not one (a header and two rows at least). */
export function readLineTable(text: string, offset: number): LineTable | undefined {
  const head = HEADER.exec(text);
  if (!head) return undefined;
  const rows = rowsOf(tokens(text.slice(head[0].length), offset + head[0].length));
  if (rows.filter((r) => r.figures.length > 0).length < 2) return undefined;
  const drop = new Set(rows.map((r) => r.number.offset));
  const cells = new Map<number, Pick<Metric, 'value' | 'unit' | 'kind'>>();
  const units = [...head[1]!.matchAll(BRACKET_UNIT)].map((m) => m[1]!.trim());
  const columns = units.map(columnReading);
  for (const row of rows.filter((r) => r.figures.length === units.length)) {
    row.figures.forEach((cell, c) => {
      const read = columns[c]!(cell.text);
      if (read === 'drop') drop.add(cell.offset);
      else if (read) cells.set(cell.offset, read);
    });
  }
  return { drop, cells };
}

/** The one-line tables of `paragraphs`. */
export function lineTables(paragraphs: readonly { text: string; offset: number }[]): LineTable[] {
  return paragraphs.flatMap((p) => readLineTable(p.text, p.offset) ?? []);
}

/** The drafts with the tables' reading: row numbers and unread cells dropped (the claims baselines point to renumbered), cells in
 *  a unit given it (no series: a table's row is no national series the lexicon could tell). */
export function readLineTables(drafts: readonly Draft[], tables: readonly LineTable[]): Draft[] {
  if (tables.length === 0) return [...drafts];
  const dropped = new Set(drafts.flatMap((d, k) => (tables.some((t) => t.drop.has(d.metric.offset)) ? [k] : [])));
  const read = drafts.map((d) => {
    const cell = tables.map((t) => t.cells.get(d.metric.offset)).find((c) => c !== undefined);
    if (!cell) return d;
    const { indicator: _series, ...metric } = d.metric;
    return { ...d, metric: { ...metric, ...cell } };
  });
  return withoutDrafts(read, dropped);
}
