/**
 * Charts in a browser: on every page whose built HTML draws a chart SVG at the smallest phone (320×640) with JavaScript off, and
 * on a spread of each template's chart pages (every story page and every story step, four of the topic and
 * indicator pages and of the embeds, by HTML size; support/sample.ts, E2E_FULL=1 for all) at 320×640, a larger
 * phone (390×844) and a laptop (1366×900), with JavaScript on and off, no chart text is under 12 CSS
 * px and no two labels of one SVG overlap; tooltips open by mouse, keyboard and touch; SVG and PNG downloads produce files, served
 * and from the offline zip; axe finds nothing on the chart pages.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chartPages, type ChartPage } from '../../scripts/shots/pages';
import { axeViolations, formatViolations, pagesTimeout, preloadAxe } from '../support/checks';
import { OFFLINE_FOLDER, OFFLINE_ZIP_PATH } from '../../src/lib/offline';
import { seriesOf } from '../../src/lib/chart-data';
import { samplePages } from './support/sample';
import { mapBuiltHtml, siteUnderTest, type SiteUnderTest } from './support/site';

let site: SiteUnderTest;
/** Playwright's browser (worker fixture) and this file's default context. */
let pw: Browser;
let browser: BrowserContext;
let pages: ChartPage[];
/** The chart pages checked at the sizes after the first: a spread of each template's (all with E2E_FULL=1). */
let spread: ChartPage[];

test.beforeAll(async ({ browser: b }) => {
  site = await siteUnderTest();
  pw = b;
  browser = await b.newContext();
  pages = chartPages(site.distDir);
  spread = samplePages(site.distDir, pages, 4, (p) => p.path);
});
test.afterAll(async () => {
  await browser?.close();
});

/** Problems of the charts visible on the page: text under 12 CSS px, overlapping labels. Runs in the page. */
function chartProblems(): string[] {
  const out: string[] = [];
  const svgs = Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart-svg, svg.story-svg'));
  svgs.forEach((svg, n) => {
    const r = svg.getBoundingClientRect();
    if (r.width < 50 || r.height < 20) return; // not shown (other layout, inactive frame, visually hidden copy)
    const vb = svg.viewBox.baseVal;
    const scale = vb && vb.width ? r.width / vb.width : 1;
    const texts = Array.from(svg.querySelectorAll('text')).filter((t) => t.getClientRects().length > 0 && (t.textContent ?? '').trim() !== '' && getComputedStyle(t).opacity !== '0');
    const name = `svg ${n} (${svg.getAttribute('aria-labelledby') ?? ''})`;
    for (const t of texts) {
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < 11.95) out.push(`${name}: "${t.textContent}" is ${px.toFixed(1)} px`);
    }
    const boxes = texts.map((t) => t.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 0.3 * Math.min(a.height, b.height)) out.push(`${name}: "${texts[i]!.textContent}" overlaps "${texts[j]!.textContent}"`);
      }
    }
  });
  return out;
}

/** Chart problems at every story step (each step scrolled to the middle of the screen). */
async function stepProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  const steps = page.locator('.scrolly-step[data-step]');
  const n = await steps.count();
  for (let i = 0; i < n; i++) {
    const id = await steps.nth(i).getAttribute('data-step');
    await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const active = await page.waitForFunction((s) => document.querySelector('[data-scrolly]')?.getAttribute('data-active-step') === s, id, { timeout: 10_000 }).then(() => true, () => false);
    if (!active) out.push(`step ${id}: not made active when scrolled to the middle of the screen`);
    out.push(...(await page.evaluate(chartProblems)).map((p) => `step ${id}: ${p}`));
  }
  return out;
}

const SIZES = [[320, 640], [390, 844], [1366, 900]] as const;

