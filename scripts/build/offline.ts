import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import type { Root } from 'hast';
import type { Logger } from '../lib/logger';
import { OFFLINE_FOLDER, OFFLINE_ZIP_PATH } from '../../src/lib/offline';
import { PAIRS_FOLDER } from '../../src/lib/pairs';
import { listFiles } from './files';
import { mapUrls, mappedUrlProps, parseHtml, printHtml } from './html';
import { printTreeTwice } from './print';
import { offlineUrlMap } from './offline-links';
import { searchDataFiles } from './offline-search';
import type { StoredEntry } from './zip-read';


/** Largest zip the seeds should give; the build warns above it. */
export const OFFLINE_BUDGET = 5 * 1024 * 1024;

/** Files the offline copy leaves out: the zip itself, and Pagefind's module build and worker,
 * which file:// cannot load (the copy searches through pagefind-classic.js and search-data.*.js). */
const SKIP = /^(?:downloads\/|pagefind\/pagefind\.js$|pagefind\/pagefind-worker\.js$)/;

/** Already compressed, so stored as is. */
const STORED = /\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind|zip|gz|png|jpe?g|webp|avif|woff2?)$/;

/** A fixed time for every entry, so the same site gives the same zip. */
const MTIME = new Date('2025-01-01T00:00:00Z');

/** The page tree at `file` as the offline copy holds it, in place: folder links end in index.html,
 * links to the zip point online. */
export function offlinePageTree(tree: Root, file: string): Root {
  mapUrls(tree, offlineUrlMap(tree, file, OFFLINE_ZIP_PATH));
  return tree;
}

/** The page tree at `file` printed as the site serves it and as the offline copy holds it
 * (offlinePageTree), in one walk and without changing the tree: [page, offline copy]. */
export function printPageAndOffline(tree: Root, file: string): [string, string] {
  const map = offlineUrlMap(tree, file, OFFLINE_ZIP_PATH);
  return printTreeTwice(tree, (el) => mappedUrlProps(el, map));
}

/** `offlinePageTree` on HTML text. */
export function offlinePage(html: string, file: string): string {
  return printHtml(offlinePageTree(parseHtml(html), file));
}

/** Whether a file of the built site (path relative to it) belongs in the offline copy. */
export function inOfflineCopy(file: string): boolean {
  return !SKIP.test(file);
}

/** Entries being compressed at once (each holds its file and its deflated bytes). */
const IN_FLIGHT = 32;
const deflateRawAsync = promisify(deflateRaw);

/** A zip entry whose bytes are deflated by node's zlib (native, on libuv's threads, so the page pass
 * goes on meanwhile) and handed to fflate's streaming Zip, which writes headers and order. */
class NativeEntry implements ZipInputFile {
  ondata?: AsyncFlateStreamHandler;
  mtime = MTIME;
  constructor(readonly filename: string, readonly size: number, readonly crc: number, readonly compression: 0 | 8) {}
}

/** A streamed zip under one folder: `add` files in order (already-compressed formats are stored,
 * the rest deflated at level 6), then `end`. At most IN_FLIGHT files are held while compressing;
 * chunks go to `sink` in file order as they are ready. The same files give the same bytes. */
export class ZipWriter {
  files = 0;
  private readonly zip: Zip;
  private inFlight: Promise<void>[] = [];
  private failure: Error | null = null;

  constructor(sink: (chunk: Uint8Array) => void, private readonly folder = OFFLINE_FOLDER) {
    this.zip = new Zip((err, chunk) => { if (err) this.failure ??= err; else sink(chunk); });
  }

  /** Adds `bytes` as `<folder>/<path>`; waits when IN_FLIGHT files are being compressed. */
  async add(path: string, bytes: Uint8Array): Promise<void> {
    const stored = STORED.test(path);
    const entry = new NativeEntry(`${this.folder}/${path}`, bytes.byteLength, crc32(bytes), stored ? 0 : 8);
    this.zip.add(entry);
    this.files++;
    const data: Promise<Uint8Array> = stored ? Promise.resolve(bytes) : deflateRawAsync(bytes, { level: 6 });
    this.inFlight.push(data.then((out) => entry.ondata!(null, out as Uint8Array<ArrayBuffer>, true)));
    if (this.inFlight.length >= IN_FLIGHT) await this.drain();
  }

  /** Adds an entry as another zip stored it (see zip-read.ts): its compressed bytes are copied. */
  addStored(path: string, entry: StoredEntry, data: Uint8Array): void {
    const out = new NativeEntry(`${this.folder}/${path}`, entry.size, entry.crc, entry.method);
    this.zip.add(out);
    this.files++;
    out.ondata!(null, data as Uint8Array<ArrayBuffer>, true);
  }

