/** One result as a list item: title link, kind and date, the excerpt of its best passage, and the
 * section that passage is in (a timeline event, an article's heading) as a link. */
import { el, say, type Strings } from './dom';
import type { QueryKeys } from './match';
import { bestSubResult, type Assessed } from './rank';
import { excerptParts, formatIsoDate, resultHref, type Part } from './view';

/** What a result needs to know about the page it is shown on. */
export interface RenderContext {
  /** Site root URL, ending in "/". */
  root: string;
  offline: boolean;
  lang: string;
  strings: Strings;
}

/** `parts` as text and `<mark>` elements appended to `to`. */
function appendParts(to: HTMLElement, parts: Part[]): void {
  for (const p of parts) to.append(p.mark ? el('mark', '', p.text) : p.text);
}

/** The list item of result `r` for the query `q`. */
export function renderResult(r: Assessed, q: QueryKeys, ctx: RenderContext): HTMLLIElement {
  const d = r.data;
  const li = el('li', 'search-result');
  const h = el('h2', 'result-title');
  const a = el('a', '', d.meta.title || d.raw_url || d.url);
  a.href = resultHref(ctx.root, d.raw_url || d.url, ctx.offline);
  h.appendChild(a);
  li.appendChild(h);
  const meta = el('p', 'result-meta small');
  const kind = d.filters?.kind?.[0];
  if (kind) meta.appendChild(el('span', 'badge', kind));
  if (d.meta.date) {
    const time = el('time', 'result-date', formatIsoDate(d.meta.date, ctx.lang));
    time.dateTime = d.meta.date;
    meta.appendChild(time);
  }
  if (meta.childNodes.length) li.appendChild(meta);
  const sub = bestSubResult(r);
  const excerpt = el('p', 'result-excerpt');
  appendParts(excerpt, excerptParts(q, r, sub?.anchor?.location ?? 0));
  li.appendChild(excerpt);
  if (sub) {
    const where = el('p', 'result-section small', `${say(ctx.strings, 'section')} `);
    const link = el('a', '', sub.title);
    link.href = resultHref(ctx.root, sub.url, ctx.offline);
    where.appendChild(link);
    li.appendChild(where);
  }
  return li;
}
