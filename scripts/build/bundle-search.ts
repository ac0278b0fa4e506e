/** The search client (src/client/search/*.ts) bundled into one classic script, `js/search.js`: an
 * IIFE, so it runs from file:// (where Chromium refuses module scripts) as well as online. */
import { mkdirSync, writeFileSync } from 'node:fs';
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
