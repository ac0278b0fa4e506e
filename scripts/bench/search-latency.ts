/**
 * Search latency in Chromium: time from a query to its first results, cold (first query on a fresh
 * page: Pagefind's script, WebAssembly and index chunks load) and warm (later queries on the same
 * page), and the bytes Pagefind fetched. Through the site's own search UI when the search page ships
 * a search script and answers typing in `#q`; otherwise through Pagefind's API in the page.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { serveDir } from '../../tests/e2e/support/server';

/** The first query (cold) and the later ones (warm); the last one is typed without diacritics. */
export const QUERIES = ['chuyển đổi số', 'định danh điện tử', 'kinh tế số', 'dịch vụ công', 'Lào Cai', 'dinh danh'] as const;
/** Results whose data (title, excerpt) count as "first results". */
const FIRST = 5;

export interface SearchLatency {
  method: 'ui' | 'pagefind-api';
  coldMs: number;
  /** Median of the warm queries. */
  warmMs: number;
  warmAllMs: number[];
  /** Result count of the cold query. */
  results: number;
  /** Bytes Pagefind fetched for the cold query, and for all warm queries together (encoded body bytes). */
  coldBytes: number;
  warmBytes: number;
}

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Bytes of every Pagefind file fetched so far by the page. */
const pagefindBytes = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource')
  .filter((e) => e.name.includes('/pagefind/'))
  .reduce((n, e) => n + (e as PerformanceResourceTiming).encodedBodySize, 0));

/** One query through Pagefind's API in the page: ms to results and the data of the first ones. */
async function apiQuery(page: Page, query: string): Promise<{ ms: number; count: number }> {
  return page.evaluate(async ({ q, first }) => {
    const t0 = performance.now();
    const w = window as unknown as { __pf?: Promise<{ search(q: string): Promise<{ results: { data(): Promise<unknown> }[] } | null> }> };
    w.__pf ??= import(new URL('../pagefind/pagefind.js', location.href).href);
    const pf = await w.__pf;
    const res = await pf.search(q);
    await Promise.all((res?.results ?? []).slice(0, first).map((r) => r.data()));
    return { ms: performance.now() - t0, count: res?.results.length ?? 0 };
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

/** True when the page loads a search script of the site's own (public/js/search*.js). */
const hasSearchUi = (page: Page) => page.evaluate(() => [...document.scripts].some((s) => /\/js\/search[^/]*\.js/.test(s.src)));

/** Measures search on the build in `dist`, served on 127.0.0.1. */
export async function measureSearch(dist: string): Promise<SearchLatency> {
  const site = await serveDir(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`, { waitUntil: 'load' });
    let method: SearchLatency['method'] = 'pagefind-api';
    let run = (q: string) => apiQuery(page, q);
    if (await hasSearchUi(page)) {
      const probe = await uiQuery(page, QUERIES[0]);
      if (probe) {
        method = 'ui';
        await page.reload({ waitUntil: 'load' });
        run = async (q) => (await uiQuery(page, q)) ?? { ms: NaN, count: 0 };
      } else {
        await page.reload({ waitUntil: 'load' });
      }
    }
    const cold = await run(QUERIES[0]);
    const coldBytes = await pagefindBytes(page);
    const warmAllMs: number[] = [];
    for (const q of QUERIES.slice(1)) warmAllMs.push((await run(q)).ms);
    const warmBytes = (await pagefindBytes(page)) - coldBytes;
    return { method, coldMs: cold.ms, warmMs: median(warmAllMs), warmAllMs, results: cold.count, coldBytes, warmBytes };
  } finally {
    await browser.close();
    await site.close();
  }
}
