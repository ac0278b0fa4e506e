/**
 * Scores a numbered range of the real-article corpus alone (e.g. the unseen articles of a round):
 * `npx tsx tests/support/real-corpus/subset.ts 32 40` prints the per-article rows, the totals and
 * every miss of articles 32–40; a third argument `vi` or `en` keeps the pages of that language only (gold `language`).
 * Writes nothing; for docs/real-corpus.md's "Unseen articles" tables.
 */
import { createLogger } from '../../../scripts/lib/logger';
import { runCorpus, scoreCorpus } from './run';
import { articleRows, missRows, totalRows } from './table';

/** True when the file's leading number lies in [from, to]. */
export function inRange(file: string, from: number, to: number): boolean {
  const n = Number.parseInt(file, 10);
  return Number.isFinite(n) && n >= from && n <= to;
}

const [from, to] = process.argv.slice(2, 4).map(Number);
const language = process.argv[4];
if (from !== undefined && to !== undefined && Number.isFinite(from) && Number.isFinite(to)) {
  const scores = scoreCorpus(runCorpus(process.cwd()).filter((a) => inRange(a.gold.file, from, to) && (!language || a.gold.language === language)));
  createLogger('real-corpus').info(`\n${[...articleRows(scores), '', ...totalRows(scores), '', ...missRows(scores)].join('\n')}`);
}
