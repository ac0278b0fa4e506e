/**
 * Telling series apart within one panel (chart grammar `Panel.series`): each series has its own mark
 * shape — never colour alone, so it survives grey print and colour blindness — a legend entry with
 * its name, and its name in each of its marks' accessible names. The first series keeps the dot.
 */
import { MAX_SERIES, type Panel } from './grammar';

/** The shape of a series' marks. */
export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';
/** Shapes in order of the panel's series (most values first): as many as `MAX_SERIES`. */
export const SHAPES: readonly Shape[] = ['circle', 'square', 'triangle', 'diamond'];
if (SHAPES.length < MAX_SERIES) throw new Error('series.ts: fewer shapes than MAX_SERIES');

/** The shape of the marks of `series` in `panel` (a series it does not hold gets the dot). */
export function shapeOf(panel: Pick<Panel, 'series'>, series: string | undefined): Shape {
  return SHAPES[Math.max(0, panel.series.indexOf(series ?? ''))]!;
}

/** Whether a panel's marks need their series named (a legend, names in accessible names). */
export function namesSeries(panel: Pick<Panel, 'series'>): boolean {
  return panel.series.length > 1;
}

/** A shape centred at (`x`, `y`), about the size of a dot of radius `r`: the element and its attributes
 * (circle; square and diamond of the dot's area; triangle a little larger, as it looks smaller). */
export function shapeGeometry(shape: Shape, x: number, y: number, r = 6): { tag: 'circle' | 'rect' | 'polygon'; attrs: Record<string, number | string> } {
  const pts = (xs: [number, number][]) => xs.map(([a, b]) => `${+(x + a).toFixed(2)},${+(y + b).toFixed(2)}`).join(' ');
  if (shape === 'square') {
    const h = r * 0.886;
    return { tag: 'rect', attrs: { x: +(x - h).toFixed(2), y: +(y - h).toFixed(2), width: +(2 * h).toFixed(2), height: +(2 * h).toFixed(2) } };
  }
  if (shape === 'diamond') {
    const d = r * 1.253;
    return { tag: 'polygon', attrs: { points: pts([[0, -d], [d, 0], [0, d], [-d, 0]]) } };
  }
  if (shape === 'triangle') {
    const s = r * 1.45;
    return { tag: 'polygon', attrs: { points: pts([[0, -s], [s * 0.95, s * 0.65], [-s * 0.95, s * 0.65]]) } };
  }
  return { tag: 'circle', attrs: { cx: x, cy: y, r } };
}
