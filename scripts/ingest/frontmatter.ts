/**
 * The YAML frontmatter of an article entry, written directly for the shapes an article has (maps,
 * lists, strings, numbers, booleans), byte for byte what `yaml`'s `stringify` writes with the
 * options below, ~10× faster (the 1,000-article benchmark spent a quarter of its time there). Any
 * value outside the plain shapes (a string with a control, quote or escape-worthy character, an odd
 * number, a key that is no plain word, a list in a list) is handed to `yaml` itself (a string with a quote
 * but no line break alone, the rest as a whole document), so the output never differs: tests/unit/ingest/frontmatter.test.ts compares the two on every seed article and on
 * random data. Pure.
 */
import { stringify } from 'yaml';

/** The options the article entries have always been written with. */
export const YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', sortMapEntries: false } as const;

/** A string `yaml` writes as-is between double quotes: no controls, quotes, backslashes or characters it escapes. */
const PLAIN_STRING = /^[^\x00-\x1f"\\\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]*$/u;
/** A key `yaml` writes bare. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Thrown inside the fast writer when a value is outside its shapes: the caller falls back to `yaml`. */
class NotPlain extends Error {}

/** A scalar on one line. */
function scalar(v: unknown): string {
  if (typeof v === 'string') {
    if (PLAIN_STRING.test(v)) return `"${v}"`;
    return quotedByYaml(v);
  }
  if (typeof v === 'number') {
    if (Number.isFinite(v) && !Object.is(v, -0) && Math.abs(v) < 1e21 && (Number.isInteger(v) || Math.abs(v) >= 1e-6)) return String(v);
    throw new NotPlain();
  }
  if (typeof v === 'boolean') return String(v);
  throw new NotPlain();
}

/** A string with a quote or escape-worthy character, quoted by `yaml` itself: without a line break, `yaml`
 * writes it the same alone as anywhere in a document (the indent only follows a line break). */
function quotedByYaml(v: string): string {
  if (/[\n\r]/.test(v)) throw new NotPlain();
  const line = stringify(v, YAML_OPTIONS).slice(0, -1);
  if (line.includes('\n')) throw new NotPlain();
  return line;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The entries of a map at `indent`, each "key: scalar", "key: []", "key: {}" or "key:" with its block below. */
function mapLines(obj: Record<string, unknown>, indent: string, out: string[]): void {
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (!PLAIN_KEY.test(k)) throw new NotPlain();
    if (Array.isArray(v)) {
      if (v.length === 0) out.push(`${indent}${k}: []`);
      else { out.push(`${indent}${k}:`); seqLines(v, `${indent}  `, out); }
    } else if (isMap(v)) {
      if (Object.values(v).every((x) => x === undefined)) out.push(`${indent}${k}: {}`);
      else { out.push(`${indent}${k}:`); mapLines(v, `${indent}  `, out); }
    } else out.push(`${indent}${k}: ${scalar(v)}`);
  }
}

/** The items of a list at `indent`: "- scalar", or a map whose first entry follows "- ". */
function seqLines(items: unknown[], indent: string, out: string[]): void {
  for (const item of items) {
    if (isMap(item)) {
      const inner: string[] = [];
      mapLines(item, `${indent}  `, inner);
      if (inner.length === 0) throw new NotPlain();
      out.push(`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1));
    } else if (Array.isArray(item) || item === undefined) throw new NotPlain();
    else out.push(`${indent}- ${scalar(item)}`);
  }
}

/** `data` as the YAML document `yaml.stringify(data, YAML_OPTIONS)` writes. */
export function frontmatterYaml(data: Record<string, unknown>): string {
  try {
    const out: string[] = [];
    mapLines(data, '', out);
    return out.length ? `${out.join('\n')}\n` : '{}\n';
  } catch (e) {
    if (!(e instanceof NotPlain)) throw e;
    return stringify(data, YAML_OPTIONS);
  }
}
