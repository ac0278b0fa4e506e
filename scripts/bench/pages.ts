/**
 * Page kinds, read from a built site's URLs only (never from page content), so the benchmark and the
 * budget test keep working while the pages change.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** The page kinds measured, in table order. */
export const PAGE_KINDS = ['home', 'timeline', 'article', 'topic', 'indicator', 'story', 'search', 'data'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** First path segment (after an optional "en/") → page kind. */
const SECTION_KIND: Record<string, PageKind> = {
  timeline: 'timeline',
  articles: 'article',
  topics: 'topic',
  indicators: 'indicator',
  stories: 'story',
  search: 'search',
  data: 'data',
};

/** The kind of the HTML page at dist-relative `file` ("en/articles/x/index.html" → "article"), or
 * undefined for pages of no measured kind (about, 404, embeds, non-HTML files). The index pages of a
 * section ("topics/index.html") count as that section's kind. */
export function pageKindOf(file: string): PageKind | undefined {
  if (!file.endsWith('.html')) return undefined;
  const path = file.replace(/^en\//, '');
  if (path === 'index.html') return 'home';
  const [section] = path.split('/');
  return section ? SECTION_KIND[section] : undefined;
}

/** True for a section's own index page ("topics/index.html", "en/stories/index.html"). */
export function isSectionIndex(file: string): boolean {
  return /^(?:en\/)?[^/]+\/index\.html$/.test(file);
}

/** The page that stands for each kind in a list of dist files: the home, timeline, search and data
 * pages themselves; for articles, topics, indicators and stories the largest Vietnamese detail page
 * (by bytes, from `sizeOf`), or the section index when there is no detail page yet. */
export function representativePages(files: readonly string[], sizeOf: (file: string) => number): Partial<Record<PageKind, string>> {
  const out: Partial<Record<PageKind, string>> = {};
  const fixed: Partial<Record<PageKind, string>> = { home: 'index.html', timeline: 'timeline/index.html', search: 'search/index.html', data: 'data/index.html' };
  const set = new Set(files);
  for (const kind of PAGE_KINDS) {
    const page = fixed[kind];
    if (page) {
      if (set.has(page)) out[kind] = page;
      continue;
    }
    const vi = files.filter((f) => !f.startsWith('en/') && pageKindOf(f) === kind);
    const detail = vi.filter((f) => !isSectionIndex(f));
    const pool = detail.length > 0 ? detail : vi;
    let best: string | undefined;
    let bestSize = -1;
    for (const f of [...pool].sort()) {
      const size = sizeOf(f);
      if (size > bestSize) [best, bestSize] = [f, size];
    }
    if (best) out[kind] = best;
  }
  return out;
}

/** `representativePages` over a dist folder, sizing pages on disk. */
export function representativePagesIn(dist: string, files: readonly string[]): Partial<Record<PageKind, string>> {
  return representativePages(files, (f) => statSync(join(dist, f)).size);
}

/** A page's URL path for a server at the dist root ("articles/x/index.html" → "articles/x/"). */
export function urlPathOf(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}
