/**
 * Golden files: the expected article of every seed, as stable JSON, reviewed by a person
 * (docs/golden-review.md). `tests/unit/tools/golden.test.ts` compares; only
 * `npx tsx scripts/tools/update-golden.ts` rewrites them.
 */
import { join } from 'node:path';
import type { IngestedArticle as Article } from '../../src/schemas/article';
import { ingestArticles } from '../ingest/run';

/** Where the golden files live, relative to the project root. */
export const GOLDEN_DIR = 'tests/fixtures/golden';

/** JSON with object keys sorted at every level, two-space indented, ending in a newline. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** Golden file name of a seed: "000_x.txt" → "000_x.json". */
export function goldenName(sourceFile: string): string {
  return sourceFile.replace(/\.txt$/, '.json');
}

/** The name of the file a mismatch is written to, beside the golden ("000_x-changed.json"). */
export function changedName(sourceFile: string): string {
  return sourceFile.replace(/\.txt$/, '-changed.json');
}

/** Every seed's validated article as golden JSON, keyed by golden file name. Throws if any seed fails. */
export function goldenFiles(root: string, seedsDir = join(root, 'seeds')): Map<string, { article: Article; json: string }> {
  const result = ingestArticles({ seedsDir, root });
  if (!result.ok) throw new Error(`ingest failed:\n${result.errors.join('\n')}`);
  return new Map(result.articles.map((a) => [goldenName(a.sourceFile), { article: a, json: stableJson(a) }]));
}

/** Paths at which two JSON values differ ("metrics[3].indicator: "a" → "b""), at most `max`. */
export function jsonDiff(expected: unknown, actual: unknown, max = 20): string[] {
  const out: string[] = [];
  const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v).slice(0, 80));
  const walk = (a: unknown, b: unknown, path: string) => {
    if (out.length >= max) return;
    if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
      const keys = Array.isArray(a)
        ? [...Array(Math.max(a.length, (b as unknown[]).length)).keys()].map(String)
        : [...new Set([...Object.keys(a), ...Object.keys(b as object)])].sort();
      for (const k of keys) {
        const sub = Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
        walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], sub);
      }
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${path || '(root)'}: ${show(a)} → ${show(b)}`);
  };
  walk(expected, actual, '');
  return out;
}
