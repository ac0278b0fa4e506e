/** A small built site for the post-build pass tests (finish, reuse). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { listFiles } from '../../../scripts/build/files';
import { OFFLINE_ZIP_PATH } from '../../../src/lib/offline';

/** A page of the fixture site, with site-root links as Astro writes them. */
export const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title><link rel="stylesheet" href="/_astro/site.css"></head>` +
  `<body><nav><a href="/">Trang chủ</a> <a href="/en/">English</a> <a href="/timeline/">Dòng thời gian</a></nav>` +
  `<main data-pagefind-body><h1>${title}</h1><p>${body}</p><a href="/downloads/cds-vn-offline.zip">zip</a></main></body></html>`;

/** Writes a small site: pages in two languages and nested folders, a stylesheet, a script, a data file. */
export function writeSite(dir: string): void {
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

/** Every file of the folder (the zip by its contents), as base64. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of listFiles(dir)) {
    const bytes = readFileSync(join(dir, file));
    if (`/${file}` !== OFFLINE_ZIP_PATH) { out[file] = bytes.toString('base64'); continue; }
    for (const [name, data] of Object.entries(unzipSync(bytes))) out[`zip:${name}`] = Buffer.from(data).toString('base64');
  }
  return out;
}

