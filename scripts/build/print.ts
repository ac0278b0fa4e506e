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

function printElement(el: Element, schema: Schema, out: string[]): void {
  const inner = schema.space === 'html' && el.tagName === 'svg' ? svgSchema : schema;
  out.push('<', el.tagName, attributes(inner, el.properties), '>');
  const childSchema = inner.space === 'svg' && HTML_IN_SVG.has(el.tagName) ? htmlSchema : inner;
  const children = schema.space === 'html' && el.tagName === 'template' && 'content' in el ? (el as { content: Root }).content.children : el.children;
  const raw = RAW_TEXT.has(el.tagName);
  for (const child of children) printNode(child, childSchema, raw, out);
  const isVoid = schema.space === 'html' && VOIDS.has(el.tagName.toLowerCase()) && children.length === 0;
  if (!isVoid) out.push('</', el.tagName, '>');
}

function printNode(node: RootContent, schema: Schema, rawText: boolean, out: string[]): void {
  switch (node.type) {
    case 'element': printElement(node, schema, out); break;
    case 'text': out.push(rawText ? node.value : escapeText(node.value)); break;
    case 'comment': out.push('<!--', node.value.replace(COMMENT_SPECIAL, (m) => m.replace(/[<>]/g, hexRef)), '-->'); break;
    case 'doctype': out.push('<!DOCTYPE html>'); break;
    default: break;
  }
}

/** The tree as HTML, byte for byte what `toHtml(tree, { upperDoctype: true })` gives. */
export function printTree(tree: Nodes): string {
  const out: string[] = [];
  if (tree.type === 'root') for (const child of tree.children) printNode(child, htmlSchema, false, out);
  else printNode(tree as RootContent, htmlSchema, false, out);
  return out.join('');
}
