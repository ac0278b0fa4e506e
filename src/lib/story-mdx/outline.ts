import type { StepChart, StoryHook, StoryStep } from '../../schemas/story';
import { handTypedNumbers } from '../stories-text';
import { StoryMdxError, type MdNode, attrs, at, lineOf } from './nodes';

/** What a story file's MDX body says, flattened for the checks and the page: its hook and steps. */
export interface StoryOutline {
  hook?: StoryHook;
  steps: StoryStep[];
}

/** What the checks need from the story's frontmatter: the declared reference names and the proper
 * names with digits that prose may contain. */
export interface OutlineContext {
  /** Path shown in errors (content/stories/<slug>.mdx). */
  file: string;
  refs: ReadonlySet<string>;
  names: readonly string[];
}

const CHART_KINDS = new Set(['bars', 'progress', 'ranks', 'years']);
const LANG_TAGS = { Vi: 'vi', En: 'en' } as const;

/** Reads a story's MDX tree: an optional <Hook> first, then <Step>s, each with one <Chart>, one <Vi>
 * and one <En>; numbers only as <Value ref> / <Period ref>. Throws a StoryMdxError naming file and
 * line on prose outside a step, a digit typed in prose or a chart title, an unknown or empty
 * reference, a missing or duplicated part, or an expression / import (which could compute a number). */
export function storyOutline(root: MdNode, ctx: OutlineContext): StoryOutline {
  const out: StoryOutline = { steps: [] };
  const ids = new Set<string>();
  for (const node of root.children ?? []) {
    if (isBlank(node)) continue;
    const name = node.type === 'mdxJsxFlowElement' ? node.name : undefined;
    if (name === 'Hook') {
      if (out.hook || out.steps.length > 0) throw at(ctx.file, node, '<Hook> must come once, before the first <Step>');
      out.hook = readHook(node, ctx);
    } else if (name === 'Step') {
      const step = readStep(node, ctx);
      if (ids.has(step.id)) throw at(ctx.file, node, `duplicate step id "${step.id}"`);
      ids.add(step.id);
      out.steps.push(step);
    } else {
      throw at(ctx.file, node, `${describe(node)} outside a <Step>: write prose inside <Step><Vi>…</Vi><En>…</En></Step>`);
    }
  }
  if (out.steps.length === 0) throw new StoryMdxError(`${ctx.file}: no <Step> in the story`);
  return out;
}

function readHook(node: MdNode, ctx: OutlineContext): StoryHook {
  const a = attrs(node, ctx.file, ['ref']);
  const ref = checkRef(a.ref, node, ctx);
  const text = readLangs(node, ctx, 'Hook');
  return { ref, ...text };
}

function readStep(node: MdNode, ctx: OutlineContext): StoryStep {
  const a = attrs(node, ctx.file, ['id']);
  if (!a.id || !/^[a-z0-9-]+$/.test(a.id)) throw at(ctx.file, node, `<Step> needs an id of lowercase letters, digits and hyphens (got "${a.id ?? ''}")`);
  const charts = (node.children ?? []).filter((c) => c.type === 'mdxJsxFlowElement' && c.name === 'Chart');
  if (charts.length !== 1) throw at(ctx.file, node, `<Step id="${a.id}"> needs exactly one <Chart> (found ${charts.length})`);
  const text = readLangs(node, ctx, `Step id="${a.id}"`, ['Chart']);
  return { id: a.id, ...text, chart: readChart(charts[0]!, ctx), line: lineOf(node) };
}

/** The <Vi> and <En> children of `node` (exactly one each), as words with `{ref}` placeholders. */
function readLangs(node: MdNode, ctx: OutlineContext, what: string, also: string[] = []): { vi: string; en: string } {
  const found: Partial<Record<'vi' | 'en', string>> = {};
  for (const child of node.children ?? []) {
    if (isBlank(child)) continue;
    const tag = child.type.startsWith('mdxJsx') ? child.name ?? '' : '';
    if (also.includes(tag)) continue;
    const lang = LANG_TAGS[tag as keyof typeof LANG_TAGS];
    if (!lang) throw at(ctx.file, child, `${describe(child)} inside <${what}>: put its prose in <Vi>…</Vi> and <En>…</En>`);
    if (found[lang] !== undefined) throw at(ctx.file, child, `<${what}> has two <${tag}>`);
    attrs(child, ctx.file, []);
    const words = flatten(child, ctx).replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
    if (!words) throw at(ctx.file, child, `<${tag}> of <${what}> is empty`);
    found[lang] = words;
  }
  for (const [tag, lang] of Object.entries(LANG_TAGS)) {
    if (found[lang] === undefined) throw at(ctx.file, node, `<${what}> has no <${tag}>`);
  }
  return { vi: found.vi!, en: found.en! };
}

