/**
 * Astro's incremental build (experimental.incrementalBuild with the keys of src/lib/cache-key.ts)
 * together with the pass's reuse (scripts/build/reuse.ts): after one number of one seed changes, a
 * rebuild restores the pages whose inputs did not change, renders the changed article again, writes
 * its search indexes over the last build's unchanged chunks, and gives exactly the dist/ of a clean
 * build of the changed seeds.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../../src/integrations/cds';
import { ROOT, buildCorpus, snapshot, type Run } from '../ingest/cli-support';

const SLOW = { timeout: 600_000 };
const dir = mkdtempSync(join(tmpdir(), 'cds-incremental-'));
const seeds = join(dir, 'seeds');
const content = join(dir, 'content');
const cleanContent = join(dir, 'content-clean');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const c of [content, cleanContent]) rmSync(cacheDirFor(ROOT, c), { recursive: true, force: true });
});

/** Raises the first decimal percentage of the first seed that has one ("61,36%" → "62,36%");
 * returns the file changed. */
function changeOneNumber(folder: string): string {
  for (const f of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(folder, f), 'utf8');
    const m = /(?<![\d.,])(\d{1,2}),(\d+)%/.exec(text);
    if (!m) continue;
    const changed = `${Number(m[1]) + 1},${m[2]}%`;
    writeFileSync(join(folder, f), text.slice(0, m.index) + changed + text.slice(m.index + m[0].length));
    return f;
  }
  throw new Error('no seed with a decimal percentage');
}

/** Pages Astro restored from its cache rather than rendered ("├─ /x/index.html (cached)" or "(restored)"). */
const restored = (log: string) => log.split('\n').filter((l) => /\((?:cached|restored)\)/.test(l)).length;

let first: Run;
let again: Run;
let clean: Run;
let changed = '';
beforeAll(() => {
  mkdirSync(seeds);
  for (const f of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', f), join(seeds, f));
  first = buildCorpus({ seeds, content, out: join(dir, 'dist') });
  if (first.code !== 0) return;
  changed = changeOneNumber(seeds);
  again = buildCorpus({ seeds, content, out: join(dir, 'dist') });
  clean = buildCorpus({ seeds, content: cleanContent, out: join(dir, 'dist-clean'), incremental: false });
}, 600_000);

describe('incremental build', () => {
  it('the first build renders every page, the rebuild restores most of them', SLOW, () => {
    expect(first.code, first.stderr).toBe(0);
    expect(restored(first.stdout)).toBe(0);
    expect(again.code, again.stderr).toBe(0);
    expect(restored(again.stdout)).toBeGreaterThan(100);
  });

  it('renders the changed article again', SLOW, () => {
    expect(changed).not.toBe('');
    const rendered = again.stdout.split('\n').filter((l) => /\/articles\/[^/]+\/index\.html/.test(l) && !/\((?:cached|restored)\)/.test(l));
    expect(rendered.length).toBeGreaterThanOrEqual(2); // its Vietnamese and English pages
  });

  it('writes both search indexes over the last build’s unchanged chunks (scripts/build/pagefind-seed.ts)', SLOW, () => {
    const taken = [...`${again.stdout}\n${again.stderr}`.matchAll(/search: .*?, (\d+) files from the last build/g)].map((m) => Number(m[1]));
    expect(taken).toHaveLength(2);
    expect(Math.min(...taken)).toBeGreaterThan(0);
    expect(`${first.stdout}\n${first.stderr}`).not.toMatch(/files from the last build/);
  });

  it('gives exactly the dist/ of a clean build of the changed seeds', SLOW, () => {
    expect(clean.code, clean.stderr).toBe(0);
    const a = snapshot(join(dir, 'dist'));
    const b = snapshot(join(dir, 'dist-clean'));
    expect(Object.keys(a)).toEqual(Object.keys(b));
    const differing = Object.keys(a).filter((k) => a[k] !== b[k]);
    expect(differing).toEqual([]);
  });
});
