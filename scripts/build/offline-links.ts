import type { Root } from 'hast';
import { findElement, mapUrls, parseHtml, printHtml, type UrlMap } from './html';

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

/** Where the page at `file` links to the offline zip online, from its canonical link (the first
 * `<link rel=canonical>`: it tells where the site is published); undefined when it has none that
 * matches the file. */
function onlineZipUrl(tree: Root, file: string, zipPath: string): string | undefined {
  const canonical = findElement(tree, (el) => el.tagName === 'link' && ([] as unknown[]).concat(el.properties.rel ?? []).includes('canonical'))?.properties.href;
  const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
  if (typeof canonical !== 'string' || !/^https?:\/\//.test(canonical) || !canonical.endsWith(path)) return undefined;
  return canonical.slice(0, canonical.length - path.length) + zipPath;
}

/** The URL map of `zipLinksOnlineTree` for one page: relative `href`s to the zip (by file name)
 * become `online`. */
function zipLinkMap(online: string, zipPath: string): UrlMap {
  const name = zipPath.slice(zipPath.lastIndexOf('/') + 1);
  return (url, _el, prop) => (prop === 'href' && url.startsWith('.') && url.split('/').pop() === name ? online : url);
}

/** The page tree at `file` with its links to the offline zip pointing at the published site (the
 * canonical link tells where that is): the copy does not hold itself, and the web has the latest
 * one. Pages without a matching canonical link are left as they are. */
export function zipLinksOnlineTree(tree: Root, file: string, zipPath: string): Root {
  const online = onlineZipUrl(tree, file, zipPath);
  if (online !== undefined) mapUrls(tree, zipLinkMap(online, zipPath));
  return tree;
}

/** Both offline rewrites of a page's links in one map (zipLinksOnlineTree, then indexLinksTree):
 * what `mapUrls` or the printer (print.ts printTreeTwice) applies to the page at `file`. */
export function offlineUrlMap(tree: Root, file: string, zipPath: string): UrlMap {
  const online = onlineZipUrl(tree, file, zipPath);
  if (online === undefined) return (url) => indexUrl(url);
  const zipLink = zipLinkMap(online, zipPath);
  return (url, el, prop) => indexUrl(zipLink(url, el, prop));
}

/** `indexLinksTree` on HTML text. */
export function indexLinks(html: string): string {
  return printHtml(indexLinksTree(parseHtml(html)));
}

/** `zipLinksOnlineTree` on HTML text. */
export function zipLinksOnline(html: string, file: string, zipPath: string): string {
  return printHtml(zipLinksOnlineTree(parseHtml(html), file, zipPath));
}
