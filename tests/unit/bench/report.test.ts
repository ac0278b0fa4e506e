import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../../scripts/bench/builds';
import { groupOf, summarizeProfile, topFunctions } from '../../../scripts/bench/profile';
import { buildTable, goals, growthLines, routeTable, weightTable, type BenchResults } from '../../../scripts/bench/report';
import { median } from '../../../scripts/bench/search-latency';
import { medianRun, summarizeLhr } from '../../../scripts/bench/lighthouse';
import { baselineFiles } from '../../../scripts/bench/baseline';

const build = (wall: number, rss = 1e9): BuildResult => ({
  times: { ingest: wall * 0.1, astro: wall * 0.6, relativize: 0.1, search: wall * 0.2, package: 0, total: wall * 0.95 },
  wall, cpu: wall * 1.2, peakRss: rss, pages: 100, distBytes: 1e6, indexBytes: 1e5,
});

const results = (over: Partial<BenchResults> = {}): BenchResults => ({
  command: 'npm run bench', machine: 'm', weights: [], overruns: [], lighthouse: [], search: [], notes: [],
  sizes: [
    { n: 5, corpus: 'seeds/', site: build(4) },
    { n: 250, corpus: 'synthetic', site: build(10), baseline: build(5) },
    { n: 1000, corpus: 'synthetic', site: build(28, 1.5 * 1024 ** 3), baseline: build(20) },
  ],
  ...over,
});

describe('buildTable and growthLines', () => {
  it('buildTable has one row per size with the ratio to the baseline', () => {
    const table = buildTable(results().sizes);
    expect(table.split('\n')).toHaveLength(5);
    expect(table).toContain('1.40×');
    expect(table).toContain('1.50 GB');
  });
  it('growthLines uses the two largest synthetic sizes', () => {
    expect(growthLines(results().sizes)[0]).toContain(`wall ${(Math.log(28 / 10) / Math.log(4)).toFixed(2)}`);
    expect(growthLines(results().sizes.slice(0, 2))[0]).toMatch(/needs two/);
  });
});

describe('goals', () => {
  it('goals marks each goal met, missed or not measured', () => {
    const g = Object.fromEntries(goals(results(), 5).map((x) => [x.goal, x.met]));
    expect(g['5 seeds build ≤ 10 s (wall)']).toBe(true);
    expect(g['1,000 articles ≤ 30 s in total (wall)']).toBe(true);
    expect(g['1,000 articles peak memory ≤ 2 GB']).toBe(true);
    expect(g['growth exponent 250 → 1000 ≤ 1.0 (wall)']).toBe(true);
    expect(g['overhead ≤ 1.5× the baseline at N = 1000 (wall)']).toBe(true);
    expect(g['Lighthouse 100 in all four categories']).toBeUndefined();
    expect(g['first search results ≤ 100 ms warm (pagefind-api)']).toBeUndefined();
  });
  it('goals reports a missed Lighthouse score and a slow warm search', () => {
    const r = results({
      lighthouse: [{ kind: 'home', url: 'http://x/', scores: { performance: 100, accessibility: 96, 'best-practices': 100, seo: 100 }, losses: [] }],
      search: [
        { n: 1000, method: 'pagefind-api', coldMs: 300, warmMs: 50, warmAllMs: [50], results: 10, coldBytes: 1, warmBytes: 1 },
        { n: 1000, method: 'ui', coldMs: 600, warmMs: 250, warmAllMs: [250], results: 10, coldBytes: 1, warmBytes: 1 },
      ],
    });
    const g = Object.fromEntries(goals(r, 5).map((x) => [x.goal, x]));
    expect(g['Lighthouse 100 in all four categories']!.met).toBe(false);
    expect(g['Lighthouse 100 in all four categories']!.measured).toBe('lowest 96');
    expect(g['first search results ≤ 100 ms warm (Pagefind API)']!.met).toBe(true);
    expect(g['first search results ≤ 100 ms warm (site UI, typing delay included)']!.met).toBe(false);
  });
});

