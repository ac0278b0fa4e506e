import { posix } from 'node:path';

/** Attributes whose values are URLs that may point inside the site. */
const URL_ATTR = /(\s(?:href|src|action|poster|data-src|data-href|data-url|data-base)=)(["'])(\/(?!\/)[^"']*)\2/g;
const SRCSET_ATTR = /(\ssrcset=)(["'])([^"']*)\2/g;

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

/** Rewrites every site-root URL in an HTML page to a relative one (canonical and og:url stay
 * absolute because they are full https URLs). */
export function relativizeHtml(html: string, fromFile: string, indexFiles = false): string {
  return html
    .replace(URL_ATTR, (_, attr: string, q: string, url: string) => `${attr}${q}${relativeUrl(fromFile, url, indexFiles)}${q}`)
    .replace(SRCSET_ATTR, (_, attr: string, q: string, set: string) =>
      `${attr}${q}${set.split(',').map((part) => part.trim().replace(/^\/(?!\/)\S*/, (u) => relativeUrl(fromFile, u, indexFiles))).join(', ')}${q}`);
}

/** Rewrites `url(/…)` in a stylesheet at `fromFile` to relative URLs. */
export function relativizeCss(css: string, fromFile: string): string {
  return css.replace(/url\((["']?)(\/(?!\/)[^)"']*)\1\)/g, (_, q: string, url: string) => `url(${q}${relativeUrl(fromFile, url)}${q})`);
}
