/**
 * Chart text sizes and label placement without overlaps. Every chart is drawn twice at build time:
 * a phone layout (narrow) and a wide one, switched by a CSS container query, each with a width in
 * SVG units close to the width it is shown at, so text stays ≥ 12 CSS px.
 */

/** A layout: drawing width and the font size of its text (SVG units). */
export interface Layout { name: 'narrow' | 'wide'; width: number; font: number }

/** Phone layout: shown in containers narrower than `WIDE_FROM` CSS px (down to 240 px, e.g. a card on a
 * 320 px screen: 15 × 240/300 = 12). */
export const NARROW: Layout = { name: 'narrow', width: 300, font: 15 };
/** Wide layout: shown from `WIDE_FROM` CSS px (13 × 560/600 ≥ 12). */
export const WIDE: Layout = { name: 'wide', width: 600, font: 13 };
export const LAYOUTS: Layout[] = [NARROW, WIDE];
/** Container width (CSS px) from which the wide layout is shown (see charts.css). */
export const WIDE_FROM = 560;

/** A box in SVG units. */
export interface Box { x: number; y: number; w: number; h: number }

/** Estimated width of `text` at `font` (SVG units): generous, so estimates never under-run. */
export function textWidth(text: string, font: number): number {
  let em = 0;
  for (const ch of text) em += /[\s.,:;'’|il!]/.test(ch) ? 0.34 : /[A-ZĐMWmw%–—×]/.test(ch) ? 0.85 : 0.64;
  return em * font;
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** A label to place: its text, the point it belongs to, and how much it matters (higher first).
 * `lines`: the same text on two or more lines (value, then period), tried when one line fits nowhere. */
export interface LabelWish { text: string; x: number; y: number; priority: number; lines?: string[] }
/** A placed label: anchor point for `<text text-anchor="middle">` (baseline y of its first line) and
 * its box; `lines` (each `lineHeight` below the one before) when it was placed on several lines. */
export interface PlacedLabel { text: string; x: number; y: number; box: Box; index: number; lines?: string[]; lineHeight?: number }

/** Line height of a label on several lines, in ems. */
const LINE = 1.15;

/** Where a label of `lines` lines, `tw` wide, may go around its mark at (x, y): above, below, right,
 * left; then above and below slid inward along the plot (a long label near an edge). Baselines of
 * the first line. */
function candidates(w: LabelWish, tw: number, lines: number, font: number, bounds: Box): [number, number][] {
  const gap = 7; // clear of a dot of radius 6
  const extra = (lines - 1) * font * LINE;
  const above = w.y - gap - font * 0.3 - 2 - extra;
  const below = w.y + gap + font * 0.95 + 2;
  const middle = w.y + font * 0.35 - extra / 2;
  const slid = Math.min(Math.max(w.x, bounds.x + tw / 2 + 3), bounds.x + bounds.w - tw / 2 - 3);
  return [[w.x, above], [w.x, below], [w.x + gap + tw / 2 + 2, middle], [w.x - gap - tw / 2 - 2, middle], [slid, above], [slid, below]];
}

/** Places labels greedily by priority: above the point, below it, right, left, slid inward; a label
 * that fits nowhere on one line is tried on its `lines` (value, then period) in the same places; one
 * that still fits nowhere (inside `bounds`, clear of `obstacles` and of labels placed before) is left
 * out — the tooltip and the data table still give its value. */
export function placeLabels(wishes: LabelWish[], font: number, bounds: Box, obstacles: Box[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const order = wishes.map((w, index) => ({ w, index })).sort((a, b) => b.w.priority - a.w.priority || a.index - b.index);
  const free = (box: Box) =>
    box.x >= bounds.x && box.y >= bounds.y && box.x + box.w <= bounds.x + bounds.w && box.y + box.h <= bounds.y + bounds.h
    && !obstacles.some((o) => overlaps(o, box)) && !placed.some((p) => overlaps(p.box, box));
  for (const { w, index } of order) {
    const forms = [[w.text], ...(w.lines && w.lines.length > 1 ? [w.lines] : [])];
    found: for (const lines of forms) {
      const tw = Math.max(...lines.map((l) => textWidth(l, font)));
      for (const [cx, cy] of candidates(w, tw, lines.length, font, bounds)) {
        // The glyphs' box (ascent about 0.95 em, descent 0.3 em, lines apart by LINE em) with a 2-unit margin.
        const box = { x: cx - tw / 2 - 2, y: cy - font * 0.95 - 2, w: tw + 4, h: font * (1.25 + (lines.length - 1) * LINE) + 4 };
        if (!free(box)) continue;
        placed.push({ text: w.text, x: cx, y: cy, box, index, ...(lines.length > 1 ? { lines, lineHeight: font * LINE } : {}) });
        break found;
      }
    }
  }
  return placed.sort((a, b) => a.index - b.index);
}

/** Keeps every k-th tick (always the last) so that labels of `width` units stay `gap` apart. */
export function thinTicks<T extends { x: number }>(ticks: T[], width: number, gap = 8): T[] {
  if (ticks.length < 2) return ticks;
  const step = Math.abs(ticks[1]!.x - ticks[0]!.x) || 1;
  const k = Math.max(1, Math.ceil((width + gap) / step));
  const last = ticks.length - 1;
  return ticks.filter((_, i) => (last - i) % k === 0);
}

/** Splits text into lines of at most `max` units at `font` (words are never cut). */
export function wrapText(text: string, font: number, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const cur = lines.at(-1);
    if (cur !== undefined && textWidth(`${cur} ${word}`, font) <= max) lines[lines.length - 1] = `${cur} ${word}`;
    else lines.push(word);
  }
  return lines;
}
