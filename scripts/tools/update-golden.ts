/**
 * `npx tsx scripts/tools/update-golden.ts`: rewrites tests/fixtures/golden/*.json from the seeds,
 * deliberately. Run it only after reviewing what changed (the golden test writes
 * `<name>-changed.json` beside a golden that no longer matches, and prints the differences);
 * record the review in docs/golden-review.md. Never run in CI.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLogger } from '../lib/logger';
import { GOLDEN_DIR, goldenFiles, jsonDiff } from './golden';

const log = createLogger('update-golden');
const root = resolve('.');
const dir = join(root, GOLDEN_DIR);
mkdirSync(dir, { recursive: true });
const files = goldenFiles(root);
for (const [name, { json }] of files) {
  const file = join(dir, name);
  const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (old === json) {
    log.info(`${name}: unchanged`);
    continue;
  }
  writeFileSync(file, json);
  const changes = old === undefined ? ['(new file)'] : jsonDiff(JSON.parse(old), JSON.parse(json), 50);
  log.info(`${name}: rewritten (${changes.length} difference${changes.length === 1 ? '' : 's'})`);
  for (const c of changes) log.info(`  ${c}`);
}
for (const f of readdirSync(dir)) {
  if (f.endsWith('-changed.json')) rmSync(join(dir, f));
  else if (f.endsWith('.json') && !files.has(f)) log.warn(`${f}: no seed produces it any more (delete it if that is intended)`);
}
