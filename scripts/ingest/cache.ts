/**
 * The per-seed ingest cache: an unchanged seed is not read again. A seed's key is the SHA-256 of
 * everything its article depends on — the file name, the seed's bytes, its entry in
 * seeds/editorial.yaml, the lexicons (content/indicators.yaml, topics.yaml, content/lexicon/) and the
 * pipeline's own source files (scripts/ingest/, src/schemas/, src/lib/, package-lock.json), so
 * changing any of them, code included, misses. Entries live in
 * `node_modules/.cache/cds-vn/ingest/<seeds folder hash>/<seed>.json` (git-ignored), one per seed.
 * Set `CDS_INGEST_CACHE=off` to ingest every seed afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files and folders (relative to the project root) whose contents the ingest code is made of. */
export const PIPELINE_SOURCES = ['scripts/ingest', 'scripts/lib', 'src/schemas', 'src/lib', 'package-lock.json'];
/** Files and folders (relative to the project root) of the word lists every article is read against. */
export const LEXICON_SOURCES = ['content/indicators.yaml', 'content/topics.yaml', 'content/lexicon'];

/** One file's path (relative, `/`-separated) and bytes, as hashed. */
export interface SourceFile { path: string; bytes: Uint8Array }

/** SHA-256 (hex) of a list of files, independent of their order: path, NUL, length, bytes for each. */
export function hashFiles(files: SourceFile[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    h.update(f.path).update('\0').update(String(f.bytes.length)).update('\0').update(f.bytes);
  }
  return h.digest('hex');
}

/** What one seed's article depends on besides the shared inputs. */
export interface SeedInput {
  file: string;
  bytes: Uint8Array;
  /** The seed's entry in seeds/editorial.yaml, if any (compared as canonical JSON). */
  editorial: unknown;
}

/** JSON with object keys sorted, so two equal editorial entries give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The cache key of one seed: SHA-256 of the shared `inputsHash` (lexicons + pipeline) and the seed's own inputs. */
export function seedKey(inputsHash: string, seed: SeedInput): string {
  return createHash('sha256')
    .update(inputsHash).update('\0')
    .update(seed.file).update('\0')
    .update(canonicalJson(seed.editorial)).update('\0')
    .update(seed.bytes)
    .digest('hex');
}

/** Every file below the given root-relative paths (files or folders; missing ones are skipped). */
export function readSources(root: string, paths: string[]): SourceFile[] {
  const out: SourceFile[] = [];
  for (const p of paths) {
    const full = join(root, p);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory()
      ? readdirSync(full, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
      : [full];
    for (const f of files) out.push({ path: relative(root, f).split(sep).join('/'), bytes: readFileSync(f) });
  }
  return out;
}

/** The hash of the shared inputs at `root`: the lexicons and the pipeline's sources. */
export function sharedInputsHash(root: string): string {
  return hashFiles([
    ...readSources(root, LEXICON_SOURCES).map((f) => ({ ...f, path: `lexicon:${f.path}` })),
    ...readSources(root, PIPELINE_SOURCES).map((f) => ({ ...f, path: `pipeline:${f.path}` })),
  ]);
}

/** A per-seed store of validated articles (any JSON value). */
export interface SeedCache<T> {
  /** The cached article of `seed`, or undefined when it changed (or was never cached). */
  get(seed: SeedInput): T | undefined;
  /** Remembers `value` as the article of `seed`. */
  set(seed: SeedInput, value: T): void;
  /** The serialized entry remembered for `file`'s current article when its slug was `slug`. Only
   * after `get` hit or `set` for that file in this run (so it belongs to the current key). */
  text(file: string, slug: string): string | undefined;
  /** Remembers the serialized entry of `file`'s current article, written with slug `slug`. */
  setText(file: string, slug: string, text: string): void;
  /** Forgets every seed not in `files` (seeds that were removed). */
  prune(files: string[]): void;
  /** How many `get`s hit since the cache was opened. */
  readonly hits: number;
}

/** The folder of the cache for `seedsDir`, under `root`'s node_modules/.cache. */
export function cacheDirFor(root: string, seedsDir: string): string {
  const id = createHash('sha256').update(seedsDir).digest('hex').slice(0, 12);
  return join(root, 'node_modules', '.cache', 'cds-vn', 'ingest', id);
}

/** Whether the environment turns the cache off (`CDS_INGEST_CACHE=off|0|false`). */
export function cacheDisabled(env: Record<string, string | undefined> = process.env): boolean {
  return /^(?:off|0|false|no)$/i.test(env.CDS_INGEST_CACHE ?? '');
}

interface Stored<T> { key: string; value: T; slug?: string; text?: string }

/** A {@link SeedCache} in folder `dir`, keyed with `inputsHash`. A corrupt entry counts as a miss. */
export function openSeedCache<T>(dir: string, inputsHash: string): SeedCache<T> {
  let hits = 0;
  const entry = (file: string) => join(dir, `${file}.json`);
  /** Entries that match their seed's current key, read or written in this run. */
  const current = new Map<string, Stored<T>>();
  const write = (file: string, stored: Stored<T>) => {
    mkdirSync(dir, { recursive: true });
    const tmp = `${entry(file)}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(stored));
    renameSync(tmp, entry(file));
    current.set(file, stored);
  };
  return {
    get(seed) {
      const f = entry(seed.file);
      if (!existsSync(f)) return undefined;
      try {
        const stored = JSON.parse(readFileSync(f, 'utf8')) as Stored<T>;
        if (stored.key !== seedKey(inputsHash, seed)) return undefined;
        hits++;
        current.set(seed.file, stored);
        return stored.value;
      } catch {
        return undefined;
      }
    },
    set(seed, value) {
      write(seed.file, { key: seedKey(inputsHash, seed), value });
    },
    text(file, slug) {
      const stored = current.get(file);
      return stored?.slug === slug ? stored.text : undefined;
    },
    setText(file, slug, text) {
      const stored = current.get(file);
      if (stored && (stored.slug !== slug || stored.text !== text)) write(file, { ...stored, slug, text });
    },
    prune(files) {
      if (!existsSync(dir)) return;
      const keep = new Set(files.map((f) => `${f}.json`));
      for (const f of readdirSync(dir)) if (!keep.has(f)) rmSync(join(dir, f), { force: true });
    },
    get hits() { return hits; },
  };
}

/** The serialized entry of `file`'s article from `cache` when it was made for the same slug, else
 * `make()` (remembered in the cache for the next run). */
export function cachedText(cache: SeedCache<unknown> | undefined, file: string, slug: string, make: () => string): string {
  const known = cache?.text(file, slug);
  if (known !== undefined) return known;
  const text = make();
  cache?.setText(file, slug, text);
  return text;
}

/**
 * Writes `files` (name → text) into `outDir`, leaving a file whose bytes are already the same
 * untouched (its mtime too, so Astro's content layer reuses it), and removes files not in `files`.
 * Each changed file is written to a temporary name and renamed over the old one.
 */
export function writeChanged(outDir: string, files: Map<string, string>): { written: number; removed: number } {
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  let removed = 0;
  for (const [name, text] of files) {
    const full = join(outDir, name);
    if (existsSync(full) && readFileSync(full, 'utf8') === text) continue;
    const tmp = `${full}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    renameSync(tmp, full);
    written++;
  }
  for (const name of readdirSync(outDir)) {
    if (files.has(name)) continue;
    rmSync(join(outDir, name), { recursive: true, force: true });
    removed++;
  }
  return { written, removed };
}
