/** Small DOM helpers and the page's strings (passed as JSON in the panel's data-strings, from
 * src/lib/search-strings.ts, from the dictionaries). */
import { fill } from '../../i18n/fill';

/** The search page's strings (SearchClientStrings in src/lib/search-strings.ts). */
export interface Strings {
  filters?: Record<string, string>;
  [key: string]: unknown;
}

/** A new element with an optional class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}

/** String `key` with its `{name}` placeholders filled from `vars`. */
export function say(strings: Strings, key: string, vars: Record<string, string | number> = {}): string {
  return fill(String(strings[key] ?? ''), vars);
}
