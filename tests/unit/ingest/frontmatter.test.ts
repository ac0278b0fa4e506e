import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { frontmatterYaml, YAML_OPTIONS } from '../../../scripts/ingest/frontmatter';
import { createRng } from '../../../scripts/bench/prng';

const GOLDEN = new URL('../../fixtures/golden/', import.meta.url);
const viaYaml = (data: Record<string, unknown>) => stringify(data, YAML_OPTIONS);

describe('frontmatterYaml writes what yaml writes', () => {
  it('on every seed article (the golden ingest output)', () => {
    const files = readdirSync(GOLDEN).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const { body: _body, ...data } = JSON.parse(readFileSync(new URL(f, GOLDEN), 'utf8')) as Record<string, unknown>;
      expect(frontmatterYaml(data), f).toBe(viaYaml(data));
    }
  });

  it('on shapes at the edges: empty lists and maps, nested lists of maps, lists of scalars, undefined fields', () => {
    const data = { a: [], b: {}, c: { d: undefined }, e: [{ f: 1, g: [{ h: 'x' }], i: [] }, { j: { k: true } }], l: ['m', 2, false], n: undefined, o: -3.25 };
    expect(frontmatterYaml(data)).toBe(viaYaml(data));
  });

  it('on odd strings, numbers and keys (it hands those to yaml)', () => {
    const odd = ['a"b', 'back\\slash', 'tab\there', 'new\nline', '\u0007bell', 'nbsp\u00a0ok', 'line\u2028sep', '\ufeffbom', 'emoji 😀', '', ' lead', 'trail ', '---', '#', ': x', '- y'];
    for (const s of odd) expect(frontmatterYaml({ s }), JSON.stringify(s)).toBe(viaYaml({ s }));
    for (const n of [0, -0, 1e21, 1.5e15, 1e-7, 0.1 + 0.2, -12.5, Number.MAX_SAFE_INTEGER]) expect(frontmatterYaml({ n }), String(n)).toBe(viaYaml({ n }));
    for (const k of ['with space', 'dash-key', '1digit', 'ключ']) expect(frontmatterYaml({ [k]: 1 }), k).toBe(viaYaml({ [k]: 1 }));
    expect(frontmatterYaml({ l: [[1, 2]] })).toBe(viaYaml({ l: [[1, 2]] }));
  });

  it('on odd strings deep in lists and maps (each quoted by yaml alone unless it breaks a line)', () => {
    for (const s of ['a"b', "it's \"x\"", '\u0007bell', 'x --- y', '... z', 'new\nline', 'cr\rhere', ' \n lead']) {
      const data = { warnings: [s, 'plain'], metrics: [{ id: 'm-1', quote: s, period: { text: s } }], m: { k: { s } } };
      expect(frontmatterYaml(data), JSON.stringify(s)).toBe(viaYaml(data));
    }
  });

  it('on random nested data of strings drawn from a wide alphabet', () => {
    const rng = createRng(11);
    const alphabet = 'aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẠẢÃẰẮỰỨ0123456789 .,;:!?-—–()[]{}"\'\\/%&#@*+=<>|~`\t\n\u00a0\u2028😀';
    const str = () => Array.from({ length: rng.int(0, 12) }, () => alphabet[rng.int(0, alphabet.length - 1)]).join('');
    const value = (depth: number): unknown => {
      const r = rng.next();
      if (depth > 2 || r < 0.4) return str();
      if (r < 0.55) return rng.int(-1000, 100000) / (rng.chance(0.5) ? 1 : 100);
      if (r < 0.6) return rng.chance(0.5);
      if (r < 0.8) return Array.from({ length: rng.int(0, 3) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: rng.int(0, 3) }, (_, i) => [`k${i}`, value(depth + 1)]));
    };
    for (let i = 0; i < 300; i++) {
      const data = { id: str(), v: value(0), list: [value(1), value(1)] };
      expect(frontmatterYaml(data)).toBe(viaYaml(data));
    }
  });
});
