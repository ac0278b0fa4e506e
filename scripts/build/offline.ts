import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Logger } from '../lib/logger';
import { OFFLINE_FOLDER, OFFLINE_ZIP_PATH } from '../../src/lib/offline';
import { listFiles } from './files';
import { parseHtml, printHtml } from './html';
import { indexLinksTree, zipLinksOnlineTree } from './offline-links';
import { searchDataFiles } from './offline-search';

/** Largest zip the seeds should give; the build warns above it. */
export const OFFLINE_BUDGET = 5 * 1024 * 1024;

/** Files the offline copy leaves out: the zip itself, and Pagefind's module build and worker,
 * which file:// cannot load (the copy searches through pagefind-classic.js and search-data.*.js). */
const SKIP = /^(?:downloads\/|pagefind\/pagefind\.js$|pagefind\/pagefind-worker\.js$)/;

/** Already compressed, so stored as is. */
const STORED = /\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind|zip|gz|png|jpe?g|webp|avif|woff2?)$/;

/** A fixed time for every entry, so the same site gives the same zip. */
const MTIME = new Date('2025-01-01T00:00:00Z');

/** A page as the offline copy holds it: folder links end in index.html, links to the zip point online. */
export function offlinePage(html: string, file: string): string {
  return printHtml(indexLinksTree(zipLinksOnlineTree(parseHtml(html), file, OFFLINE_ZIP_PATH)));
}

/** The offline copy's files (path inside the zip → bytes), one at a time: every file of `dir`
 * except SKIP, pages with folder links ending in index.html and links to the zip pointing online,
 * then the search data scripts. Only the current file is in memory. */
export function* offlineEntries(dir: string): Generator<[string, Uint8Array]> {
  for (const file of listFiles(dir)) {
    if (SKIP.test(file)) continue;
    const bytes = readFileSync(join(dir, file));
    yield [file, file.endsWith('.html') ? Buffer.from(offlinePage(bytes.toString('utf8'), file)) : bytes];
  }
  for (const [file, text] of searchDataFiles(join(dir, 'pagefind'))) yield [`pagefind/${file}`, Buffer.from(text)];
}

/** All of `offlineEntries` at once (tests). */
export function offlineFiles(dir: string): Map<string, Uint8Array> {
  return new Map(offlineEntries(dir));
}

/** Streams `files` as a zip under one folder to `sink`, chunk by chunk, deflating what is not
 * compressed already; returns the number of files. Each entry is compressed and handed on as it
 * comes, so only one file is held at a time. */
export function streamZip(files: Iterable<[string, Uint8Array]>, sink: (chunk: Uint8Array) => void, folder = OFFLINE_FOLDER): number {
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => { if (err) failure = err; else sink(chunk); });
  let count = 0;
  for (const [path, bytes] of files) {
    const name = `${folder}/${path}`;
    const entry = STORED.test(path) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    entry.mtime = MTIME;
    zip.add(entry);
    entry.push(bytes, true);
    count++;
  }
  zip.end();
  if (failure) throw failure;
  return count;
}

/** Zips `files` under one folder, in memory (tests and small inputs). */
export function zipFiles(files: Iterable<[string, Uint8Array]>, folder = OFFLINE_FOLDER): Uint8Array {
  const chunks: Uint8Array[] = [];
  streamZip(files, (c) => chunks.push(c), folder);
  return Buffer.concat(chunks);
}

/** Writes `<dir>/downloads/cds-vn-offline.zip`: the whole site in both languages, opened by
 * double-clicking index.html (links, styles, charts, stories and search work from file://).
 * Streamed: one file of the site in memory at a time, the zip written as it is produced. */
export function packageOffline(dir: string, log: Logger): { bytes: number; files: number } {
  const target = join(dir, OFFLINE_ZIP_PATH);
  mkdirSync(dirname(target), { recursive: true });
  const fd = openSync(target, 'w');
  let bytes = 0;
  let files: number;
  try {
    files = streamZip(offlineEntries(dir), (chunk) => { writeSync(fd, chunk); bytes += chunk.byteLength; });
  } finally {
    closeSync(fd);
  }
  const mb = (bytes / 1024 / 1024).toFixed(2);
  log.info(`offline: ${OFFLINE_ZIP_PATH.slice(1)} ${mb} MB, ${files} files`);
  if (bytes > OFFLINE_BUDGET) log.warn(`offline: the zip is ${mb} MB, over the ${OFFLINE_BUDGET / 1024 / 1024} MB budget`);
  return { bytes, files };
}
