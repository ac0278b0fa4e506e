/**
 * Property test of the MDX article body: random text rich in markdown, MDX, JSX, ESM and
 * frontmatter syntax is serialized as an article entry, compiled and run with Sätteri (the MDX
 * compiler of @astrojs/mdx, with the site's MDX options) and must come back as exactly its text,
 * inside nothing but the expected paragraphs, captions and `<Num>` elements.
 *
 * "Exactly" means: every run of the whitespace characters space, tab, CR and LF folds to one
 * space, and each block is trimmed of them at both ends (HTML renders such runs as one space;
 * markdown drops them at the edges of a line). Nothing else may change.
 */
import { evaluate } from 'satteri';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../scripts/bench/prng';
import { CAPTION, NUM, bodyMdx } from '../../../scripts/ingest/mdx-body';
import { serializeArticle } from '../../../scripts/ingest/serialize';
import { MDX_OPTIONS } from '../../../src/integrations/mdx-options.mjs';
import type { Block } from '../../../src/schemas/article';
import type { Metric } from '../../../src/schemas/metric';
import { article, metric as makeMetric } from '../lib/fixtures';

const makeArticle = (over: { body: Block[]; metrics: Metric[] }) => ({ ...article({ metrics: over.metrics }), body: over.body });

/** Pieces random text is made of: every character the issue names, words MDX and markdown give
 * meaning to, and plain Vietnamese. */
const PIECES = [
  '{', '}', '<', '>', 'import', 'export', '---', '`', '```', '*', '_', '[', ']', '#', '|', '&', '\\', '~', '!', ':',
  '\n', '\n', ' ', ' ', '  ', '\t', '    ', '"', "'", '(', ')', '-', '=', '+', '.', '@', '$', '%', '^', '/', ';', ',', '?',
  'import x from "y"', 'export const a = 1', '{1+1}', '<b>', '</p>', '<Num id="m-x">', '</Num>', '<!--', '-->', '<>', '</>',
  '&amp;', '&#65;', '&lt;', 'https://x.vn', 'www.chinhphu.vn', 'a@b.vn', '* ', '- ', '+ ', '1. ', '2) ', '> ', '# ', '## ',
  '===', '***', '___', '[a](b)', '![i](j)', '[^1]', '[x]: y', '$$', '+++', ':::', '\u00a0', '\u200b',
  'chuyển đổi số', 'Đề án 06', '84,7 triệu', 'tăng 12%', 'x', 'a', 'b', '0', '7', 'đ',
];

/** A random string of 1–30 pieces. */
function randomText(rng: Rng): string {
  let s = '';
  for (let n = rng.int(1, 30); n > 0; n--) s += rng.pick(PIECES);
  return s;
}

const FOLD = /[ \t\r\n]+/g;
/** Whitespace folding as defined above. */
const fold = (s: string) => s.replace(FOLD, ' ').replace(/^ | $/g, '');

/** Up to three metrics at random places in `block` (non-overlapping, not starting or ending in whitespace). */
function randomMetrics(rng: Rng, block: Block, start: number): Metric[] {
  const out: Metric[] = [];
  let pos = 0;
  for (let k = 0; k < 3 && pos < block.text.length; k++) {
    const from = rng.int(pos, block.text.length - 1);
    const to = rng.int(from + 1, Math.min(block.text.length, from + 12));
    const text = block.text.slice(from, to);
    if (text.trim() !== text || text === '' || /[\r\n]/.test(text)) continue;
    out.push(makeMetric({ id: `m-${(start + out.length).toString(16).padStart(8, '0')}`, text, offset: block.offset + from }));
    pos = to + 1;
  }
  return out;
}

interface El { type: string; props: Record<string, unknown> }
const FRAGMENT = Symbol('Fragment');
const jsx = (type: unknown, props: unknown): unknown =>
  typeof type === 'function' ? (type as (p: unknown) => unknown)(props) : { type: type === FRAGMENT ? '#fragment' : String(type), props };
const components = { [NUM]: (props: Record<string, unknown>) => ({ type: NUM, props }), [CAPTION]: (props: Record<string, unknown>) => ({ type: CAPTION, props }) };

/** Compiles and runs `mdx` the way @astrojs/mdx does (same compiler and features), returning the element tree. */
function render(mdx: string): El {
  const mod = evaluate(mdx, {
    Fragment: FRAGMENT, jsx, jsxs: jsx,
    features: { gfm: MDX_OPTIONS.gfm, smartPunctuation: MDX_OPTIONS.smartypants, frontmatter: true },
    elementAttributeNameCase: 'html',
  }) as { default: (props: unknown) => El };
  return mod.default({ components });
}

