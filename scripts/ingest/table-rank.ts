/**
 * A ranking table flattened to lines: under a heading that names a ranking ("XẾP HẠNG …", "Bảng xếp
 * hạng", "Thứ hạng …"), a run of lines each holding a position, a place's or body's name and, in a
 * detailed table, its scores one per column ("1 TP. Đà Nẵng", "15 Yên Bái" for a tie, "2 Hà Nội 0.8917
 * 0.9000"). The number that opens such a line is a rank, not a list marker. Decided from the lines' shape
 * under the heading, never from the names. The scores are read by the one score-table reader,
 * `isScoreRowCell` (number-context.ts), which needs no heading.
 */
import type { MetricKind, Unit } from '../../src/schemas/metric';
import type { Segment } from './segment';

/** A row: a position, a name (capitalised, no figures, a few words), then scores and nothing else. */
const ROW = /^(\d{1,3})[ \t]+(\p{Lu}[^\d\n:;,!?()]{1,60}?)((?:[ \t]+\d+(?:[.,]\d+)?)*)[ \t]*$/u;
const SCORE = /\d+(?:[.,]\d+)?/gu;
/** A heading that names a ranking (the lines between it and the rows carry no figure). */
const RANKING_HEAD = /(?:xếp\s+hạng|thứ\s+hạng|bảng\s+xếp|ranking)/iu;
const MIN_ROWS = 3;
const MAX_NAME_WORDS = 7;
/** How many figure-less header lines may stand between the heading and the rows. */
const MAX_HEADER_LINES = 24;

/** A row: its rank, its offset, and how many scores follow the name. */
interface Row { rank: number; offset: number; scores: number }

/** A line read as a ranking row, or undefined. */
export function rankRow(line: Segment): Row | undefined {
  const m = ROW.exec(line.text);
  if (!m || m[2]!.trim().split(/\s+/).length > MAX_NAME_WORDS) return undefined;
  return { rank: Number(m[1]), offset: line.offset, scores: [...m[3]!.matchAll(SCORE)].length };
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
 * The offsets in the article of every ranking table's rank numerals (a row's opening number). Runs shorter than three rows (two when every row has scores), or
 * not under a ranking heading, are left alone (a numbered list).
 */
export function readRankTables(paragraphs: Segment[]): Set<number> {
  const ranks = new Set<number>();
  for (let k = 0; k < paragraphs.length; k++) {
    if (!rankRow(paragraphs[k]!)) continue;
    const rows = runAt(paragraphs, k);
    const scored = rows.length >= 2 && rows.every((r) => r.scores >= 2); // a detailed table: two rows of scores suffice
    if ((rows.length >= MIN_ROWS || scored) && underRankingHead(paragraphs, k)) {
      for (const row of rows) ranks.add(row.offset);
    }
    k += Math.max(rows.length, 1) - 1;
  }
  return ranks;
}

/** A number read at `offset` in the article, read as a rank when a ranking table's row opens on it. */
export function asRankCell<N extends { unit: Unit; kind: MetricKind }>(n: N, offset: number, ranks: Set<number>): N {
  return ranks.has(offset) ? { ...n, unit: 'rank', kind: 'rank' } : n;
}
