/**
 * The scale part of `npm run bench` (issue 15): the opt-in N = 10,000 size, the HTML budget of every
 * page at every size, and the incremental rebuild (one seed changed, as a share of the clean build).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../build/files';
import type { Logger } from '../lib/logger';
import type { BuildResult } from './builds';
import type { SizeResult } from './report';
import { formatBytes, gzipSize } from './sizes';
import { markdownTable, secs, type GoalResult } from './table';

/** The large size `--large` adds. */
export const LARGE_N = 10_000;
/** The size whose incremental rebuild the issue judges. */
export const INCREMENTAL_N = 1000;
/** An incremental rebuild should take at most this share of the clean build (issue 15). */
export const INCREMENTAL_GOAL = 0.4;

/** The sizes to build: `sizes`, plus {@link LARGE_N} with `--large`; sorted, distinct. */
export function withLarge(sizes: number[], large: boolean): number[] {
  return large ? [...new Set([...sizes, LARGE_N])].sort((a, b) => a - b) : sizes;
}

/** The size at which to measure the incremental rebuild: `requested` when it is a synthetic size of
 * the run, else {@link INCREMENTAL_N}, else the largest synthetic size below it; undefined when none
 * (the real seeds are never changed). */
export function incrementalSizeOf(sizes: number[], seedsCount: number, requested?: number): number | undefined {
  const synthetic = sizes.filter((n) => n !== seedsCount);
  if (requested !== undefined) return synthetic.includes(requested) ? requested : undefined;
  return synthetic.includes(INCREMENTAL_N) ? INCREMENTAL_N : synthetic.filter((n) => n < INCREMENTAL_N).at(-1);
}

/** The seed to change for the incremental rebuild: the last generated one (never a real seed). */
export function seedToChange(files: string[], realSeeds: string[]): string | undefined {
  const real = new Set(realSeeds);
  return files.filter((f) => f.endsWith('.txt') && !real.has(f)).sort().at(-1);
}

/** A seed's text with one more paragraph holding a figure, as an editor's correction would add. */
export function changedSeedText(text: string): string {
  return `${text.replace(/\s+$/, '')}\n\nTheo số liệu cập nhật, tỷ lệ hồ sơ được xử lý trực tuyến đạt 71,5%.\n`;
}

/** Changes one generated seed in `seedsDir` ({@link changedSeedText}); returns its name. */
export function changeOneSeed(seedsDir: string, realSeeds: string[]): string {
  const file = seedToChange(listFiles(seedsDir), realSeeds);
  if (!file) throw new Error(`${seedsDir}: no generated seed to change`);
  const path = join(seedsDir, file);
  writeFileSync(path, changedSeedText(readFileSync(path, 'utf8')));
  return file;
}

/** Every HTML page of a build against the HTML budget. */
export interface HtmlScan {
  pages: number;
  budget: number;
  largest?: { file: string; bytes: number };
  /** Pages over the budget (count), and the first few of them. */
  overCount: number;
  over: { file: string; bytes: number }[];
}

/** Gzips every `*.html` below `dist` and compares it with `budget`; `progress` is called every 2,000 pages. */
export function scanHtml(dist: string, budget: number, progress?: (done: number, total: number) => void): HtmlScan {
  const files = listFiles(dist).filter((f) => f.endsWith('.html'));
  const scan: HtmlScan = { pages: files.length, budget, overCount: 0, over: [] };
  files.forEach((file, i) => {
    const bytes = gzipSize(readFileSync(join(dist, file)));
    if (!scan.largest || bytes > scan.largest.bytes) scan.largest = { file, bytes };
    if (bytes > budget) {
      scan.overCount++;
      if (scan.over.length < 10) scan.over.push({ file, bytes });
    }
    if (progress && (i + 1) % 2000 === 0) progress(i + 1, files.length);
  });
  return scan;
}

/** Seconds of the incremental rebuild as a share of the clean build (wall), or undefined. */
export function incrementalShare(clean?: BuildResult, incremental?: BuildResult): number | undefined {
  return clean && incremental && clean.wall > 0 ? incremental.wall / clean.wall : undefined;
}

