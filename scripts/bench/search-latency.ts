/**
 * Search latency in Chromium: time from a query to its first results, cold (first query on a fresh
 * page: Pagefind's script, WebAssembly and index chunks load) and warm (later queries on the same
 * page), and the bytes Pagefind fetched: through Pagefind's API in the search page, and through the
 * site's own search UI (typing in `#q`, results as links in `#search-results`) when it has one.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/chromium';
import { previewDir } from '../../tests/support/preview';

/** The first query (cold) and the later ones (warm); the last one is typed without diacritics. */
export const QUERIES = ['chuyển đổi số', 'định danh điện tử', 'kinh tế số', 'dịch vụ công', 'Lào Cai', 'dinh danh'] as const;
/** Results whose data (title, excerpt) count as "first results". */
const FIRST = 5;
/** Fresh pages each method is measured on (the machine may be shared: one page's five warm queries
 * are too few to trust); each figure is the median over them. */
export const SEARCH_RUNS = 3;

export interface SearchLatency {
  method: 'ui' | 'pagefind-api';
  coldMs: number;
  /** Median of the warm queries. */
  warmMs: number;
  /** Median of the warm queries' `pagefind.search()` alone, before the results' data (API only). */
  warmSearchMs?: number;
  warmAllMs: number[];
  /** Result count of the cold query. */
  results: number;
  /** Bytes Pagefind fetched for the cold query, and for all warm queries together (encoded body bytes). */
  coldBytes: number;
  warmBytes: number;
  /** Fresh pages measured; the figures above are medians over them (warmAllMs per query). */
  runs?: number;
}

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** One figure from several runs of the same method: the median of each (of the warm medians for
 * warmMs, per query for warmAllMs); `results` of the first run. */
export function combineRuns(runs: SearchLatency[]): SearchLatency {
  const first = runs[0];
  if (!first) throw new Error('combineRuns: no run');
  const of = (f: (r: SearchLatency) => number) => median(runs.map(f));
  const searchMs = runs.flatMap((r) => (r.warmSearchMs === undefined ? [] : [r.warmSearchMs]));
  return {
    method: first.method,
    coldMs: of((r) => r.coldMs),
    warmMs: of((r) => r.warmMs),
    ...(searchMs.length ? { warmSearchMs: median(searchMs) } : {}),
    warmAllMs: first.warmAllMs.map((_, i) => of((r) => r.warmAllMs[i] ?? NaN)),
    results: first.results,
    coldBytes: of((r) => r.coldBytes),
    warmBytes: of((r) => r.warmBytes),
    runs: runs.length,
  };
}

/** Counts the response bytes of Pagefind's files (pagefind/, and pagefind-pairs/ for word pairs) fetched in `context`, its web worker's included
 * (the page's Resource Timing does not see the worker's fetches). */
function pagefindBytes(context: BrowserContext): () => Promise<number> {
  let bytes = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (req) => {
    if (/\/pagefind(?:-pairs)?\//.test(req.url())) pending.push(req.sizes().then((s) => { bytes += s.responseBodySize; }, () => {}));
  });
  return async () => {
    await new Promise((r) => setTimeout(r, 100));
    await Promise.all(pending);
    return bytes;
  };
}

/** One query through Pagefind's API in the page: ms to results and the data of the first ones. */
async function apiQuery(page: Page, query: string): Promise<{ ms: number; count: number; searchMs: number }> {
  return page.evaluate(async ({ q, first }) => {
    const t0 = performance.now();
    const w = window as unknown as { __pf?: Promise<{ search(q: string): Promise<{ results: { data(): Promise<unknown> }[] } | null> }> };
    w.__pf ??= import(new URL('../pagefind/pagefind.js', location.href).href);
    const pf = await w.__pf;
    const res = await pf.search(q);
    const searchMs = performance.now() - t0;
    await Promise.all((res?.results ?? []).slice(0, first).map((r) => r.data()));
    return { ms: performance.now() - t0, count: res?.results.length ?? 0, searchMs };
  }, { q: query, first: FIRST });
}

/** One query typed into the site's search box: ms until a result link appears in the results region. */
async function uiQuery(page: Page, query: string, timeoutMs = 10_000): Promise<{ ms: number; count: number } | null> {
  return page.evaluate(async ({ q, timeout }) => {
    const input = document.querySelector<HTMLInputElement>('#q');
    const region = document.querySelector('#search-results');
    if (!input || !region) return null;
    region.replaceChildren();
    const links = () => region.querySelectorAll('a[href]').length;
    const t0 = performance.now();
    const done = new Promise<number | null>((resolve) => {
      const obs = new MutationObserver(() => { if (links() > 0) { obs.disconnect(); resolve(performance.now() - t0); } });
      obs.observe(region, { childList: true, subtree: true });
      setTimeout(() => { obs.disconnect(); resolve(null); }, timeout);
    });
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const ms = await done;
    return ms === null ? null : { ms, count: links() };
  }, { q: query, timeout: timeoutMs });
}

/** True when the page loads a search script of the site's own (js/search.js, bundled from src/client/search/). */
const hasSearchUi = (page: Page) => page.evaluate(() => [...document.scripts].some((s) => /\/js\/search[^/]*\.js/.test(s.src)));

type Query = (page: Page, q: string) => Promise<{ ms: number; count: number; searchMs?: number } | null>;

/** Cold then warm queries with `run` on a fresh page (own browser context: nothing cached) at `url`;
 * null when the first query gets no answer (no search UI). */
async function measureOn(browser: Browser, url: string, method: SearchLatency['method'], run: Query): Promise<SearchLatency | null> {
  const context = await browser.newContext();
  const fetched = pagefindBytes(context);
  try {
    const page = await context.newPage();
    // tsx (esbuild, keepNames) wraps named functions in `__name(…)`; the page must know that helper
    // for the functions passed to page.evaluate.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(url, { waitUntil: 'load' });
    if (method === 'ui' && !(await hasSearchUi(page))) return null;
    const cold = await run(page, QUERIES[0]);
    if (!cold) return null;
    const coldBytes = await fetched();
    const warm: { ms: number; searchMs?: number }[] = [];
    for (const q of QUERIES.slice(1)) warm.push((await run(page, q)) ?? { ms: NaN });
    const warmBytes = (await fetched()) - coldBytes;
    const warmAllMs = warm.map((w) => w.ms);
    const searchMs = warm.flatMap((w) => (w.searchMs === undefined ? [] : [w.searchMs]));
    return { method, coldMs: cold.ms, warmMs: median(warmAllMs), ...(searchMs.length ? { warmSearchMs: median(searchMs) } : {}), warmAllMs, results: cold.count, coldBytes, warmBytes };
  } finally {
    await context.close();
  }
}

/** Measures search on the build in `dist`, served on 127.0.0.1: Pagefind's API in the search page
 * (the engine alone), and the site's search UI when there is one (what a reader sees, typing delay
 * included); each on `runs` fresh pages, the two methods taking turns, and combined (combineRuns). */
export async function measureSearch(dist: string, runs = SEARCH_RUNS): Promise<SearchLatency[]> {
  const site = await previewDir(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const url = `${site.url}search/`;
    const api: SearchLatency[] = [];
    const ui: SearchLatency[] = [];
    for (let i = 0; i < runs; i++) {
      const a = await measureOn(browser, url, 'pagefind-api', apiQuery);
      if (a) api.push(a);
      const u = await measureOn(browser, url, 'ui', (p, q) => uiQuery(p, q));
      if (u) ui.push(u);
    }
    return [api, ui].filter((r) => r.length > 0).map(combineRuns);
  } finally {
    await browser.close();
    await site.close();
  }
}
