/** The article modules' blanked frontmatter (src/integrations/article-modules.ts): the MDX body of a
 * real entry renders the same, every line stays where it was, and only the articles folder's .mdx
 * files are touched. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../scripts/ingest/serialize';
import { articleModules, blankFrontmatter, isEntryIn } from '../../../src/integrations/article-modules';
import { MDX_OPTIONS } from '../../../src/integrations/mdx-options.mjs';
import type { IngestedArticle } from '../../../src/schemas/article';

const GOLDEN = join(import.meta.dirname, '../../fixtures/golden/000_e9a3a57e214b7d5b.json');
const entry = serializeArticle(JSON.parse(readFileSync(GOLDEN, 'utf8')) as IngestedArticle);

/** Compiles and runs `mdx` as @astrojs/mdx does, returning its module (default export rendered to plain objects). */
function compile(mdx: string): { tree: unknown; frontmatter: unknown } {
  const jsx = (type: unknown, props: unknown): unknown => (typeof type === 'function' ? (type as (p: unknown) => unknown)(props) : { type: String(type), props });
  const mod = evaluate(mdx, {
    Fragment: Symbol.for('fragment'), jsx, jsxs: jsx,
    features: { gfm: MDX_OPTIONS.gfm, smartPunctuation: MDX_OPTIONS.smartypants, frontmatter: true },
    elementAttributeNameCase: 'html',
  }) as { default: (props: unknown) => unknown; frontmatter?: unknown };
  const tag = (name: string) => (props: unknown) => ({ type: name, props });
  return { tree: mod.default({ components: { Num: tag('Num'), Caption: tag('Caption') } }), frontmatter: mod.frontmatter };
}

describe('blankFrontmatter(code)', () => {
  it('empties the YAML of a real entry and keeps every line of its body in place', () => {
    const blank = blankFrontmatter(entry);
    const [before, after] = [entry.split('\n'), blank.split('\n')];
    expect(after).toHaveLength(before.length);
    const end = before.indexOf('---', 1);
    expect(end).toBeGreaterThan(5);
    expect(after.slice(end)).toEqual(before.slice(end));
    expect(after.slice(0, end + 1).filter((l) => l !== '')).toEqual(['---', '---']);
    expect(blank.length).toBeLessThan(entry.length / 2);
  });
  it('leaves the rendered body exactly as it was', () => {
    expect(compile(blankFrontmatter(entry)).tree).toEqual(compile(entry).tree);
    expect(JSON.stringify(compile(entry).tree)).toContain('Num');
  });
  it('leaves text without frontmatter as it is', () => {
    expect(blankFrontmatter('Một đoạn.\n\n---\nkhông phải: frontmatter\n---\n')).toBe('Một đoạn.\n\n---\nkhông phải: frontmatter\n---\n');
    expect(blankFrontmatter('---\na: 1\n---\n\n---\nb: 2\n---\n')).toBe('---\n\n---\n\n---\nb: 2\n---\n');
  });
});

describe('isEntryIn(id, dir)', () => {
  it('takes the .mdx files of the articles folder only, with or without a query', () => {
    expect(isEntryIn('/p/content/articles/a.mdx', '/p/content/articles')).toBe(true);
    expect(isEntryIn('/p/content/articles/a.mdx?astroContentCollectionEntry=true', '/p/content/articles')).toBe(true);
    expect(isEntryIn('/p/content/stories/a.mdx', '/p/content/articles')).toBe(false);
    expect(isEntryIn('/p/content/articles-old/a.mdx', '/p/content/articles')).toBe(false);
    expect(isEntryIn('/p/content/articles/a.md', '/p/content/articles')).toBe(false);
  });
});

describe('articleModules(dir)', () => {
  it('runs before the MDX compiler and changes only article entries', () => {
    const plugin = articleModules('/p/content/articles');
    expect(plugin.transform.order).toBe('pre');
    expect(plugin.transform.handler(entry, '/p/content/articles/a.mdx')?.code).toBe(blankFrontmatter(entry));
    expect(plugin.transform.handler(entry, '/p/content/stories/a.mdx')).toBeUndefined();
  });
});
