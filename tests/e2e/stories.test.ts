import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { csvParse } from 'd3-dsv';
import { expect, test, type Page, type Browser, type BrowserContext } from '@playwright/test';
import { axeViolations, formatViolations } from '../support/checks';
import { axePages } from './support/sample';
import { distDir, siteUnderTest, type SiteUnderTest } from './support/site';

/** Gzipped JavaScript a story page may load, in bytes (a size budget, not a timing). */
const JS_BUDGET = 40 * 1024;

/** The stories of the build under test (read when tests are collected, so each page gets its own test). */
const storiesDir = join(distDir(), 'stories');
const slugs = existsSync(storiesDir) ? readdirSync(storiesDir).filter((d) => existsSync(join(storiesDir, d, 'index.html'))).sort() : [];

let site: SiteUnderTest;
/** Playwright's browser (worker fixture) and this file's default context. */
let pw: Browser;
let browser: BrowserContext;

test.beforeAll(async ({ browser: b }) => {
  site = await siteUnderTest();
  pw = b;
  browser = await b.newContext();
});
test.afterAll(async () => {
  await browser?.close();
});

/** A page in a fresh context (JavaScript, viewport and motion as given). */
async function open(path: string, opts: { js?: boolean; width?: number; height?: number; motion?: boolean } = {}): Promise<Page> {
  const context = await pw.newContext({ javaScriptEnabled: opts.js ?? true, viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, reducedMotion: opts.motion ? 'no-preference' : 'reduce' });
  // The attributes of a mark and its parts (ids aside, and links: the sticky copy links nowhere), to compare a mark across steps.
  await context.addInitScript(() => {
    (window as unknown as { geometry: (el: Element | null) => string }).geometry = (el) => (el ? [el, ...el.querySelectorAll('*')].map((e) => [...e.attributes].filter((a) => a.name !== 'id' && a.name !== 'href' && !a.name.startsWith('aria-')).map((a) => `${a.name}=${a.value}`).sort().join(' ')).join(';') : '');
  });
  const page = await context.newPage();
  await page.goto(site.resolve(path));
  return page;
}

/** The chart tooltip while it shows. */
const tip = (page: Page) => page.locator('.chart-tip:not([hidden])');

/** The page's `geometry(el)` helper (installed by `open`). */
declare const geometry: (el: Element | null) => string;

/** The step ids of the story open in `page`, in order. */
function stepIds(page: Page): Promise<string[]> {
  return page.locator('.scrolly-step').evaluateAll((els) => els.map((el) => el.getAttribute('data-step') ?? ''));
}

/** The step marked active, the step the sticky graphic shows, and whether the graphic shows that
 * step's chart (same caption) on screen. */
function activeState(page: Page): Promise<{ step: string | null; stage: string | null; visible: boolean }> {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.scrolly-graphic .stage');
    const id = stage?.getAttribute('data-step') ?? null;
    const own = document.querySelector(`.scrolly-step[data-step="${id}"] .step-chart figcaption`)?.textContent;
    const shown = stage?.querySelector('figcaption')?.textContent;
    const box = stage?.getBoundingClientRect();
    return {
      step: document.querySelector('.scrolly-step.is-active')?.getAttribute('data-step') ?? null,
      stage: id,
      visible: !!box && box.height > 50 && box.bottom > 0 && box.top < innerHeight && own === shown,
    };
  });
}

/** Scrolls step `id` to the middle of the screen. */
function scrollToStep(page: Page, id: string): Promise<void> {
  return page.locator(`#step-${id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** In the stories' own step charts: two consecutive steps (`from`, `to`) that draw the same mark
 * (`key`) with different attributes (position, size, emphasis), or null. */
function movingMark(page: Page): Promise<{ from: string; to: string; key: string } | null> {
  return page.evaluate(() => {
    const steps = [...document.querySelectorAll('.scrolly-step')];
    for (let i = 0; i + 1 < steps.length; i++) {
      const marks = (s: Element) => new Map([...s.querySelectorAll('.step-chart [data-key]')].map((m) => [m.getAttribute('data-key')!, m]));
      const [a, b] = [marks(steps[i]!), marks(steps[i + 1]!)];
      for (const [key, m] of a) {
        const n = b.get(key);
        if (n && n.tagName === m.tagName && geometry(n) !== geometry(m)) return { from: steps[i]!.getAttribute('data-step')!, to: steps[i + 1]!.getAttribute('data-step')!, key };
      }
    }
    return null;
  });
}

/** Widens or shifts the first shape of mark `key` in step `to`'s own chart, so that the next step
 * surely moves it (the stories' consecutive charts may keep a mark in place). */
function shiftMark(page: Page, to: string, key: string): Promise<void> {
  return page.evaluate(([to, key]) => {
    const shape = document.querySelector(`#step-${to} .step-chart [data-key="${CSS.escape(key!)}"] :is(rect, circle)`)!;
    const attr = shape.tagName === 'rect' ? 'width' : 'cx';
    shape.setAttribute(attr, String(Number(shape.getAttribute(attr)) + 40));
  }, [to, key]);
}

