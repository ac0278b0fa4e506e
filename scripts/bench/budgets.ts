/**
 * Size budgets per page kind, in gzipped bytes. Checked by `npm test` (tests/e2e/budgets.test.ts) on
 * every built page, and shown by `npm run bench`. Sizes only: times are never a test.
 */
import type { PageKind } from './pages';
import type { PageWeight } from './sizes';

export interface Budget {
  /** Default JavaScript (script src + module preloads), gzipped bytes. */
  js: number;
  /** Stylesheets, gzipped bytes. */
  css: number;
  /** The HTML itself, gzipped bytes (issue 15: no page over 60 KB at any archive size). */
  html: number;
}

const KB = 1024;
/** Every page's HTML, gzipped: a page that grows with the archive must be paginated (src/lib/paginate.ts). */
export const HTML_BUDGET = 60 * KB;
/** Text pages: public/js/site.js (and at most a small search opener) until search is opened. */
const TEXT_PAGE: Budget = { js: 3 * KB, css: 15 * KB, html: HTML_BUDGET };

/** The budget of each page kind. Stories may carry their scrolly/chart scripts; the search page
 * loads its own search script (Pagefind's files, fetched when a query starts, are not counted). */
export const BUDGETS: Record<PageKind, Budget> = {
  home: TEXT_PAGE,
  timeline: TEXT_PAGE,
  article: TEXT_PAGE,
  topic: TEXT_PAGE,
  indicator: TEXT_PAGE,
  data: TEXT_PAGE,
  story: { js: 40 * KB, css: 15 * KB, html: HTML_BUDGET },
  search: { js: 10 * KB, css: 15 * KB, html: HTML_BUDGET },
};

/** One budget overrun. */
export interface BudgetOverrun { file: string; kind: PageKind; resource: 'js' | 'css' | 'html'; bytes: number; budget: number }

/** Every way `weight` (a page of `kind`) exceeds its budget; empty when it fits. The HTML is checked
 * when the weight has it. */
export function overBudget(kind: PageKind, weight: Pick<PageWeight, 'file' | 'js' | 'css'> & { html?: number }, budgets: Record<PageKind, Budget> = BUDGETS): BudgetOverrun[] {
  const b = budgets[kind];
  const out: BudgetOverrun[] = [];
  for (const resource of ['js', 'css', 'html'] as const) {
    const bytes = weight[resource];
    if (bytes !== undefined && bytes > b[resource]) out.push({ file: weight.file, kind, resource, bytes, budget: b[resource] });
  }
  return out;
}

/** "articles/x/index.html (article): js 4.1 KB gzipped > budget 3.0 KB". */
export function formatOverrun(o: BudgetOverrun): string {
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  return `${o.file} (${o.kind}): ${o.resource} ${kb(o.bytes)} gzipped > budget ${kb(o.budget)}`;
}
