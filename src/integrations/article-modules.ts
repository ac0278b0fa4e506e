/**
 * Lighter MDX modules for the generated articles. @astrojs/mdx compiles each .mdx file into a
 * module that exports its whole frontmatter as a JavaScript object; an article's frontmatter (its
 * metrics with their quotes, people, topics …) is most of its file (74 % of the bytes at 1,000
 * synthetic articles). The pages never read that export: they take the article's data from the
 * content layer (the glob loader reads the files itself) and render only `Content`
 * (src/components/mdx/ArticleBody.astro). So before MDX compiles an article, its frontmatter is
 * blanked, line for line (error positions in the body stay right): Vite and Rolldown then bundle,
 * and the pages' code loads, the bodies only. Stories (content/stories/) keep theirs: their
 * outline travels through it.
 */
/** Astro's frontmatter pattern (@astrojs/internal-helpers, which @astrojs/mdx parses with), YAML only. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** An MDX file's text with the YAML of its frontmatter removed, its line breaks kept (the
 * delimiters stay, so MDX sees an empty frontmatter); text without frontmatter as it is. */
export function blankFrontmatter(code: string): string {
  const yaml = FRONTMATTER.exec(code)?.[1];
  if (yaml === undefined) return code;
  return code.replace(`---${yaml}---`, `---${yaml.replace(/[^\r\n]+/g, '')}---`);
}

/** Whether the module `id` (maybe with a query) is an .mdx file inside `dir`. */
export function isEntryIn(id: string, dir: string): boolean {
  const file = id.split('?')[0]!;
  return file.startsWith(`${dir}/`) && file.endsWith('.mdx');
}

/** Vite plugin that blanks the frontmatter of the .mdx files in `articlesDir` before any other
 * transform (see the module comment). */
export function articleModules(articlesDir: string) {
  return {
    name: 'cds-vn:article-modules',
    transform: {
      order: 'pre' as const,
      handler: (code: string, id: string) => (isEntryIn(id, articlesDir) ? { code: blankFrontmatter(code), map: null } : undefined),
    },
  };
}
