import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, normaliseBase, serveDir, type ServedSite } from '../../e2e/support/server';

let root: string;
let bare: string;
let site: ServedSite;
let sub: ServedSite;
let noNotFoundPage: ServedSite;

/** A request whose path is sent exactly as given (fetch would normalise '..'). */
function rawGet(port: number, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const get = (url: string, init: RequestInit = {}) => fetch(url, { redirect: 'manual', ...init });

beforeAll(async () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'serve-dir-'));
  root = path.join(tmp, 'site');
  bare = path.join(tmp, 'bare');
  for (const d of ['en', 'data', 'pagefind/fragment', 'empty', 'viết']) mkdirSync(path.join(root, d), { recursive: true });
  mkdirSync(bare);
  const files: Record<string, string> = {
    'index.html': '<!DOCTYPE html><title>home</title>',
    '404.html': '<!DOCTYPE html><title>missing</title>',
    'en/index.html': '<!DOCTYPE html><title>en</title>',
    'viết/index.html': 'unicode',
    'style.css': 'body{}',
    'app.js': 'export {}',
    'm.mjs': 'export {}',
    'data/x.json': '{}',
    'data/x.csv': 'a,b\n',
    'data/x.zip': 'PK',
    'logo.svg': '<svg/>',
    'sitemap.xml': '<urlset/>',
    'robots.txt': 'User-agent: *',
    'site.webmanifest': '{}',
    'pagefind/wasm.en.pagefind': 'x',
    'pagefind/pagefind.pf_meta': 'x',
    'pagefind/fragment/en_1.pf_fragment': 'x',
    'pagefind/pagefind.wasm': 'x',
    'mystery.bin': 'x',
  };
  for (const [f, body] of Object.entries(files)) writeFileSync(path.join(root, f), body);
  writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
  writeFileSync(path.join(bare, 'index.html'), 'bare');
  [site, sub, noNotFoundPage] = await Promise.all([serveDir(root), serveDir(root, { base: 'a/b' }), serveDir(bare)]);
});

afterAll(async () => {
  await Promise.all([site?.close(), sub?.close(), noNotFoundPage?.close()]);
  rmSync(path.dirname(root), { recursive: true, force: true });
});

describe('serveDir', () => {
  it('listens on 127.0.0.1 with a free port', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(site.port).toBeGreaterThan(0);
    expect(sub.port).not.toBe(site.port);
  });

  it('serves index.html for directories', async () => {
    const res = await get(site.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>home</title>');
    expect(await (await get(`${site.url}en/`)).text()).toContain('<title>en</title>');
    expect(await (await get(`${site.url}en/index.html?x=1`)).text()).toContain('<title>en</title>');
    expect(await (await get(`${site.url}vi%E1%BA%BFt/`)).text()).toBe('unicode');
  });

  it('redirects /dir to /dir/ keeping the query', async () => {
    const res = await get(`${site.url}en?q=1`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/en/?q=1');
    const followed = await fetch(`${site.url}en`);
    expect(followed.status).toBe(200);
    expect(followed.url).toBe(`${site.url}en/`);
  });

  it.each([
    ['style.css', 'text/css; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['m.mjs', 'text/javascript; charset=utf-8'],
    ['data/x.json', 'application/json; charset=utf-8'],
    ['data/x.csv', 'text/csv; charset=utf-8'],
    ['data/x.zip', 'application/zip'],
    ['logo.svg', 'image/svg+xml'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['site.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['pagefind/pagefind.wasm', 'application/wasm'],
    ['pagefind/pagefind.pf_meta', 'application/octet-stream'],
    ['pagefind/fragment/en_1.pf_fragment', 'application/octet-stream'],
    ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['mystery.bin', 'application/octet-stream'],
  ])('serves %s as %s', async (file, type) => {
    const res = await get(site.url + file);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(Number(res.headers.get('content-length'))).toBe((await res.arrayBuffer()).byteLength);
  });

  it('answers 404 with 404.html when present, plain text otherwise', async () => {
    const res = await get(`${site.url}nope/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>missing</title>');
    const plain = await get(`${noNotFoundPage.url}nope`);
    expect(plain.status).toBe(404);
    expect(await plain.text()).toBe('Not found\n');
    // A directory without index.html, and a file asked for as a directory.
    expect((await get(`${site.url}empty/`)).status).toBe(404);
    expect((await get(`${site.url}style.css/`)).status).toBe(404);
  });

  it('does not serve files outside the directory', async () => {
    for (const p of ['../secret.txt', '%2e%2e/secret.txt', 'en/%2e%2e/%2e%2e/secret.txt', '%2e%2e%2fsecret.txt']) {
      const res = await get(site.url + p);
      expect(res.status, p).toBe(404);
      expect(await res.text()).not.toBe('secret');
    }
    for (const p of ['/../secret.txt', '/en/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await rawGet(site.port, p);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toBe('secret');
    }
    expect((await rawGet(sub.port, '/a/b/../../secret.txt')).status).toBe(404);
    expect((await get(`${site.url}%E0%A4%A`)).status).toBe(400);
  });

  it('supports HEAD and rejects other methods', async () => {
    const head = await get(`${site.url}style.css`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('6');
    expect(await head.text()).toBe('');
    const post = await get(`${site.url}style.css`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('serves under a base sub-path', async () => {
    expect(sub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/a\/b\/$/);
    expect(await (await get(sub.url)).text()).toContain('<title>home</title>');
    expect((await get(`${sub.url}style.css`)).status).toBe(200);
    const origin = new URL(sub.url).origin;
    // Outside the base: 404, as on a host that mounts the site below a path.
    expect((await get(`${origin}/style.css`)).status).toBe(404);
    expect((await get(`${origin}/`)).status).toBe(404);
    const mount = await get(`${origin}/a/b`);
    expect(mount.status).toBe(301);
    expect(mount.headers.get('location')).toBe('/a/b/');
    const dir = await get(`${sub.url}en`);
    expect(dir.headers.get('location')).toBe('/a/b/en/');
  });

  it('close() is idempotent and stops the server', async () => {
    const s = await serveDir(root);
    await Promise.all([s.close(), s.close()]);
    await expect(fetch(s.url)).rejects.toThrow();
  });

  it('rejects a missing directory', async () => {
    await expect(serveDir(path.join(root, 'does-not-exist'))).rejects.toThrow(/not a directory/);
  });
});

describe('helpers', () => {
  it('normaliseBase', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('a/b')).toBe('/a/b/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
    expect(normaliseBase('//a//')).toBe('/a/');
  });

  it('contentTypeFor is case-insensitive', () => {
    expect(contentTypeFor('X.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('noext')).toBe('application/octet-stream');
  });
});
