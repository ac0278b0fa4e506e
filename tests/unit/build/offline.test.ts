/** scripts/build/offline.ts, offline-links.ts and offline-search.ts. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../scripts/lib/logger';
import { offlinePage, packageOffline, printPageAndOffline, zipFiles } from '../../../scripts/build/offline';
import { parseHtml, printHtml } from '../../../scripts/build/html';
import { indexLinks, indexUrl, zipLinksOnline } from '../../../scripts/build/offline-links';
import { languageFiles, searchDataFiles, searchDataScript, type PagefindEntry } from '../../../scripts/build/offline-search';
import { OFFLINE_FOLDER, OFFLINE_ZIP_PATH } from '../../../src/lib/offline';

describe('indexUrl', () => {
  it.each([
    ['./', './index.html'],
    ['../', '../index.html'],
    ['../timeline/', '../timeline/index.html'],
    ['../../en/timeline/2024/#e-x', '../../en/timeline/2024/index.html#e-x'],
    ['./search/?q=x', './search/index.html?q=x'],
    ['.', './index.html'],
    ['..', '../index.html'],
  ])('indexUrl(%s) is %s', (url, out) => {
    expect(indexUrl(url)).toBe(out);
  });
  it.each(['../_astro/site.css', '../data/metrics.csv', '#main', '?q=x', 'https://example.org/', '//cdn.example/x/', 'mailto:a@b.c', 'data:image/svg+xml,x', ''])('indexUrl(%s) leaves it alone', (url) => {
    expect(indexUrl(url)).toBe(url);
  });
});

describe('indexLinks', () => {
  it('indexLinks rewrites folder links in href, src and action only', () => {
    const html = '<a href="../timeline/">t</a><form action="./" method="get"></form><link rel="canonical" href="https://x.org/a/"><script src="../js/site.js"></script><p>href="../not-a-link/"</p>';
    expect(indexLinks(html)).toBe('<a href="../timeline/index.html">t</a><form action="./index.html" method="get"></form><link rel="canonical" href="https://x.org/a/"><script src="../js/site.js"></script><p>href="../not-a-link/"</p>');
  });
});

describe('zipLinksOnline', () => {
  const page = (canonical: string) => `<link rel="canonical" href="${canonical}"><a href="../downloads/cds-vn-offline.zip" download>zip</a><a href="../downloads/other.zip">o</a>`;
  it('zipLinksOnline points links to the zip at the published site', () => {
    expect(zipLinksOnline(page('https://x.org/sub/data/'), 'data/index.html', OFFLINE_ZIP_PATH))
      .toBe('<link rel="canonical" href="https://x.org/sub/data/"><a href="https://x.org/sub/downloads/cds-vn-offline.zip" download>zip</a><a href="../downloads/other.zip">o</a>');
  });
  it('zipLinksOnline leaves the page alone when the canonical link does not match the file', () => {
    const html = page('https://x.org/404/');
    expect(zipLinksOnline(html, '404.html', OFFLINE_ZIP_PATH)).toBe(html);
  });
});

describe('printPageAndOffline', () => {
  const html = '<!doctype html><html><head><link rel="canonical" href="https://x.org/sub/data/"><link rel="stylesheet" href="../_astro/a.css"></head>'
    + '<body><a href="../">home</a> <a href="../downloads/cds-vn-offline.zip" download>zip</a> <img src="../img/" srcset="../img/ 1x, ../b.png 2x" alt="">'
    + '<form action="./"></form><svg><a href="../timeline/"><text>t</text></a></svg><p>../not-a-link/</p></body></html>';
  it('printPageAndOffline prints the page as it is and as offlinePage rewrites it, in one walk, leaving the tree alone', () => {
    const tree = parseHtml(html);
    const before = printHtml(tree);
    const [page, offline] = printPageAndOffline(tree, 'data/index.html');
    expect(page).toBe(before);
    expect(offline).toBe(offlinePage(html, 'data/index.html'));
    expect(offline).toContain('href="https://x.org/sub/downloads/cds-vn-offline.zip"');
    expect(offline).toContain('<a href="../timeline/index.html"><text>');
    expect(printHtml(tree)).toBe(before);
  });
  it('printPageAndOffline gives the same two pages when no link changes offline', () => {
    const plain = '<p><a href="https://x.org/">x</a> <a href="#m">m</a></p>';
    expect(printPageAndOffline(parseHtml(plain), '404.html')).toEqual([plain, plain]);
  });
});

const entry: PagefindEntry = { languages: { vi: { hash: 'vi_abc', wasm: null, page_count: 2 }, en: { hash: 'en_def', wasm: 'en', page_count: 2 } } };
const pagefindFiles = ['filter/en_1.pf_filter', 'filter/vi_1.pf_filter', 'fragment/en_2.pf_fragment', 'fragment/vi_2.pf_fragment', 'index/en_3.pf_index', 'index/vi_3.pf_index',
  'pagefind-classic.js', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.en_def.pf_meta', 'pagefind.js', 'pagefind.vi_abc.pf_meta', 'wasm.en.pagefind', 'wasm.unknown.pagefind'];

describe('languageFiles', () => {
  it('languageFiles picks one language’s entry, meta, WebAssembly and chunks', () => {
    expect(languageFiles(pagefindFiles, 'vi', entry)).toEqual(['filter/vi_1.pf_filter', 'fragment/vi_2.pf_fragment', 'index/vi_3.pf_index', 'pagefind-entry.json', 'pagefind.vi_abc.pf_meta', 'wasm.unknown.pagefind']);
    expect(languageFiles(pagefindFiles, 'en', entry)).toContain('wasm.en.pagefind');
  });
});

describe('searchDataScript', () => {
  it('searchDataScript is a classic script that adds base64 files to window.CdsSearchData', () => {
    const script = searchDataScript(new Map([['index/vi_1.pf_index', new Uint8Array([0, 1, 255])], ['pagefind-entry.json', Buffer.from('{"a":"đ"}')]]));
    const window: { CdsSearchData?: Record<string, string> } = { CdsSearchData: { kept: 'x' } };
    runInNewContext(script, { window });
    expect(Buffer.from(window.CdsSearchData!['index/vi_1.pf_index']!, 'base64')).toEqual(Buffer.from([0, 1, 255]));
    expect(Buffer.from(window.CdsSearchData!['pagefind-entry.json']!, 'base64').toString()).toBe('{"a":"đ"}');
    expect(window.CdsSearchData!.kept).toBe('x');
  });
});

describe('offline bundle', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cds-offline-'));
    const files: Record<string, string> = {
      'index.html': '<a href="./timeline/">t</a><a href="./en/">en</a>',
      'timeline/index.html': '<a href="../">home</a><link href="../_astro/a.css" rel="stylesheet">',
      '_astro/a.css': 'body{background:url(../bg.svg)}',
      'js/site.js': '1',
      'downloads/old.zip': 'x',
      'pagefind/pagefind.js': 'export{}',
      'pagefind/pagefind-worker.js': '1',
      'pagefind/pagefind-classic.js': '1',
      'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { vi: { hash: 'vi_abc', wasm: null, page_count: 1 } } }),
      'pagefind/pagefind.vi_abc.pf_meta': 'm',
      'pagefind/wasm.unknown.pagefind': 'w',
      'pagefind/index/vi_1.pf_index': 'i',
      'pagefind/fragment/vi_1.pf_fragment': 'f',
    };
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('searchDataFiles writes one search-data script per language', () => {
    const out = searchDataFiles(join(dir, 'pagefind'));
    expect([...out.keys()]).toEqual(['search-data.vi.js']);
    const window: { CdsSearchData?: Record<string, string> } = {};
    runInNewContext(out.get('search-data.vi.js')!, { window });
    expect(Object.keys(window.CdsSearchData!).sort()).toEqual(['fragment/vi_1.pf_fragment', 'index/vi_1.pf_index', 'pagefind-entry.json', 'pagefind.vi_abc.pf_meta', 'wasm.unknown.pagefind']);
  });

  it('packageOffline adds index.html to folder links and leaves out the module build, worker and downloads', async () => {
    await packageOffline(dir, memoryLogger());
    const zip = unzipSync(readFileSync(join(dir, OFFLINE_ZIP_PATH)));
    const files = new Map(Object.entries(zip).map(([k, v]) => [k.slice(OFFLINE_FOLDER.length + 1), v]));
    expect([...files.keys()].sort()).toEqual(['_astro/a.css', 'index.html', 'js/site.js', 'pagefind/fragment/vi_1.pf_fragment', 'pagefind/index/vi_1.pf_index',
      'pagefind/pagefind-classic.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.vi_abc.pf_meta', 'pagefind/search-data.vi.js', 'pagefind/wasm.unknown.pagefind', 'timeline/index.html']);
    expect(strFromU8(files.get('index.html')!)).toBe('<a href="./timeline/index.html">t</a><a href="./en/index.html">en</a>');
    expect(strFromU8(files.get('timeline/index.html')!)).toContain('href="../index.html"');
    expect(strFromU8(files.get('_astro/a.css')!)).toBe('body{background:url(../bg.svg)}');
  });

  it('zipFiles puts every file under one folder and round-trips', async () => {
    const zip = unzipSync(await zipFiles(new Map([['a/b.txt', Buffer.from('Bản tải về')], ['x.pf_index', new Uint8Array([1, 2])]])));
    expect(Object.keys(zip).sort()).toEqual([`${OFFLINE_FOLDER}/a/b.txt`, `${OFFLINE_FOLDER}/x.pf_index`]);
    expect(strFromU8(zip[`${OFFLINE_FOLDER}/a/b.txt`]!)).toBe('Bản tải về');
  });

  it('zipFiles gives the same bytes for the same files', async () => {
    const files = new Map([['a.html', Buffer.from('<p>x</p>'.repeat(50))], ['b/c.json', Buffer.from('{"đ":1}')]]);
    expect(Buffer.from(await zipFiles(files)).equals(Buffer.from(await zipFiles(files)))).toBe(true);
  });

  it('zipFiles deflates text and stores compressed formats, and unzip (Info-ZIP) accepts it', async () => {
    const text = Buffer.from('Chuyển đổi số '.repeat(2000));
    const zip = Buffer.from(await zipFiles(new Map([['a.txt', text], ['x.pf_index', text]])));
    expect(zip.byteLength).toBeLessThan(text.byteLength + 500);
    expect(zip.byteLength).toBeGreaterThan(text.byteLength);
    const file = join(mkdtempSync(join(tmpdir(), 'cds-zip-')), 't.zip');
    writeFileSync(file, zip);
    const listing = execFileSync('unzip', ['-v', file], { encoding: 'utf8' });
    expect(listing).toMatch(/Defl:N[\s\S]*a\.txt/);
    expect(listing).toMatch(/Stored[\s\S]*x\.pf_index/);
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });

  it('packageOffline writes the zip at OFFLINE_ZIP_PATH and logs its size', async () => {
    const log = memoryLogger();
    const { bytes, files } = await packageOffline(dir, log);
    const zip = readFileSync(join(dir, OFFLINE_ZIP_PATH));
    expect(zip.byteLength).toBe(bytes);
    expect(files).toBe(11);
    expect(Object.keys(unzipSync(zip))).toContain(`${OFFLINE_FOLDER}/index.html`);
    expect(log.lines.join('\n')).toMatch(/offline: downloads\/cds-vn-offline\.zip \d+\.\d\d MB, 11 files/);
  });
});
