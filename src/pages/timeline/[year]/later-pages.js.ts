import type { APIRoute } from 'astro';
import { loadArticles } from '../../../lib/content';
import { laterPagesScript, timelineOf, timelineYearPages } from '../../../lib/timeline-pages';

/** For each year of several pages, the script that maps its later events to their pages (id → page),
 * loaded by public/js/anchor-pages.js only when a link names an event the first page does not hold:
 * the map grows with the year, so it stays out of the page's HTML. Same for both languages. */
export async function getStaticPaths() {
  return timelineYearPages(timelineOf(await loadArticles()))
    .flatMap((yp) => (yp.laterPages ? [{ params: { year: String(yp.year) }, props: { map: yp.laterPages } }] : []));
}

export const GET: APIRoute = ({ props }) => new Response(laterPagesScript((props as { map: Record<string, number> }).map), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
