/**
 * axe-core in a Playwright page, run in the page itself (`axe.run`).
 *
 * @axe-core/playwright's AxeBuilder sends axe's 550 KB source to the page on every call, twice, then
 * opens a blank page to finish the run: about 2.3 s a page here. Loaded once per browser context as
 * an init script (`preloadAxe`) and run in place, the same rules on the same page take about 0.6 s.
 * A page without axe (a context that was not preloaded, or JavaScript off) gets the source sent once.
 */
import axeCore from 'axe-core';
import type { AxeResults } from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Makes every page of `context` (and its frames) load axe before its own scripts. */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeCore.source });
}

/** The violations as the tests print them: targets joined, HTML cut to 200 characters. */
function toViolations(results: Pick<AxeResults, 'violations'>): AxeViolation[] {
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' '),
      html: n.html.length > 200 ? `${n.html.slice(0, 200)}…` : n.html,
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }));
}

/** Run axe-core (the project's tags, AXE_TAGS) on the page's current document; returns the violations (empty = pass). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!loaded) await page.evaluate(axeCore.source);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  return toViolations(results);
}
