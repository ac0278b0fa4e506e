/**
 * Serve a built folder with Astro's own preview server (`astro preview`, programmatic), for the
 * tests' fixture sites, the screenshots and the benchmarks. The project's astro.config is not
 * loaded (`configFile: false`): the folder is served as a plain static site, on 127.0.0.1 and a
 * free port, optionally under a sub-path. Like a static host, a folder asked for without its
 * trailing slash redirects to it (Astro's preview answers such paths itself, which breaks the
 * page's relative links).
 */
import { statSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { preview } from 'astro';

export interface PreviewedSite {
  /** Absolute URL of the site root, ending in '/', e.g. http://127.0.0.1:41234/a/b/ */
  url: string;
  /** Resolve a site-relative path ('en/', 'data/x.csv') against `url`. */
  resolve(p: string): string;
  close(): Promise<void>;
}

/** Normalise a base path to start and end with exactly one '/'. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A site root URL and its `resolve`. */
export function siteAt(url: string): Pick<PreviewedSite, 'url' | 'resolve'> {
  const root = url.endsWith('/') ? url : `${url}/`;
  return { url: root, resolve: (p) => new URL(p.replace(/^\/+/, ''), root).href };
}

/** Where a request for a folder without its trailing slash ('/a/b', '/a/b/about') redirects to, if it does. */
export function folderRedirect(root: string, base: string, url: string): string | undefined {
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q);
  if (pathname === base.slice(0, -1) && base !== '/') return base + query;
  if (!pathname.startsWith(base) || pathname.endsWith('/')) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const target = path.resolve(root, `./${rel}`);
  if (!target.startsWith(root + path.sep)) return undefined;
  return statSync(target, { throwIfNoEntry: false })?.isDirectory() ? `${pathname}/${query}` : undefined;
}

/** Serve `dir` with `astro preview` on 127.0.0.1 (free port), under `base` (default '/'). */
export async function previewDir(dir: string, options: { base?: string } = {}): Promise<PreviewedSite> {
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  const root = path.resolve(dir);
  const base = normaliseBase(options.base ?? '/');
  const server = await preview({
    configFile: false,
    // Vite refuses an outDir equal to its root: the folder's parent is the root.
    root: path.dirname(root),
    outDir: root,
    base,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
  });
  // The preview server's http.Server: its one request handler now runs after the folder redirect.
  const http = (server as typeof server & { server: Server }).server;
  const handlers = http.listeners('request') as ((...a: unknown[]) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req, res) => {
    const location = folderRedirect(root, base, req.url ?? '/');
    if (location === undefined) return handlers.forEach((h) => h.call(http, req, res));
    res.writeHead(301, { Location: location }).end();
  });
  return { ...siteAt(`http://127.0.0.1:${server.port}${base}`), close: () => server.stop() };
}
