/**
 * `npm run shots`: screenshots of every chart and every story step at 390 and 1280 px, light and
 * dark, in both languages, into shots/ (git-ignored) with an index.html gallery.
 * Builds the site first when dist/ has no index.html (or with --build); serves it with Astro's
 * preview server on a free 127.0.0.1 port; uses the system Chromium (never downloads one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/chromium';
import { REPO_ROOT } from '../../tests/e2e/support/site';
import { previewDir } from '../../tests/support/preview';
import { createLogger } from '../lib/logger';
import { chartPages, galleryHtml, type Shot } from './pages';

const log = createLogger('shots');
const dist = path.join(REPO_ROOT, process.env.DIST_DIR || 'dist');
const out = path.join(REPO_ROOT, 'shots');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** `--width=390` or `--scheme=dark` narrow the run (default: both widths, both schemes). */
const WIDTHS = [390, 1280].filter((w) => !arg('width') || String(w) === arg('width'));
const SCHEMES = (['light', 'dark'] as const).filter((s) => !arg('scheme') || s === arg('scheme'));

/** Screenshots of the visible charts of the open page (and of each step, for a story). */
async function shootPage(page: Page, name: string, story: boolean, tag: string): Promise<{ file: string; caption: string }[]> {
  const made: { file: string; caption: string }[] = [];
  const charts = page.locator('figure.chart-figure, figure.story-chart, .story-preview figure');
  const n = await charts.count();
  for (let i = 0; i < n; i++) {
    const el = charts.nth(i);
    const box = await el.boundingBox();
    if (!box || box.width < 20 || box.height < 20 || !(await el.isVisible())) continue;
    const file = `${name}-chart${i + 1}-${tag}.png`;
    await el.screenshot({ path: path.join(out, file) });
    made.push({ file, caption: `chart ${i + 1} · ${tag}` });
  }
  if (story) {
    const steps = page.locator('.scrolly-step');
    const k = await steps.count();
    for (let i = 0; i < k; i++) {
      await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(700);
      const file = `${name}-step${i + 1}-${tag}.png`;
      await page.screenshot({ path: path.join(out, file) });
      made.push({ file, caption: `step ${i + 1} · ${tag}` });
    }
  }
  return made;
}

async function main(): Promise<void> {
  if (process.argv.includes('--build') || !existsSync(path.join(dist, 'index.html'))) {
    log.info('building the site');
    const r = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('build failed');
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const only = arg('only');
  const pages = chartPages(dist).filter((p) => !only || p.path.includes(only));
  log.info(`${pages.length} pages with charts`);
  const server = await previewDir(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const shots: Shot[] = [];
  try {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        const b = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
        try {
          const page = await b.newPage();
          for (const p of pages) {
            await page.goto(new URL(p.path, server.url).href, { waitUntil: 'load' });
            const name = (p.path.replace(/\/$/, '').replace(/\//g, '_') || 'home');
            const tag = `${width}-${scheme}`;
            for (const s of await shootPage(page, name, p.story, tag)) shots.push({ page: p.path, ...s, width, scheme });
          }
        } finally {
          await b.close();
        }
        log.info(`${width} px ${scheme}: ${shots.length} shots so far`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(path.join(out, 'index.html'), galleryHtml(shots));
  log.info(`${shots.length} screenshots; open ${path.relative(REPO_ROOT, path.join(out, 'index.html'))}`);
}

main().catch((err: unknown) => {
  log.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
