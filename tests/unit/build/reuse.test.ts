/** scripts/build/reuse.ts and zip-read.ts: a rebuild takes the pages Astro wrote unchanged from the
 * last build and gives exactly what a clean build gives. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishSite } from '../../../scripts/build/finish';
import { zipFiles } from '../../../scripts/build/offline';
import { fileHash, placeReused, PreviousBuild, type ReuseOptions } from '../../../scripts/build/reuse';
import { openStoredZip } from '../../../scripts/build/zip-read';
import { memoryLogger } from '../../../scripts/lib/logger';
import { page, snapshot, writeSite } from './site-fixture';

let root: string;
const reuseIn = (name: string, version = 'v1'): ReuseOptions => ({ manifest: join(root, name, 'manifest.json'), outDir: join(root, name, 'dist'), version, zip: true });

/** One build as the integration runs it: the pass over a fresh Astro output, then the swap. */
async function build(name: string, change?: (dir: string) => void, version = 'v1') {
  const out = join(root, name, 'out');
  rmSync(out, { recursive: true, force: true });
  writeSite(out);
  change?.(out);
  const log = memoryLogger();
  const stats = await finishSite(out, log, { reuse: reuseIn(name, version) });
  rmSync(join(root, name, 'dist'), { recursive: true, force: true });
  cpSync(out, join(root, name, 'dist'), { recursive: true });
  stats.previous?.save();
  return { log, snap: snapshot(join(root, name, 'dist')) };
}

/** Hash of a file as Astro writes it (before the pass). */
function rawHash(file: string): string {
  const dir = join(root, 'raw');
  writeSite(dir);
  return fileHash(readFileSync(join(dir, file)));
}

const editOne = (dir: string) => writeFileSync(join(dir, 'articles/bai-3/index.html'), page('vi', 'Bài 3: đã sửa', 'Đổi 7,5 triệu.'));

beforeAll(() => { root = mkdtempSync(join(tmpdir(), 'cds-reuse-')); });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('incremental pass', () => {
  it('the first build has nothing to reuse', async () => {
    const { log } = await build('a');
    expect(log.lines.join('\n')).toMatch(/incremental: 0 of 21 pages unchanged/);
  });

  it('a rebuild with one page changed reuses the others and equals a clean build of the same output', async () => {
    const { log, snap } = await build('a', editOne);
    expect(log.lines.join('\n')).toMatch(/incremental: 20 of 21 pages unchanged/);
    const clean = await build('clean', editOne);
    expect(clean.log.lines.join('\n')).toMatch(/incremental: 0 of 21/);
    expect(Object.keys(snap).sort()).toEqual(Object.keys(clean.snap).sort());
    for (const file of Object.keys(clean.snap)) expect(snap[file], file).toBe(clean.snap[file]);
    expect(Buffer.from(snap['zip:cds-vn-offline/articles/bai-3/index.html']!, 'base64').toString()).toContain('Bài 3: đã sửa');
  });

  it('another pass version reuses nothing', async () => {
    const { log } = await build('a', editOne, 'v2');
    expect(log.lines.join('\n')).toMatch(/incremental: 0 of 21 pages unchanged/);
  });

  it('a manifest written for another output folder, or whose folder is gone, reuses nothing', () => {
    const hash = rawHash('index.html');
    expect(PreviousBuild.open(reuseIn('a', 'v2'), memoryLogger()).page('index.html', hash)).toBeDefined();
    cpSync(join(root, 'a', 'dist'), join(root, 'other'), { recursive: true });
    expect(PreviousBuild.open({ ...reuseIn('a', 'v2'), outDir: join(root, 'other') }, memoryLogger()).page('index.html', hash)).toBeUndefined();
    rmSync(join(root, 'other'), { recursive: true });
    expect(PreviousBuild.open({ ...reuseIn('a', 'v2'), outDir: join(root, 'other') }, memoryLogger()).page('index.html', hash)).toBeUndefined();
  });

  it('a broken last zip is reported and nothing is reused', () => {
    expect(PreviousBuild.open(reuseIn('a', 'v2'), memoryLogger()).zipEntry('index.html', rawHash('index.html'), 'cds-vn-offline')).toBeDefined();
    writeFileSync(join(root, 'a', 'dist', 'downloads', 'cds-vn-offline.zip'), 'not a zip');
    const log = memoryLogger();
    const prev = PreviousBuild.open(reuseIn('a', 'v2'), log);
    expect(log.lines.join('\n')).toMatch(/cannot be reused \(.*not a zip/);
    expect(prev.zipEntry('index.html', rawHash('index.html'), 'cds-vn-offline')).toBeUndefined();
  });
});

describe('placeReused(from, dest, html)', () => {
  it('puts the last build\'s page in place of Astro\'s copy as a link to the same file, leaving the old one as it was', () => {
    const dir = join(root, 'place');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'old.html'), 'đã xong');
    writeFileSync(join(dir, 'new.html'), 'bản của Astro');
    placeReused(join(dir, 'old.html'), join(dir, 'new.html'), 'đã xong');
    expect(readFileSync(join(dir, 'new.html'), 'utf8')).toBe('đã xong');
    expect(statSync(join(dir, 'new.html')).ino).toBe(statSync(join(dir, 'old.html')).ino);
    rmSync(join(dir, 'old.html'));
    expect(readFileSync(join(dir, 'new.html'), 'utf8')).toBe('đã xong');
  });
  it('writes the page out when no link can be made', () => {
    const dir = join(root, 'place2');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'new.html'), 'bản của Astro');
    placeReused(join(dir, 'missing.html'), join(dir, 'new.html'), 'đã xong');
    expect(readFileSync(join(dir, 'new.html'), 'utf8')).toBe('đã xong');
  });
});

describe('openStoredZip', () => {
  it('reads each entry as stored: deflated bytes that inflate to the file, stored ones as they are', async () => {
    const text = Buffer.from('Dịch vụ công trực tuyến '.repeat(100));
    const file = join(root, 'z.zip');
    writeFileSync(file, await zipFiles(new Map([['a/b.html', text], ['c.pf_index', Buffer.from([1, 2, 3])]]), 'f'));
    const zip = openStoredZip(file);
    const a = zip.entries.get('f/a/b.html')!;
    expect(a).toMatchObject({ method: 8, size: text.byteLength });
    expect(inflateRawSync(zip.read(a)).equals(text)).toBe(true);
    const c = zip.entries.get('f/c.pf_index')!;
    expect(c.method).toBe(0);
    expect([...zip.read(c)]).toEqual([1, 2, 3]);
    zip.close();
  });
});
