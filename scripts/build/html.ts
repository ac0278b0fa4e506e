/**
 * Built pages as trees: the post-build steps (relative links, offline links, search text and
 * metadata) read and change HTML through hast, never with regular expressions over the markup.
 * Parsing is Sätteri's HTML parser (Rust, the one Astro's markdown uses; an order of magnitude faster
 * than parse5 on thousands of pages), printing print.ts (hast-util-to-html's output, faster).
 */
import type { Element, Nodes, Properties, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { printTree } from './print';

/** hast names of the attributes whose values are URLs that may point inside the site. */
export const URL_PROPS = ['href', 'src', 'action', 'poster', 'dataSrc', 'dataHref', 'dataUrl', 'dataBase'] as const;

/** A page (with doctype or `<html>`) as a document tree, anything else as a fragment. */
export function parseHtml(html: string): Root {
  return htmlToHast(html, { fragment: !/^\s*<(?:!doctype|html)\b/i.test(html) }) as Root;
}

/** The tree as HTML, with the upper-case doctype Astro writes (see print.ts). */
export function printHtml(tree: Root): string {
  return printTree(tree);
}

/** Calls `fn` on every element of the tree in document order; when `fn` returns false the
 * element's descendants are skipped. A plain recursive walk (the post-build pass visits every
 * element of every page several times, so this is kept cheap). */
export function walkElements(node: Nodes, fn: (el: Element) => boolean | void): void {
  if (node.type !== 'element' && node.type !== 'root') return;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (fn(child) === false) continue;
    walkElements(child, fn);
  }
}

/** What `mapUrls` calls for each URL: the URL, its element and the hast name of its attribute
 * (`srcSet` for each URL of a srcset). */
export type UrlMap = (url: string, el: Element, prop: string) => string;

/** Applies `fn` to every URL attribute (and each URL of a `srcset`) of the tree, in place. */
export function mapUrls(tree: Nodes, fn: UrlMap): void {
  walkElements(tree, (el) => {
    const props = el.properties;
    for (const name of URL_PROPS) {
      const value = props[name];
      if (typeof value === 'string') props[name] = fn(value, el, name);
    }
    const srcSet: unknown = props.srcSet;
    if (Array.isArray(srcSet)) {
      (props as Record<string, unknown>).srcSet = srcSet.map((part) => String(part).replace(/^\S+/, (url) => fn(url, el, 'srcSet')));
    }
  });
}

/** The element's properties as `mapUrls` would leave them, as a new object (same order), without
 * changing the element; undefined when `fn` changes none of its URLs. */
export function mappedUrlProps(el: Element, fn: UrlMap): Properties | undefined {
  const props = el.properties;
  let out: Record<string, Properties[string]> | undefined;
  for (const name of URL_PROPS) {
    const value = props[name];
    if (typeof value !== 'string') continue;
    const next = fn(value, el, name);
    if (next !== value) (out ??= { ...props })[name] = next;
  }
  const srcSet: unknown = props.srcSet;
  if (Array.isArray(srcSet)) {
    const next = srcSet.map((part) => String(part).replace(/^\S+/, (url) => fn(url, el, 'srcSet')));
    if (next.some((part, i) => part !== srcSet[i])) (out ??= { ...props }).srcSet = next;
  }
  return out;
}

/** The elements of the tree for which `test` holds, in document order (`node` itself included). */
export function findElements(tree: Nodes, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  if (tree.type === 'element' && test(tree)) out.push(tree);
  walkElements(tree, (el) => { if (test(el)) out.push(el); });
  return out;
}

/** The first element of the tree (in document order) for which `test` holds. */
export function findElement(tree: Nodes, test: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walkElements(tree, (el) => {
    if (found) return false;
    if (test(el)) { found = el; return false; }
    return true;
  });
  return found;
}

/** An element with the given attributes (hast property names) and no children. */
export function element(tagName: string, properties: Element['properties']): Element {
  return { type: 'element', tagName, properties, children: [] };
}
