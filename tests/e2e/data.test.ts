/**
 * The open data page and the dataset it links: every file resolves with the size and row count the
 * page states, metrics.csv agrees with metrics.json, the seeds and datapackage.json, and axe finds
 * nothing on /data/ and /en/data/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse, type DSVRowArray } from 'd3-dsv';
import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { axeViolations, formatViolations } from '../support/checks';
import { METRIC_COLUMNS } from '../../src/lib/dataset';
import { REPO_ROOT, siteUnderTest, type SiteUnderTest } from './support/site';

/** Seeds the build was made from (SEEDS_DIR when a test corpus was built). */
const SEEDS = path.resolve(REPO_ROOT, process.env.SEEDS_DIR || 'seeds');
const PAGES = [['vi', 'data/'], ['en', 'en/data/']] as const;

let site: SiteUnderTest;
/** Playwright's browser (worker fixture) and this file's default context. */
let pw: Browser;
let browser: BrowserContext;
let csv: DSVRowArray<string>;
let json: Record<string, unknown>[];

async function fetchBytes(url: string): Promise<Buffer> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

const fetchText = async (p: string) => (await fetchBytes(site.resolve(p))).toString('utf8');

/** A seed as the ingest decodes it: strict UTF-8, no BOM, LF line ends, NFC. */
function decodedSeed(file: string): string {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(path.join(SEEDS, file)));
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Rows of a CSV or JSON dataset file. */
const rowCount = (file: string, body: string) => (file.endsWith('.csv') ? csvParse(body).length : (JSON.parse(body) as unknown[]).length);

test.beforeAll(async ({ browser: b }) => {
  site = await siteUnderTest();
  pw = b;
  browser = await b.newContext();
  csv = csvParse(await fetchText('data/metrics.csv'));
  json = JSON.parse(await fetchText('data/metrics.json')) as Record<string, unknown>[];
});

test.afterAll(async () => {
  await browser?.close();
});

test.describe('data page', () => {
  for (const [lang, page] of PAGES) {
    test(`/${page} links every dataset file, each resolving with the size and row count shown`, async () => {
      const p = await browser.newPage();
      try {
        expect((await p.goto(site.resolve(page)))?.status()).toBe(200);
        expect(await p.getAttribute('html', 'lang')).toBe(lang);
        const links = await p.$$eval('a[data-file]', (els) => els.map((a) => ({
          file: a.getAttribute('data-file')!, href: (a as HTMLAnchorElement).href, bytes: Number(a.getAttribute('data-bytes')), rows: a.getAttribute('data-rows'),
        })));
        const files = links.map((l) => l.file);
        for (const f of ['metrics.csv', 'metrics.json', 'articles.json', 'indicators.json', 'topics.json', 'datapackage.json']) expect(files).toContain(f);
        expect(files.filter((f) => f.startsWith('indicators/')).length).toBeGreaterThan(0);
        expect(files.filter((f) => f.startsWith('topics/')).length).toBeGreaterThan(0);
        for (const link of links) {
          const body = await fetchBytes(link.href);
          expect(body.length, link.file).toBe(link.bytes);
          if (link.rows !== null) expect(rowCount(link.file, body.toString('utf8')), link.file).toBe(Number(link.rows));
        }
        const zip = await p.$$eval('a[href$="downloads/cds-vn-offline.zip"]', (els) => els.map((a) => (a as HTMLAnchorElement).href));
        expect(zip).toHaveLength(1);
        // The zip is packed after Astro builds this page; a build made with CDS_ZIP=0 has none.
        if (existsSync(path.join(site.distDir, 'downloads/cds-vn-offline.zip'))) expect((await fetchBytes(zip[0]!)).length).toBeGreaterThan(0);
      } finally {
        await p.close();
      }
    });

    test(`/${page} has a dictionary row, described, for every metrics.csv column`, async () => {
      const p = await browser.newPage();
      try {
        await p.goto(site.resolve(page));
        for (const c of METRIC_COLUMNS) {
          const cells = await p.locator(`#col-${c} td`).allTextContents();
          expect(cells.at(-1)!.trim().length, c).toBeGreaterThan(10);
        }
      } finally {
        await p.close();
      }
    });

    test(`/${page} cites the dataset with the latest article date as version`, async () => {
      const articles = JSON.parse(await fetchText('data/articles.json')) as { date: { iso: string } }[];
      const latest = articles.map((a) => a.date.iso).sort((a, b) => `${a}-01-01`.slice(0, 10).localeCompare(`${b}-01-01`.slice(0, 10))).at(-1)!;
      const html = await fetchText(page);
      expect(html).toContain(`(Version ${latest}) [Data set]`);
      expect(html).toContain(`version = {${latest}}`);
    });

    test(`axe finds no violations on /${page}`, async () => {
      const p = await browser.newPage();
      try {
        await p.goto(site.resolve(page));
        const violations = await axeViolations(p);
        expect(violations, formatViolations(violations)).toEqual([]);
      } finally {
        await p.close();
      }
    });
  }
});

