import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BuildResult } from '../../../scripts/bench/builds';
import { goals, type SizeResult } from '../../../scripts/bench/report';
import { changedSeedText, changeOneSeed, heartbeat, incrementalShare, incrementalSizeOf, LARGE_N, scaleGoals, scaleSection, scanHtml, seedToChange, withLarge } from '../../../scripts/bench/scale';

const tmp = mkdtempSync(join(tmpdir(), 'cds-bench-scale-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const build = (wall: number, rss = 1e9): BuildResult => ({
  times: { ingest: wall * 0.1, astro: wall * 0.6, search: wall * 0.2, total: wall * 0.95 }, wall, cpu: wall, peakRss: rss, pages: 10, distBytes: 1, indexBytes: 1,
});
const scan = (largest: number, overCount = 0) => ({ pages: 10, budget: 60 * 1024, largest: { file: 'timeline/index.html', bytes: largest }, overCount, over: overCount ? [{ file: 'timeline/index.html', bytes: largest }] : [] });

describe('sizes', () => {
  it('withLarge(sizes, large) adds 10,000 only when asked, sorted and once', () => {
    expect(withLarge([5, 250], false)).toEqual([5, 250]);
    expect(withLarge([5, 250], true)).toEqual([5, 250, LARGE_N]);
    expect(withLarge([5, LARGE_N], true)).toEqual([5, LARGE_N]);
  });
  it('incrementalSizeOf(sizes, seeds, requested) prefers the request, then 1,000, then the largest synthetic size below it', () => {
    expect(incrementalSizeOf([5, 250, 1000, 10_000], 5)).toBe(1000);
    expect(incrementalSizeOf([5, 250], 5)).toBe(250);
    expect(incrementalSizeOf([5, 250], 5, 250)).toBe(250);
    expect(incrementalSizeOf([5, 250], 5, 5)).toBeUndefined();
    expect(incrementalSizeOf([5, 250], 5, 300)).toBeUndefined();
    expect(incrementalSizeOf([5], 5)).toBeUndefined();
    expect(incrementalSizeOf([5, 10_000], 5)).toBeUndefined();
  });
});

describe('changing one seed', () => {
  it('seedToChange(files, real) picks the last generated seed, never a real one', () => {
    expect(seedToChange(['000_a.txt', 'gen-0001.txt', 'gen-0002.txt', 'editorial.yaml'], ['000_a.txt'])).toBe('gen-0002.txt');
    expect(seedToChange(['000_a.txt'], ['000_a.txt'])).toBeUndefined();
  });
  it('changedSeedText(text) adds one paragraph with a figure and keeps the text before it', () => {
    const t = changedSeedText('Tiêu đề\n\nĐoạn một.\n\n');
    expect(t.startsWith('Tiêu đề\n\nĐoạn một.\n\n')).toBe(true);
    expect(t).toMatch(/\d+,\d+%\.\n$/);
    expect(t.split('\n\n')).toHaveLength(3);
  });
  it('changeOneSeed(dir, real) rewrites that seed on disk and names it', () => {
    const dir = join(tmp, 'seeds');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'real.txt'), 'R');
    writeFileSync(join(dir, 'syn-1.txt'), 'S');
    expect(changeOneSeed(dir, ['real.txt'])).toBe('syn-1.txt');
    expect(readFileSync(join(dir, 'syn-1.txt'), 'utf8')).not.toBe('S');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('R');
    expect(() => changeOneSeed(join(tmp, 'seeds'), ['real.txt', 'syn-1.txt'])).toThrow(/no generated seed/);
  });
});

describe('scanHtml(dist, budget)', () => {
  it('scanHtml finds the largest page and counts pages over the budget, HTML only', () => {
    const dist = join(tmp, 'dist');
    mkdirSync(join(dist, 'a'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<p>small</p>');
    let seed = 1;
    const noise = Array.from({ length: 5000 }, () => ((seed = (seed * 48271) % 2147483647) % 36).toString(36)).join('');
    writeFileSync(join(dist, 'a', 'index.html'), `<p>${noise}</p>`);
    writeFileSync(join(dist, 'big.json'), noise.repeat(4));
    const s = scanHtml(dist, 1000);
    expect(s.pages).toBe(2);
    expect(s.largest!.file).toBe('a/index.html');
    expect(s.overCount).toBe(1);
    expect(s.over.map((o) => o.file)).toEqual(['a/index.html']);
    expect(scanHtml(dist, 1_000_000).overCount).toBe(0);
  });
});

describe('report', () => {
  const sizes: SizeResult[] = [
    { n: 5, corpus: 'seeds/', site: build(4), html: scan(9000) },
    { n: 1000, corpus: 'synthetic', site: build(50), baseline: build(20, 5e8), html: scan(70 * 1024, 3), incremental: { seed: 'gen-0999.txt', site: build(15) } },
  ];
  it('incrementalShare(clean, incremental) is the share of wall time', () => {
    expect(incrementalShare(build(50), build(15))).toBeCloseTo(0.3);
    expect(incrementalShare(undefined, build(15))).toBeUndefined();
  });
  it('scaleSection(sizes) tables the HTML budget per size and the incremental rebuild as % of clean', () => {
    const text = scaleSection(sizes).join('\n');
    expect(text).toContain('## HTML budget (every page ≤ 60.0 KB gzipped)');
    expect(text).toContain('Over budget at N = 1000: timeline/index.html 70.0 KB, …');
    expect(text).toContain('## Incremental rebuild at N = 1000');
    expect(text).toMatch(/one seed changed .*\|\s+30% \|/);
  });
  it('scaleGoals(sizes) judges the HTML budget and the incremental rebuild, and leaves 10,000 unmeasured without it', () => {
    const g = Object.fromEntries(scaleGoals(sizes).map((x) => [x.goal, x]));
    expect(g['every HTML page ≤ 60.0 KB gzipped at N = 1000']!.met).toBe(false);
    expect(g['incremental rebuild (one seed changed at N = 1000) ≤ 40% of a clean build (wall)']!).toEqual(expect.objectContaining({ measured: '30%', met: true }));
    expect(g['10,000 articles build to completion']!.met).toBeUndefined();
    const large = scaleGoals([{ n: LARGE_N, corpus: 'synthetic', site: build(500, 3e9), baseline: build(100, 1e9) }]);
    expect(large[0]!.met).toBe(true);
    expect(large[1]).toEqual(expect.objectContaining({ measured: '3.00×', met: false }));
    expect(scaleGoals([{ n: LARGE_N, corpus: 'synthetic', error: 'x' }])[0]).toEqual(expect.objectContaining({ measured: 'failed', met: false }));
  });
  it('goals(results) includes the scale goals', () => {
    const all = goals({ command: 'c', machine: 'm', sizes, weights: [], overruns: [], lighthouse: [], search: [], notes: [] }, 5).map((x) => x.goal);
    expect(all).toContain('10,000 articles build to completion');
  });
});

describe('heartbeat(label, log, everyMs)', () => {
  it('heartbeat logs while running and stops when told', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const stop = heartbeat('N = 10000: our build', { info: (m) => lines.push(m) }, 1000);
    vi.advanceTimersByTime(2500);
    stop();
    vi.advanceTimersByTime(5000);
    vi.useRealTimers();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^N = 10000: our build: still running \(\d+ s\)$/);
  });
});
