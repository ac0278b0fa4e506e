import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatViNumber, syntheticArticle, syntheticFileName, writeCorpus } from '../../../scripts/bench/corpus';
import { createRng, mulberry32 } from '../../../scripts/bench/prng';

describe('mulberry32 and createRng', () => {
  it('mulberry32(seed) gives the same sequence for the same seed, another for another seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
  it('createRng(seed).int(min, max) stays within bounds and reaches both ends', () => {
    const rng = createRng(1);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
  it('createRng(seed).pick throws on an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow();
  });
});

describe('formatViNumber', () => {
  it.each([
    [4422, 0, '4.422'], [84.7, 1, '84,7'], [68.8, 1, '68,8'], [0.71, 2, '0,71'], [1234567, 0, '1.234.567'],
    [53, 1, '53'], [3.5, 1, '3,5'], [50350, 0, '50.350'], [-12.5, 1, '-12,5'],
  ])('formatViNumber(%s, %s) is %s', (v, d, out) => {
    expect(formatViNumber(v, d)).toBe(out);
  });
});

describe('syntheticArticle', () => {
  it('syntheticArticle(seed, i) is deterministic and differs between articles', () => {
    expect(syntheticArticle(1, 3)).toBe(syntheticArticle(1, 3));
    expect(syntheticArticle(1, 3)).not.toBe(syntheticArticle(1, 4));
    expect(syntheticArticle(1, 3)).not.toBe(syntheticArticle(2, 3));
  });
  it('syntheticArticle has a title line and a dateline or a dated lead, then paragraphs with Vietnamese numbers', () => {
    const texts = Array.from({ length: 60 }, (_, i) => syntheticArticle(9, i));
    for (const t of texts) {
      const [title, second] = t.split('\n\n');
      expect(title!.length).toBeGreaterThan(10);
      expect(second).toMatch(/^(?:\d{2}\/\d{2}\/\d{4}|\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}|(?:TCCS - )?Ngày \d{1,2}-\d{1,2}-\d{4}, )/);
      expect(t).toMatch(/\d+,\d+/);
      expect(t).toContain('điểm cầu ');
    }
    const all = texts.join('\n');
    for (const form of [/\d{2}:\d{2}, \d{2}\/\d{2}\/20\d\d\n/, /\n\d{2}\/\d{2}\/20\d\d\n/, /Ngày \d{1,2}-\d{1,2}-20\d\d, /, /\d\.\d{3}\/\d\.\d{3}/, /\d+\/193/, /gấp \d+(?:,\d)? lần/, /tỷ USD/, /\d%/]) {
      expect(all).toMatch(form);
    }
  });
  it('syntheticArticle dates spread over 2020–2026', () => {
    const years = new Set(Array.from({ length: 200 }, (_, i) => /(?:\/|-)(20\d\d)\b/.exec(syntheticArticle(5, i))![1]));
    expect([...years].sort()).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });
});

describe('writeCorpus', () => {
  it('writeCorpus(dir, n, seed) writes n numbered .txt files, byte-identical on a second run', () => {
    const a = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    const b = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    try {
      expect(writeCorpus(a, 12, 3)).toHaveLength(12);
      writeCorpus(b, 12, 3);
      expect(readdirSync(a).sort()).toEqual(Array.from({ length: 12 }, (_, i) => syntheticFileName(i)));
      for (const f of readdirSync(a)) expect(readFileSync(join(a, f))).toEqual(readFileSync(join(b, f)));
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});

describe('writeCorpus with real seeds', () => {
  it('writeCorpus(dir, n, seed, realSeeds) starts with the real seeds and their editorial.yaml, then fills up to n', () => {
    const real = mkdtempSync(join(tmpdir(), 'bench-real-'));
    const out = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    try {
      writeFileSync(join(real, '000_a.txt'), 'A');
      writeFileSync(join(real, '001_b.txt'), 'B');
      writeFileSync(join(real, 'editorial.yaml'), '{}');
      expect(writeCorpus(out, 4, 1, real)).toEqual(['000_a.txt', '001_b.txt', syntheticFileName(0), syntheticFileName(1)]);
      expect(readdirSync(out).sort()).toEqual(['0000_bench.txt', '0001_bench.txt', '000_a.txt', '001_b.txt', 'editorial.yaml']);
      expect(readFileSync(join(out, '001_b.txt'), 'utf8')).toBe('B');
    } finally {
      rmSync(real, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
