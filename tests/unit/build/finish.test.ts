/** scripts/build/finish.ts: the post-build stages page by page (small batches) give the same site,
 * index and offline zip as the stages run one after the other over every page at once. */
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../scripts/lib/logger';
import { listFiles } from '../../../scripts/build/files';
import { finishSite, relativizeSite, type FinishStats } from '../../../scripts/build/finish';
import { packageOffline } from '../../../scripts/build/offline';
import { buildSearchIndex, type SitePage } from '../../../scripts/build/search-index';
import { OFFLINE_ZIP_PATH } from '../../../src/lib/offline';

const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title><link rel="stylesheet" href="/_astro/site.css"></head>` +
  `<body><nav><a href="/">Trang chủ</a> <a href="/en/">English</a> <a href="/timeline/">Dòng thời gian</a></nav>` +
  `<main data-pagefind-body><h1>${title}</h1><p>${body}</p><a href="/downloads/cds-vn-offline.zip">zip</a></main></body></html>`;

/** A small site: pages in two languages and nested folders, a stylesheet, a script, a data file. */
function writeSite(dir: string): void {
  const files: Record<string, string> = {
    'index.html': page('vi', 'Trang chủ', 'Chuyển đổi số qua các con số.'),
    'en/index.html': page('en', 'Home', 'Digital transformation in numbers.'),
    '404.html': '<!doctype html><html lang="vi"><body><a href="/">Về trang chủ</a></body></html>',
    '_astro/site.css': 'body{background:url(/img/bg.png)}',
    'js/site.js': 'void 0;',
    'data/metrics.csv': 'id,value\na,1\n',
  };
  for (let i = 0; i < 9; i++) {
    files[`articles/bai-${i}/index.html`] = page('vi', `Bài ${i}: định danh điện tử`, `Đã kích hoạt ${i},5 triệu tài khoản định danh. Đà Nẵng, Hà Nội.`);
    files[`en/articles/bai-${i}/index.html`] = page('en', `Article ${i}: electronic identity`, `${i}.5 million accounts activated.`);
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/** The stages as they ran before: every page relativized and kept, then indexed, then zipped. */
async function allAtOnce(dir: string): Promise<void> {
  const pages: SitePage[] = [];
  await relativizeSite(dir, (p) => { pages.push(p); });
  await buildSearchIndex(dir, memoryLogger(), pages, Number.POSITIVE_INFINITY);
  await packageOffline(dir, memoryLogger());
}

/** Every file of the folder (the zip by its contents). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of listFiles(dir)) {
    const bytes = readFileSync(join(dir, file));
    if (`/${file}` !== OFFLINE_ZIP_PATH) { out[file] = bytes.toString('base64'); continue; }
    for (const [name, data] of Object.entries(unzipSync(bytes))) out[`zip:${name}`] = Buffer.from(data).toString('base64');
  }
  return out;
}

let root: string;
let batched: Record<string, string>;
let before: Record<string, string>;
let stats: FinishStats;
const stages: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cds-finish-'));
  writeSite(join(root, 'a'));
  cpSync(join(root, 'a'), join(root, 'b'), { recursive: true });
  stats = await finishSite(join(root, 'a'), memoryLogger(), { batch: 2, stage: async (name, fn) => { stages.push(name); return fn(); } });
  await allAtOnce(join(root, 'b'));
  batched = snapshot(join(root, 'a'));
  before = snapshot(join(root, 'b'));
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('finishSite', () => {
  it('finishSite in batches of 2 pages gives the same pages, index and zip contents as all pages at once', () => {
    expect(Object.keys(batched).sort()).toEqual(Object.keys(before).sort());
    for (const file of Object.keys(before)) expect(batched[file], file).toBe(before[file]);
  });

  it('finishSite relativizes, indexes and packages every page', () => {
    expect(stats.pages).toBe(21);
    expect(stats.search.pages).toEqual({ vi: 10, en: 10 });
    expect(stats.zip?.files).toBeGreaterThan(25);
    expect(Buffer.from(batched['articles/bai-0/index.html']!, 'base64').toString()).toContain('href="../../_astro/site.css"');
    expect(Object.keys(batched)).toContain('zip:cds-vn-offline/articles/bai-0/index.html');
    expect(stages).toEqual(['relativize', 'search', 'package']);
  });

  it('finishSite writes each page once with its search metadata, and no partial zip is left beside the site', () => {
    const html = Buffer.from(batched['articles/bai-0/index.html']!, 'base64').toString();
    expect(html).toMatch(/<meta name="cds-search-fold" data-pagefind-meta="fold\[content\]" content="[^"]*\bdinh\b[^"]*">/);
    expect(Buffer.from(batched['en/index.html']!, 'base64').toString()).not.toContain('cds-search-fold');
    expect(readdirSync(root).filter((f) => f.includes('.zip-'))).toEqual([]);
  });

  it('finishSite without zip writes no zip', async () => {
    const dir = join(root, 'c');
    writeSite(dir);
    const out = await finishSite(dir, memoryLogger(), { zip: false, batch: 1 });
    expect(out.zip).toBeUndefined();
    expect(listFiles(dir)).not.toContain(OFFLINE_ZIP_PATH.slice(1));
    expect(listFiles(dir)).toContain('pagefind/pagefind-entry.json');
  });
});
