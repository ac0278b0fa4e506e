import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';

/** Keys that code builds from a prefix and a value (`metric.${status}`), by the prefix as written in
 * a template literal. Every other key must appear quoted in src/ or scripts/. */
const DYNAMIC_KEYS: Record<string, string[]> = {
  'metric.': ['metric.approx', 'metric.nearly', 'metric.over', 'metric.under', 'metric.at-least', 'metric.at-most', 'metric.actual', 'metric.target', 'metric.baseline', 'metric.estimate'],
  'chart.scope.': ['chart.scope.asean', 'chart.scope.asia-pacific', 'chart.scope.asia', 'chart.scope.world', 'chart.scope.province', 'chart.scope.country'],
  'chart.measure.': ['chart.measure.growth', 'chart.measure.rank-change'],
  'chart.unit.': ['chart.unit.percent', 'chart.unit.count', 'chart.unit.VND', 'chart.unit.USD', 'chart.unit.index', 'chart.unit.times', 'chart.unit.rank', 'chart.unit.points'],
  'chart.status.': ['chart.status.actual', 'chart.status.target', 'chart.status.estimate', 'chart.status.baseline'],
  'editorial.': ['editorial.title', 'editorial.date', 'editorial.outlet'],
  'story.': ['story.actual', 'story.target', 'story.estimate'],
  'data.file.': ['data.file.metrics.csv', 'data.file.metrics.json', 'data.file.articles.json', 'data.file.indicators.json', 'data.file.topics.json', 'data.file.datapackage.json'],
};

/** Plural forms `tn()` builds from a quoted noun key (`'count.values'` → `count.values.one|other`). */
const PLURAL = /\.(one|other)$/;

const DICTIONARY_FILES = ['src/i18n/vi.ts', 'src/i18n/en.ts'].map((f) => resolve(f));

/** Every source file under `dir` (TypeScript, Astro, MDX, scripts). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs|js|astro|mdx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !DICTIONARY_FILES.includes(resolve(f)));
}

const code = [...sources('src'), ...sources('scripts')].map((f) => readFileSync(f, 'utf8')).join('\n');
const quoted = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => code.includes(q));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('vi and en have the same keys', () => {
    expect(Object.keys(en).filter((k) => !(k in vi)), 'keys only in en.ts').toEqual([]);
    expect(Object.keys(vi).filter((k) => !(k in en)), 'keys only in vi.ts').toEqual([]);
  });

  it('every key is used: quoted in src/ or scripts/, a plural form of a quoted key, or in DYNAMIC_KEYS', () => {
    const dynamic = new Set(Object.values(DYNAMIC_KEYS).flat());
    const unused = Object.keys(vi).filter((k) => !quoted(k) && !dynamic.has(k) && !(PLURAL.test(k) && quoted(k.replace(PLURAL, ''))));
    expect(unused).toEqual([]);
  });

  it('DYNAMIC_KEYS lists keys of the dictionaries under prefixes the code builds', () => {
    for (const [prefix, keys] of Object.entries(DYNAMIC_KEYS)) {
      expect(code.includes(`\`${prefix}\${`), `no \`${prefix}\${…}\` in src/ or scripts/`).toBe(true);
      expect(keys.filter((k) => !k.startsWith(prefix) || !(k in vi)), prefix).toEqual([]);
    }
  });

  it('each key has the same placeholders in vi and en', () => {
    const differ = Object.keys(vi).filter((k) => {
      const key = k as keyof typeof vi;
      return placeholders(vi[key]).join() !== placeholders(en[key]).join();
    });
    expect(differ).toEqual([]);
  });
});
