/**
 * The body of an article entry as real MDX: the blocks become an mdast tree (paragraphs, photo
 * captions as `<Caption>`), every number a `<Num id="m-…">…</Num>` element at its offset, and
 * mdast-util-to-markdown writes it with the MDX escapes plus the guards below. MDX is compiled
 * without GFM and smart punctuation (src/integrations/mdx-options.mjs): GFM links URLs in text
 * whatever the escaping, and smart quotes would change the seed's characters.
 *
 * Seed text is data: whatever a seed holds must come back from MDX as the same text and no other
 * element. The serializer escapes markdown, JSX (`<`) and expression (`{`) syntax; GUARDS add what
 * it leaves open: `import`/`export` at the start of a line (MDX would read ESM), closing braces and
 * `>` anywhere. tests/unit/ingest/mdx-body.test.ts checks this on thousands of random strings.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { markBlock } from '../../src/lib/marks';
import type { Block } from '../../src/schemas/article';
import type { Metric } from '../../src/schemas/metric';

/** Component names the body uses; pages pass them to `<Content components={…} />`. */
export const NUM = 'Num';
export const CAPTION = 'Caption';

/** Escapes beyond the serializer's own: ESM keywords at a line start (encoded as a character
 * reference, so the line is text), and `}` / `>` everywhere (backslash escapes, harmless). */
export const GUARDS: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
  { character: '}', inConstruct: ['phrasing'] },
  { character: '>', inConstruct: ['phrasing'] },
];

/** `<Num id="…">text</Num>`. */
export function numElement(id: string, text: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: NUM, attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }], children: [{ type: 'text', value: text }] };
}

/** Line breaks (with the whitespace around them) as one space: a block is one line of the seed, and
 * HTML shows a line break as a space anyway, so no block can open a markdown construct mid-way. */
export function oneLine(text: string): string {
  return text.replace(/[\t ]*[\r\n][\t\r\n ]*/g, ' ');
}

/** The phrasing content of a block: its text, with each metric found exactly at its offset as a
 * `<Num>` (metrics elsewhere are left out by markBlock, never misplaced). */
export function blockPhrasing(block: Block, metrics: Metric[]): PhrasingContent[] {
  return markBlock(block, metrics).map((part) => (part.metric ? numElement(part.metric.id, oneLine(part.text)) : { type: 'text', value: oneLine(part.text) }));
}

const isJsxOrBlank = (node: PhrasingContent) => node.type === 'mdxJsxTextElement' || (node.type === 'text' && node.value.trim() === '');

/** A paragraph of `children`. A line of nothing but `<Num>` elements and spaces would be read as JSX
 * flow (no paragraph, spaces lost), so such a paragraph is written as an explicit `<p>…</p>` line. */
export function paragraphOf(children: PhrasingContent[]): Paragraph {
  if (!children.every(isJsxOrBlank)) return { type: 'paragraph', children };
  const p: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'p', attributes: [], children };
  return { type: 'paragraph', children: [p] };
}

/** One block as a flow node: a paragraph, or a caption wrapping its paragraph. */
export function blockNode(block: Block, metrics: Metric[]): RootContent {
  const paragraph = paragraphOf(blockPhrasing(block, metrics));
  if (block.kind !== 'caption') return paragraph;
  const caption: MdxJsxFlowElement = { type: 'mdxJsxFlowElement', name: CAPTION, attributes: [], children: [paragraph] };
  return caption;
}

/** The mdast tree of an article body (blank blocks are dropped). */
export function bodyTree(blocks: Block[], metrics: Metric[]): Root {
  return { type: 'root', children: blocks.filter((b) => /[^ \t\r\n]/.test(b.text)).map((b) => blockNode(b, metrics)) };
}

/** The MDX source of an article body. */
export function bodyMdx(blocks: Block[], metrics: Metric[]): string {
  return toMarkdown(bodyTree(blocks, metrics), { extensions: [mdxToMarkdown(), { unsafe: GUARDS }] });
}
