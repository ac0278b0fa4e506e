import type { Status, Unit } from '../../schemas/metric';

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
  status: Status;
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
}

/** A mark drawn as a row, with its label and, under it, its period. */
export interface RowMark extends MarkBase {
  /** Baselines of the row's label and of its period. */
  labelY: number;
  periodY: number;
}

/** The fields a mark takes over from its datum. */
export function markBase(d: ChartDatum): MarkBase {
  return { key: d.key, label: d.label, period: d.period, text: d.text, status: d.status, highlight: d.highlight };
}

/** A row whose top edge is at `top`: the datum's fields with its label and period baselines. */
export function rowMark(d: ChartDatum, top: number): RowMark {
  return { ...markBase(d), labelY: top + 13, periodY: top + 27 };
}

/** Drawing size of every story chart (the SVG scales to its container). */
export const CHART_WIDTH = 480;
