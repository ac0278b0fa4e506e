/**
 * Which pages a whole-site browser check visits. Pages made from one template ('indicators/x/',
 * 'embed/indicators/y/') differ in their content, not their markup: a check that costs a page load
 * (axe, a chart at a second width) visits a spread of each template's pages — the smallest, the
 * largest and evenly between, by HTML size — and every page of the small templates. E2E_FULL=1
 * visits every page (for a release, or after a change to a template that only some pages use).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../../scripts/build/files';

/**
 * A page's template: a page below a section has every segment after the section starred
 * ('en/indicators/x/' → 'en/indicators/*'; 'embed/indicators/y/' and a list's later page
 * 'indicators/x/2/' → two starred segments); a section's own page ('about/', 'en/indicators/',
 * '404.html') is a template of its own.
 */
export function templateOf(page: string): string {
  const [, lang = '', rest = ''] = /^(en\/)?(.*)$/.exec(page)!;
  const segments = rest.split('/').filter(Boolean);
  return segments.length < 2 ? page : `${lang}${segments[0]}/${segments.slice(1).map(() => '*').join('/')}`;
}

/** `n` indices spread evenly over 0…length−1, both ends included, in order, no repeats. */
export function spreadIndices(length: number, n: number): number[] {
  if (n <= 0) return [];
  if (length <= n) return Array.from({ length }, (_, i) => i);
  if (n === 1) return [length - 1];
  return [...new Set(Array.from({ length: n }, (_, i) => Math.round((i * (length - 1)) / (n - 1))))];
}

/**
 * Up to `per` items of each group (`groupOf`), spread over the group ordered by `weightOf` (ties by
 * position); groups of `per` or fewer whole. The result keeps the input's order.
 */
export function spreadSample<T>(items: readonly T[], per: number, groupOf: (t: T) => string, weightOf: (t: T) => number): T[] {
  const groups = new Map<string, number[]>();
  items.forEach((t, i) => {
    const key = groupOf(t);
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const keep = new Set<number>();
  for (const members of groups.values()) {
    const byWeight = [...members].sort((a, b) => weightOf(items[a]!) - weightOf(items[b]!) || a - b);
    for (const k of spreadIndices(byWeight.length, per)) keep.add(byWeight[k]!);
  }
  return items.filter((_, i) => keep.has(i));
}

/** Whether every page is wanted (E2E_FULL=1) rather than a spread of each template's. */
export function fullRun(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.E2E_FULL === '1';
}

/** The HTML size of a built page ('indicators/x/' → dist/indicators/x/index.html), 0 when absent. */
function htmlSize(dist: string, page: string): number {
  try {
    return statSync(path.join(dist, page.endsWith('/') || page === '' ? `${page}index.html` : page)).size;
  } catch {
    return 0;
  }
}

/** Up to `per` pages of each template of the built site in `dist` (all with E2E_FULL=1). */
export function samplePages<T>(dist: string, pages: readonly T[], per: number, pathOf: (t: T) => string, env: NodeJS.ProcessEnv = process.env): T[] {
  if (fullRun(env)) return [...pages];
  return spreadSample(pages, per, (p) => templateOf(pathOf(p)), (p) => htmlSize(dist, pathOf(p)));
}

/** Pages per template of many pages that axe visits (axe.test.ts): the smallest, the largest and four between. */
export const AXE_PER_TEMPLATE = 6;

/** Templates axe visits whole however many pages they have: the stories and their embeds (stories.test.ts relies on it). */
const WHOLE_TEMPLATES = new Set(['stories/*', 'en/stories/*', 'embed/*', 'en/embed/*']);

/** The built pages axe visits ('' for the home page, 'en/topics/x/', '404.html'): every page of each template of six or fewer and of
 *  `WHOLE_TEMPLATES`, a spread of the others. */
export function axePages(dist: string, env: NodeJS.ProcessEnv = process.env): string[] {
  if (!existsSync(dist)) return [];
  const pages = listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).map((f) => f.replace(/index\.html$/u, ''));
  const sampled = new Set(samplePages(dist, pages, AXE_PER_TEMPLATE, (p) => p, env));
  return pages.filter((p) => sampled.has(p) || WHOLE_TEMPLATES.has(templateOf(p)));
}
