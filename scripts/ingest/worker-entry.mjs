/**
 * The entry of an ingest worker thread (scripts/ingest/pool.ts). The ingest is TypeScript that Astro
 * loads through Vite; a worker is plain Node, so this file, JavaScript, first teaches this thread's
 * module loader the project's TypeScript: extensionless relative imports resolve to their `.ts`
 * file, and `.ts` files load through Node's own type stripping (`stripTypeScriptTypes`: types
 * blanked out, or, for the rare syntax that needs code such as parameter properties, transformed).
 * Then it runs scripts/ingest/worker.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const RELATIVE = /^\.\.?\//;
const HAS_EXTENSION = /\.(?:[cm]?[jt]sx?|json)$/;

/** A TypeScript module as JavaScript: types blanked out (fast, positions kept), else transformed. */
function javascriptOf(source, url) {
  try {
    return stripTypeScriptTypes(source, { mode: 'strip' });
  } catch (e) {
    if (e?.code !== 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX') throw e;
    return stripTypeScriptTypes(source, { mode: 'transform', sourceUrl: url });
  }
}

registerHooks({
  resolve(specifier, context, next) {
    if (RELATIVE.test(specifier) && !HAS_EXTENSION.test(specifier) && context.parentURL?.startsWith('file:')) {
      const url = new URL(`${specifier}.ts`, context.parentURL);
      if (existsSync(fileURLToPath(url))) return next(url.href, context);
    }
    return next(specifier, context);
  },
  load(url, context, next) {
    if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
    return { format: 'module', source: javascriptOf(readFileSync(fileURLToPath(url), 'utf8'), url), shortCircuit: true };
  },
});

await import('./worker.ts');
