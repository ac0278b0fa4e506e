/**
 * A report with no date at all builds (issue 11): the real build (ingest + Astro) on the seeds plus
 * tests/fixtures/undated/undated.txt exits 0 with exactly one warning naming the file, the timeline
 * lists the report under "Chưa rõ thời gian" / "Date unknown", and its page says so plainly.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildCorpus, type Run } from './cli-support';

const SLOW = { timeout: 300_000 };
const dir = mkdtempSync(join(tmpdir(), 'cds-undated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let run: Run;
beforeAll(() => {
  mkdirSync(join(dir, 'seeds'));
  for (const f of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', f), join(dir, 'seeds', f));
  copyFileSync(join(ROOT, 'tests/fixtures/undated/undated.txt'), join(dir, 'seeds', 'undated.txt'));
  run = buildCorpus({ seeds: join(dir, 'seeds'), content: join(dir, 'content'), out: join(dir, 'dist'), zip: false }, 280_000);
}, 300_000);

/** The HTML of a built page. */
const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
/** The text of a built page, without its tags. */
const text = (path: string) => page(path).replace(/<[^>]*>/g, '');

describe('build with an undated report', () => {
  it('exits 0 with one warning, naming the file', SLOW, () => {
    expect(run.code, run.stderr).toBe(0);
    const named = run.stderr.split('\n').filter((l) => l.includes('undated.txt'));
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/warning: seeds\/undated\.txt: no usable date .*"date unknown"/);
  });

  it('lists it on the timeline under "Chưa rõ thời gian" / "Date unknown", after the years', SLOW, () => {
    for (const [path, heading] of [['timeline', 'Chưa rõ thời gian'], ['en/timeline', 'Date unknown']] as const) {
      const html = page(path);
      const section = html.slice(html.indexOf('id="y-undated"'));
      expect(html.indexOf('id="y-undated"'), path).toBeGreaterThan(html.lastIndexOf('id="y-20'));
      expect(section).toContain(heading);
      expect(section).toContain('Tỉnh đẩy mạnh chuyển đổi số trong cải cách hành chính');
    }
  });

  it('says plainly on its page that the date is unknown, and makes no year page for it', SLOW, () => {
    const slug = readdirSync(join(dir, 'dist', 'articles')).find((s) => s.startsWith('tinh-day-manh-chuyen-doi-so'))!;
    expect(text(`articles/${slug}`)).toContain('Ngày đăng: không rõ');
    expect(text(`en/articles/${slug}`)).toContain('Published: unknown');
    expect(existsSync(join(dir, 'dist', 'timeline', '0'))).toBe(false);
  });

  it('is listed on the pages of reports of unknown date, where its page\'s breadcrumb leads', SLOW, () => {
    const slug = readdirSync(join(dir, 'dist', 'articles')).find((s) => s.startsWith('tinh-day-manh-chuyen-doi-so'))!;
    expect(text('timeline/undated')).toContain('Tỉnh đẩy mạnh chuyển đổi số trong cải cách hành chính');
    expect(text('en/timeline/undated')).toContain('Date unknown');
    const crumb = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(page(`articles/${slug}`))![0];
    expect(crumb).toMatch(/href="[./]*timeline\/undated\/(?:index\.html)?#e-tinh-day-manh/);
  });
});
