import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
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

/** The offline copy's files (path inside the zip → bytes): every file of `dir` except SKIP,
 * pages with folder links ending in index.html and links to the zip pointing online, plus the
 * search data scripts. */
export function offlineFiles(dir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const file of listFiles(dir)) {
    if (SKIP.test(file)) continue;
    const bytes = readFileSync(join(dir, file));
    out.set(file, file.endsWith('.html') ? Buffer.from(offlinePage(bytes.toString('utf8'), file)) : bytes);
  }
  for (const [file, text] of searchDataFiles(join(dir, 'pagefind'))) out.set(`pagefind/${file}`, Buffer.from(text));
  return out;
}

/** Zips `files` under one folder, deflating what is not compressed already. */
export function zipFiles(files: Map<string, Uint8Array>, folder = OFFLINE_FOLDER): Uint8Array {
  const tree: Zippable = {};
  for (const [path, bytes] of files) tree[`${folder}/${path}`] = [bytes, { level: STORED.test(path) ? 0 : 6, mtime: MTIME }];
  return zipSync(tree);
}

/** Writes `<dir>/downloads/cds-vn-offline.zip`: the whole site in both languages, opened by
 * double-clicking index.html (links, styles, charts, stories and search work from file://). */
export function packageOffline(dir: string, log: Logger): { bytes: number; files: number } {
  const files = offlineFiles(dir);
  const zip = zipFiles(files);
  const target = join(dir, OFFLINE_ZIP_PATH);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, zip);
  const mb = (zip.byteLength / 1024 / 1024).toFixed(2);
  log.info(`offline: ${OFFLINE_ZIP_PATH.slice(1)} ${mb} MB, ${files.size} files`);
  if (zip.byteLength > OFFLINE_BUDGET) log.warn(`offline: the zip is ${mb} MB, over the ${OFFLINE_BUDGET / 1024 / 1024} MB budget`);
  return { bytes: zip.byteLength, files: files.size };
}