  /** Ends the zip (central directory); returns the number of files. */
  async end(): Promise<number> {
    await this.drain();
    this.zip.end();
    if (this.failure) throw this.failure;
    return this.files;
  }

  private async drain(): Promise<void> {
    const pending = this.inFlight;
    this.inFlight = [];
    await Promise.all(pending);
    if (this.failure) throw this.failure;
  }
}

/** Zips `files` under one folder, in memory (tests and small inputs). */
export async function zipFiles(files: Iterable<[string, Uint8Array]>, folder = OFFLINE_FOLDER): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter((c) => chunks.push(c), folder);
  for (const [path, bytes] of files) await zip.add(path, bytes);
  await zip.end();
  return Buffer.concat(chunks);
}

/** The offline zip being written to `<dir>/downloads/cds-vn-offline.zip`, fed file by file by the
 * post-build pass (scripts/build/finish.ts), then finished with the search files. */
export interface OfflineZip {
  /** Adds a site file (path relative to the site) unless the copy leaves it out. */
  add(file: string, bytes: Uint8Array): Promise<void>;
  /** Adds a site file as another zip stored it (an unchanged file of the previous build). */
  addStored(file: string, entry: StoredEntry, data: Uint8Array): void;
  /** Adds the Pagefind files (the index must be written) and the search-data scripts, ends the zip. */
  finish(): Promise<{ bytes: number; files: number }>;
  /** Closes the file after a failure. */
  abort(): void;
}

/** Opens the offline zip of the site in `dir` (see OfflineZip). */
export function openOfflineZip(dir: string, log: Logger): OfflineZip {
  const target = join(dir, OFFLINE_ZIP_PATH);
  // Written beside the site folder and moved in at the end, so the pass never meets it.
  const partial = join(dirname(dir), `.${basename(dir)}.zip-${process.pid}`);
  const fd = openSync(partial, 'w');
  let bytes = 0;
  let open = true;
  const close = () => { if (open) closeSync(fd); open = false; };
  const zip = new ZipWriter((chunk) => { writeSync(fd, chunk); bytes += chunk.byteLength; });
  return {
    add: (file, data) => (inOfflineCopy(file) ? zip.add(file, data) : Promise.resolve()),
    addStored: (file, entry, data) => { if (inOfflineCopy(file)) zip.addStored(file, entry, data); },
    async finish() {
      try {
        const search = join(dir, 'pagefind');
        if (existsSync(search)) for (const file of listFiles(search)) if (inOfflineCopy(`pagefind/${file}`)) await zip.add(`pagefind/${file}`, readFileSync(join(dir, 'pagefind', file)));
        if (existsSync(join(search, 'pagefind-entry.json'))) for (const [file, text] of searchDataFiles(search)) await zip.add(`pagefind/${file}`, Buffer.from(text));
        const files = await zip.end();
        close();
        mkdirSync(dirname(target), { recursive: true });
        renameSync(partial, target);
        const mb = (bytes / 1024 / 1024).toFixed(2);
        log.info(`offline: ${OFFLINE_ZIP_PATH.slice(1)} ${mb} MB, ${files} files`);
        if (bytes > OFFLINE_BUDGET) log.warn(`offline: the zip is ${mb} MB, over the ${OFFLINE_BUDGET / 1024 / 1024} MB budget`);
        return { bytes, files };
      } finally {
        close();
        rmSync(partial, { force: true });
      }
    },
    abort() { close(); rmSync(partial, { force: true }); },
  };
}

/** Writes `<dir>/downloads/cds-vn-offline.zip` from a finished site (relative links and Pagefind
 * index in place): the whole site in both languages, opened by double-clicking index.html (links,
 * styles, charts, stories and search work from file://). The build does the same inside its page
 * pass (finish.ts); this reads the pages back, one at a time. */
export async function packageOffline(dir: string, log: Logger): Promise<{ bytes: number; files: number }> {
  const files = listFiles(dir).filter((f) => !f.startsWith('pagefind/') && !f.startsWith(`${PAIRS_FOLDER}/`));
  const zip = openOfflineZip(dir, log);
  try {
    for (const file of files) {
      const bytes = readFileSync(join(dir, file));
      await zip.add(file, file.endsWith('.html') ? Buffer.from(offlinePage(bytes.toString('utf8'), file)) : bytes);
    }
  } catch (e) {
    zip.abort();
    throw e;
  }
  return zip.finish();
}
