/**
 * A fast printer for the page trees of the post-build pass: the same HTML as hast-util-to-html with
 * its default options (`upperDoctype`), which the pass used before, for the nodes that parsed HTML
 * holds (root, doctype, element, text, comment). That printer is general (options, handlers per
 * node, an entity encoder per string) and was the largest single cost of the pass; this one is a
 * plain recursive walk with the attribute names cached. tests/unit/build/print.test.ts compares
 * the two on many pages and edge cases.
 */
import type { Element, Nodes, Properties, Root, RootContent } from 'hast';
import { htmlVoidElements } from 'html-void-elements';
import { find, html as htmlSchema, svg as svgSchema, type Schema } from 'property-information';

const VOIDS = new Set(htmlVoidElements);
/** SVG elements whose content is HTML again. */
const HTML_IN_SVG = new Set(['desc', 'foreignObject', 'title']);
const RAW_TEXT = new Set(['script', 'style']);

/** `&#xHEX;` for one character, as stringify-entities writes it. */
const hexRef = (ch: string) => `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`;
const TEXT_SPECIAL = /[<&]/g;
const ATTR_SPECIAL = /[\0"&'`]/g;
const NAME_SPECIAL = /[\0\t\n\f\r "&'/<=>`]/g;
/** Comment contents a parser would end or open early, as hast-util-to-html escapes them. */
const COMMENT_SPECIAL = /^>|^->|<!--|-->|--!>|<!-$/g;

const escapeText = (s: string) => (/[<&]/.test(s) ? s.replace(TEXT_SPECIAL, hexRef) : s);
const escapeAttr = (s: string) => (/[\0"&'`]/.test(s) ? s.replace(ATTR_SPECIAL, hexRef) : s);

interface AttrInfo { name: string; boolean: boolean; overloaded: boolean; comma: boolean; attribute: string }
const infoCache = new Map<Schema, Map<string, AttrInfo>>();

function attrInfo(schema: Schema, key: string): AttrInfo {
  let bySchema = infoCache.get(schema);
  if (!bySchema) infoCache.set(schema, (bySchema = new Map()));
  let info = bySchema.get(key);
  if (!info) {
    const found = find(schema, key);
    info = {
      name: found.attribute.replace(NAME_SPECIAL, hexRef),
      attribute: found.attribute,
      boolean: !!found.boolean,
      overloaded: !!found.overloadedBoolean,
      comma: !!found.commaSeparated,
    };
    bySchema.set(key, info);
  }
  return info;
}

/** One attribute as `name="value"`, `name`, or '' when it is left out (hast-util-to-html's rules). */
function attribute(schema: Schema, key: string, raw: Properties[string]): string {
  const info = attrInfo(schema, key);
  let value: unknown = raw;
  if (info.overloaded && (value === info.attribute || value === '')) value = true;
  else if ((info.boolean || info.overloaded) && (typeof value !== 'string' || value === info.attribute || value === '')) value = Boolean(value);
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return info.name;
  const text = Array.isArray(value) ? value.join(info.comma ? ', ' : ' ') : String(value);
  return `${info.name}="${escapeAttr(text)}"`;
}

function attributes(schema: Schema, props: Properties): string {
  let out = '';
  for (const key in props) {
    const value = props[key];
    if (value === null || value === undefined) continue;
    const attr = attribute(schema, key, value);
    if (attr) out += ` ${attr}`;
  }
  return out;
}

/** Where the printer writes: the pieces of the output and, when printing twice, the elements'
 * other properties (printTreeTwice) and the pieces they replace. */
interface Output {
  out: string[];
  alt?: (el: Element) => Properties | undefined;
  patches: [number, string][];
}

function printElement(el: Element, schema: Schema, o: Output): void {
  const inner = schema.space === 'html' && el.tagName === 'svg' ? svgSchema : schema;
  o.out.push('<', el.tagName, attributes(inner, el.properties), '>');
  const other = o.alt?.(el);
  if (other) o.patches.push([o.out.length - 2, attributes(inner, other)]);
  const childSchema = inner.space === 'svg' && HTML_IN_SVG.has(el.tagName) ? htmlSchema : inner;
  const children = schema.space === 'html' && el.tagName === 'template' && 'content' in el ? (el as { content: Root }).content.children : el.children;
  const raw = RAW_TEXT.has(el.tagName);
  for (const child of children) printNode(child, childSchema, raw, o);
  const isVoid = schema.space === 'html' && VOIDS.has(el.tagName.toLowerCase()) && children.length === 0;
  if (!isVoid) o.out.push('</', el.tagName, '>');
}

function printNode(node: RootContent, schema: Schema, rawText: boolean, o: Output): void {
  switch (node.type) {
    case 'element': printElement(node, schema, o); break;
    case 'text': o.out.push(rawText ? node.value : escapeText(node.value)); break;
    case 'comment': o.out.push('<!--', node.value.replace(COMMENT_SPECIAL, (m) => m.replace(/[<>]/g, hexRef)), '-->'); break;
    case 'doctype': o.out.push('<!DOCTYPE html>'); break;
    default: break;
  }
}

function print(tree: Nodes, o: Output): void {
  if (tree.type === 'root') for (const child of tree.children) printNode(child, htmlSchema, false, o);
  else printNode(tree as RootContent, htmlSchema, false, o);
}

/** The tree as HTML, byte for byte what `toHtml(tree, { upperDoctype: true })` gives. */
export function printTree(tree: Nodes): string {
  const o: Output = { out: [], patches: [] };
  print(tree, o);
  return o.out.join('');
}

/** The tree printed twice in one walk: as it is, and with the properties `alt` gives for an
 * element in place of its own (undefined: its own), e.g. the offline copy's links. Each is what
 * printTree gives for that tree; the tree is not changed. */
export function printTreeTwice(tree: Nodes, alt: (el: Element) => Properties | undefined): [string, string] {
  const o: Output = { out: [], alt, patches: [] };
  print(tree, o);
  const first = o.out.join('');
  for (const [i, attrs] of o.patches) o.out[i] = attrs;
  return [first, o.out.join('')];
}
