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

/** A label to place: its text, the point it belongs to, and how much it matters (higher first). */
export interface LabelWish { text: string; x: number; y: number; priority: number }
/** A placed label: anchor point for `<text text-anchor="middle">` (baseline y) and its box. */
export interface PlacedLabel { text: string; x: number; y: number; box: Box; index: number }

/** Places labels greedily by priority: above the point, below it, right, left; a label that fits
 * nowhere (inside `bounds`, clear of `obstacles` and of labels placed before) is left out — the
 * tooltip and the data table still give its value. */
export function placeLabels(wishes: LabelWish[], font: number, bounds: Box, obstacles: Box[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const order = wishes.map((w, index) => ({ w, index })).sort((a, b) => b.w.priority - a.w.priority || a.index - b.index);
  for (const { w, index } of order) {
    const tw = textWidth(w.text, font);
    const gap = 7; // clear of a dot of radius 6
    const above = w.y - gap - font * 0.3 - 2;
    const below = w.y + gap + font * 0.95 + 2;
    // Above, below, right, left of the mark; then above and below slid inward, for a long label near an edge.
    const slid = Math.min(Math.max(w.x, bounds.x + tw / 2 + 3), bounds.x + bounds.w - tw / 2 - 3);
    const candidates: [number, number][] = [
      [w.x, above], [w.x, below], [w.x + gap + tw / 2 + 2, w.y + font * 0.35], [w.x - gap - tw / 2 - 2, w.y + font * 0.35], [slid, above], [slid, below],
    ];
    for (const [cx, cy] of candidates) {
      // The glyphs' box (ascent about 0.95 em, descent 0.3 em) with a 2-unit margin.
      const box = { x: cx - tw / 2 - 2, y: cy - font * 0.95 - 2, w: tw + 4, h: font * 1.25 + 4 };
      const inside = box.x >= bounds.x && box.y >= bounds.y && box.x + box.w <= bounds.x + bounds.w && box.y + box.h <= bounds.y + bounds.h;
      if (inside && !obstacles.some((o) => overlaps(o, box)) && !placed.some((p) => overlaps(p.box, box))) {
        placed.push({ text: w.text, x: cx, y: cy, box, index });
        break;
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