/** The report's scale section: the largest HTML page of each size against the budget, and the incremental rebuild. */
export function scaleSection(sizes: SizeResult[]): string[] {
  const out: string[] = [];
  const scanned = sizes.filter((s) => s.html);
  if (scanned.length) {
    out.push(`## HTML budget (every page ≤ ${formatBytes(scanned[0]!.html!.budget)} gzipped)`, '', markdownTable(['>N', '>pages', 'largest page', '>largest HTML gz', '>pages over budget'],
      scanned.map(({ n, html: h }) => [n, h!.pages, h!.largest?.file ?? '–', h!.largest ? formatBytes(h!.largest.bytes) : '–', h!.overCount])), '');
    for (const s of scanned) if (s.html!.over.length) out.push(`Over budget at N = ${s.n}: ${s.html!.over.map((o) => `${o.file} ${formatBytes(o.bytes)}`).join(', ')}${s.html!.overCount > s.html!.over.length ? ', …' : ''}`, '');
  }
  for (const s of sizes.filter((x) => x.incremental)) {
    const { site: inc, seed } = s.incremental!;
    const share = incrementalShare(s.site, inc);
    out.push(`## Incremental rebuild at N = ${s.n}`, '', markdownTable(['build', '>ingest s', '>astro s', '>search s', '>total s', '>wall s', '>CPU s', '>peak RSS', '>of clean wall'], [
      ['clean', secs(s.site!.times.ingest), secs(s.site!.times.astro), secs(s.site!.times.search), secs(s.site!.times.total), secs(s.site!.wall), secs(s.site!.cpu), formatBytes(s.site!.peakRss), '100%'],
      ['one seed changed', secs(inc.times.ingest), secs(inc.times.astro), secs(inc.times.search), secs(inc.times.total), secs(inc.wall), secs(inc.cpu), formatBytes(inc.peakRss), share === undefined ? '–' : `${(100 * share).toFixed(0)}%`],
    ]), '', `The same project, content folder, Astro cache and ingest cache as the clean build; one generated seed (${seed}) gained a paragraph.`, '');
  }
  return out;
}

/** The goals of issue 15 that the scale part measures. */
export function scaleGoals(sizes: SizeResult[]): GoalResult[] {
  const large = sizes.find((s) => s.n === LARGE_N);
  const largestScan = [...sizes].reverse().find((s) => s.html);
  const inc = sizes.find((s) => s.incremental);
  const share = inc ? incrementalShare(inc.site, inc.incremental!.site) : undefined;
  return [
    { goal: `${LARGE_N.toLocaleString('en')} articles build to completion`, measured: large ? (large.site ? `${secs(large.site.wall)} s` : 'failed') : '–', met: large ? !!large.site : undefined },
    { goal: `${LARGE_N.toLocaleString('en')} articles peak RSS ≤ 1.5× the baseline's`, measured: large?.site && large.baseline ? `${(large.site.peakRss / large.baseline.peakRss).toFixed(2)}×` : '–', met: large?.site && large.baseline ? large.site.peakRss <= 1.5 * large.baseline.peakRss : undefined },
    { goal: largestScan ? `every HTML page ≤ ${formatBytes(largestScan.html!.budget)} gzipped at N = ${largestScan.n}` : 'every HTML page ≤ 60 KB gzipped', measured: largestScan?.html?.largest ? `largest ${formatBytes(largestScan.html.largest.bytes)}` : '–', met: largestScan ? largestScan.html!.overCount === 0 : undefined },
    { goal: `incremental rebuild (one seed changed${inc ? ` at N = ${inc.n}` : ''}) ≤ ${100 * INCREMENTAL_GOAL}% of a clean build (wall)`, measured: share === undefined ? '–' : `${(100 * share).toFixed(0)}%`, met: share === undefined ? undefined : share <= INCREMENTAL_GOAL },
  ];
}

/** Logs "<label>: still running (N s)" every `everyMs` until the returned function is called, so long stages are not silent. */
export function heartbeat(label: string, log: Pick<Logger, 'info'>, everyMs = 30_000): () => void {
  const t0 = performance.now();
  const timer = setInterval(() => log.info(`${label}: still running (${((performance.now() - t0) / 1000).toFixed(0)} s)`), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
