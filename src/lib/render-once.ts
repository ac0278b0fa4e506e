/**
 * Markup that several pages of one build show alike, rendered once: an article's text is the same
 * on its Vietnamese and English pages (src/components/mdx/ArticleBody.astro), and its MDX body,
 * with a component per number, is the heaviest part of an article page.
 */

interface Rendered { html: Promise<string>; uses: number }

/** Markup rendered once per key for `uses` uses, then let go (see renderOnce). */
export class RenderOnce {
  private readonly held = new Map<string, Rendered>();

  /** The markup of `key`: `render()` on the first use, the same promise on the next ones until
   * `uses` uses have had it (then it is forgotten, so nothing is held to the end of the build). */
  get(key: string, uses: number, render: () => Promise<string>): Promise<string> {
    let entry = this.held.get(key);
    if (!entry) this.held.set(key, (entry = { html: render(), uses: 0 }));
    if (++entry.uses >= uses) this.held.delete(key);
    return entry.html;
  }

  /** Keys rendered and still awaited by a use. */
  get size(): number {
    return this.held.size;
  }
}

const build = new RenderOnce();

/** `render()`'s markup, shared by the `uses` pages of a production build that show `key`; the dev
 * server renders afresh each time (edited seeds show at once). */
export function renderOnce(key: string, uses: number, render: () => Promise<string>): Promise<string> {
  return import.meta.env.PROD ? build.get(key, uses, render) : render();
}
