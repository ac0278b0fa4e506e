/** The parts of an mdast / MDX node the story checks read (structural, so any mdast tree fits). */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

/** A story file that breaks an authoring rule; its message starts `<file>:<line>:<column>:`. */
export class StoryMdxError extends Error {
  override name = 'StoryMdxError';
  /** Where in the file (read by Astro's MDX error reporting). */
  line?: number;
  column?: number;
}

/** The line of `node` in its file, if the parser recorded positions. */
export function lineOf(node: MdNode): number | undefined {
  return node.position?.start.line;
}

/** An error at `node`: "content/stories/x.mdx:12:3: why". */
export function at(file: string, node: MdNode, why: string): StoryMdxError {
  const p = node.position?.start;
  const e = new StoryMdxError(`${file}${p ? `:${p.line}:${p.column}` : ''}: ${why}`);
  if (p) Object.assign(e, { line: p.line, column: p.column });
  return e;
}

/** A JSX element's attributes as strings. Throws on an attribute not in `allowed`, an expression
 * value (`ref={…}`) or a spread (`{...props}`): story components take plain words only. */
export function attrs(node: MdNode, file: string, allowed: readonly string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) throw at(file, node, `<${node.name}> takes no {…} spread`);
    if (!allowed.includes(a.name)) throw at(file, node, `<${node.name}> has no attribute "${a.name}"${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`);
    if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') throw at(file, node, `<${node.name} ${a.name}={…}>: write the value in quotes, ${a.name}="…"`);
    out[a.name] = typeof a.value === 'string' ? a.value : '';
  }
  return out;
}

/** The line of reference `name` in a story file's frontmatter (`  name:` under `refs:`), if found. */
export function refLine(source: string, name: string): number | undefined {
  const lines = source.split('\n');
  let inRefs = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > 0 && line.trim() === '---') return undefined;
    if (/^refs:\s*$/.test(line)) inRefs = true;
    else if (/^\S/.test(line)) inRefs = false;
    else if (inRefs && new RegExp(`^\\s+["']?${name.replace(/[-]/g, '\\-')}["']?:`).test(line)) return i + 1;
  }
  return undefined;
}

/** An error of resolving a story's references, prefixed with the story file and the line of the
 * reference it names (`content/stories/x.mdx:23: Story "x": reference "eid" … matches 3 metrics`). */
export function locateRefError(e: Error, file: string, source: () => string, names: readonly string[]): Error {
  const name = [...names].sort((a, b) => b.length - a.length).find((n) => e.message.includes(`reference "${n}"`));
  let line: number | undefined;
  try {
    line = name ? refLine(source(), name) : undefined;
  } catch {
    line = undefined;
  }
  e.message = `${file}${line ? `:${line}` : ''}: ${e.message}`;
  return e;
}
