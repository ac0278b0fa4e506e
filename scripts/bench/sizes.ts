/**
 * Page weight: the bytes a page costs a reader, gzipped (zlib's default level, as a typical static
 * host serves them). A page's default JavaScript is what its `<script src>` (and module preloads)
 * load; its CSS is its `<link rel="stylesheet">` files. Pagefind's files are not counted: they load
 * only when a search starts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of `data` in bytes. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).length;
}

/** An attribute's value in one start tag (quoted or not), or undefined. */
function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** The script and stylesheet URLs a page loads by default, in document order. */
export interface PageAssets { scripts: string[]; styles: string[] }

/** Reads `<script src>`, `<link rel="modulepreload">`/`<link rel="preload" as="script">` and
 * `<link rel="stylesheet">` URLs from an HTML page (comments ignored). */
export function pageAssets(html: string): PageAssets {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of text.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) scripts.push(src);
  }
  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) styles.push(href);
    else if (rel.includes('modulepreload') || (rel.includes('preload') && attr(tag, 'as') === 'script')) scripts.push(href);
  }
  return { scripts, styles };
}

/** The dist-relative file a URL on page `fromFile` points to, or undefined for other origins and
 * `data:` URLs. Root-relative and relative URLs both work; query and hash are dropped. */
export function resolveAsset(fromFile: string, url: string): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return undefined;
  const path = url.replace(/[?#].*$/, '');
  const abs = path.startsWith('/') ? path : posix.join(posix.dirname(`/${fromFile}`), path);
  return posix.normalize(abs).replace(/^\/+/, '');
}

/** Gzipped bytes of one page: its HTML, and the CSS and JS it loads by default. */
export interface PageWeight {
  /** The page, relative to dist ("articles/x/index.html"). */
  file: string;
  html: number;
  css: number;
  js: number;
  /** The asset files counted (dist-relative); missing ones are listed in `missing`. */
  assets: string[];
  missing: string[];
}

/** Measures page `file` of `dist`. `sizeOf` caches the gzipped size of each asset across pages. */
export function pageWeight(dist: string, file: string, sizeOf: (f: string) => number | undefined = gzipFileSize(dist)): PageWeight {
  const html = readFileSync(join(dist, file));
  const { scripts, styles } = pageAssets(html.toString('utf8'));
  const weight: PageWeight = { file, html: gzipSize(html), css: 0, js: 0, assets: [], missing: [] };
  const add = (urls: string[], key: 'css' | 'js') => {
    for (const url of new Set(urls)) {
      const asset = resolveAsset(file, url);
      if (!asset) continue;
      const size = sizeOf(asset);
      if (size === undefined) weight.missing.push(asset);
      else { weight[key] += size; weight.assets.push(asset); }
    }
  };
  add(scripts, 'js');
  add(styles, 'css');
  return weight;
}

/** A cached lookup of the gzipped size of dist-relative files (undefined when missing). */
export function gzipFileSize(dist: string): (file: string) => number | undefined {
  const cache = new Map<string, number | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      const full = join(dist, file);
      cache.set(file, existsSync(full) && statSync(full).isFile() ? gzipSize(readFileSync(full)) : undefined);
    }
    return cache.get(file);
  };
}

/** Total bytes (not gzipped) of every file below `dir`; 0 when it does not exist. */
export function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Bytes for people: "812 B", "14.2 KB", "3.4 MB", "1.10 GB" (1 KB = 1024 B). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v.toFixed(i === 2 ? 2 : 1)} ${units[i]}`;
}
