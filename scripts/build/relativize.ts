import { posix } from 'node:path';
import type { Root } from 'hast';
import { mapUrls, parseHtml, printHtml } from './html';

/** The relative URL that reaches site path `target` (e.g. "/en/timeline/") from the HTML file at
 * `fromFile` (e.g. "timeline/2024/index.html"). With `indexFiles`, folder URLs get "index.html"
 * so they open from file://. Query and hash are kept. */
export function relativeUrl(fromFile: string, target: string, indexFiles = false): string {
  const m = /^([^?#]*)(.*)$/.exec(target)!;
  let path = m[1]!;
  const rest = m[2]!;
  if (indexFiles && path.endsWith('/')) path += 'index.html';
  const fromDir = posix.dirname(`/${fromFile}`);
  let rel = posix.relative(fromDir, path);
  if (path.endsWith('/') && rel !== '') rel += '/';
  if (rel === '') rel = indexFiles ? 'index.html' : './';
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel + rest;
}

/** Whether `url` is site-root relative ("/x", not "//host/x"). */
const isRootUrl = (url: string) => url.startsWith('/') && !url.startsWith('//');

/** Rewrites every site-root URL of a page tree to a relative one, in place (canonical and og:url
 * stay absolute because they are full https URLs). */
export function relativizeTree(tree: Root, fromFile: string, indexFiles = false): Root {
  mapUrls(tree, (url) => (isRootUrl(url) ? relativeUrl(fromFile, url, indexFiles) : url));
  return tree;
}

/** `relativizeTree` on HTML text. */
export function relativizeHtml(html: string, fromFile: string, indexFiles = false): string {
  return printHtml(relativizeTree(parseHtml(html), fromFile, indexFiles));
}

/** Rewrites `url(/…)` in a stylesheet at `fromFile` to relative URLs (CSS, not HTML). */
export function relativizeCss(css: string, fromFile: string): string {
  return css.replace(/url\((["']?)(\/(?!\/)[^)"']*)\1\)/g, (_, q: string, url: string) => `url(${q}${relativeUrl(fromFile, url)}${q})`);
}
