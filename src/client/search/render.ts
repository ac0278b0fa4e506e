/** One result as a list item: title link, kind and date, the excerpt of its best passage, and the
 * section that passage is in (a timeline event, an article's heading) as a link. */
import { el, say, type Strings } from './dom';
import type { QueryKeys } from './match';
import { bestSubResult, type Assessed } from './rank';
import { formatIsoDate, freshExcerpt, resultHref, type Part } from './view';

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

/** The list item of result `r` for the query `q`; `seen` holds the excerpts shown above (a passage
 * shown already is not repeated: another passage, or a short note, takes its place). */
export function renderResult(r: Assessed, q: QueryKeys, ctx: RenderContext, seen: Set<string>): HTMLLIElement {
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
    // A page may give its own wording of the date (`date_label` meta), so search says what the page says.
    const time = el('time', 'result-date', d.meta.date_label || formatIsoDate(d.meta.date, ctx.lang));
    time.dateTime = d.meta.date;
    meta.appendChild(time);
  }
  if (meta.childNodes.length) li.appendChild(meta);
  const sub = bestSubResult(r);
  const parts = freshExcerpt(q, r, sub?.anchor?.location ?? 0, seen);
  const excerpt = el('p', parts ? 'result-excerpt' : 'result-excerpt small repeat', parts ? '' : say(ctx.strings, 'repeat'));
  if (parts) appendParts(excerpt, parts);
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
