/**
 * The rule of src/lib/cache-key.ts: a page that gives Astro's incremental build a cacheKey takes
 * every piece of the dataset it shows from its props (its key is their digest). Were it to load
 * the archive itself, a rebuild could restore it stale. The same holds for every component and
 * layout, which pages of both kinds use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
/** Calls that read the dataset or the stories outside a page's props. Rendering an entry's body
 * (`getEntry` + `render`) is tracked by Astro itself. */
const LOADS = /\b(?:loadArticles|getCollection|loadStories|datasetInput)\s*\(/;
/** Source without its comments. */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const files = (dir: string, ext: RegExp) => readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && ext.test(e.name))
  .map((e) => join(e.parentPath, e.name));

/** `source` without the body of its `getStaticPaths` function (where loading the archive is right). */
export function withoutGetStaticPaths(source: string): string {
  const start = source.search(/export (?:async )?function getStaticPaths\s*\(/);
  if (start < 0) return source;
  let depth = 0;
  for (let i = source.indexOf('{', start); i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(0, start) + source.slice(i + 1);
  }
  return source.slice(0, start);
}

describe('pages with an incremental-build key', () => {
  const keyed = files('src/pages', /\.astro$/).filter((f) => readFileSync(f, 'utf8').includes('keyedPath('));

  it('exist: article, indicator, topic and timeline routes', () => {
    const names = keyed.map((f) => relative(join(ROOT, 'src/pages'), f)).sort();
    expect(names).toEqual(expect.arrayContaining(['[...lang]/articles/[slug].astro', '[...lang]/indicators/[id].astro', '[...lang]/topics/[id].astro', '[...lang]/timeline/[year].astro']));
  });

  it('load nothing outside getStaticPaths', () => {
    const loading = keyed.filter((f) => LOADS.test(withoutGetStaticPaths(code(readFileSync(f, 'utf8')))));
    expect(loading.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('use components and layouts that load nothing themselves', () => {
    const loading = [...files('src/components', /\.astro$/), ...files('src/layouts', /\.astro$/)].filter((f) => LOADS.test(code(readFileSync(f, 'utf8'))));
    expect(loading.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

describe('withoutGetStaticPaths', () => {
  it('drops the function with its nested braces and keeps the rest', () => {
    const src = 'import x;\nexport async function getStaticPaths() {\n  const a = { b: { c: 1 } };\n  return loadArticles();\n}\nconst y = loadArticles();\n';
    expect(withoutGetStaticPaths(src)).toBe('import x;\n\nconst y = loadArticles();\n');
    expect(LOADS.test(withoutGetStaticPaths(src))).toBe(true);
    expect(LOADS.test(withoutGetStaticPaths(src.replace('const y = loadArticles();', '')))).toBe(false);
  });
});
