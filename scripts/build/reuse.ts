/**
 * Incremental post-build pass: the previous build's dist/ is the cache. A manifest (kept in Astro's
 * cache folder, not in dist/) records, for every file of the site, the hash of what Astro wrote
 * and the page's search metadata. When Astro writes a file with the same bytes again (same path,
 * same pass code), the pass takes the page as the previous build finished it and copies its
 * offline-zip entry as stored, instead of parsing, printing and compressing it again (the finished
 * page is hard-linked into the new output, not written again). After one seed
 * changes, most pages (every other report, in both languages) come out of Astro unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OFFLINE_ZIP_PATH } from '../../src/lib/offline';
import { hashFiles, readSources } from '../ingest/cache';
import type { Logger } from '../lib/logger';
import { openStoredZip, type StoredEntry, type StoredZip } from './zip-read';

/** What the pass's output depends on besides a file's bytes and path. */
export const PASS_SOURCES = ['scripts/build', 'src/lib/offline.ts', 'src/lib/fold.ts', 'package-lock.json'];

/** The hash of the pass's code at `root`: a change to it makes every file new. */
export function passVersion(root: string): string {
  return hashFiles(readSources(root, PASS_SOURCES));
}

/** Hash of a file as Astro wrote it. */
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

interface FileRecord { hash: string; meta?: Record<string, string> }
interface Manifest { version: string; outDir: string; zip: boolean; files: Record<string, FileRecord> }

/** Where a build is reused from: its manifest file, its output folder and the pass's version. */
export interface ReuseOptions { manifest: string; outDir: string; version: string; zip: boolean }

/** A page as the previous build finished it, and where that build left it. */
export interface ReusedPage { html: string; meta?: Record<string, string>; path: string }

/** Puts the finished page at `from` (the last build's) at `dest` in place of Astro's copy: a hard
 * link, so no bytes are written (nothing writes into a finished page afterwards, and the last
 * build's folder stays whole until the new one replaces it); written out as `html` where the two
 * folders cannot share a file. */
export function placeReused(from: string, dest: string, html: string): void {
  rmSync(dest, { force: true });
  try {
    linkSync(from, dest);
  } catch {
    writeFileSync(dest, html);
  }
}

/** The previous build, as far as it can be reused, and the manifest of this one. */
export class PreviousBuild {
  reused = 0;
  private readonly next: Manifest;
  private readonly old: Record<string, FileRecord>;
  private readonly zip: StoredZip | undefined;

  private constructor(private readonly options: ReuseOptions, old: Manifest | undefined, zip: StoredZip | undefined) {
    this.old = old?.files ?? {};
    this.zip = zip;
    this.next = { version: options.version, outDir: options.outDir, zip: options.zip, files: {} };
  }

  /** Opens what the last build left; an empty PreviousBuild when there is nothing usable (no
   * manifest, another pass version, another output folder or none, or a zip wanted but not there). */
  static open(options: ReuseOptions, log: Logger): PreviousBuild {
    let manifest: Manifest | undefined;
    let zip: StoredZip | undefined;
    try {
      const m = existsSync(options.manifest) ? (JSON.parse(readFileSync(options.manifest, 'utf8')) as Manifest) : undefined;
      const zipFile = join(options.outDir, OFFLINE_ZIP_PATH);
      if (m && m.version === options.version && m.outDir === options.outDir && existsSync(join(options.outDir, 'index.html'))) {
        if (!options.zip) manifest = m;
        else if (m.zip && existsSync(zipFile)) { zip = openStoredZip(zipFile); manifest = m; }
      }
    } catch (e) {
      log.warn(`incremental: the last build cannot be reused (${(e as Error).message}); every page is processed`);
      zip?.close();
      zip = undefined;
      manifest = undefined;
    }
    return new PreviousBuild(options, manifest, zip);
  }

  private unchanged(file: string, hash: string): boolean {
    return this.old[file]?.hash === hash;
  }

  /** The page at `file` as the last build finished it, when Astro wrote the same bytes again. */
  page(file: string, hash: string): ReusedPage | undefined {
    if (!this.unchanged(file, hash)) return undefined;
    const path = join(this.options.outDir, file);
    if (!existsSync(path)) return undefined;
    this.reused++;
    const meta = this.old[file]!.meta;
    return { html: readFileSync(path, 'utf8'), path, ...(meta ? { meta } : {}) };
  }

  /** The file's entry in the last build's offline zip (and its stored bytes), when unchanged. */
  zipEntry(file: string, hash: string, folder: string): { entry: StoredEntry; data: Buffer } | undefined {
    if (!this.zip || !this.unchanged(file, hash)) return undefined;
    const entry = this.zip.entries.get(`${folder}/${file}`);
    return entry ? { entry, data: this.zip.read(entry) } : undefined;
  }

  /** Records a file of this build. */
  record(file: string, hash: string, meta?: Record<string, string>): void {
    this.next.files[file] = meta ? { hash, meta } : { hash };
  }

  /** Writes this build's manifest (call once the new output is in place). */
  save(): void {
    mkdirSync(dirname(this.options.manifest), { recursive: true });
    writeFileSync(this.options.manifest, JSON.stringify(this.next));
  }

  close(): void {
    this.zip?.close();
  }
}
