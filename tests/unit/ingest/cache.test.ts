/**
 * The per-seed ingest cache: keys, the folder store, writing only changed entries, and the ingest
 * run with and without it (hits on unchanged seeds, misses on changed seeds, editorial entries,
 * lexicons and code, byte-identical output).
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDirFor, cachedText, cacheDisabled, canonicalJson, hashFiles, openSeedCache, seedKey, sharedInputsHash, writeChanged } from '../../../scripts/ingest/cache';
import { runIngest } from '../../../scripts/ingest/run';
import { memoryLogger } from '../../../scripts/lib/logger';
import { ROOT, snapshot } from './cli-support';

const tmp = mkdtempSync(join(tmpdir(), 'cds-ingest-cache-'));
const cachesMade: string[] = [];
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  for (const c of cachesMade) rmSync(c, { recursive: true, force: true });
});
const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('hashFiles and seedKey', () => {
  it('hashFiles(files) ignores order and sees a changed byte or path', () => {
    const a = { path: 'a.ts', bytes: bytes('x') };
    const b = { path: 'b.ts', bytes: bytes('y') };
    expect(hashFiles([a, b])).toBe(hashFiles([b, a]));
    expect(hashFiles([a, b])).not.toBe(hashFiles([a, { ...b, bytes: bytes('z') }]));
    expect(hashFiles([a, b])).not.toBe(hashFiles([a, { ...b, path: 'c.ts' }]));
    expect(hashFiles([{ path: 'ab', bytes: bytes('c') }])).not.toBe(hashFiles([{ path: 'a', bytes: bytes('bc') }]));
  });

  it('canonicalJson(value) sorts keys and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: undefined } })).toBe('{"a":{"d":[1,"x"]},"b":1}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('seedKey(inputs, seed) changes with the shared inputs, the file name, the editorial entry and the bytes', () => {
    const seed = { file: 'a.txt', bytes: bytes('Tiêu đề\n\nNội dung'), editorial: { titleEn: 'T', sha256: '0123456789abcdef' } };
    const k = seedKey('h1', seed);
    expect(seedKey('h1', { ...seed, editorial: { sha256: '0123456789abcdef', titleEn: 'T' } })).toBe(k);
    expect(seedKey('h2', seed)).not.toBe(k);
    expect(seedKey('h1', { ...seed, file: 'b.txt' })).not.toBe(k);
    expect(seedKey('h1', { ...seed, editorial: { titleEn: 'U', sha256: '0123456789abcdef' } })).not.toBe(k);
    expect(seedKey('h1', { ...seed, editorial: undefined })).not.toBe(k);
    expect(seedKey('h1', { ...seed, bytes: bytes('Tiêu đề\n\nNội dung.') })).not.toBe(k);
  });

  it('cacheDisabled(env) is true for off, 0, false and no only', () => {
    for (const v of ['off', '0', 'false', 'NO']) expect(cacheDisabled({ CDS_INGEST_CACHE: v })).toBe(true);
    for (const v of [undefined, '', 'on', '1']) expect(cacheDisabled({ CDS_INGEST_CACHE: v })).toBe(false);
  });
});

describe('sharedInputsHash(root)', () => {
  const root = join(tmp, 'root');
  const write = (p: string, text: string) => { mkdirSync(join(root, p, '..'), { recursive: true }); writeFileSync(join(root, p), text); };
  write('content/indicators.yaml', '- id: a\n');
  write('content/topics.yaml', '- id: t\n');
  write('scripts/ingest/metrics.ts', 'export const x = 1;\n');
  write('src/schemas/article.ts', 'export {};\n');

  it('changes when a lexicon, an ingest source or a file added to a source folder changes, and not otherwise', () => {
    const h0 = sharedInputsHash(root);
    expect(sharedInputsHash(root)).toBe(h0);
    write('content/indicators.yaml', '- id: b\n');
    const h1 = sharedInputsHash(root);
    expect(h1).not.toBe(h0);
    write('scripts/ingest/metrics.ts', 'export const x = 2;\n');
    const h2 = sharedInputsHash(root);
    expect(h2).not.toBe(h1);
    write('scripts/ingest/claims/new-stage.ts', 'export {};\n');
    expect(sharedInputsHash(root)).not.toBe(h2);
    write('docs/notes.md', 'not an input\n');
    expect(sharedInputsHash(root)).toBe(sharedInputsHash(root));
  });
});

describe('openSeedCache(dir, inputsHash)', () => {
  const dir = join(tmp, 'store');
  const seed = { file: 'a.txt', bytes: bytes('text'), editorial: undefined };

  it('returns what was set for the same seed and inputs, and misses otherwise', () => {
    const c = openSeedCache<{ n: number }>(dir, 'h');
    expect(c.get(seed)).toBeUndefined();
    c.set(seed, { n: 1 });
    expect(openSeedCache(dir, 'h').get(seed)).toEqual({ n: 1 });
    expect(c.get(seed)).toEqual({ n: 1 });
    expect(c.hits).toBe(1);
    expect(openSeedCache(dir, 'other').get(seed)).toBeUndefined();
    expect(c.get({ ...seed, bytes: bytes('text!') })).toBeUndefined();
  });

  it('treats a corrupt entry as a miss and prune(files) forgets removed seeds', () => {
    const c = openSeedCache<number>(dir, 'h');
    c.set({ ...seed, file: 'b.txt' }, 2);
    writeFileSync(join(dir, 'a.txt.json'), '{not json');
    expect(c.get(seed)).toBeUndefined();
    c.prune(['b.txt']);
    expect(c.get({ ...seed, file: 'b.txt' })).toBe(2);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(() => statSync(join(dir, 'a.txt.json'))).toThrow();
  });
});

describe('cachedText(cache, file, slug, make)', () => {
  it('reuses the text made for the same seed and slug, in this run and the next, and makes it again for another slug', () => {
    const dir = join(tmp, 'texts');
    const seed = { file: 'a.txt', bytes: bytes('text'), editorial: undefined };
    const c = openSeedCache<number>(dir, 'h');
    let made = 0;
    const make = () => `entry ${++made}`;
    expect(cachedText(c, 'a.txt', 'slug', make)).toBe('entry 1');
    c.set(seed, 1);
    expect(cachedText(c, 'a.txt', 'slug', make)).toBe('entry 2');
    expect(cachedText(c, 'a.txt', 'slug', make)).toBe('entry 2');
    const next = openSeedCache<number>(dir, 'h');
    expect(cachedText(next, 'a.txt', 'slug', make)).toBe('entry 3');
    expect(next.get(seed)).toBe(1);
    expect(cachedText(next, 'a.txt', 'slug', make)).toBe('entry 2');
    expect(cachedText(next, 'a.txt', 'slug-2', make)).toBe('entry 4');
    expect(cachedText(undefined, 'a.txt', 'slug', make)).toBe('entry 5');
  });
});

describe('writeChanged(outDir, files)', () => {
  it('leaves identical files untouched, rewrites changed ones and removes the rest', () => {
    const out = join(tmp, 'out');
    writeChanged(out, new Map([['a.mdx', 'A'], ['b.mdx', 'B'], ['c.mdx', 'C']]));
    const old = new Date('2020-01-01T00:00:00Z');
    for (const f of ['a.mdx', 'b.mdx']) utimesSync(join(out, f), old, old);
    const r = writeChanged(out, new Map([['a.mdx', 'A'], ['b.mdx', 'B2']]));
    expect(r).toEqual({ written: 1, removed: 1 });
    expect(statSync(join(out, 'a.mdx')).mtime.toISOString()).toBe(old.toISOString());
    expect(statSync(join(out, 'b.mdx')).mtime.getTime()).toBeGreaterThan(old.getTime());
    expect(snapshot(out)).toEqual({ 'a.mdx': bytes('A').toString('base64'), 'b.mdx': bytes('B2').toString('base64') });
  });
});

describe('runIngest with the cache', () => {
  const SLOW = { timeout: 180_000 };
  const seeds = join(tmp, 'seeds');
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  cachesMade.push(cacheDirFor(ROOT, seeds));
  const run = (out: string, cache = true) => runIngest({ seedsDir: seeds, outDir: join(tmp, out), root: ROOT, log: memoryLogger(), cache });

  it('hits every unchanged seed, keeps mtimes, and writes the same bytes as an ingest without cache', SLOW, async () => {
    const first = await run('cached');
    expect(first.ok, first.errors.join('\n')).toBe(true);
    expect(first.cached).toBe(0);
    const old = new Date('2020-01-01T00:00:00Z');
    const files = Object.keys(snapshot(join(tmp, 'cached')));
    for (const f of files) utimesSync(join(tmp, 'cached', f), old, old);
    const second = await run('cached');
    expect(second.cached).toBe(5);
    expect(second.warnings).toEqual(first.warnings);
    for (const f of files) expect(statSync(join(tmp, 'cached', f)).mtime.toISOString()).toBe(old.toISOString());
    const fresh = await run('fresh', false);
    expect(fresh.cached).toBeUndefined();
    expect(snapshot(join(tmp, 'cached'))).toEqual(snapshot(join(tmp, 'fresh')));
  });

  it('misses a changed seed and a changed editorial entry only', SLOW, async () => {
    const seedFiles = Object.keys(snapshot(seeds)).filter((f) => f.endsWith('.txt'));
    appendFileSync(join(seeds, seedFiles[0]!), '\n\nMột đoạn mới được thêm vào cuối bài.\n');
    expect((await run('cached')).cached).toBe(4);
    const editorial = join(seeds, 'editorial.yaml');
    const text = readFileSync(editorial, 'utf8');
    const changed = text.replace(/titleEn: "([^"]*)"/, 'titleEn: "$1 (revised)"');
    expect(changed).not.toBe(text);
    writeFileSync(editorial, changed);
    const r = await run('cached');
    expect(r.cached).toBe(4);
    expect(r.articles.some((a) => JSON.stringify(a).includes('(revised)'))).toBe(true);
    await run('fresh2', false);
    expect(snapshot(join(tmp, 'cached'))).toEqual(snapshot(join(tmp, 'fresh2')));
  });
});
