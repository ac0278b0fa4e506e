/**
 * One goal a year in brackets: under a span of years ("giai đoạn 2023-2025", "các năm 2024 - 2026"),
 * a goal written as a bracket of as many parts as the span has years, "(30%, 50%, 70%)" or "(5% … 5%;
 * 15% … 10%; 30% … 20%)", gives the k-th part the span's k-th year, with or without "lần lượt"/"từng
 * năm". The parts must share one shape (the same words around their figures) so that a bracket that
 * names different things ("(nông thôn 30%, đô thị 50%, …)") is left alone. Pure; run once over the page.
 */
import type { Metric, Period } from '../../src/schemas/metric';

const SPAN = /(?<![\d/.])(20\d\d)\s*[-–—]\s*(20\d\d)(?![\d/])/gu;
const GROUP = /\(([^()]{3,400})\)/gu;
/** A part's separator: a semicolon, or a comma before a space (never a decimal comma). */
const PART = /;|,(?=\s)/u;
const FIGURE = /\d+(?:[.,]\d+)*\s*%?/gu;
const MAX_YEARS = 10;

interface Years { from: number; to: number }

/** A bracket's parts with where each starts in the paragraph, when they are one a year of `span`; else undefined. */
export function yearParts(inner: string, innerAt: number, span: Years): { start: number; end: number }[] | undefined {
  const parts: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const piece of inner.split(PART)) {
    parts.push({ start: innerAt + start, end: innerAt + start + piece.length, text: piece });
    start += piece.length + 1;
  }
  if (parts.length !== span.to - span.from + 1 || parts.some((p) => !/\d/.test(p.text))) return undefined;
  const shapes = new Set(parts.map((p) => p.text.replace(FIGURE, '#').replace(/\s+/g, ' ').trim().toLowerCase()));
  return shapes.size === 1 ? parts : undefined;
}

/** True when a goal's period is the span's or a year in it (what a goal under the span takes). */
function inSpan(period: Period | undefined, span: Years): boolean {
  if (!period) return true;
  const year = Number(period.iso.slice(0, 4));
  return period.precision === 'year' && year >= span.from && year <= span.to;
}

/** Gives the goals of a bracket written one part a year the years of the span in force (see the module comment). */
export function bracketYears(drafts: readonly { metric: Pick<Metric, 'period' | 'offset' | 'status'> }[], paragraphs: readonly { text: string; offset: number }[]): void {
  let span: Years | undefined;
  for (const p of paragraphs) {
    const marks = [...p.text.matchAll(SPAN), ...p.text.matchAll(GROUP)].sort((a, b) => a.index - b.index);
    for (const m of marks) {
      if (m[2] !== undefined) { // a span
        const [from, to] = [Number(m[1]), Number(m[2])];
        if (to > from && to - from < MAX_YEARS) span = { from, to };
        continue;
      }
      const parts = span && yearParts(m[1]!, m.index + 1, span);
      if (!parts || !span) continue;
      const inside = drafts.filter((d) => d.metric.offset >= p.offset + m.index && d.metric.offset < p.offset + m.index + m[0].length);
      if (!inside.length || inside.some((d) => d.metric.status !== 'target' || !inSpan(d.metric.period, span!))) continue;
      for (const { metric } of inside) {
        const k = parts.findIndex((part) => metric.offset - p.offset >= part.start && metric.offset - p.offset < part.end);
        if (k >= 0) metric.period = { iso: String(span.from + k), precision: 'year' };
      }
    }
  }
}
