/** The printed report of `npm run bench`: Markdown sections built from the measured results. */
import { BUDGETS } from './budgets';
import type { BuildResult } from './builds';
import { CATEGORIES, type LighthouseResult } from './lighthouse';
import type { PageKind } from './pages';
import { scaleGoals, scaleSection, type HtmlScan } from './scale'; // scale: issue 15
import { QUERIES, type SearchLatency } from './search-latency';
import { formatBytes, type PageWeight } from './sizes';
import { goalMark, growthExponent, markdownTable, secs, type GoalResult } from './table';

/** Everything measured at one corpus size. */
export interface SizeResult {
  n: number;
  corpus: 'seeds/' | 'synthetic';
  site?: BuildResult;
  baseline?: BuildResult;
  /** scale: every HTML page of our build against the HTML budget. */
  html?: HtmlScan;
  /** scale: our build again after one seed changed (same caches). */
  incremental?: { seed: string; site: BuildResult };
  error?: string;
}

export interface BenchResults {
  command: string;
  machine: string;
  sizes: SizeResult[];
  /** One page per kind on the smallest build, and the same kind's largest page on the largest build. */
  weights: { kind: PageKind; weight: PageWeight; large?: { n: number; weight: PageWeight } }[];
  overruns: string[];
  lighthouse: (LighthouseResult & { kind: string; runs?: number[] })[];
  /** Search latency per method on the largest build (`n` articles). */
  search: (SearchLatency & { n: number })[];
  notes: string[];
}

const GB = 1024 ** 3;
const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

/** Build times, memory and sizes per corpus size, with the baseline and our ratio to it. */
export function buildTable(sizes: SizeResult[]): string {
  const headers = ['>N', 'corpus', '>pages', '>ingest s', '>astro s', '>relativize s', '>search s', '>pairs s', '>package s', '>total s', '>wall s', '>CPU s', '>peak RSS', '>dist', '>index',
    '>baseline wall s', '>baseline CPU s', '>baseline RSS', '>× baseline wall', '>× baseline CPU'];
  const rows = sizes.map(({ n, corpus, site: s, baseline: b, error }) => error || !s
    ? [n, corpus, ...headers.slice(3, -1).map(() => '–'), error ? 'failed' : '–']
    : [n, corpus, s.pages, secs(s.times.ingest), secs(s.times.astro), secs(s.times.relativize), secs(s.times.search), secs(s.times.pairs), secs(s.times.package), secs(s.times.total), secs(s.wall), secs(s.cpu),
      formatBytes(s.peakRss), formatBytes(s.distBytes), formatBytes(s.indexBytes), secs(b?.wall), secs(b?.cpu), b ? formatBytes(b.peakRss) : '–', ratio(s.wall, b?.wall), ratio(s.cpu, b?.cpu)]);
  return markdownTable(headers, rows);
}

/** Growth exponents of each stage between the two largest synthetic sizes. */
export function growthLines(sizes: SizeResult[]): string[] {
  const ok = sizes.filter((s) => s.site && s.corpus === 'synthetic');
  if (ok.length < 2) return ['growth exponent: needs two synthetic sizes'];
  const [a, b] = ok.slice(-2) as [SizeResult, SizeResult];
  const g = (pick: (r: BuildResult) => number | undefined) => growthExponent(a.n, pick(a.site!) ?? NaN, b.n, pick(b.site!) ?? NaN).toFixed(2);
  const stages = ['ingest', 'astro', 'relativize', 'search', 'total'].map((k) => `${k} ${g((r) => r.times[k])}`);
  return [`growth exponent ${a.n} → ${b.n} (log(t${b.n}/t${a.n}) / log(${b.n / a.n})): ${stages.join(', ')}, wall ${g((r) => r.wall)}; baseline wall ${a.baseline && b.baseline ? growthExponent(a.n, a.baseline.wall, b.n, b.baseline.wall).toFixed(2) : '–'}`];
}