describe('median', () => {
  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('summarizeLhr', () => {
  it('summarizeLhr turns scores into 0–100 and lists weighted audits that lost points', () => {
    const lhr = {
      categories: {
        performance: { score: 0.97, auditRefs: [{ id: 'lcp', weight: 25 }, { id: 'info', weight: 0 }] },
        accessibility: { score: 1, auditRefs: [{ id: 'contrast', weight: 7 }] },
        'best-practices': { score: null, auditRefs: [] },
        seo: { score: 1, auditRefs: [] },
      },
      audits: { lcp: { score: 0.9 }, info: { score: 0 }, contrast: { score: 1 } },
    };
    expect(summarizeLhr('u', lhr)).toEqual({ url: 'u', scores: { performance: 97, accessibility: 100, 'best-practices': null, seo: 100 }, losses: ['performance: lcp (0.9)'] });
  });
});

describe('groupOf and summarizeProfile', () => {
  it.each([
    ['file:///work/main/node_modules/astro/dist/core/build/index.js', 'astro'],
    ['file:///work/main/node_modules/@astrojs/mdx/dist/index.js', '@astrojs/mdx'],
    ['file:///work/main/node_modules/.pnpm/x/node_modules/zod/index.js', 'zod'],
    ['file:///work/main/src/lib/timeline.ts', 'src/lib/timeline.ts'],
    ['/work/main/scripts/ingest/metrics.ts?t=1', 'scripts/ingest/metrics.ts'],
    ['node:internal/fs/utils', 'node:internal'],
  ])('groupOf(%s) is %s', (url, group) => {
    expect(groupOf(url)).toBe(group);
  });
  it('groupOf names native frames by their function', () => {
    expect(groupOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(groupOf('', 'writeSync')).toBe('(native)');
  });
  it('summarizeProfile sums self time per group, largest first', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' } },
        { id: 2, callFrame: { functionName: 'a', url: 'file:///r/node_modules/astro/a.js' } },
        { id: 3, callFrame: { functionName: 'b', url: 'file:///r/node_modules/astro/b.js' } },
        { id: 4, callFrame: { functionName: 'c', url: 'file:///r/src/lib/x.ts' } },
      ],
      samples: [2, 3, 4, 2],
      timeDeltas: [1000, 2000, 500, 1000],
    };
    expect(summarizeProfile(profile)).toEqual([['astro', 4], ['src/lib/x.ts', 0.5]]);
  });
});

describe('baselineFiles', () => {
  it('baselineFiles makes a bare Astro + MDX project over the given content folder', () => {
    const files = baselineFiles('/tmp/x/content');
    expect(Object.keys(files).sort()).toEqual(['astro.config.mjs', 'build.mjs', 'package.json', 'src/components/Caption.astro', 'src/components/Num.astro', 'src/content.config.ts', 'src/layouts/Bare.astro', 'src/pages/[slug].astro', 'src/pages/index.astro']);
    expect(files['src/content.config.ts']).toContain(`base: "/tmp/x/content"`);
    expect(files['astro.config.mjs']).toContain('mdx()');
    expect(files['src/pages/[slug].astro']).toContain('<Content components={{ Num, Caption }} />');
  });
});

describe('medianRun', () => {
  const run = (performance: number) => ({ url: 'u', scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 }, losses: [`p${performance}`] });
  it('medianRun picks the run with the median performance score', () => {
    expect(medianRun([run(90), run(70), run(100)]).scores.performance).toBe(90);
    expect(medianRun([run(90)]).losses).toEqual(['p90']);
    expect(medianRun([run(80), run(100)]).scores.performance).toBe(80);
  });
  it('medianRun throws without runs', () => {
    expect(() => medianRun([])).toThrow();
  });
});

describe('weightTable', () => {
  const w = (file: string, html: number) => ({ file, html, css: 3000, js: 441, assets: [], missing: [] });
  it('weightTable adds the largest page of the largest build when given', () => {
    const t = weightTable([{ kind: 'timeline', weight: w('timeline/index.html', 6000), large: { n: 1000, weight: w('timeline/index.html', 400_000) } }]);
    expect(t).toContain('largest HTML gz at N = 1000');
    expect(t).toContain('390.6 KB');
    expect(t).toContain('| ok ');
  });
  it('weightTable marks a page over its budget', () => {
    expect(weightTable([{ kind: 'article', weight: { ...w('a', 1), js: 5000 } }])).toContain('OVER');
  });
});

describe('topFunctions', () => {
  it('topFunctions sums self time per function with its file and line, leaving V8 entries out', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(idle)', url: '' } },
        { id: 2, callFrame: { functionName: 'formatPlain', url: 'file:///r/src/lib/format.ts', lineNumber: 7 } },
        { id: 3, callFrame: { functionName: '', url: 'file:///r/node_modules/fflate/esm/index.mjs', lineNumber: 641 } },
      ],
      samples: [1, 2, 3, 2],
      timeDeltas: [5000, 1000, 500, 1000],
    };
    expect(topFunctions(profile)).toEqual([['formatPlain src/lib/format.ts:8', 2], ['(anonymous) fflate:642', 0.5]]);
  });
});

describe('routeTable', () => {
  it('routeTable shows each group with its share of the Astro stage', () => {
    const site = { ...build(10), routes: [{ group: 'article', routes: 4, ms: 3000, slowest: '/articles/a/index.html', slowestMs: 900 }] };
    const t = routeTable({ n: 1000, corpus: 'synthetic', site });
    expect(t).toContain('| article |');
    expect(t).toContain('50%');
    expect(t).toContain('750');
  });
});
