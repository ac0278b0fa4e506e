/**
 * Built pages as trees: the post-build steps (relative links, offline links, search text and
 * metadata) read and change HTML through hast, never with regular expressions over the markup.
 * Parsing is Sätteri's HTML parser (Rust, the one Astro's markdown uses; an order of magnitude faster
 * than parse5 on thousands of pages), printing hast-util-to-html.
 */
import type { Element, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { visit } from 'unist-util-visit';

/** hast names of the attributes whose values are URLs that may point inside the site. */
export const URL_PROPS = ['href', 'src', 'action', 'poster', 'dataSrc', 'dataHref', 'dataUrl', 'dataBase'] as const;

/** A page (with doctype or `<html>`) as a document tree, anything else as a fragment. */
export function parseHtml(html: string): Root {
  return htmlToHast(html, { fragment: !/^\s*<(?:!doctype|html)\b/i.test(html) }) as Root;
}

/** The tree as HTML, with the upper-case doctype Astro writes. */
export function printHtml(tree: Root): string {
  return toHtml(tree, { upperDoctype: true });
}

/** Applies `fn` to every URL attribute (and each URL of a `srcset`) of the tree, in place. */
export function mapUrls(tree: Nodes, fn: (url: string, el: Element) => string): void {
  visit(tree, 'element', (el) => {
    const props = el.properties;
    for (const name of URL_PROPS) {
      const value = props[name];
      if (typeof value === 'string') props[name] = fn(value, el);
    }
    const srcSet: unknown = props.srcSet;
    if (Array.isArray(srcSet)) {
      (props as Record<string, unknown>).srcSet = srcSet.map((part) => String(part).replace(/^\S+/, (url) => fn(url, el)));
    }
  });
}

/** The elements of the tree for which `test` holds, in document order. */
export function findElements(tree: Nodes, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(tree, 'element', (el) => { if (test(el)) out.push(el); });
  return out;
}

/** An element with the given attributes (hast property names) and no children. */
export function element(tagName: string, properties: Element['properties']): Element {
  return { type: 'element', tagName, properties, children: [] };
}
