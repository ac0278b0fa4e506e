/**
 * Which built pages have charts, and the gallery page of their screenshots. Pure helpers of
 * `npm run shots` (scripts/shots/run.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../build/files';

/** A page with charts: its site path ('indicators/x/'), whether it is a story (steps to shoot), and whether its HTML draws a chart SVG
 *  (`svg.chart-svg`, `svg.story-svg`; a chart page may hold only tables and big numbers). */
export interface ChartPage { path: string; story: boolean; svg: boolean }

/** HTML markers of a chart (every chart component renders one of these classes). */
const CHART = /class="[^"]*\b(chart-svg|chart-figure|story-chart|bignum)\b/;
/** A chart drawn as SVG in the built HTML (both chart SVG components write `class` on the `<svg>` element). */
const CHART_SVG = /<svg\b[^>]*\bclass="[^"]*\b(chart-svg|story-svg)\b/;

/** Every HTML page of `dist` that draws a chart, in path order (stories flagged). */
export function chartPages(dist: string): ChartPage[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))
    .map((f) => ({ f, html: readFileSync(join(dist, f), 'utf8') }))
    .filter(({ html }) => CHART.test(html))
    .map(({ f, html }) => {
      const path = f.replace(/index\.html$/, '');
      return { path, story: /^(en\/)?stories\/[^/]+\/$/.test(path), svg: CHART_SVG.test(html) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** One screenshot in the gallery. */
export interface Shot { page: string; file: string; caption: string; width: number; scheme: 'light' | 'dark' }

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The gallery: one section per page, phone shots at their size beside laptop shots scaled down. */
export function galleryHtml(shots: Shot[]): string {
  const pages = [...new Set(shots.map((s) => s.page))];
  const sections = pages.map((p) => {
    const items = shots.filter((s) => s.page === p).map((s) => `<figure class="w${s.width} ${s.scheme}"><a href="${esc(s.file)}"><img src="${esc(s.file)}" alt="${esc(s.caption)}" loading="lazy"></a><figcaption>${esc(s.caption)}</figcaption></figure>`);
    return `<section><h2>${esc(p || '/')}</h2><div class="row">${items.join('')}</div></section>`;
  });
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Chart screenshots</title>
<style>body{font:14px system-ui;margin:1rem}.row{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}figure{margin:0}.w390 img{width:390px}.w1280 img{width:640px}img{border:1px solid #ccc}.dark{background:#222;color:#eee;padding:4px}</style>
<h1>Chart screenshots (${shots.length})</h1>${sections.join('\n')}</html>\n`;
}