/** Astro's page generation time per page kind at one size, largest first. */
export function routeTable(r: SizeResult): string {
  const astro = r.site?.times.astro ?? NaN;
  const rows = (r.site?.routes ?? []).map((g) => [g.group, g.routes, secs(g.ms / 1000), `${((100 * g.ms) / 1000 / astro).toFixed(0)}%`, (g.ms / g.routes).toFixed(0), g.slowest, g.slowestMs.toFixed(0)]);
  return markdownTable(['kind', '>routes', '>seconds', '>of astro stage', '>ms per route', 'slowest route', '>ms'], rows);
}

/** Gzipped HTML, CSS and JS of one page per kind, against the budgets; with the HTML of the
 * kind's largest page on the largest build when there is one. */
export function weightTable(weights: BenchResults['weights']): string {
  const largeN = weights.find((w) => w.large)?.large?.n;
  const rows = weights.map(({ kind, weight: w, large }) => [kind, w.file, formatBytes(w.html), ...(largeN ? [large ? formatBytes(large.weight.html) : '–'] : []),
    formatBytes(w.css), formatBytes(w.js), `${formatBytes(BUDGETS[kind].js)} / ${formatBytes(BUDGETS[kind].css)}`, w.js <= BUDGETS[kind].js && w.css <= BUDGETS[kind].css ? 'ok' : 'OVER']);
  return markdownTable(['kind', 'page', '>HTML gz', ...(largeN ? [`>largest HTML gz at N = ${largeN}`] : []), '>CSS gz', '>JS gz', '>budget JS / CSS', 'fits'], rows);
}

/** Lighthouse scores per page. */
export function lighthouseTable(results: BenchResults['lighthouse']): string {
  return markdownTable(['kind', 'page', ...CATEGORIES.map((c) => `>${c}`), 'performance per run'],
    results.map((r) => [r.kind, new URL(r.url).pathname, ...CATEGORIES.map((c) => r.scores[c] ?? '–'), (r.runs ?? []).join(', ')]));
}

/** Search latency and bytes, one row per method. */
export function searchTable(rows: BenchResults['search']): string {
  return markdownTable(['>articles', 'method', '>results', '>cold ms', '>warm ms (median)', '>of which search() ms', 'warm queries ms', '>cold bytes', '>warm bytes'],
    rows.map((s) => [s.n, s.method, s.results, s.coldMs.toFixed(0), s.warmMs.toFixed(0), s.warmSearchMs?.toFixed(0) ?? '–', s.warmAllMs.map((m) => m.toFixed(0)).join(', '), formatBytes(s.coldBytes), formatBytes(s.warmBytes)]));
}

/** Each goal of issue 8 with its measured value. */
export function goals(r: BenchResults, seedsCount: number): GoalResult[] {
  const at = (n: number) => r.sizes.find((s) => s.n === n && s.site);
  const seeds = r.sizes.find((s) => s.corpus === 'seeds/' && s.site) ?? at(seedsCount);
  const big = at(1000);
  const synth = r.sizes.filter((s) => s.site && s.corpus === 'synthetic');
  const [a, b] = synth.slice(-2);
  const exp = a && b ? growthExponent(a.n, a.site!.wall, b.n, b.site!.wall) : undefined;
  const lhMin = r.lighthouse.length ? Math.min(...r.lighthouse.flatMap((l) => CATEGORIES.map((c) => l.scores[c] ?? 0))) : undefined;
  const largest = synth.at(-1);
  return [
    { goal: `${seedsCount} seeds build ≤ 10 s (wall)`, measured: seeds ? `${secs(seeds.site!.wall)} s` : '–', met: seeds ? seeds.site!.wall <= 10 : undefined },
    { goal: '1,000 articles ≤ 30 s in total (wall)', measured: big ? `${secs(big.site!.wall)} s` : '–', met: big ? big.site!.wall <= 30 : undefined },
    { goal: '1,000 articles peak memory ≤ 2 GB', measured: big ? formatBytes(big.site!.peakRss) : '–', met: big ? big.site!.peakRss <= 2 * GB : undefined },
    { goal: a && b ? `growth exponent ${a.n} → ${b.n} ≤ 1.0 (wall)` : 'growth exponent ≤ 1.0 (needs two synthetic sizes)', measured: exp === undefined ? '–' : exp.toFixed(2), met: exp === undefined ? undefined : exp <= 1.0 },
    { goal: `overhead ≤ 1.5× the baseline at N = ${largest?.n ?? '?'} (wall)`, measured: ratio(largest?.site?.wall, largest?.baseline?.wall), met: largest?.baseline ? largest.site!.wall <= 1.5 * largest.baseline.wall : undefined },
    { goal: 'Lighthouse 100 in all four categories', measured: lhMin === undefined ? '–' : `lowest ${lhMin}`, met: lhMin === undefined ? undefined : lhMin === 100 },
    ...searchGoals(r.search),
    { goal: 'every page within its JS and CSS budget', measured: r.weights.length ? `${r.overruns.length} overruns` : '–', met: r.weights.length ? r.overruns.length === 0 : undefined },
    ...scaleGoals(r.sizes),
  ];
}

