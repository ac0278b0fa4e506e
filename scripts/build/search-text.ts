/** The text Pagefind indexes on a built page, read without a DOM: the content regions
 * (`data-pagefind-body`, or the whole body when a page has none) minus `data-pagefind-ignore`
 * parts, scripts and styles. Close enough to Pagefind's own reading to list a page's words; the
 * build's pages are well-formed (Astro closes every element). */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'template', 'noscript']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** `text` with HTML character references decoded (numeric ones and the few Astro writes). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITY[ref.toLowerCase()] ?? all;
  });
}

/** Whether the page `html` marks content regions with `data-pagefind-body`. */
export function hasContentRegions(html: string): boolean {
  return /<[a-zA-Z][^>]*\sdata-pagefind-body\b/.test(html);
}

/** The page title Pagefind takes: the text of the first `<h1>` (tags dropped). */
export function firstHeading(html: string): string {
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  return m ? decodeEntities(m[1]!.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() : '';
}

interface Open { name: string; body: boolean; ignore: boolean }

/** Text of the elements of `html` for which `starts(attrs, name)` holds and their descendants, skipping parts
 * marked `data-pagefind-ignore` (whatever its value) and raw-text elements. */
function regionText(html: string, starts: (attrs: string, name: string) => boolean): string {
  const out: string[] = [];
  const stack: Open[] = [];
  let rawUntil = '';
  for (const m of html.matchAll(TOKEN)) {
    const [all, close, rawName, attrs = '', text] = m;
    if (rawUntil) {
      if (close && rawName?.toLowerCase() === rawUntil) rawUntil = '';
      continue;
    }
    const top = stack[stack.length - 1];
    if (text !== undefined || all === '<') {
      if (top?.body && !top.ignore) out.push(text ?? '<');
      continue;
    }
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (close) {
      const at = stack.map((o) => o.name).lastIndexOf(name);
      if (at !== -1) stack.length = at;
      out.push(' ');
      continue;
    }
    if (RAW.has(name)) {
      if (!/\/\s*$/.test(attrs)) rawUntil = name;
      continue;
    }
    const body = (top?.body ?? false) || starts(attrs, name);
    const ignore = (top?.ignore ?? false) || /\sdata-pagefind-ignore\b/.test(attrs);
    out.push(' ');
    if (!VOID.has(name) && !/\/\s*$/.test(attrs)) stack.push({ name, body, ignore });
  }
  return decodeEntities(out.join('')).replace(/\s+/g, ' ').trim();
}

/** The text Pagefind indexes on the page `html`: its `data-pagefind-body` regions, or the
 * whole `<body>` when it has none. */
export function indexedText(html: string): string {
  return hasContentRegions(html)
    ? regionText(html, (attrs) => /\sdata-pagefind-body\b/.test(attrs))
    : regionText(html, (_attrs, name) => name === 'body');
}

