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
}

const KB = 1024;
/** Text pages: public/js/site.js (and at most a small search opener) until search is opened. */
const TEXT_PAGE: Budget = { js: 3 * KB, css: 15 * KB };

/** The budget of each page kind. Stories may carry their scrolly/chart scripts; the search page
 * loads its own search script (Pagefind's files, fetched when a query starts, are not counted). */
export const BUDGETS: Record<PageKind, Budget> = {
  home: TEXT_PAGE,
  timeline: TEXT_PAGE,
  article: TEXT_PAGE,
  topic: TEXT_PAGE,
  indicator: TEXT_PAGE,
  data: TEXT_PAGE,
  story: { js: 40 * KB, css: 15 * KB },
  search: { js: 10 * KB, css: 15 * KB },
};

/** One budget overrun. */
export interface BudgetOverrun { file: string; kind: PageKind; resource: 'js' | 'css'; bytes: number; budget: number }

/** Every way `weight` (a page of `kind`) exceeds its budget; empty when it fits. */
export function overBudget(kind: PageKind, weight: Pick<PageWeight, 'file' | 'js' | 'css'>, budgets: Record<PageKind, Budget> = BUDGETS): BudgetOverrun[] {
  const b = budgets[kind];
  const out: BudgetOverrun[] = [];
  if (weight.js > b.js) out.push({ file: weight.file, kind, resource: 'js', bytes: weight.js, budget: b.js });
  if (weight.css > b.css) out.push({ file: weight.file, kind, resource: 'css', bytes: weight.css, budget: b.css });
  return out;
}

/** "articles/x/index.html (article): js 4.1 KB gzipped > budget 3.0 KB". */
export function formatOverrun(o: BudgetOverrun): string {
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  return `${o.file} (${o.kind}): ${o.resource} ${kb(o.bytes)} gzipped > budget ${kb(o.budget)}`;
}
