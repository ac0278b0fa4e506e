/**
 * Size budgets (scripts/bench/budgets.ts) on every page of the built site in DIST_DIR: the
 * JavaScript a page loads by default, its stylesheets and its HTML, gzipped. Sizes only, never times.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { listFiles } from '../../scripts/build/files';
import { BUDGETS, formatOverrun, overBudget } from '../../scripts/bench/budgets';
import { PAGE_KINDS, pageKindOf, type PageKind } from '../../scripts/bench/pages';
import { gzipFileSize, pageWeight, type PageWeight } from '../../scripts/bench/sizes';
import { distDir } from './support/site';

const dist = distDir();
const built = existsSync(join(dist, 'index.html'));
const files = built ? listFiles(dist) : [];
const sizeOf = gzipFileSize(dist);
const byKind = new Map<PageKind, PageWeight[]>(PAGE_KINDS.map((k) => [k, []]));
for (const f of files) {
  const kind = pageKindOf(f);
  if (kind) byKind.get(kind)!.push(pageWeight(dist, f, sizeOf));
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

test.describe('size budgets', () => {
  test('the built site exists', () => {
    expect(built, `no built site at ${dist}: run the build or set DIST_DIR`).toBe(true);
    expect(byKind.get('home')!.length).toBeGreaterThan(0);
  });

  for (const kind of PAGE_KINDS) {
    const pages = byKind.get(kind)!;
    test(`${kind} pages ship ≤ ${kb(BUDGETS[kind].js)} JS, ≤ ${kb(BUDGETS[kind].css)} CSS and ≤ ${kb(BUDGETS[kind].html)} HTML gzipped`, () => {
      test.skip(pages.length === 0, `no ${kind} page in this build`);
      const overruns = pages.flatMap((w) => overBudget(kind, w)).map(formatOverrun);
      expect(overruns, overruns.slice(0, 10).join('\n')).toEqual([]);
    });
  }

  test('every script and stylesheet a page loads exists (so the budgets count them)', () => {
    const missing = [...byKind.values()].flat().filter((w) => w.missing.length > 0).map((w) => `${w.file}: ${w.missing.join(', ')}`);
    expect(missing, missing.slice(0, 10).join('\n')).toEqual([]);
  });
});