const childrenOf = (el: El): unknown[] => {
  const c = el.props.children;
  return c === undefined ? [] : Array.isArray(c) ? c : [c];
};

/** The text of a paragraph, failing on any element but `<Num>` (whose id and text are collected). */
function paragraphText(p: El, nums: { id: string; text: string }[]): string {
  expect(p.type).toBe('p');
  expect(Object.keys(p.props)).toEqual(['children']);
  return childrenOf(p).map((c) => {
    if (typeof c === 'string') return c;
    const el = c as El;
    expect(el.type).toBe(NUM);
    const text = childrenOf(el).map((t) => { expect(typeof t).toBe('string'); return t as string; }).join('');
    nums.push({ id: String(el.props.id), text });
    return text;
  }).join('');
}

/** The blocks of a rendered body: `{ kind, text, nums }`, failing on any unexpected element. */
function renderedBlocks(root: El) {
  const top = root.type === '#fragment' ? childrenOf(root) : [root];
  return top.filter((c) => !(typeof c === 'string' && c.trim() === '')).map((c) => {
    const el = c as El;
    const nums: { id: string; text: string }[] = [];
    if (el.type === CAPTION) {
      const inner = childrenOf(el).filter((x) => !(typeof x === 'string' && x.trim() === ''));
      expect(inner).toHaveLength(1);
      return { kind: 'caption', text: paragraphText(inner[0] as El, nums), nums };
    }
    return { kind: 'paragraph', text: paragraphText(el, nums), nums };
  });
}

/** Random articles: `docs` entries of up to 6 blocks each. */
function randomCases(seed: number, docs: number) {
  const rng = createRng(seed);
  return Array.from({ length: docs }, (_, d) => {
    const blocks: Block[] = [];
    const metrics: Metric[] = [];
    let offset = 0;
    for (let n = rng.int(1, 6); n > 0; n--) {
      const block: Block = { kind: rng.chance(0.2) ? 'caption' : 'paragraph', text: randomText(rng), offset };
      offset += block.text.length + 1;
      if (fold(block.text) === '') continue;
      blocks.push(block);
      metrics.push(...randomMetrics(rng, block, d * 100 + metrics.length));
    }
    return { blocks, metrics };
  });
}

describe('MDX article bodies', () => {
  it('give back exactly the text of 4,000+ random hostile blocks, with no element but p, Caption and Num', () => {
    let blocksSeen = 0;
    let numsSeen = 0;
    for (const { blocks, metrics } of randomCases(14, 1500)) {
      const entry = serializeArticle(makeArticle({ body: blocks, metrics }));
      const got = renderedBlocks(render(entry));
      const context = JSON.stringify(blocks.map((b) => b.text));
      expect(got.map((b) => b.kind), context).toEqual(blocks.map((b) => b.kind));
      expect(got.map((b) => fold(b.text)), context).toEqual(blocks.map((b) => fold(b.text)));
      expect(got.flatMap((b) => b.nums), context).toEqual(metrics.map((m) => ({ id: m.id, text: m.text })));
      blocksSeen += blocks.length;
      numsSeen += metrics.length;
    }
    expect(blocksSeen).toBeGreaterThan(4000);
    expect(numsSeen).toBeGreaterThan(4000);
  }, 120_000);

  it('keeps the structured data in the frontmatter, without the blocks', () => {
    const { blocks, metrics } = randomCases(7, 1)[0]!;
    const entry = serializeArticle(makeArticle({ body: blocks, metrics }));
    const data = parse(entry.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
    expect(data.body).toBeUndefined();
    expect(data.metrics).toEqual(JSON.parse(JSON.stringify(metrics)));
  });

  it('guards lines MDX would read as ESM, and escapes JSX and expressions', () => {
    const mdx = bodyMdx([{ kind: 'paragraph', text: 'import a from "b"\nexport {c}\n<X/> {d}', offset: 0 }], []);
    expect(mdx).not.toMatch(/^(?:import|export)\b/m);
    expect(mdx).not.toMatch(/(?<!\\)[<{]/);
  });

  it('marks a number only where its text is at its offset', () => {
    const block: Block = { kind: 'paragraph', text: 'Có 84,7 triệu thẻ', offset: 10 };
    expect(bodyMdx([block], [makeMetric({ id: 'm-0000000a', text: '84,7 triệu', offset: 13 })])).toBe('Có <Num id="m-0000000a">84,7 triệu</Num> thẻ\n');
    expect(bodyMdx([block], [makeMetric({ id: 'm-0000000a', text: '84,7 triệu', offset: 14 })])).toBe('Có 84,7 triệu thẻ\n');
  });
});
