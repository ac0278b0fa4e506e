import type { Root } from 'hast';
import { findElements, mapUrls, parseHtml, printHtml } from './html';

/** `url` with "index.html" added when it is a relative link to a folder ("../timeline/" →
 * "../timeline/index.html", "./" → "./index.html", "../#x" → "../index.html#x"), since file://
 * shows a folder listing (or nothing) instead of its index page. Other URLs are returned as is. */
export function indexUrl(url: string): string {
  if (url === '' || /^(?:[a-z][a-z\d+.-]*:|\/\/|#|\?)/i.test(url)) return url;
  const m = /^([^?#]*)(.*)$/.exec(url)!;
  let path = m[1]!;
  if (path === '.' || path === '..' || path.endsWith('/.') || path.endsWith('/..')) path += '/';
  if (!path.endsWith('/')) return url;
  return `${path}index.html${m[2]}`;
}

/** Every relative folder link of a page tree ends in index.html, in place (the page's links are
 * relative already: scripts/build/relativize.ts). */
export function indexLinksTree(tree: Root): Root {
  mapUrls(tree, indexUrl);
  return tree;
}

/** The page tree at `file` with its links to the offline zip pointing at the published site (the
 * canonical link tells where that is): the copy does not hold itself, and the web has the latest
 * one. Pages without a matching canonical link are left as they are. */
export function zipLinksOnlineTree(tree: Root, file: string, zipPath: string): Root {
  const canonical = findElements(tree, (el) => el.tagName === 'link' && ([] as unknown[]).concat(el.properties.rel ?? []).includes('canonical'))[0]?.properties.href;
  const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
  if (typeof canonical !== 'string' || !/^https?:\/\//.test(canonical) || !canonical.endsWith(path)) return tree;
  const online = canonical.slice(0, canonical.length - path.length) + zipPath;
  const name = zipPath.slice(zipPath.lastIndexOf('/') + 1);
  for (const a of findElements(tree, (el) => typeof el.properties.href === 'string')) {
    const href = a.properties.href as string;
    if (href.startsWith('.') && href.split('/').pop() === name) a.properties.href = online;
  }
  return tree;
}

/** `indexLinksTree` on HTML text. */
export function indexLinks(html: string): string {
  return printHtml(indexLinksTree(parseHtml(html)));
}

/** `zipLinksOnlineTree` on HTML text. */
export function zipLinksOnline(html: string, file: string, zipPath: string): string {
  return printHtml(zipLinksOnlineTree(parseHtml(html), file, zipPath));
}