test.describe('metrics.csv', () => {
  test('metrics.csv has one row per metric of metrics.json, keyed by article and metric_id', () => {
    expect(csv.columns).toEqual([...METRIC_COLUMNS]);
    expect(csv.length).toBe(json.length);
    expect(csv.length).toBeGreaterThan(0);
    const keys = csv.map((r) => `${r.article}#${r.metric_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(json.map((r) => `${r.article}#${r.metric_id}`));
    for (const [i, row] of csv.entries()) {
      for (const c of METRIC_COLUMNS) expect(row[c], `${keys[i]} ${c}`).toBe(json[i]![c] === null ? '' : String(json[i]![c]));
    }
  });

  test('metrics.csv quotes every sentence verbatim from its decoded seed, with the number at its offset', () => {
    const seeds = new Map<string, string>();
    for (const row of csv) {
      const file = row.source_file!;
      if (!seeds.has(file)) seeds.set(file, decodedSeed(file));
      const text = seeds.get(file)!;
      expect(text.includes(row.quote!), `${row.article}#${row.metric_id} quote`).toBe(true);
      expect(text.slice(Number(row.offset), Number(row.offset) + row.text!.length), `${row.article}#${row.metric_id} offset`).toBe(row.text);
    }
  });

  test('metrics.csv holds a finite number in every value cell (and in value_max and total when given)', () => {
    for (const row of csv) {
      expect(row.value, `${row.article}#${row.metric_id}`).not.toBe('');
      expect(Number.isFinite(Number(row.value)), `${row.article}#${row.metric_id} value ${row.value}`).toBe(true);
      for (const c of ['value_max', 'total'] as const) if (row[c] !== '') expect(Number.isFinite(Number(row[c])), `${row.article}#${row.metric_id} ${c}`).toBe(true);
      expect(Number.isInteger(Number(row.offset))).toBe(true);
    }
  });
});

test.describe('datapackage.json', () => {
  type Resource = { name: string; path: string; bytes: number; hash: string; schema: { fields: { name: string; constraints?: { required?: boolean; enum?: string[] } }[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] } };
  let dp: { resources: Resource[] };
  test.beforeAll(async () => {
    dp = JSON.parse(await fetchText('data/datapackage.json')) as typeof dp;
  });

  test('datapackage.json lists the fields of metrics.csv exactly as its header', () => {
    expect(dp.resources.find((r) => r.path === 'metrics.csv')!.schema.fields.map((f) => f.name)).toEqual(csv.columns);
  });

  test('datapackage.json states the size and hash of every file it lists', async () => {
    for (const r of dp.resources) {
      const body = await fetchBytes(site.resolve(`data/${r.path}`));
      expect(body.length, r.path).toBe(r.bytes);
      expect(`sha256:${createHash('sha256').update(body).digest('hex')}`, r.path).toBe(r.hash);
    }
  });

  test('datapackage.json constraints and foreign keys hold on metrics.csv', async () => {
    const metrics = dp.resources.find((r) => r.path === 'metrics.csv')!;
    for (const f of metrics.schema.fields) {
      for (const row of csv) {
        const v = row[f.name]!;
        if (f.constraints?.required) expect(v, `${row.article}#${row.metric_id} ${f.name}`).not.toBe('');
        if (f.constraints?.enum && v !== '') expect(f.constraints.enum, `${row.article}#${row.metric_id} ${f.name}`).toContain(v);
      }
    }
    for (const fk of metrics.schema.foreignKeys ?? []) {
      const target = dp.resources.find((r) => r.name === fk.reference.resource)!;
      const keys = new Set((JSON.parse(await fetchText(`data/${target.path}`)) as Record<string, unknown>[]).map((r) => String(r[fk.reference.fields])));
      const missing = csv.filter((row) => row[fk.fields] !== '' && !keys.has(row[fk.fields]!)).map((row) => `${row.article}#${row.metric_id}: ${row[fk.fields]}`);
      expect(missing, `${fk.fields} → ${target.path}`).toEqual([]);
    }
  });
});
