import type { Precision, Unit } from '../../schemas/metric';
import type { Status } from './grammar';
import { wrapText } from './labels';

/** One value a story chart draws, already labelled and formatted for the page's language. */
export interface ChartDatum {
  /** Stable key (the story's reference name): marks keep it across steps. */
  key: string;
  /** What is counted. */
  label: string;
  /** The period, or the report's date when the sentence names none. */
  period: string;
  /** Year on a time axis. */
  year: number;
  /** Last year, when the value holds for several ("2022, 2023"). */
  yearEnd?: number;
  value: number;
  /** Upper end of a range ("8–10%"). */
  valueMax?: number;
  /** The whole of a part ("43/53") or the size of a ranked field ("86/193"). */
  total?: number;
  unit: Unit;
  /** Result, target, baseline or estimate (each has one encoding in every chart). */
  status: Status;
  /** What the value measures (a growth rate never shares an axis with a level). */
  kind?: string;
  /** Length of the period (values of other lengths are never joined by a line). */
  precision?: Precision | 'multi';
  /** Link to the source sentence. */
  href?: string;
  /** The value as the text shows it ("84,7 triệu", "hạng 86/193"). */
  text: string;
  /** Drawn at full strength (the others are dimmed). */
  highlight: boolean;
}

/** What every placed mark of a story chart carries from its datum. */
export interface MarkBase {
  key: string;
  label: string;
  period: string;
  text: string;
  status: ChartDatum['status'];
  highlight: boolean;
  value: number;
  href?: string;
}

/** A mark drawn as a row, with its label and, under it, its period. */
export interface RowMark extends MarkBase {
  /** Baselines of the row's label (first line) and of its period. */
  labelY: number;
  periodY: number;
  /** The label wrapped to the chart's width (one baseline each, `lineHeight` apart). */
  labelLines: string[];
  lineHeight: number;
  /** Top of the row's body (bar, track) under its period line. */
  bodyY: number;
}

/** The fields a mark takes over from its datum. */
export function markBase(d: ChartDatum): MarkBase {
  return { key: d.key, label: d.label, period: d.period, text: d.text, status: d.status, highlight: d.highlight, value: d.value, ...(d.href ? { href: d.href } : {}) };
}

/** A row whose top edge is at `top`: the datum's fields with its label (wrapped to `width` at
 * `font`) and period baselines. */
export function rowMark(d: ChartDatum, top: number, font = 13, width = CHART_WIDTH - 16): RowMark {
  const lineHeight = font * 1.2;
  const labelLines = wrapText(d.label, font, width * 0.9); // labels are bold: wider than the estimate
  const labelY = top + font;
  const periodY = labelY + lineHeight * labelLines.length;
  return { ...markBase(d), labelY, periodY, labelLines, lineHeight, bodyY: periodY + 8 };
}

/** Rows stacked from `top`, each as tall as its wrapped label, period and a body of `body` units. */
export function stackRows(data: ChartDatum[], top: number, body: number, font = 13, width = CHART_WIDTH - 16): { rows: RowMark[]; bottom: number } {
  let y = top;
  const rows = data.map((d) => {
    const r = rowMark(d, y, font, width);
    y = r.bodyY + body;
    return r;
  });
  return { rows, bottom: y };
}

/** Default drawing width of a story chart (components draw each of `LAYOUTS` in labels.ts). */
export const CHART_WIDTH = 480;

/** The attributes every story-chart mark carries (see contracts: data-key, data-value, data-period,
 * data-status; one status class; the tooltip's text and the source link for public/js/charts.js).
 * Estimates are filled with the SVG's hatch pattern `hatch`. */
export function markAttrs(m: MarkBase, hatch?: string): Record<string, string | number> {
  return {
    ...(m.status === 'estimate' && hatch ? { fill: `url(#${hatch})` } : {}),
    'data-key': m.key,
    'data-value': m.value,
    'data-period': m.period,
    'data-status': m.status,
    'data-tip': `${m.label}, ${m.period}: ${m.text}`,
    ...(m.href ? { 'data-href': m.href } : {}),
  };
}