test.describe('charts are legible', () => {
  // Three long tests of their own: both workers share them.
  test.describe.configure({ mode: 'parallel' });
  // With scripts on, a spread of each template's pages at each size and every story page with its steps; with
  // scripts off, below, every chart page at the smallest size: the charts are drawn at build time and scripts add tooltips and motion.
  for (const [width, height] of SIZES) {
    test(`a spread of each template's chart pages at ${width}×${height}, loaded at that size: text ≥ 12 px, no overlapping labels, story steps included`, async () => {
      // Minutes on a loaded 2-core machine (a safety net, not a speed check).
      test.setTimeout(300_000);
      const these = [...spread, ...pages.filter((p) => p.story && !spread.includes(p))];
      expect(pages.length).toBeGreaterThan(10);
      expect(spread.length).toBeGreaterThan(10);
      const problems: string[] = [];
      const context = await pw.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const p of these) {
        await page.goto(site.resolve(p.path));
        problems.push(...(await page.evaluate(chartProblems)).map((x) => `${p.path}: ${x}`));
        if (p.story) problems.push(...(await stepProblems(page)).map((x) => `${p.path}: ${x}`));
      }
      await context.close();
      expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
    });
  }

  test(`every page whose HTML draws a chart SVG, with JavaScript off at ${SIZES[0].join('×')}, a spread of them at ${SIZES.slice(1).map(([w, h]) => `${w}×${h}`).join(', ')}: text ≥ 12 px, no overlapping labels`, async () => {
    // Without scripts a page is its HTML and CSS: one load, then the window resized to each size
    // (media queries and the SVGs' scaling follow the resize as they would a fresh load). Only the
    // built SVGs are checked, so a chart page without one (a table, a big number) has nothing to check.
    test.setTimeout(300_000);
    const problems: string[] = [];
    const context = await pw.newContext({ javaScriptEnabled: false, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const spreadPaths = new Set(spread.map((p) => p.path));
    const drawn = pages.filter((p) => p.svg); // what `chartProblems` measures (scripts/shots/pages.ts reads it from the built HTML)
    expect(drawn.filter((p) => p.story).length).toBeGreaterThan(0);
    expect(drawn.filter((p) => /^(en\/)?indicators\//.test(p.path)).length).toBeGreaterThan(0);
    for (const p of drawn) {
      await page.setViewportSize({ width: SIZES[0][0], height: SIZES[0][1] });
      await page.goto(site.resolve(p.path));
      for (const [width, height] of spreadPaths.has(p.path) ? SIZES : SIZES.slice(0, 1)) {
        await page.setViewportSize({ width, height });
        problems.push(...(await page.evaluate(chartProblems)).map((x) => `${p.path} (${width} px, no JavaScript): ${x}`));
      }
    }
    await context.close();
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });
});

/** What each indicator-chart panel of each page (its built HTML, parsed by the browser's DOMParser: the marks, legends and names are
 * the built SVG's, scripts add tooltips only) draws: its marks (by key, once per panel: the phone and wide layouts repeat them), their
 * series, shapes and accessible names, and its series legend. */
function panelMarks(htmls: string[]): { title: string; legend: string[]; marks: { key: string; series: string | null; shape: string; name: string }[] }[][] {
  const shape = (a: Element) => {
    const el = a.querySelector('circle, rect, polygon');
    return el ? `${el.tagName}${el.getAttribute('points')?.split(' ').length ?? ''}` : 'text';
  };
  return htmls.map((html) => [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('figure.chart-figure .chart-panel')].map((panel) => {
    const seen = new Map<string, { key: string; series: string | null; shape: string; name: string }>();
    for (const a of panel.querySelectorAll('a.mark[data-key]')) {
      const key = a.getAttribute('data-key')!;
      if (!seen.has(key)) seen.set(key, { key, series: a.getAttribute('data-series'), shape: shape(a), name: a.getAttribute('aria-label') ?? '' });
    }
    return {
      title: panel.querySelector('.panel-title')?.textContent ?? panel.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
      legend: [...panel.querySelectorAll('.series-legend li')].map((li) => li.textContent!.trim()),
      marks: [...seen.values()],
    };
  }));
}

test.describe('charts never mix what cannot be compared', () => {
  test('no panel holds parts of different wholes; a panel of several series shows each with its own shape, a legend entry and its name', async () => {
    test.setTimeout(300_000);
    const metrics = JSON.parse(readFileSync(join(site.distDir, 'data/metrics.json'), 'utf8')) as { article: string; metric_id: string; subject: string; unit: string; total: number | null }[];
    const byKey = new Map(metrics.map((m) => [`${m.article}:${m.metric_id}`, m]));
    const problems: string[] = [];
    let several = 0;
    // Every page's built HTML, parsed in one blank page (a page load each cost half a minute over the site).
    const page = await browser.newPage();
    const chartPaths = pages.filter((x) => /^(en\/)?(indicators|topics|embed)\//.test(x.path)).map((x) => x.path);
    const panelsOf = await mapBuiltHtml(site.distDir, chartPaths, (htmls) => page.evaluate(panelMarks, htmls));
    for (const path of chartPaths) {
      for (const panel of panelsOf.get(path)!) {
        const where = `${path} "${panel.title}"`;
        const ms = panel.marks.map((k) => byKey.get(k.key));
        if (ms.some((m) => !m)) { problems.push(`${where}: a mark whose key is not in the dataset`); continue; }
        const wholes = new Set(ms.map((m) => (m!.unit === 'rank' ? '' : String(m!.total ?? ''))));
        if (wholes.size > 1) problems.push(`${where}: parts of different wholes (${[...wholes].join(', ')}) on one axis`);
        const series = new Set(ms.map((m) => seriesOf(m!.subject)));
        if (series.size < 2) continue;
        several++;
        if (panel.legend.length !== series.size && panel.marks.some((k) => k.shape !== 'text')) problems.push(`${where}: ${series.size} series, ${panel.legend.length} legend entries`);
        const shapes = new Map<string, Set<string>>();
        for (const k of panel.marks) {
          if (!k.name.includes(': ')) problems.push(`${where}: mark ${k.key} does not name its series ("${k.name}")`);
          shapes.set(k.shape, (shapes.get(k.shape) ?? new Set()).add(seriesOf(byKey.get(k.key)!.subject)));
        }
        for (const [shape, of] of shapes) if (shape !== 'text' && of.size > 1) problems.push(`${where}: one shape (${shape}) for ${of.size} series`);
      }
    }
    await page.close();
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
    expect(several, 'no panel of several series to check: the test would prove nothing').toBeGreaterThan(0);
  });
});

/** The first page with a drawn time chart (an SVG with marks). */
function timeChartPage(): string {
  const p = pages.find((x) => /^indicators\//.test(x.path) && readFileSync(join(site.distDir, x.path, 'index.html'), 'utf8').includes('chart-svg layout-narrow'));
  if (!p) throw new Error('no indicator page with a time chart');
  return p.path;
}

const tip = (page: Page) => page.locator('.chart-tip:not([hidden])');

test.describe('chart tooltips', () => {
  test('open on hover and on keyboard focus, with the value and a link to the source sentence', async () => {
    const context = await pw.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.resolve(timeChartPage()));
    const mark = page.locator('svg.layout-wide a.mark').first();
    const label = (await mark.getAttribute('aria-label'))!;
    await mark.hover();
    await expect.poll(() => tip(page).textContent()).toContain(label);
    expect(await tip(page).locator('a').getAttribute('href')).toBe(await mark.getAttribute('href'));
    await page.keyboard.press('Escape');
    await expect.poll(() => tip(page).count()).toBe(0);
    const second = page.locator('svg.layout-wide a.mark').nth(1);
    await second.focus();
    await expect.poll(() => tip(page).textContent()).toContain((await second.getAttribute('aria-label'))!);
    await context.close();
  });

  test('open on a first tap (touch) without leaving the page; a second tap follows the link', async () => {
    const context = await pw.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const url = site.resolve(timeChartPage());
    await page.goto(url);
    const mark = page.locator('svg.layout-narrow a.mark').first();
    await mark.tap();
    await expect.poll(() => tip(page).textContent()).toContain((await mark.getAttribute('aria-label'))!);
    expect(page.url()).toBe(url);
    await mark.tap();
    await page.waitForURL(/\/articles\//);
    await context.close();
  });
});

/** Clicks a chart's download button and returns the suggested file name and size. */
async function download(page: Page, type: 'svg' | 'png'): Promise<{ name: string; size: number }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-chart-dl="${type}"]:visible`).first().click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), size: file ? readFileSync(file).length : 0 };
}

async function checkDownloads(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  const svg = await download(page, 'svg');
  expect(svg.name).toMatch(/\.svg$/);
  expect(svg.size).toBeGreaterThan(500);
  const png = await download(page, 'png');
  expect(png.name).toMatch(/\.png$/);
  expect(png.size).toBeGreaterThan(500);
  await page.close();
}

test.describe('chart downloads', () => {
  test('SVG and PNG downloads produce files on the served site', async () => {
    const context = await pw.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 } });
    await checkDownloads(context, site.resolve(timeChartPage()));
    await context.close();
  });

  test('SVG and PNG downloads produce files from the offline zip (file://)', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'cds charts '));
    try {
      for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(site.distDir, OFFLINE_ZIP_PATH))))) {
        if (path.endsWith('/')) continue;
        mkdirSync(dirname(join(tmp, path)), { recursive: true });
        writeFileSync(join(tmp, path), bytes);
      }
      const context = await pw.newContext({ acceptDownloads: true, viewport: { width: 390, height: 844 } });
      await checkDownloads(context, pathToFileURL(join(tmp, OFFLINE_FOLDER, timeChartPage(), 'index.html')).href);
      await context.close();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

test.describe('chart pages are accessible', () => {
  test('axe finds no violations on one page of each chart kind, in both languages', async () => {
    const kinds = [/^indicators\//, /^topics\//, /^stories\/[^/]+\//, /^embed\//];
    const chosen = kinds.flatMap((re) => pages.filter((p) => re.test(p.path)).slice(0, 1)).flatMap((p) => [p.path, `en/${p.path}`]);
    chosen.push(timeChartPage());
    // A chart whose panel tells several series apart (shapes, legend), in both languages.
    const legend = pages.find((p) => /^indicators\//.test(p.path) && readFileSync(join(site.distDir, p.path, 'index.html'), 'utf8').includes('series-legend'));
    if (legend) chosen.push(legend.path, `en/${legend.path}`);
    test.setTimeout(pagesTimeout(chosen.length));
    const found: string[] = [];
    const context = await pw.newContext({ viewport: { width: 390, height: 844 } });
    await preloadAxe(context);
    const page = await context.newPage();
    for (const path of chosen) {
      await page.goto(site.resolve(path));
      const v = await axeViolations(page);
      if (v.length > 0) found.push(`${path}: ${formatViolations(v)}`);
    }
    await context.close();
    expect(found, found.join('\n')).toEqual([]);
  });
});
