/**
 * Permalinks that last (issue 13): the site is built from the seeds and from the seeds plus one more
 * article (tests/fixtures/extra/seeds). Every anchor of the first build's timeline and article pages —
 * events, target deadlines, numbers and their entries in the list of figures — must still be on the
 * same page of the second: an educator's link survives a rebuild. The first build is the served one
 * (DIST_DIR) when its dataset lists exactly the seeds' texts (same files, same bytes) and is newer than
 * every file the build reads (seeds, content, scripts, src: not a stale dist of older code, as with
 * SKIP_BUILD=1); otherwise it is built here too.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { listFiles } from '../../scripts/build/files';
import { buildCorpus } from '../unit/ingest/cli-support';
import { distDir, REPO_ROOT } from './support/site';

const EXTRA = join(REPO_ROOT, 'tests/fixtures/extra/seeds');

let tmp: string;
const builds: Record<'before' | 'after', { code: number | null; stderr: string; dist: string }> = {} as never;
const SEEDS = join(REPO_ROOT, 'seeds');

/** Builds the seeds of `dirs` into `<tmp>/<name>/dist`. */
function build(name: 'before' | 'after', dirs: string[]): void {
  const seeds = join(tmp, name, 'seeds');
  mkdirSync(seeds, { recursive: true });
  for (const dir of dirs) for (const f of readdirSync(dir)) if (/\.(txt|yaml)$/.test(f)) copyFileSync(join(dir, f), join(seeds, f));
  const r = buildCorpus({ seeds, content: join(tmp, name, 'content'), out: join(tmp, name, 'dist'), zip: false });
  builds[name] = { code: r.code, stderr: r.stderr, dist: join(tmp, name, 'dist') };
}

/** "file sha256" of each seed text in `seeds`, sorted. */
function seedPrints(seeds: string): string[] {
  return readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(join(seeds, f))).digest('hex')}`)
    .sort();
}

/** The same prints as the dataset of the build in `dist` records them; [] without a dataset. */
function builtPrints(dist: string): string[] {
  try {
    const articles = JSON.parse(readFileSync(join(dist, 'data', 'articles.json'), 'utf8')) as { sourceFile: string; sha256: string }[];
    return articles.map((a) => `${a.sourceFile} ${a.sha256}`).sort();
  } catch {
    return [];
  }
}

/** The newest modification time of the files under `dirs` (0 for none). */
function newestChange(dirs: string[]): number {
  return Math.max(0, ...dirs.flatMap((dir) => listFiles(dir).map((f) => statSync(join(dir, f)).mtimeMs)));
}

/** True when the served build in `dist` was made from the seeds as they are, after the last change to what the build reads. */
function servedIsCurrent(dist: string): boolean {
  if (JSON.stringify(builtPrints(dist)) !== JSON.stringify(seedPrints(SEEDS))) return false;
  const built = statSync(join(dist, 'data', 'articles.json')).mtimeMs;
  return built >= newestChange(['seeds', 'content', 'scripts', 'src'].map((d) => join(REPO_ROOT, d)));
}

/** The anchors a reader may link to on each timeline and article page: path → ids. */
function anchors(dist: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of listFiles(dist).filter((p) => /^(?:en\/)?(?:timeline|articles)\/.*index\.html$/.test(p))) {
    const html = readFileSync(join(dist, f), 'utf8');
    out.set(f, [...html.matchAll(/\sid="((?:e|d|t)-[^"]+|m-[^"]+)"/g)].map((m) => m[1]!));
  }
  return out;
}

test.beforeAll(() => {
  test.setTimeout(1_200_000);
  tmp = mkdtempSync(join(tmpdir(), 'cds-anchors-'));
  const served = distDir();
  if (servedIsCurrent(served)) builds.before = { code: 0, stderr: '', dist: served };
  else build('before', [SEEDS]);
  build('after', [SEEDS, EXTRA]);
});

test.afterAll(() => {
  if (!tmp) return;
  for (const name of ['before', 'after']) {
    const cache = createHash('sha256').update(join(tmp, name, 'content')).digest('hex').slice(0, 12);
    rmSync(join(REPO_ROOT, 'node_modules', '.astro', cache), { recursive: true, force: true });
  }
  rmSync(tmp, { recursive: true, force: true });
});

test.describe('anchors survive a rebuild with one more article', () => {
  test('both builds succeed, and the second has the extra articles', () => {
    expect(builds.before.code, builds.before.stderr).toBe(0);
    expect(builds.after.code, builds.after.stderr).toBe(0);
    const extra = readdirSync(EXTRA).filter((f) => f.endsWith('.txt')).length;
    expect(extra).toBeGreaterThan(0);
    expect(builtPrints(builds.after.dist).length).toBe(builtPrints(builds.before.dist).length + extra);
  });

  test('every event, deadline, number and figure anchor of the first build resolves on the same page of the second', () => {
    const before = anchors(builds.before.dist);
    const after = anchors(builds.after.dist);
    const ids = [...before.values()].flat();
    expect(ids.some((id) => id.startsWith('d-'))).toBe(true);
    expect(ids.some((id) => id.startsWith('e-'))).toBe(true);
    expect(ids.some((id) => id.startsWith('t-m-'))).toBe(true);
    const lost: string[] = [];
    for (const [page, list] of before) {
      const now = new Set(after.get(page) ?? []);
      for (const id of list) if (!now.has(id)) lost.push(`${page}#${id}`);
    }
    expect(lost).toEqual([]);
  });
});
