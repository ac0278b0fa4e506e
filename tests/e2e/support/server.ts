/**
 * A tiny dependency-free static file server for tests.
 *
 * Serves `dir` on 127.0.0.1 (free port), optionally under a sub-path `base`
 * (e.g. '/a/b/') so the built site can be tested as if it were deployed
 * below a path prefix. Behaves like a typical static host:
 *  - `index.html` for directories, `/dir` → 301 `/dir/`;
 *  - 404 with `<dir>/404.html` as the body when it exists;
 *  - GET and HEAD only; no caching; no directory listings.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface ServeOptions {
  /** Sub-path the site is mounted at; normalised to '/…/'. Default '/'. */
  base?: string;
}

export interface ServedSite {
  /** Absolute URL of the site root, always ending in '/', e.g. http://127.0.0.1:4321/a/b/ */
  url: string;
  /** Port the server listens on. */
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Content type for a file name; Pagefind's `*.pf_*` index files are binary. */
export function contentTypeFor(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return TYPES[ext] ?? 'application/octet-stream';
}

/** Normalise a base path to start and end with exactly one '/'. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

async function statOrNull(p: string) {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

export async function serveDir(dir: string, options: ServeOptions = {}): Promise<ServedSite> {
  const root = path.resolve(dir);
  const rootStat = await statOrNull(root);
  if (!rootStat?.isDirectory()) throw new Error(`serveDir: not a directory: ${root}`);
  const base = normaliseBase(options.base ?? '/');

  const sendFile = (req: IncomingMessage, res: ServerResponse, file: string, size: number, status = 200) => {
    res.writeHead(status, {
      'Content-Type': contentTypeFor(file),
      'Content-Length': String(size),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

  const notFound = async (req: IncomingMessage, res: ServerResponse) => {
    const page = path.join(root, '404.html');
    const s = await statOrNull(page);
    if (s?.isFile()) return sendFile(req, res, page, s.size, 404);
    const body = 'Not found\n';
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const plain = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return plain(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    }
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const rawPath = q === -1 ? raw : raw.slice(0, q);
    const query = q === -1 ? '' : raw.slice(q);
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return plain(res, 400, 'Bad request\n');
    }
    if (pathname.includes('\0')) return plain(res, 400, 'Bad request\n');

    // The mount point without its trailing slash redirects, like a directory.
    if (base !== '/' && pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base + query });
      return res.end();
    }
    if (!pathname.startsWith(base)) return notFound(req, res);

    const rel = pathname.slice(base.length);
    const target = path.resolve(root, `.${path.posix.sep}${rel}`);
    if (target !== root && !target.startsWith(root + path.sep)) return notFound(req, res);

    const s = await statOrNull(target);
    if (!s) return notFound(req, res);
    if (s.isDirectory()) {
      if (!rawPath.endsWith('/')) {
        res.writeHead(301, { Location: `${rawPath}/${query}` });
        return res.end();
      }
      const index = path.join(target, 'index.html');
      const is = await statOrNull(index);
      if (is?.isFile()) return sendFile(req, res, index, is.size);
      return notFound(req, res);
    }
    if (!s.isFile()) return notFound(req, res);
    // A file requested with a trailing slash ("/a.html/") does not exist on real hosts.
    if (rawPath.endsWith('/')) return notFound(req, res);
    return sendFile(req, res, target, s.size);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) plain(res, 500, `Internal error: ${String(err)}\n`);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