/** Activates step `to` by scrolling to it and focusing it, and reads, in the same task (before any animation frame),
 * whether the graphic's mark `key` is the element tagged earlier, whether its attributes changed
 * and already equal the step's own chart, and whether it has a running CSS transition. */
function stepAndRead(page: Page, to: string, key: string): Promise<{ same: boolean; final: boolean; changed: boolean; transition: boolean }> {
  return page.evaluate(([to, key]) => {
    const sel = `.stage [data-key="${CSS.escape(key!)}"]`;
    const before = document.querySelector(sel)!;
    const start = geometry(before);
    // Scrolled to as well as focused, so that a late report of the scroll observer cannot bring back the previous step.
    const step = document.querySelector<HTMLElement>(`#step-${to}`)!;
    step.scrollIntoView({ block: 'center' });
    step.focus({ preventScroll: true });
    const after = document.querySelector(sel)!;
    const target = document.querySelector(`#step-${to} .step-chart [data-key="${CSS.escape(key!)}"]`)!;
    const transition = getComputedStyle(after).transitionDuration.split(',').some((d) => parseFloat(d) > 0);
    return { same: (after as Element & { probe?: boolean }).probe === true, final: geometry(after) === geometry(target), changed: geometry(after) !== start, transition };
  }, [to, key]);
}

test.describe('stories: the site has them', () => {
  test('the build has at least four stories, each in both languages with an embed page and downloads', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(4);
    for (const slug of slugs) {
      for (const file of [`en/stories/${slug}/index.html`, `embed/${slug}/index.html`, `en/embed/${slug}/index.html`, `data/stories/${slug}.csv`, `data/stories/${slug}.json`]) {
        expect(existsSync(join(site.distDir, file)), file).toBe(true);
      }
    }
  });
});

