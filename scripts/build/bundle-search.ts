/** The search client (src/client/search/*.ts) bundled into one classic script, `js/search.js`: an
 * IIFE, so it runs from file:// (where Chromium refuses module scripts) as well as online. */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The client's entry module. */
export const SEARCH_ENTRY = fileURLToPath(new URL('../../src/client/search/main.ts', import.meta.url));

/** Where the bundle goes in the built site (the search page loads it from there). */
export const SEARCH_SCRIPT = 'js/search.js';

/** The search client as the text of one minified classic script. */
export async function bundleSearchClient(entry = SEARCH_ENTRY): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = out.outputFiles[0];
  if (!js) throw new Error(`search client: esbuild wrote nothing for ${entry}`);
  return `/* Search client, bundled from src/client/search/ by scripts/build/bundle-search.ts. */\n${js.text}`;
}

/** Writes the bundled search client to `<dir>/js/search.js`; returns its size in bytes. */
export async function writeSearchClient(dir: string): Promise<number> {
  const code = await bundleSearchClient();
  const file = join(dir, SEARCH_SCRIPT);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, code);
  return Buffer.byteLength(code);
}

/** Connect-style middleware for a dev server (Vite's `server.middlewares`, from an integration's
 * `astro:server:setup`): answers `<base>js/search.js` with the client bundled afresh, so edits
 * to src/client/search/ show on reload; passes every other request on. */
export function searchClientMiddleware(base = '/') {
  const path = `${base.replace(/\/?$/, '/')}${SEARCH_SCRIPT}`;
  return (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void => {
    if ((req.url ?? '').split('?')[0] !== path) return next();
    bundleSearchClient().then((code) => {
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.end(code);
    }, next);
  };
}
