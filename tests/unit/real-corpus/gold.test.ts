/**
 * The dev corpus and its gold hold together: every article has a gold and a manifest entry, every
 * gold quote stands exactly once in its article, every number of an article is accounted for (a claim
 * or a not_metric entry), and every indicator id exists in content/indicators.yaml.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../../scripts/ingest/decode';
import { loadIndicators } from '../../../src/lib/lexicon';
import { digitRuns, locate, notMetricSpans, overlaps, readGold } from '../../support/real-corpus/gold';
import { CORPUS_DIR, goldFiles } from '../../support/real-corpus/run';

const root = process.cwd();
const dir = join(root, CORPUS_DIR);
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const manifest = parse(readFileSync(join(dir, 'manifest.yaml'), 'utf8')) as { file: string; outlet: string; url: string; date: string; why: string }[];
/**
 * Ids of the grown catalogue (helper `lexicon`'s branch) that the gold already uses; allowed until that
 * catalogue is merged here. Once content/indicators.yaml has them, this list can go.
 */
const indicatorIds = new Set(loadIndicators(root).map((i) => i.id));

describe('real-article corpus', () => {
  it('has at least 18 articles from at least 8 outlets, each in the manifest with a URL', () => {
    expect(articles.length).toBeGreaterThanOrEqual(18);
    expect(new Set(manifest.map((m) => m.outlet)).size).toBeGreaterThanOrEqual(8);
    expect(manifest.map((m) => m.file).sort()).toEqual(articles);
    for (const m of manifest) expect(m.url, m.file).toMatch(/^https?:\/\//u);
  });

  it('holds each page once: no two articles share a URL (scheme, "www." and "beta" aside) or the same text (spacing aside)', () => {
    const page = (url: string) => url.replace(/^https?:\/\/(?:www\.|beta\.?)?/u, '');
    const byUrl = new Map<string, string>();
    for (const m of manifest) {
      expect(byUrl.get(page(m.url)), `${m.file} repeats the URL of`).toBeUndefined();
      byUrl.set(page(m.url), m.file);
    }
    const byText = new Map<string, string>();
    for (const f of articles) {
      const words = readFileSync(join(dir, f), 'utf8').split(/\s+/u).join(' ').trim();
      expect(byText.get(words), `${f} repeats the text of`).toBeUndefined();
      byText.set(words, f);
    }
  });

  it('has one gold file per article', () => {
    expect(goldFiles(root).map((g) => g.replace(/\.yaml$/u, '.txt'))).toEqual(articles);
  });
});

describe.each(goldFiles(root))('gold %s', (g) => {
  const gold = readGold(join(dir, 'gold', g));
  const text = existsSync(join(dir, gold.file)) ? decodeSeed(gold.file, readFileSync(join(dir, gold.file))).text : '';

  it('names its own article', () => {
    expect(gold.file).toBe(g.replace(/\.yaml$/u, '.txt'));
  });

  it('locates every claim and not-metric entry exactly once', () => {
    for (const c of gold.claims) expect(() => locate(text, c), c.quote).not.toThrow();
    for (const n of gold.not_metric) expect(() => notMetricSpans(text, n), n.text).not.toThrow();
  });

  it('accounts for every number in the article', () => {
    const covered = [...gold.claims.map((c) => locate(text, c)), ...gold.not_metric.flatMap((n) => notMetricSpans(text, n))];
    const missing = digitRuns(text).filter((d) => !covered.some((s) => overlaps(d, s)))
      .map((d) => `"${text.slice(Math.max(0, d.start - 20), d.end + 10)}"`);
    expect(missing).toEqual([]);
  });

  it('has no two claims on the same number', () => {
    const starts = gold.claims.map((c) => locate(text, c).start);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('uses indicator ids of content/indicators.yaml (or of the catalogue about to be merged)', () => {
    const unknown = gold.claims.map((c) => c.indicator).filter((id) => id !== 'none' && !indicatorIds.has(id));
    expect(unknown).toEqual([]);
  });
});
