import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { axePages, samplePages, spreadIndices, spreadSample, templateOf } from '../../e2e/support/sample';

describe('templateOf', () => {
  it.each([
    ['indicators/x/', 'indicators/*'],
    ['en/indicators/x/', 'en/indicators/*'],
    ['embed/indicators/y/', 'embed/*/*'],
    ['en/embed/indicators/y/', 'en/embed/*/*'],
    ['embed/story-x/', 'embed/*'],
    ['indicators/x/2/', 'indicators/*/*'],
    ['timeline/2024/', 'timeline/*'],
    ['about/', 'about/'],
    ['en/indicators/', 'en/indicators/'],
    ['en/', 'en/'],
    ['', ''],
    ['404.html', '404.html'],
  ])('%s → %s', (page, template) => expect(templateOf(page)).toBe(template));
});

describe('spreadIndices', () => {
  it('keeps every index of a short list', () => expect(spreadIndices(3, 6)).toEqual([0, 1, 2]));
  it('spreads over a long one, both ends included', () => {
    expect(spreadIndices(95, 6)).toEqual([0, 19, 38, 56, 75, 94]);
    expect(spreadIndices(7, 2)).toEqual([0, 6]);
  });
  it('takes the last (the heaviest) when one is wanted, none when none is', () => {
    expect(spreadIndices(5, 1)).toEqual([4]);
    expect(spreadIndices(5, 0)).toEqual([]);
  });
});

describe('spreadSample', () => {
  const items = Array.from({ length: 20 }, (_, i) => ({ group: i < 3 ? 'small' : 'big', weight: (i * 7) % 20, i }));
  const picked = spreadSample(items, 4, (t) => t.group, (t) => t.weight);

  it('keeps small groups whole and the input order', () => {
    expect(picked.filter((t) => t.group === 'small').map((t) => t.i)).toEqual([0, 1, 2]);
    expect(picked.map((t) => t.i)).toEqual([...picked.map((t) => t.i)].sort((a, b) => a - b));
  });

  it('takes the lightest and the heaviest of a big group and spreads the rest', () => {
    const big = picked.filter((t) => t.group === 'big');
    const weights = items.filter((t) => t.group === 'big').map((t) => t.weight);
    expect(big).toHaveLength(4);
    expect(Math.min(...big.map((t) => t.weight))).toBe(Math.min(...weights));
    expect(Math.max(...big.map((t) => t.weight))).toBe(Math.max(...weights));
  });
});

describe('samplePages', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'cds sample '));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  // HTML sizes: the indicator pages weigh 500, 100, 900, 300, 700, 200, 800, 400, 600 bytes.
  const weights = [500, 100, 900, 300, 700, 200, 800, 400, 600];
  const pages = ['about/', ...weights.map((_, i) => `indicators/i${i}/`)];
  pages.forEach((p, i) => {
    mkdirSync(path.join(dist, p), { recursive: true });
    writeFileSync(path.join(dist, p, 'index.html'), 'x'.repeat(i === 0 ? 50 : weights[i - 1]!));
  });

  it('takes the smallest, the middle and the largest page of a template, and a template of one whole', () => {
    expect(samplePages(dist, pages, 3, (p) => p, {})).toEqual(['about/', 'indicators/i0/', 'indicators/i1/', 'indicators/i2/']);
  });

  it('takes every page with E2E_FULL=1', () => {
    expect(samplePages(dist, pages, 3, (p) => p, { E2E_FULL: '1' })).toEqual(pages);
  });
});

describe('axePages', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'cds axe pages '));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  // Eight stories and eight indicator pages: the stories' template is kept whole, the indicators' sampled (six of eight).
  const pages = [...Array.from({ length: 8 }, (_, i) => `stories/s${i}/`), ...Array.from({ length: 8 }, (_, i) => `indicators/i${i}/`), 'embed/s0/', 'en/stories/s0/'];
  for (const p of pages) {
    mkdirSync(path.join(dist, p), { recursive: true });
    writeFileSync(path.join(dist, p, 'index.html'), 'x');
  }
  mkdirSync(path.join(dist, 'pagefind'), { recursive: true });
  writeFileSync(path.join(dist, 'pagefind', 'x.html'), 'x');

  it('keeps every story and story-embed page, samples a large template, skips the search index', () => {
    const got = axePages(dist, {});
    expect(got.filter((p) => p.startsWith('stories/'))).toHaveLength(8);
    expect(got).toContain('embed/s0/');
    expect(got).toContain('en/stories/s0/');
    expect(got.filter((p) => p.startsWith('indicators/'))).toHaveLength(6);
    expect(got.some((p) => p.startsWith('pagefind/'))).toBe(false);
  });

  it('is empty when there is no build', () => expect(axePages(path.join(dist, 'none'), {})).toEqual([]));
});
