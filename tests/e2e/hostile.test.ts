/**
 * Safety: a hostile seed (tests/fixtures/hostile/seeds/hostile.txt: a <script> title, {expressions},
 * raw HTML with event handlers, import/export lines, a "---" block, a javascript: link, <iframe>,
 * <style>, entities, backticks) goes through the real build into a temp folder, together with the
 * real seeds (so the site's stories and indicators still resolve). In Chromium its article page must
 * show every hostile string as text and contain no element or attribute made from them, no dialog
 * may open, and the build must not have run the seed's import/export lines.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { previewDir, type PreviewedSite } from '../support/preview';
import { REPO_ROOT } from './support/site';
import { buildCorpus } from '../unit/ingest/cli-support';
import { cacheDirFor } from '../../src/integrations/cds';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/hostile/seeds');
/** Written by the seed's `export const pwned = fs.writeFileSync(…)` line if it were ever run. */
const PWNED = '/tmp/cds-hostile-pwned.txt';
/** Strings of the seed that must be shown as text, never interpreted. */
const LITERALS = [
  '<script>alert(1)</script>', '{1+1}', '{console.log("x")}', '`code`', '&lt;b&gt;', '<img src=x onerror=alert(1)>',
  '<b onclick="x()">', '[x](javascript:alert(1))', "import fs from 'node:fs'", 'export const x = 1', 'title: pwned',
  '<iframe src="https://example.com/"></iframe>', '<style>body{display:none}</style>', '${process.exit(1)}',
  '<!-- chú thích -->', '</p></div><h1>giả</h1>',
];

let tmp: string;
let site: PreviewedSite;
let build: { code: number | null; stderr: string };
let articlePath: string;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  rmSync(PWNED, { force: true });
  tmp = mkdtempSync(join(tmpdir(), 'cds-hostile-'));
  const seeds = join(tmp, 'seeds');
  mkdirSync(seeds);
  for (const f of readdirSync(FIXTURE)) copyFileSync(join(FIXTURE, f), join(seeds, f));
  for (const f of readdirSync(join(REPO_ROOT, 'seeds'))) if (/\.(txt|yaml)$/.test(f)) copyFileSync(join(REPO_ROOT, 'seeds', f), join(seeds, f));
  const r = buildCorpus({ seeds, content: join(tmp, 'content'), out: join(tmp, 'dist'), zip: false });
  build = { code: r.code, stderr: r.stderr };
  if (build.code !== 0) return;
  const slug = readdirSync(join(tmp, 'content')).find((f) => f.startsWith('script-alert'))!.replace(/\.mdx$/, '');
  articlePath = `articles/${slug}/`;
  site = await previewDir(join(tmp, 'dist'));
});

test.afterAll(async () => {
  await site?.close();
  if (tmp) {
    // The build keeps an Astro cache per content folder (src/integrations/cds.ts): drop this run's.
    rmSync(cacheDirFor(REPO_ROOT, join(tmp, 'content')), { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  }
});

test.describe('hostile seed', () => {
  test('builds, and the seed\'s import/export lines never ran', () => {
    expect(build.code, build.stderr).toBe(0);
    expect(existsSync(PWNED)).toBe(false);
  });

  test('writes the seed text as escaped MDX: no ESM line, no expression, no tag but <Num>, <Caption> and <p>', () => {
    const mdx = readFileSync(join(tmp, 'content', `${articlePath.split('/')[1]}.mdx`), 'utf8');
    const body = mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
    expect(body).toContain('Num id="m-');
    expect(body).not.toMatch(/^\s*(?:import|export)\b/m);
    expect(body).not.toMatch(/(?<!\\)\{/);
    for (const tag of body.match(/(?<!\\)<\/?[A-Za-z][^>]*>/g) ?? []) expect(tag).toMatch(/^<\/?(?:Num|Caption|p)\b/);
  });

  for (const prefix of ['', 'en/']) {
    test(`article page /${prefix}${'<slug>'}/ shows the hostile strings as text and nothing else from them`, async ({ page }) => {
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(new URL(`${prefix}${articlePath}`, site.url).href, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const text = await page.evaluate(() => document.body.textContent ?? '');
      for (const s of LITERALS.slice(0, prefix ? 1 : LITERALS.length)) expect(text, s).toContain(s);
      const found = await page.evaluate(() => ({
        scripts: [...document.scripts].map((s) => ({ src: s.getAttribute('src'), type: s.type, text: s.textContent ?? '' })),
        iframes: document.querySelectorAll('iframe').length,
        onerror: document.querySelectorAll('[onerror]').length,
        onclick: document.querySelectorAll('[onclick]').length,
        jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        imgX: document.querySelectorAll('img[src="x"]').length,
        styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
        fakeH1: [...document.querySelectorAll('h1')].map((h) => h.textContent ?? '').filter((t) => t === 'giả').length,
        hidden: getComputedStyle(document.body).display === 'none',
      }));
      for (const s of found.scripts) {
        if (s.type === 'application/ld+json') expect(() => JSON.parse(s.text)).not.toThrow();
        else {
          expect(s.src, `inline script: ${s.text.slice(0, 80)}`).toBeTruthy();
          expect(s.src).not.toMatch(/alert|javascript:/);
        }
      }
      expect(found).toMatchObject({ iframes: 0, onerror: 0, onclick: 0, jsLinks: 0, imgX: 0, fakeH1: 0, hidden: false });
      expect(found.styles.join('\n')).not.toContain('display:none}');
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
