/** Tables and derived figures for `npm run bench`: pure, so they are unit-tested. */

/** A Markdown table; columns whose header starts with ">" are right-aligned (the ">" is dropped). */
export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const right = headers.map((h) => h.startsWith('>'));
  const names = headers.map((h) => h.replace(/^>/, ''));
  const cells = rows.map((r) => r.map(String));
  const width = names.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length), 3));
  const line = (r: string[]) => `| ${r.map((c, i) => (right[i] ? c.padStart(width[i]!) : c.padEnd(width[i]!))).join(' | ')} |`;
  const rule = `| ${width.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(names), rule, ...cells.map(line)].join('\n');
}

/** How time grows with size between two runs: log(t2/t1) / log(n2/n1). 1.0 is linear. */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number {
  if (!(n1 > 0 && n2 > n1 && t1 > 0 && t2 > 0)) return NaN;
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

/** Seconds with two decimals ("12.34"), or "–" when missing. */
export function secs(v: number | undefined): string {
  return v === undefined || Number.isNaN(v) ? '–' : v.toFixed(2);
}

/** One goal: what it is, the measured value as text, and whether it was met (undefined: not measured). */
export interface GoalResult { goal: string; measured: string; met: boolean | undefined }

/** "✔ met", "✘ missed" or "– not measured". */
export function goalMark(met: boolean | undefined): string {
  return met === undefined ? '– not measured' : met ? '✔ met' : '✘ missed';
}

/** Parses "--sizes 5,250,1000" into sorted distinct positive integers. */
export function parseSizes(text: string): number[] {
  const sizes = [...new Set(text.split(',').map((s) => Number(s.trim())))].sort((a, b) => a - b);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: expected positive integers, got "${text}"`);
  return sizes;
}
