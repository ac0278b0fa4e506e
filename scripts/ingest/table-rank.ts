/**
 * A ranking table flattened to lines: under a heading that names a ranking ("XẾP HẠNG …", "Bảng xếp
 * hạng", "Thứ hạng …"), a run of lines each holding a position, a place's or body's name and, in a
 * detailed table, its scores one per column ("1 TP. Đà Nẵng", "15 Yên Bái" for a tie, "2 Hà Nội 0.8917
 * 0.9000"). The number that opens such a line is a rank, not a list marker; the numbers after the name
 * are scores (index). Decided from the lines' shape under the heading, never from the names.
 */
import type { MetricKind, Unit } from '../../src/schemas/metric';
import type { Segment } from './segment';

/** How a number in a ranking table's row reads. */
export interface RankCell { unit: Unit; kind: MetricKind }

/** A row: a position, a name (capitalised, no figures, a few words), then scores and nothing else. */
const ROW = /^(\d{1,3})[ \t]+(\p{Lu}[^\d\n:;,!?()]{1,60}?)((?:[ \t]+\d+(?:[.,]\d+)?)*)[ \t]*$/du;
const SCORE = /\d+(?:[.,]\d+)?/gu;
/** A heading that names a ranking (the lines between it and the rows carry no figure). */
const RANKING_HEAD = /(?:xếp\s+hạng|thứ\s+hạng|bảng\s+xếp|ranking)/iu;
const MIN_ROWS = 3;
const MAX_NAME_WORDS = 7;
/** How many figure-less header lines may stand between the heading and the rows. */
const MAX_HEADER_LINES = 24;

interface Row { rank: number; offset: number; scores: number[] }

/** A line read as a ranking row, or undefined. */
export function rankRow(line: Segment): Row | undefined {
  const m = ROW.exec(line.text);
  if (!m || m[2]!.trim().split(/\s+/).length > MAX_NAME_WORDS) return undefined;
  const tail = m.indices![3]![0];
  const scores = [...m[3]!.matchAll(SCORE)].map((s) => line.offset + tail + s.index);
  return { rank: Number(m[1]), offset: line.offset, scores };
}

/** True when one of the figure-less lines just before `k` names a ranking. */
function underRankingHead(paragraphs: Segment[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MAX_HEADER_LINES; j--) {
    const text = paragraphs[j]!.text;
    if (RANKING_HEAD.test(text)) return true;
    if (/\d/.test(text) && !rankRow(paragraphs[j]!)) return false;
  }
  return false;
}

/** The rows of a run that starts at `k`: consecutive row lines whose ranks never fall. */
function runAt(paragraphs: Segment[], k: number): Row[] {
  const rows: Row[] = [];
  for (let j = k; j < paragraphs.length; j++) {
    const row = rankRow(paragraphs[j]!);
    if (!row || (rows.length && row.rank < rows.at(-1)!.rank)) break;
    rows.push(row);
  }
  return rows;
}

/**
 * The readings of every ranking table's numbers by their offset in the article: a row's opening
 * number a rank, its scores an index. Runs shorter than three rows (two when every row has scores), or
 * not under a ranking heading, are left alone (a numbered list).
 */
export function readRankTables(paragraphs: Segment[]): Map<number, RankCell> {
  const cells = new Map<number, RankCell>();
  for (let k = 0; k < paragraphs.length; k++) {
    if (!rankRow(paragraphs[k]!)) continue;
    const rows = runAt(paragraphs, k);
    const scored = rows.length >= 2 && rows.every((r) => r.scores.length >= 2); // a detailed table: two rows of scores suffice
    if ((rows.length >= MIN_ROWS || scored) && underRankingHead(paragraphs, k)) {
      for (const row of rows) {
        cells.set(row.offset, { unit: 'rank', kind: 'rank' });
        for (const at of row.scores) cells.set(at, { unit: 'index', kind: 'index' });
      }
    }
    k += Math.max(rows.length, 1) - 1;
  }
  return cells;
}

/** A number read at `offset` in the article, with a ranking table's reading when it is one of its cells. */
export function asRankCell<N extends RankCell>(n: N, offset: number, cells: Map<number, RankCell>): N {
  const cell = cells.get(offset);
  return cell ? { ...n, ...cell } : n;
}
