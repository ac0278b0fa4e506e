import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from '../../scripts/test/checks';
import { launchBrowser } from './support/browser';
import { distDir, siteUnderTest, type SiteUnderTest } from './support/site';

/** Gzipped JavaScript a story page may load, in bytes (a size budget, not a timing). */
const JS_BUDGET = 40 * 1024;

/** The stories of the build under test (read when tests are collected, so each page gets its own test). */
const storiesDir = join(distDir(), 'stories');
const slugs = existsSync(storiesDir) ? readdirSync(storiesDir).filter((d) => existsSync(join(storiesDir, d, 'index.html'))).sort() : [];

let site: SiteUnderTest;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  site = await siteUnderTest();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page in a fresh context (JavaScript, viewport and motion as given). */
async function open(path: string, opts: { js?: boolean; width?: number; height?: number } = {}): Promise<Page> {
  const context = await browser.browser.newContext({ javaScriptEnabled: opts.js ?? true, viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(site.resolve(path));
  return page;
}

/** The step ids of the story open in `page`, in order. */
function stepIds(page: Page): Promise<string[]> {
  return page.locator('.scrolly-step').evaluateAll((els) => els.map((el) => el.getAttribute('data-step') ?? ''));
}

/** The step marked active and the frame shown in the sticky graphic. */
function activeState(page: Page): Promise<{ step: string | null; frame: string | null; frames: number; visible: boolean }> {
  return page.evaluate(() => {
    const frames = [...document.querySelectorAll('.scrolly-graphic .frame.is-active')];
    const frame = frames[0] as HTMLElement | undefined;
    return {
      step: document.querySelector('.scrolly-step.is-active')?.getAttribute('data-step') ?? null,
      frame: frame?.getAttribute('data-step') ?? null,
      frames: frames.length,
      visible: frame ? getComputedStyle(frame).visibility === 'visible' && Number(getComputedStyle(frame).opacity) > 0.99 && frame.getBoundingClientRect().height > 0 : false,
    };
  });
}

describe('stories: the site has them', () => {
  it('the build has at least four stories, each in both languages with an embed page and downloads', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(4);
    for (const slug of slugs) {
      for (const file of [`en/stories/${slug}/index.html`, `embed/${slug}/index.html`, `en/embed/${slug}/index.html`, `data/stories/${slug}.csv`, `data/stories/${slug}.json`]) {
        expect(existsSync(join(site.distDir, file)), file).toBe(true);
      }
    }
  });
});

describe('stories: scrolling (JavaScript, wide screen)', () => {
  for (const [prefix, label] of [['', 'vi'], ['en/', 'en']] as const) {
    it(`scrolling each story moves the active step and changes the chart (${label})`, async () => {
      for (const slug of slugs) {
        const page = await open(`${prefix}stories/${slug}/`);
        const ids = await stepIds(page);
        expect(ids.length, slug).toBeGreaterThanOrEqual(5);
        let previous = '';
        for (const id of ids) {
          await page.locator(`#step-${id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await expect.poll(() => activeState(page), { message: `${slug} #step-${id}` }).toEqual({ step: id, frame: id, frames: 1, visible: true });
          const svg = await page.locator(`.scrolly-graphic .frame[data-step="${id}"] svg:visible`).innerHTML();
          expect(svg, `${slug}: the chart of #step-${id} differs from the previous step's`).not.toBe(previous);
          previous = svg;
        }
        await page.context().close();
      }
    });
  }

  it('a step permalink (#step-…) opens the story at that step', async () => {
    const page = await open(`stories/${slugs[0]}/`);
    const ids = await stepIds(page);
    await page.goto(site.resolve(`stories/${slugs[0]}/#step-${ids[2]}`));
    await expect.poll(() => activeState(page).then((s) => s.step)).toBe(ids[2]);
    await page.context().close();
  });

  it('keyboard users step through with the next and previous links', async () => {
    const page = await open(`en/stories/${slugs[0]}/`);
    const ids = await stepIds(page);
    await page.locator(`#step-${ids[0]} a[data-step-go="next"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`step-${ids[1]}`);
    await expect.poll(() => activeState(page)).toMatchObject({ step: ids[1], frame: ids[1] });
    expect(page.url()).toContain(`#step-${ids[1]}`);
    await page.locator(`#step-${ids[1]} a[data-step-go="prev"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeState(page)).toMatchObject({ step: ids[0], frame: ids[0] });
    await page.context().close();
  });
});

describe('stories: without JavaScript, on phones and in print', () => {
  it('with JavaScript off every step shows its own chart', async () => {
    for (const prefix of ['', 'en/']) {
      for (const slug of slugs) {
        const page = await open(`${prefix}stories/${slug}/`, { js: false });
        const ids = await stepIds(page);
        for (const id of ids) {
          const box = await page.locator(`#step-${id} .step-chart svg:visible`).boundingBox();
          expect(box?.height ?? 0, `${prefix}${slug} #step-${id}`).toBeGreaterThan(50);
        }
        expect(await page.locator('.scrolly-graphic').isVisible()).toBe(false);
        await page.context().close();
      }
    }
  });

  it('on a phone the charts stack with their steps', async () => {
    const page = await open(`stories/${slugs[0]}/`, { width: 390, height: 800 });
    expect(await page.locator('.scrolly-graphic').isVisible()).toBe(false);
    const box = await page.locator('.scrolly-step .step-chart svg:visible').first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(250);
    await page.context().close();
  });

  it('in print every step shows its own chart', async () => {
    const page = await open(`stories/${slugs[0]}/`);
    await page.emulateMedia({ media: 'print' });
    const heights = await page.locator('.scrolly-step .step-chart svg:visible').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(heights.every((h) => h > 50)).toBe(true);
    await page.context().close();
  });
});

describe('stories: numbers link to their source sentence', () => {
  it('a number in a step opens the report at the sentence it comes from', async () => {
    const page = await open(`en/stories/${slugs[0]}/`, { js: false });
    const link = page.locator('.step-text a.ref.value').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/articles\/[a-z0-9-]+\/#m-\d{2,}$/);
    await link.click();
    const id = href.split('#')[1]!;
    await expect.poll(() => page.locator(`mark#${id}`).count()).toBe(1);
    await page.context().close();
  });

  it('the CSV download has one row per number of the data table', async () => {
    const page = await open(`stories/${slugs[0]}/`, { js: false });
    const rows = await page.locator('.story-data tbody tr').count();
    const res = await page.request.get(site.resolve(`data/stories/${slugs[0]}.csv`));
    const csv = csvParse(await res.text());
    expect(csv.length).toBe(rows);
    expect(csv.every((r) => /#m-\d{2,}$/.test(r.url ?? ''))).toBe(true);
    await page.context().close();
  });
});

describe('stories: embed pages', () => {
  it('an embed page shows the chart alone, with its sources and a link to the story', async () => {
    const page = await open(`en/embed/${slugs[0]}/`);
    expect(await page.locator('.site-header, .site-footer').count()).toBe(0);
    expect(await page.locator('svg[role="img"]:visible >> title').count()).toBe(1);
    expect(await page.locator(`a[href*="stories/${slugs[0]}/#step-"]`).count()).toBe(1);
    await page.context().close();
  });

  it('the story page shows the iframe snippet of its embed page', async () => {
    const page = await open(`stories/${slugs[0]}/`);
    const code = await page.locator('#embed-code').inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="https?://[^"]+/embed/${slugs[0]}/" title="[^"]+"`));
    await page.context().close();
  });
});

describe('stories: accessibility', () => {
  const pages = ['stories/', 'en/stories/', ...slugs.flatMap((s) => [`stories/${s}/`, `en/stories/${s}/`, `embed/${s}/`, `en/embed/${s}/`])];
  for (const path of pages) {
    it(`axe finds nothing on /${path}`, async () => {
      const page = await open(path);
      const v = await axeViolations(page);
      expect(v, `${path}\n${formatViolations(v)}`).toEqual([]);
      await page.context().close();
    });
  }

  it('axe finds nothing on story and embed pages in the dark colour scheme', async () => {
    const context = await browser.browser.newContext({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of [`stories/${slugs[0]}/`, `en/embed/${slugs.at(-1)}/`]) {
      await page.goto(site.resolve(path));
      const v = await axeViolations(page);
      if (v.length) failures.push(`${path}:\n${formatViolations(v)}`);
    }
    await context.close();
    expect(failures, failures.join('\n\n')).toEqual([]);
  });

  it('story pages fit a 320 px wide screen without horizontal scrolling', async () => {
    const wide: string[] = [];
    for (const path of ['stories/', ...slugs.map((s) => `en/stories/${s}/`), `embed/${slugs[0]}/`]) {
      const page = await open(path, { width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
      await page.context().close();
    }
    expect(wide).toEqual([]);
  });

  it('axe finds nothing on a story page in its no-JavaScript layout', async () => {
    // axe needs JavaScript to run, so the page loses the `js` class that site.js adds instead.
    const page = await open(`en/stories/${slugs.at(-1)}/`);
    await page.evaluate(() => document.documentElement.classList.remove('js'));
    expect(await page.locator('.scrolly-step .step-chart svg:visible').first().isVisible()).toBe(true);
    const v = await axeViolations(page);
    expect(v, formatViolations(v)).toEqual([]);
    await page.context().close();
  });
});

describe('stories: JavaScript size budget', () => {
  it(`each story page loads at most ${JS_BUDGET / 1024} KB of gzipped JavaScript`, async () => {
    for (const slug of slugs) {
      const context = await browser.browser.newContext();
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (res) => {
        if (res.request().resourceType() === 'script') scripts.push(res.body().then((b) => gzipSync(b, { level: 9 }).length));
      });
      await page.goto(site.resolve(`stories/${slug}/`), { waitUntil: 'load' });
      const sizes = await Promise.all(scripts);
      const total = sizes.reduce((a, b) => a + b, 0);
      expect(sizes.length, `${slug}: scripts loaded`).toBeGreaterThan(0);
      expect(total, `${slug}: ${total} bytes of gzipped JavaScript in ${sizes.length} files`).toBeLessThanOrEqual(JS_BUDGET);
      await context.close();
    }
  });
});
