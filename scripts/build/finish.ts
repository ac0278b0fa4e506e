/** What happens to Astro's output before it becomes dist/: relative links, the search index, the
 * offline zip. Called by the cds integration on `astro:build:done` (src/integrations/cds.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files';
import { parseHtml, printHtml } from './html';
import { relativizeCss, relativizeTree } from './relativize';
import type { SitePage } from './search-index';

/** Makes every internal URL of the built pages and stylesheets in `dir` relative, and returns the
 * pages' trees (the search index reads them without parsing again). */
export function relativizeSite(dir: string): SitePage[] {
  const pages: SitePage[] = [];
  for (const file of listFiles(dir)) {
    const full = join(dir, file);
    if (file.endsWith('.css')) writeFileSync(full, relativizeCss(readFileSync(full, 'utf8'), file));
    if (!file.endsWith('.html') || file.startsWith('pagefind/')) continue;
    const tree = relativizeTree(parseHtml(readFileSync(full, 'utf8')), file);
    writeFileSync(full, printHtml(tree));
    pages.push({ file, tree });
  }
  return pages;
}
