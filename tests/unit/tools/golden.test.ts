/**
 * Golden test: the five seeds → the expected articles in tests/fixtures/golden/*.json (reviewed by a
 * person, see docs/golden-review.md). On a mismatch the new output is written beside the golden as
 * `<name>-changed.json` (git-ignored) and the test fails with the differing paths. The goldens are
 * rewritten only by `npx tsx scripts/tools/update-golden.ts`, never here.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, changedName, goldenFiles, jsonDiff, stableJson } from '../../../scripts/tools/golden';
import { decodeSeed } from '../../../scripts/ingest/decode';

const ROOT = new URL('../../../', import.meta.url).pathname;
const DIR = join(ROOT, GOLDEN_DIR);
const files = goldenFiles(ROOT);

describe('golden articles', () => {
  it('goldenFiles covers every seed and every golden file has a seed', () => {
    const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
    expect([...files.keys()].sort()).toEqual(seeds.map((f) => f.replace(/\.txt$/, '.json')).sort());
    const goldens = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('-changed.json'));
    expect(goldens.sort()).toEqual([...files.keys()].sort());
  });

  for (const [name, { article, json }] of files) {
    it(`golden ${name} matches the ingest output`, () => {
      const golden = join(DIR, name);
      const changed = join(DIR, changedName(article.sourceFile));
      const expected = existsSync(golden) ? readFileSync(golden, 'utf8') : '';
      if (expected === json) {
        rmSync(changed, { force: true });
        return;
      }
      writeFileSync(changed, json);
      const diff = expected ? jsonDiff(JSON.parse(expected), JSON.parse(json)) : ['(no golden file)'];
      expect.fail(`${name} differs from the golden (new output in ${changedName(article.sourceFile)}; review, then \`npx tsx scripts/tools/update-golden.ts\`):\n  ${diff.join('\n  ')}`);
    });

    it(`golden ${name}: every quote is a verbatim substring of the decoded seed, at its offset`, () => {
      const text = decodeSeed(article.sourceFile, readFileSync(join(ROOT, 'seeds', article.sourceFile))).text;
      for (const m of article.metrics) {
        expect(text.includes(m.quote), `${m.id} quote`).toBe(true);
        expect(text.slice(m.offset, m.offset + m.text.length), `${m.id} offset`).toBe(m.text);
        expect(m.quote.includes(m.text), `${m.id} text in quote`).toBe(true);
      }
      for (const b of article.body) expect(text.slice(b.offset, b.offset + b.text.length)).toBe(b.text);
    });
  }
});

describe('stableJson / jsonDiff', () => {
  it('stableJson sorts keys at every level', () => {
    expect(stableJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    }\n  ],\n  "b": 1\n}\n');
  });

  it('jsonDiff lists the paths that differ', () => {
    expect(jsonDiff({ a: 1, m: [{ x: 'p' }] }, { a: 1, m: [{ x: 'q' }, { x: 'r' }] })).toEqual(['m[0].x: "p" → "q"', 'm[1]: (none) → {"x":"r"}']);
    expect(jsonDiff({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