test.describe('stories: scrolling (JavaScript, wide screen)', () => {
  for (const [prefix, label] of [['', 'vi'], ['en/', 'en']] as const) {
    test(`scrolling each story activates every step and the graphic shows its chart (${label})`, async () => {
      for (const slug of slugs) {
        const page = await open(`${prefix}stories/${slug}/`);
        const ids = await stepIds(page);
        expect(ids.length, slug).toBeGreaterThanOrEqual(5);
        for (const id of ids) {
          await scrollToStep(page, id);
          await expect.poll(() => activeState(page), { message: `${slug} #step-${id}` }).toEqual({ step: id, stage: id, visible: true });
        }
        await page.context().close();
      }
    });
  }

  test('marks persist and change between two steps (same element, new attributes), animated', async () => {
    let found = false;
    for (const slug of slugs) {
      const page = await open(`stories/${slug}/`, { motion: true });
      const pair = await movingMark(page);
      if (!pair) { await page.context().close(); continue; }
      found = true;
      await scrollToStep(page, pair.from);
      await expect.poll(() => activeState(page).then((s) => s.stage)).toBe(pair.from);
      await page.evaluate((key) => { (document.querySelector(`.stage [data-key="${CSS.escape(key)}"]`) as Element & { probe?: boolean }).probe = true; }, pair.key);
      await shiftMark(page, pair.to, pair.key);
      // With motion the mark is the same element and has not jumped: its geometry is tweened over frames.
      const read = await stepAndRead(page, pair.to, pair.key);
      expect(read.same, `${slug} ${pair.from} → ${pair.to} (${pair.key})`).toBe(true);
      expect(read.final, `${slug}: not at the new geometry at once`).toBe(false);
      await expect.poll(() => page.evaluate(([to, key]) => {
        const live = document.querySelector(`.stage [data-key="${CSS.escape(key!)}"]`) as (Element & { probe?: boolean }) | null;
        return live?.probe === true && geometry(live) === geometry(document.querySelector(`#step-${to} .step-chart [data-key="${CSS.escape(key!)}"]`));
      }, [pair.to, pair.key]), { message: `${slug}: the mark ends where the step's own chart has it` }).toBe(true);
      await page.context().close();
    }
    expect(found, 'some story moves a mark between two consecutive steps').toBe(true);
  });

  test('under prefers-reduced-motion the marks change at once, without a transition', async () => {
    for (const slug of slugs) {
      const page = await open(`stories/${slug}/`);
      const pair = await movingMark(page);
      if (!pair) { await page.context().close(); continue; }
      await scrollToStep(page, pair.from);
      await expect.poll(() => activeState(page).then((s) => s.stage)).toBe(pair.from);
      await page.evaluate((key) => { (document.querySelector(`.stage [data-key="${CSS.escape(key)}"]`) as Element & { probe?: boolean }).probe = true; }, pair.key);
      await shiftMark(page, pair.to, pair.key);
      expect(await stepAndRead(page, pair.to, pair.key), slug).toEqual({ same: true, final: true, changed: true, transition: false });
      expect(await page.evaluate(() => [...document.querySelectorAll('.stage *')].every((el) => getComputedStyle(el).transitionDuration.split(',').every((d) => parseFloat(d) === 0)))).toBe(true);
      await page.context().close();
      return;
    }
    throw new Error('no story moves a mark between two consecutive steps');
  });

  test('on a laptop the step cards are compact, their text at the top', async () => {
    const page = await open(`stories/${slugs[0]}/`, { width: 1366, height: 900 });
    const cards = await page.locator('.scrolly-step').evaluateAll((els) => els.map((el) => {
      const box = el.getBoundingClientRect();
      const text = el.querySelector('.step-text')!.getBoundingClientRect();
      return { height: box.height, textOffset: text.top - box.top };
    }));
    for (const c of cards) {
      expect(c.height).toBeLessThan(450);
      expect(c.textOffset).toBeLessThan(60);
    }
    await page.context().close();
  });

  test('the sticky graphic fills the screen height beside the cards', async () => {
    const page = await open(`stories/${slugs[0]}/`, { width: 1366, height: 900 });
    const ids = await stepIds(page);
    await scrollToStep(page, ids[2]!);
    const g = await page.locator('.scrolly-graphic').boundingBox();
    const card = await page.locator(`#step-${ids[2]}`).boundingBox();
    expect(g?.y).toBe(0);
    expect(g?.height).toBe(900);
    expect((card?.x ?? 0) + (card?.width ?? 0)).toBeLessThanOrEqual(g?.x ?? 0);
    await page.context().close();
  });

  test('a step permalink (#step-…) opens the story at that step', async () => {
    const page = await open(`stories/${slugs[0]}/`);
    const ids = await stepIds(page);
    await page.goto(site.resolve(`stories/${slugs[0]}/#step-${ids[2]}`));
    await expect.poll(() => activeState(page).then((s) => s.step)).toBe(ids[2]);
    await page.context().close();
  });

  test('keyboard users step through with the next and previous links', async () => {
    const page = await open(`en/stories/${slugs[0]}/`);
    const ids = await stepIds(page);
    await page.locator(`#step-${ids[0]} a[data-step-go="next"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`step-${ids[1]}`);
    await expect.poll(() => activeState(page)).toMatchObject({ step: ids[1], stage: ids[1] });
    expect(page.url()).toContain(`#step-${ids[1]}`);
    await page.locator(`#step-${ids[1]} a[data-step-go="prev"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeState(page)).toMatchObject({ step: ids[0], stage: ids[0] });
    await page.context().close();
  });
});

test.describe('stories: chart marks by keyboard', () => {
  test("Tab reaches the marks of a step's own chart: each a named link, shown in the card, with its tooltip", async () => {
    const page = await open(`stories/${slugs[0]}/`);
    const ids = await stepIds(page);
    await page.locator(`#step-${ids[0]} .step-link`).focus();
    const inChart = () => page.evaluate(() => !!document.activeElement?.closest('.scrolly-step .step-chart'));
    for (let i = 0; i < 40 && !(await inChart()); i++) await page.keyboard.press('Tab');
    const mark = await page.evaluate(() => {
      const el = document.activeElement;
      const box = el?.closest('.step-chart')?.getBoundingClientRect();
      return { isMark: !!el?.matches('a.mark[href][data-key][data-status]'), label: el?.getAttribute('aria-label') ?? '', href: el?.getAttribute('href') ?? '', shown: (box?.width ?? 0) > 100 && (box?.height ?? 0) > 50 };
    });
    expect(mark.isMark).toBe(true);
    expect(mark.shown).toBe(true);
    expect(mark.label).toMatch(/,.*,.*(kết quả|mục tiêu|ước tính|mốc so sánh)/iu);
    expect(mark.href).toMatch(/\/articles\/[^#]+#/);
    await expect.poll(() => tip(page).textContent()).toContain(mark.label);
    expect(await tip(page).locator('a').getAttribute('href')).toBe(mark.href);
    // The sticky copy is hidden from assistive technology: nothing in it takes focus.
    expect(await page.locator('.scrolly-graphic [href], .scrolly-graphic [tabindex]').count()).toBe(0);
    await page.context().close();
  });
});

test.describe('stories: without JavaScript, on phones and in print', () => {
  test('with JavaScript off every step shows its own chart', async () => {
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

  test('on a phone no chart covers the words: the active card is below the sticky chart, or shows its own chart', async () => {
    let inline = 0;
    let sticky = 0;
    for (const slug of slugs) {
      const page = await open(`stories/${slug}/`, { width: 390, height: 844 });
      for (const id of await stepIds(page)) {
        // As a reader does: scroll until the card's top crosses the lower half of the screen, where it takes over.
        await page.locator(`#step-${id}`).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.58));
        await expect.poll(() => activeState(page).then((s) => s.step), { message: `${slug} #step-${id}` }).toBe(id);
        const seen = await page.locator(`#step-${id}`).evaluate((card) => {
          const graphic = document.querySelector<HTMLElement>('.scrolly-graphic')!;
          const chart = document.querySelector('.scrolly-graphic .stage')!.getBoundingClientRect();
          const own = card.querySelector('.step-chart')!.getBoundingClientRect();
          return { shown: getComputedStyle(graphic).visibility === 'visible', chartTop: chart.top, chartBottom: chart.bottom, cardTop: card.getBoundingClientRect().top, own: own.width };
        });
        if (seen.shown) {
          sticky += 1;
          expect(seen.chartTop, `${slug} #step-${id}: the whole chart is on screen`).toBeGreaterThanOrEqual(0);
          expect(seen.cardTop, `${slug} #step-${id}: the card starts below the chart`).toBeGreaterThanOrEqual(seen.chartBottom);
        } else {
          inline += 1;
          expect(seen.own, `${slug} #step-${id}: the card shows its own chart`).toBeGreaterThan(250);
        }
      }
      await page.context().close();
    }
    // The stories hold both kinds (charts short enough to stick and charts too tall for half a phone screen).
    expect(sticky).toBeGreaterThan(0);
    expect(inline).toBeGreaterThan(0);
  });

  test("on a phone the next link brings the card in just below its chart", async () => {
    const page = await open(`stories/${slugs[0]}/`, { width: 390, height: 844 });
    const ids = await stepIds(page);
    for (const [i, id] of ids.slice(0, -1).entries()) {
      await page.locator(`#step-${id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.locator(`#step-${id} a[data-step-go="next"]`).click();
      const next = ids[i + 1]!;
      await expect.poll(() => activeState(page).then((s) => s.step)).toBe(next);
      await expect.poll(() => page.locator(`#step-${next}`).evaluate((card) => {
        const shown = getComputedStyle(document.querySelector('.scrolly-graphic')!).visibility === 'visible';
        const bottom = shown ? document.querySelector('.scrolly-graphic .stage')!.getBoundingClientRect().bottom : 0;
        const top = card.getBoundingClientRect().top;
        return top >= bottom && top < innerHeight / 2 + bottom / 2;
      }), { message: `#step-${next}` }).toBe(true);
    }
    await page.context().close();
  });

  test('in print every step shows its own chart (JavaScript on, every story)', async () => {
    for (const slug of slugs) {
      const page = await open(`stories/${slug}/`);
      await page.emulateMedia({ media: 'print' });
      // Each chart is drawn twice (phone and wide layouts); print shows one of them per step.
      const heights = await page.locator('.scrolly-step .step-chart svg').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height).filter((h) => h > 50));
      expect(heights.length, slug).toBe((await stepIds(page)).length);
      expect(await page.locator('.scrolly-graphic').isVisible(), slug).toBe(false);
      await page.context().close();
    }
  });
});

test.describe('stories: reader-facing text', () => {
  test('opens with a hook: one big number linked to its sentence and a one-line dek', async () => {
    for (const prefix of ['', 'en/']) {
      for (const slug of slugs) {
        const page = await open(`${prefix}stories/${slug}/`, { js: false });
        expect(await page.locator('.story-hook .hook-number').getAttribute('href'), slug).toMatch(/articles\/[a-z0-9-]+\/#m-[0-9a-f-]+$/);
        expect((await page.locator('.story-hook .hook-dek').textContent())?.trim().length, slug).toBeGreaterThan(10);
        await page.context().close();
      }
    }
  });

  test('holds no implementation notes (JavaScript, build, screens)', async () => {
    for (const prefix of ['', 'en/']) {
      const page = await open(`${prefix}stories/${slugs[0]}/`, { js: false });
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/JavaScript|màn hình rộng|wide screen|dựng trang|at build time/i);
      await page.context().close();
    }
  });
});

test.describe('stories: numbers link to their source sentence', () => {
  test('a number in a step opens the report at the sentence it comes from', async () => {
    const page = await open(`en/stories/${slugs[0]}/`, { js: false });
    const link = page.locator('.step-text a.ref.value').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/articles\/[a-z0-9-]+\/#m-[0-9a-f-]+$/);
    await link.click();
    const id = href.split('#')[1]!;
    await expect.poll(() => page.locator(`mark#${id}`).count()).toBe(1);
    await page.context().close();
  });

  test('the CSV download has one row per number of the data table', async () => {
    const page = await open(`stories/${slugs[0]}/`, { js: false });
    const rows = await page.locator('.story-data tbody tr').count();
    const res = await page.request.get(site.resolve(`data/stories/${slugs[0]}.csv`));
    const csv = csvParse(await res.text());
    expect(csv.length).toBe(rows);
    expect(csv.every((r) => /#m-[0-9a-f-]+$/.test(r.url ?? ''))).toBe(true);
    await page.context().close();
  });
});

test.describe('stories: embed pages', () => {
  test('an embed page shows the chart alone, with its sources and a link to the story', async () => {
    const page = await open(`en/embed/${slugs[0]}/`);
    expect(await page.locator('.site-header, .site-footer').count()).toBe(0);
    expect(await page.locator('svg:is([role="img"], [role="group"]):visible >> title').count()).toBe(1);
    expect(await page.locator(`a[href*="stories/${slugs[0]}/#step-"]`).count()).toBe(1);
    await page.context().close();
  });

  test('the story page shows the iframe snippet of its embed page', async () => {
    const page = await open(`stories/${slugs[0]}/`);
    const code = await page.locator('#embed-code').inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="https?://[^"]+/embed/${slugs[0]}/" title="[^"]+"`));
    await page.context().close();
  });
});

test.describe('stories: accessibility', () => {
  // axe on every story, story-list and story-embed page in both languages, light scheme, 1280×720: axe.test.ts (which keeps these
  // templates whole, support/sample.ts). Here: the states that test does not reach (dark scheme, the no-JavaScript layout).
  test('axe.test.ts checks every story and story-embed page', () => {
    const wanted = ['stories/', 'en/stories/', ...slugs.flatMap((s) => [`stories/${s}/`, `en/stories/${s}/`, `embed/${s}/`, `en/embed/${s}/`])];
    expect(wanted.length).toBeGreaterThan(0);
    expect(axePages(distDir()).filter((p) => wanted.includes(p)).sort()).toEqual([...wanted].sort());
  });

  test('axe finds nothing on story and embed pages in the dark colour scheme', async () => {
    const context = await pw.newContext({ colorScheme: 'dark', reducedMotion: 'reduce' });
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

  test('story pages fit a 320 px wide screen without horizontal scrolling', async () => {
    const wide: string[] = [];
    for (const path of ['stories/', ...slugs.map((s) => `en/stories/${s}/`), `embed/${slugs[0]}/`]) {
      const page = await open(path, { width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
      await page.context().close();
    }
    expect(wide).toEqual([]);
  });

  test('axe finds nothing on a story page in its no-JavaScript layout', async () => {
    // axe needs JavaScript to run, so the page loses the `js` class that site.js adds instead.
    const page = await open(`en/stories/${slugs.at(-1)}/`);
    await page.evaluate(() => document.documentElement.classList.remove('js'));
    expect(await page.locator('.scrolly-step .step-chart svg:visible').first().isVisible()).toBe(true);
    const v = await axeViolations(page);
    expect(v, formatViolations(v)).toEqual([]);
    await page.context().close();
  });
});

test.describe('stories: JavaScript size budget', () => {
  test(`each story page loads at most ${JS_BUDGET / 1024} KB of gzipped JavaScript`, async () => {
    for (const slug of slugs) {
      const context = await pw.newContext();
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