/** The warm-search goal, judged on Pagefind itself and, when the site has one, on its search UI. */
function searchGoals(rows: BenchResults['search']): GoalResult[] {
  const goal = (method: string) => `first search results ≤ 100 ms warm (${method})`;
  if (rows.length === 0) return [{ goal: goal('pagefind-api'), measured: '–', met: undefined }];
  return rows.map((s) => ({ goal: goal(s.method === 'ui' ? 'site UI, typing delay included' : 'Pagefind API'), measured: `${s.warmMs.toFixed(0)} ms at N = ${s.n}`, met: s.warmMs <= 100 }));
}

/** The whole report. */
export function formatReport(r: BenchResults, seedsCount: number): string {
  const out = [`# Benchmark — \`${r.command}\``, '', r.machine, '', '## Build', '', buildTable(r.sizes), '',
    `Synthetic corpora are the real seeds/ (the data stories cite them) plus generated articles up to N. Seconds per stage as the cds integration reports them; wall = the whole process, start-up included; CPU = user + system seconds of the process tree (steadier than wall when other work shares the machine); peak RSS = the process tree (node + Pagefind). Baseline = plain Astro + MDX, one bare page per entry, then Pagefind.`,
    '', ...growthLines(r.sizes), '', ...scaleSection(r.sizes)];
  for (const s of r.sizes) if (s.error) out.push(`N = ${s.n} failed: ${s.error.split('\n').slice(0, 8).join('\n')}`, '');
  const largest = [...r.sizes].reverse().find((s) => s.site?.routes?.length);
  for (const s of r.sizes) {
    if (s.site?.stagePeaks?.length) out.push(`Peak RSS by stage at N = ${s.n}: ${s.site.stagePeaks.map(([name, b]) => `${name} ${formatBytes(b)}`).join(', ')}.`);
  }
  out.push('');
  if (largest) out.push(`## Where the Astro stage goes at N = ${largest.n}`, '', routeTable(largest), '', 'From Astro\'s own per-route times (its info-level log); the rest of the stage is bundling (one module per .mdx entry) and writing files.', '');
  if (r.weights.length) out.push('## Page weight (gzipped)', '', weightTable(r.weights), '');
  if (r.overruns.length) out.push('Budget overruns:', ...r.overruns.slice(0, 20).map((o) => `- ${o}`), '');
  if (r.lighthouse.length) {
    out.push('## Lighthouse (mobile)', '', lighthouseTable(r.lighthouse), '', 'Lighthouse\'s default mobile emulation and simulated throttling; per page the run with the median performance score. Points lost (audit, score, where):', '');
    for (const l of r.lighthouse) if (l.losses.length) out.push(`- ${l.kind}: ${l.losses.join('; ')}`);
    out.push('');
  }
  if (r.search.length) out.push('## Search latency (Chromium)', '', searchTable(r.search), '', `Cold: the first query on a fresh page (scripts, WebAssembly and index chunks load). Warm: later queries on the same page (median). First results: the result list plus the data (title, excerpt) of the first five; "of which search()" is the result list alone. Bytes: Pagefind's files as fetched (its web worker's included). Queries: ${QUERIES.map((q) => `"${q}"`).join(', ')} (the first cold). pagefind-api = pagefind.search() in the search page; ui = typing in the search box until a result link shows (includes the UI's typing delay).`, '');
  out.push('## Goals', '', markdownTable(['goal', 'measured', 'result'], goals(r, seedsCount).map((g) => [g.goal, g.measured, goalMark(g.met)])), '');
  if (r.notes.length) out.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}
