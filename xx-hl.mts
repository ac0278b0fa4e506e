import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { segmentArticle } from './scripts/ingest/segment';
const [lo, hi] = [Number(process.argv[2]), Number(process.argv[3])];
const dir = 'tests/fixtures/real';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const n = parseInt(f); if (!(n >= lo && n <= hi)) continue;
  const gold = parse(readFileSync(`${dir}/gold/${f.replace(/\.txt$/, '.yaml')}`, 'utf8'));
  const want = gold.headline !== false; const t = segmentArticle(readFileSync(`${dir}/${f}`, 'utf8')).title?.text;
  if (want !== !!t) console.log(n, 'want', want, 'got', JSON.stringify(t?.slice(0, 120)), '| first:', readFileSync(`${dir}/${f}`, 'utf8').split('\n').slice(0, 5).filter(Boolean).map((l) => l.slice(0, 80)).join(' ⏎ '));
}
