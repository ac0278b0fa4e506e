/** Attributes whose values are URLs (the same list as relativize.ts). */
const URL_ATTR = /(\s(?:href|src|action|poster|data-src|data-href|data-url|data-base)=)(["'])([^"']*)\2/g;

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

/** Every relative folder link of a built page, ending in index.html (the page's links are
 * relative already: scripts/build/relativize.ts). */
export function indexLinks(html: string): string {
  return html.replace(URL_ATTR, (_, attr: string, q: string, url: string) => `${attr}${q}${indexUrl(url)}${q}`);
}

/** The page `html` at `file` with its links to the offline zip pointing at the published site
 * (the canonical link tells where that is): the copy does not hold itself, and the web has the
 * latest one. Pages without a matching canonical link are returned as is. */
export function zipLinksOnline(html: string, file: string, zipPath: string): string {
  const canonical = /<link rel="canonical" href="(https?:\/\/[^"]+)"/.exec(html)?.[1];
  const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
  if (!canonical || !canonical.endsWith(path)) return html;
  const online = canonical.slice(0, canonical.length - path.length) + zipPath;
  const name = zipPath.slice(zipPath.lastIndexOf('/') + 1).replace(/\./g, '\\.');
  return html.replace(new RegExp(`(\\shref=)(["'])(?:\\.{1,2}\\/)+(?:[^"']*\\/)?${name}\\2`, 'g'), `$1$2${online}$2`);
}
