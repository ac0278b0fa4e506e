import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { parseRef } from '../stories-refs';
import { StoryMdxError, refLine, type MdNode } from './nodes';
import { storyOutline } from './outline';

/** Key of the compiled story's frontmatter (`remarkPluginFrontmatter` of `render(entry)`) that holds
 * the outline (hook and steps) the plugin read from the MDX body. */
export const OUTLINE_KEY = 'storyOutline';

/** Whether a file is a story: an .mdx file in a `content/stories` folder. */
export function isStoryFile(path: string): boolean {
  return /(^|[\\/])content[\\/]stories[\\/][^\\/]+\.mdx$/.test(path);
}

/** The story checks as a plugin of the MDX pipeline (Sätteri, Astro 7's Markdown processor; its
 * mdast plugins are what remark plugins were). For each content/stories/*.mdx it reads the body
 * (storyOutline), failing the build with `file:line:column: why` on prose digits and on unknown,
 * empty or ambiguous references, and hands the outline to the page through the frontmatter.
 * Other MDX files (articles) are left alone. */
export function storyMdxPlugin(): (ctx: PluginFactoryContext) => MdastPluginDefinition | null {
  return (factory) => {
    const path = factory.fileURL ? fileURLToPath(factory.fileURL) : '';
    if (!isStoryFile(path)) return null;
    const rel = relative(process.cwd(), path);
    const file = rel && !rel.startsWith('..') ? rel : path;
    return {
      name: 'cds-story-mdx',
      options: { position: true },
      before(root, ctx) {
        const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
        const fm = astro?.frontmatter ?? {};
        const refs = (fm.refs ?? {}) as Record<string, unknown>;
        checkSelectors(refs, file, () => readFileSync(path, 'utf8'));
        const names = Array.isArray(fm.names) ? fm.names.map(String) : [];
        const outline = storyOutline(root as unknown as MdNode, { file, refs: new Set(Object.keys(refs)), names });
        if (astro?.frontmatter) astro.frontmatter[OUTLINE_KEY] = outline;
      },
    };
  };
}

/** Every declared reference must name its article: one that names only an indicator becomes
 * ambiguous the day a later report gives the same indicator again. Throws at the reference's line. */
export function checkSelectors(refs: Record<string, unknown>, file: string, source: () => string): void {
  for (const [name, input] of Object.entries(refs)) {
    const empty = input === null || input === undefined || input === '' || (typeof input === 'object' && Object.keys(input).length === 0);
    const sel = empty ? undefined : parseRef(input as Parameters<typeof parseRef>[0]);
    const why = empty
      ? `reference "${name}" is empty: give a selector (indicator, article, period, after …)`
      : sel!.article === undefined
        ? `reference "${name}" is ambiguous: it names no article; add \`article: <slug>\` so that reports added later cannot match it too`
        : undefined;
    if (why) {
      const line = refLine(source(), name);
      throw new StoryMdxError(`${file}${line ? `:${line}` : ''}: ${why}`);
    }
  }
}
