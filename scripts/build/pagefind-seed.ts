/**
 * A rebuild's Pagefind index from the last one's chunks. Pagefind names its index and filter chunks
 * (and fragments and metadata) by the SHA-1 of what they hold, and does not write such a file when
 * it is already in the output folder (pagefind/src/output/mod.rs, "immutable" files): it skips the
 * compression too, which is most of its write time (at 1,000 articles ~5.4 s into an empty folder,
 * ~3.1 s when all of the last build's files are there). So before Pagefind writes, the last build's hashed
 * chunks are hard-linked into the new folder (no bytes copied; Pagefind never writes into a file it
 * finds, and the last build's folder stays whole until the new one replaces it); after it wrote,
 * the chunks the new metadata does not name are removed, and every chunk taken from the last build
 * is checked against its name (a name is only the hash's first 7 hex digits: two builds' different
 * chunks can share one). A chunk that fails is removed, and Pagefind writes it again.
 *
 * Chunks are cut from the words in order at a fixed size, so a changed page changes the chunk of
 * its first changed word and every chunk after it; the fragments of unchanged pages are taken too
 * (one per page), except for the pair index, which rewrites its fragments (search-pairs.ts). The
 * metadata (one file per language, which changes with any page) is not taken: the chunks to keep
 * are read from the metadata Pagefind has just written.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from './files';
import type { PagefindIndex } from 'pagefind';
import { readPagefindEntry } from './offline-search';

/** Header of Pagefind's decompressed data files. */
export const SIGNATURE = 'pagefind_dcd';

/** The files a rebuild takes from the last build: index and filter chunks, and fragments unless
 * the caller rewrites them. */
const CHUNKS = /^(?:index|filter)\/[^/]+\.pf_(?:index|filter)$/;
const FRAGMENTS = /^fragment\/[^/]+\.pf_fragment$/;

/** A minimal CBOR reader (RFC 8949: integers, byte and text strings, arrays, maps, simple values),
 * enough for Pagefind's metadata; throws on anything else. */
