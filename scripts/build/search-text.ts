/** The text Pagefind indexes on a built page, read from its tree: the content regions
 * (`data-pagefind-body`, or the whole body when a page has none) minus `data-pagefind-ignore`
 * parts, scripts and styles. Close enough to Pagefind's own reading to list a page's words. */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { findElement, walkElements } from './html';

/** Elements whose content is never indexed text: Pagefind's own list (its parser's
 * REMOVE_SELECTORS), so the words read here (the folded đ-words, the word pairs) are the words it
 * indexes, in its order. */
const RAW = new Set(['head', 'script', 'style', 'template', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe']);

const has = (el: Element, prop: string) => el.properties[prop] !== undefined && el.properties[prop] !== null && el.properties[prop] !== false;
const isRegion = (el: Element) => has(el, 'dataPagefindBody');

/** Whether the page marks content regions with `data-pagefind-body`. */
export function hasContentRegions(tree: Root): boolean {
  return findElement(tree, isRegion) !== undefined;
}

/** Text of `node` and its descendants, a space at every element boundary, skipping ignored and raw parts. */
function textOf(node: Nodes | ElementContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element' && (RAW.has(node.tagName) || has(node, 'dataPagefindIgnore'))) return;
  out.push(' ');
  for (const child of node.children) textOf(child, out);
  out.push(' ');
}

/** Whitespace folded and trimmed. */
const squash = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();

/** Outermost elements for which `test` holds (a match inside a match is read with its ancestor). */
function outermost(tree: Root, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  walkElements(tree, (el) => {
    if (!test(el)) return true;
    found.push(el);
    return false;
  });
  return found;
}

/** The text Pagefind indexes on the page: its `data-pagefind-body` regions, or the whole `<body>`
 * (the whole fragment) when it has none. */
export function indexedText(tree: Root): string {
  const out: string[] = [];
  let regions = outermost(tree, isRegion);
  if (!regions.length) regions = outermost(tree, (el) => el.tagName === 'body');
  for (const el of regions.length ? regions : [tree]) textOf(el, out);
  return squash(out);
}

/** The page title Pagefind takes: the text of the first `<h1>`. */
export function firstHeading(tree: Root): string {
  const h1 = findElement(tree, (el) => el.tagName === 'h1');
  if (!h1) return '';
  const out: string[] = [];
  textOf(h1, out);
  return squash(out);
}
