/** A piece of step text: words as written, or a reference to a number (`{name}`) or its period (`{name:period}`). */
export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'ref'; name: string; field: 'value' | 'period' };

const PLACEHOLDER = /\{([a-z][a-z0-9-]*)(?::(value|period))?\}/g;

/** Splits step text into words and references. Throws on a brace that is not a placeholder. */
export function parseStepText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
    parts.push({ kind: 'ref', name: m[1]!, field: (m[2] as 'value' | 'period' | undefined) ?? 'value' });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  const stray = parts.find((p) => p.kind === 'text' && /[{}]/.test(p.text));
  if (stray && stray.kind === 'text') throw new Error(`stray brace in "${stray.text.trim().slice(0, 60)}": write numbers as {name} or {name:period}`);
  return parts;
}

/** The reference names a text quotes, in order, without repeats. */
export function refNames(text: string): string[] {
  return [...new Set(parseStepText(text).flatMap((p) => (p.kind === 'ref' ? [p.name] : [])))];
}

/** Numerals typed by hand in a step's words (outside placeholders and the allowed proper names):
 * every number in a story must come from the dataset. Returns the offending words. */
export function handTypedNumbers(text: string, names: readonly string[] = []): string[] {
  let words = parseStepText(text).map((p) => (p.kind === 'text' ? p.text : ' ')).join('');
  for (const name of [...names].sort((a, b) => b.length - a.length)) words = words.split(name).join(' ');
  return words.match(/\S*\d\S*/g) ?? [];
}