/** Prose as words with `{name}` / `{name:period}` where <Value>/<Period> stand; checks digits. */
function flatten(node: MdNode, ctx: OutlineContext): string {
  return (node.children ?? []).map((c) => {
    if (isBlank(c)) return c.type === 'text' ? c.value ?? '' : '';
    switch (c.type) {
      case 'text':
      case 'inlineCode':
        return words(c, ctx);
      case 'break':
        return ' ';
      case 'paragraph':
        return `${flatten(c, ctx)}\n\n`;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
        return flatten(c, ctx);
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement':
        if (c.name === 'Value' || c.name === 'Period') {
          if ((c.children ?? []).length > 0) throw at(ctx.file, c, `<${c.name}> takes no content: write <${c.name} ref="…" />`);
          const ref = checkRef(attrs(c, ctx.file, ['ref']).ref, c, ctx);
          return c.name === 'Value' ? `{${ref}}` : `{${ref}:period}`;
        }
        throw at(ctx.file, c, `${describe(c)} in prose: only <Value ref="…" /> and <Period ref="…" /> may stand in the text`);
      default:
        throw at(ctx.file, c, `${describe(c)} in prose: numbers come only by reference (<Value ref="…" />)`);
    }
  }).join('');
}

/** A text node's words, refusing digits typed by hand and braces (which the checks read as references). */
function words(node: MdNode, ctx: OutlineContext): string {
  const text = node.value ?? '';
  const typed = handTypedNumbers(text.replace(/[{}]/g, ' '), ctx.names);
  if (typed.length > 0) throw at(ctx.file, node, `number typed by hand (${typed.join(', ')}): quote it by reference as <Value ref="…" />, or add a proper name with digits to \`names\``);
  if (/[{}]/.test(text)) throw at(ctx.file, node, 'a brace in prose: write numbers as <Value ref="…" />');
  return text;
}

function readChart(node: MdNode, ctx: OutlineContext): StepChart {
  const a = attrs(node, ctx.file, ['kind', 'refs', 'highlight', 'title-vi', 'title-en', 'note-vi', 'note-en']);
  if ((node.children ?? []).some((c) => !isBlank(c))) throw at(ctx.file, node, '<Chart> takes no content: write <Chart kind="…" refs="…" title-vi="…" title-en="…" />');
  if (!a.kind || !CHART_KINDS.has(a.kind)) throw at(ctx.file, node, `<Chart> kind must be one of ${[...CHART_KINDS].join(', ')} (got "${a.kind ?? ''}")`);
  const list = (v: string | undefined) => (v ?? '').split(/[\s,]+/).filter(Boolean);
  const rows = list(a.refs);
  if (rows.length === 0) throw at(ctx.file, node, '<Chart> has empty refs: name the references it draws, refs="a b"');
  for (const r of rows) checkRef(r, node, ctx);
  const highlight = list(a.highlight);
  for (const r of highlight) {
    if (!rows.includes(r)) throw at(ctx.file, node, `<Chart> highlights "${r}", which is not among its refs`);
  }
  const phrase = (key: string) => {
    const v = a[key];
    if (v === undefined) return undefined;
    const typed = handTypedNumbers(v.replace(/[{}]/g, ' '), ctx.names);
    if (typed.length > 0 || !v.trim()) throw at(ctx.file, node, typed.length > 0 ? `<Chart> ${key} has a number typed by hand (${typed.join(', ')})` : `<Chart> ${key} is empty`);
    return v.trim();
  };
  const [tv, te, nv, ne] = [phrase('title-vi'), phrase('title-en'), phrase('note-vi'), phrase('note-en')];
  if (!tv || !te) throw at(ctx.file, node, '<Chart> needs title-vi and title-en');
  if ((nv === undefined) !== (ne === undefined)) throw at(ctx.file, node, '<Chart> needs both note-vi and note-en, or neither');
  return { kind: a.kind as StepChart['kind'], title: { vi: tv, en: te }, rows, highlight, ...(nv && ne ? { note: { vi: nv, en: ne } } : {}) };
}

/** `name` if the frontmatter declares it; throws on an empty or unknown reference. */
function checkRef(name: string | undefined, node: MdNode, ctx: OutlineContext): string {
  if (!name || !name.trim()) throw at(ctx.file, node, `<${node.name}> has an empty reference: give ref="<name>" of a reference declared under refs`);
  if (!ctx.refs.has(name)) throw at(ctx.file, node, `unknown reference "${name}": declare it under refs in the frontmatter (declared: ${[...ctx.refs].join(', ') || 'none'})`);
  return name;
}

/** Whitespace, or an MDX comment (an expression holding nothing but a block comment). */
function isBlank(node: MdNode): boolean {
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '');
  return node.type === 'text' && !(node.value ?? '').trim();
}

function describe(node: MdNode): string {
  if (node.type.startsWith('mdxJsx')) return `<${node.name ?? ''}>`;
  if (node.type === 'mdxjsEsm') return 'an import/export';
  if (node.type.startsWith('mdx')) return 'an expression {…}';
  return node.type === 'paragraph' || node.type === 'text' ? 'prose' : `a ${node.type}`;
}
