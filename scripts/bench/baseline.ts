/**
 * The baseline: a plain Astro + MDX build of the same generated entries with one bare layout and one
 * page per entry, then Pagefind over its output. A throwaway project in a temp folder that borrows
 * this repo's node_modules through a symlink, so our build's overhead shows as a ratio.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files of the baseline project, by path relative to its root. `contentDir` is absolute. */
export function baselineFiles(contentDir: string): Record<string, string> {
  return {
    'package.json': JSON.stringify({ name: 'cds-bench-baseline', private: true, type: 'module' }, null, 2),
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      "export default defineConfig({ integrations: [mdx()], build: { format: 'directory' }, devToolbar: { enabled: false } });",
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      `const entries = defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(contentDir)} }) });`,
      'export const collections = { entries };',
      '',
    ].join('\n'),
    'src/layouts/Bare.astro': [
      '---',
      'const { title } = Astro.props;',
      '---',
      '<!doctype html>',
      '<html lang="vi"><head><meta charset="utf-8" /><title>{title}</title></head>',
      '<body><main><slot /></main></body></html>',
      '',
    ].join('\n'),
    // The entries' MDX uses the site's two body components; the baseline gives them bare markup.
    'src/components/Num.astro': '<span data-num><slot /></span>\n',
    'src/components/Caption.astro': '<p><slot /></p>\n',
    'src/pages/[slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Bare from '../layouts/Bare.astro';",
      "import Num from '../components/Num.astro';",
      "import Caption from '../components/Caption.astro';",
      'export async function getStaticPaths() {',
      "  const entries = await getCollection('entries');",
      '  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      'const data = entry.data as { title?: string; body?: { text: string }[] };',
      '---',
      '<Bare title={data.title ?? entry.id}>',
      '  <h1>{data.title}</h1>',
      '  {(data.body ?? []).map((b) => <p>{b.text}</p>)}',
      '  <Content components={{ Num, Caption }} />',
      '</Bare>',
      '',
    ].join('\n'),
    'src/pages/index.astro': '<html lang="vi"><head><meta charset="utf-8" /><title>Baseline</title></head><body><h1>Baseline</h1></body></html>\n',
    'build.mjs': [
      "import { writeFileSync } from 'node:fs';",
      "import { build } from 'astro';",
      "import * as pagefind from 'pagefind';",
      'const root = process.cwd();',
      'const times = {};',
      'let t = performance.now();',
      "await build({ root, outDir: `${root}/dist`, cacheDir: `${root}/.cache`, logLevel: 'error' });",
      'times.astro = (performance.now() - t) / 1000;',
      't = performance.now();',
      'const { index } = await pagefind.createIndex({});',
      'await index.addDirectory({ path: `${root}/dist` });',
      'await index.writeFiles({ outputPath: `${root}/dist/pagefind` });',
      'await pagefind.close();',
      'times.search = (performance.now() - t) / 1000;',
      'times.total = times.astro + times.search;',
      'writeFileSync(process.env.BUILD_TIMES_FILE, JSON.stringify(times));',
      '',
    ].join('\n'),
  };
}

/** Writes the baseline project into `dir`, linking `nodeModules` (this repo's) as its node_modules. */
export function writeBaselineProject(dir: string, contentDir: string, nodeModules: string): void {
  for (const [file, text] of Object.entries(baselineFiles(contentDir))) {
    const full = join(dir, file);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}