export function decodeCbor(bytes: Uint8Array): unknown {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (n: number) => { if (at + n > bytes.length) throw new Error('cbor: truncated'); };
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new Error(`cbor: unsupported length ${info}`);
    need(size);
    const v = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return v;
  };
  const item = (): unknown => {
    need(1);
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20 || info === 21) return info === 21;
      if (info === 22 || info === 23) return null;
      throw new Error(`cbor: unsupported simple value ${info}`);
    }
    if (info === 31) {
      if (major !== 4 && major !== 5) throw new Error('cbor: unsupported indefinite string');
      const out: unknown[] = [];
      while ((need(1), bytes[at]) !== 0xff) out.push(item());
      at++;
      return major === 4 ? out : pairsToObject(out);
    }
    const n = length(info);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      need(n);
      const raw = bytes.subarray(at, (at += n));
      return major === 2 ? raw : Buffer.from(raw).toString('utf8');
    }
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 5) return pairsToObject(Array.from({ length: 2 * n }, item));
    throw new Error(`cbor: unsupported major type ${major}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error('cbor: trailing bytes');
  return value;
}

function pairsToObject(items: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < items.length; i += 2) out[String(items[i])] = items[i + 1];
  return out;
}

/** The data of a Pagefind file (gunzipped, its header removed). */
export function pagefindData(bytes: Uint8Array): Buffer {
  const data = gunzipSync(bytes);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('not a Pagefind data file');
  return data.subarray(SIGNATURE.length);
}

/** Pagefind's hash of `data` (pagefind/src/utils.rs full_hash): SHA-1, each byte in hex without
 * a leading zero. A file is named `<lang>_<the first 7 or more characters of it>`. */
export function pagefindHash(data: Uint8Array): string {
  return [...createHash('sha1').update(data).digest()].map((b) => b.toString(16)).join('');
}

/** Whether the Pagefind file at `path` (relative to its folder) holds what its name says. */
export function holdsItsName(folder: string, path: string): boolean {
  const name = /(?:^|\/)(?:pagefind\.)?[^/_.]+_([0-9a-f]+)\.pf_(?:index|filter|meta|fragment)$/.exec(path)?.[1];
  if (!name) return false;
  try {
    return pagefindHash(pagefindData(readFileSync(join(folder, path)))).startsWith(name);
  } catch {
    return false;
  }
}

/** The hashed files the Pagefind bundle in `folder` refers to: each language's metadata (from
 * pagefind-entry.json) and the fragments, index and filter chunks that metadata names. Its layout
 * (pagefind/src/index: version, pages [hash, word count, …], index chunks [from, to, hash],
 * filters [name, hash], …) is checked as it is read. */
export function referencedChunks(folder: string): Set<string> {
  const entry = readPagefindEntry(folder);
  const out = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const meta = `pagefind.${hash}.pf_meta`;
    out.add(meta);
    const [, pages, chunks, filters] = decodeCbor(pagefindData(readFileSync(join(folder, meta)))) as unknown[];
    if (!Array.isArray(pages) || !Array.isArray(chunks) || !Array.isArray(filters)) throw new Error(`${meta}: not Pagefind metadata as this build reads it`);
    for (const p of pages) out.add(`fragment/${String((p as unknown[])[0])}.pf_fragment`);
    for (const c of chunks) out.add(`index/${String((c as unknown[])[2])}.pf_index`);
    for (const f of filters) out.add(`filter/${String((f as unknown[])[1])}.pf_filter`);
  }
  return out;
}

/** Hard-links the last build's index and filter chunks (and fragments, with `fragments`) from
 * `previous` into `target` before Pagefind writes there; returns their paths (none when
 * `previous` has no index). */
export function seedChunks(previous: string | undefined, target: string, fragments: boolean): string[] {
  if (!previous || !existsSync(join(previous, 'pagefind-entry.json'))) return [];
  const seeded: string[] = [];
  for (const path of listFiles(previous).filter((p) => CHUNKS.test(p) || (fragments && FRAGMENTS.test(p)))) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    try {
      linkSync(join(previous, path), join(target, path));
      seeded.push(path);
    } catch {
      // another file system: Pagefind writes the chunk itself
    }
  }
  return seeded;
}

/** After Pagefind wrote into `target`: removes the `seeded` chunks its metadata does not name, and
 * those it names that do not hold what their name says. Returns the removed ones that are named:
 * Pagefind must write those again (`writeFiles` once more). */
export function settleSeeded(target: string, seeded: string[]): { removed: number; rewrite: string[] } {
  const used = referencedChunks(target);
  const rewrite: string[] = [];
  let removed = 0;
  for (const path of seeded) {
    if (used.has(path) && holdsItsName(target, path)) continue;
    rmSync(join(target, path), { force: true });
    if (used.has(path)) rewrite.push(path);
    else removed++;
  }
  return { removed, rewrite };
}

/** How writeWithChunksOf writes: the last build's Pagefind folder, whether its fragments are taken
 * too, a name for errors, and what runs once the first write has been asked for. */
export interface SeededWrite { previous?: string | undefined; fragments: boolean; label: string; onWriting?: (() => void) | undefined }

/** Has Pagefind write `index` into `target` (which must not exist yet) with the last build's chunks
 * (see the module note). Returns how many files were taken from the last build and kept. */
export async function writeWithChunksOf(index: PagefindIndex, target: string, { previous, fragments, label, onWriting }: SeededWrite): Promise<number> {
  const seeded = seedChunks(previous, target, fragments);
  const write = async () => {
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) throw new Error(`${label}: ${written.errors.join('; ')}`);
  };
  const first = write();
  onWriting?.();
  await first;
  if (!seeded.length) return 0;
  const { removed, rewrite } = settleSeeded(target, seeded);
  if (rewrite.length) await write();
  return seeded.length - removed - rewrite.length;
}
