/**
 * Chart grammar: the rules every chart builder's values pass through, so no chart can mislead.
 * - Values of different indicators, subjects (country, region, province; an Asia-Pacific rank and an
 *   ASEAN rank), units, measures (a growth rate and a level), series or period lengths are never joined
 *   by a line; different indicators, subjects, units, measures or wholes ("19/21" and "63/63") never
 *   share an axis (they get panels, each titled with what sets it apart).
 * - Several series on one axis are told apart: each has its own mark shape, a legend entry and its
 *   name in each mark's accessible name (src/components/charts/series.ts); at most `MAX_SERIES`.
 * - A rank is drawn against its field only when every field size is known ("86/193"); otherwise it
 *   is a labelled number with its change.
 * - One value is a big-number card, not a one-dot chart.
 * - A value sits at the middle of its period on a time axis.
 * - The headline of an indicator is a level (or rank), never a growth rate.
 * Pure functions; `GrammarError` names the rule a caller tried to break.
 */
import type { Precision, Unit } from '../../schemas/metric';
import { foldDiacritics } from '../../lib/fold';

/** How a value was reported: a result, a goal, a starting point, or an estimate. */
export type Status = 'actual' | 'target' | 'baseline' | 'estimate';
/** What a value measures, for axis sharing: a level, a growth rate, a rank or a change of rank. */
export type Measure = 'level' | 'growth' | 'rank' | 'rank-change';
/** The length of the period a value describes ('multi' = several years). */
export type Span = Precision | 'multi';

/** A period (or, when the sentence names none, the report's date). */
export interface When { iso: string; precision: Precision; isoEnd?: string }

/** One value as the grammar sees it. */
export interface GPoint {
  /** Stable key (the metric id). */
  key: string;
  indicator: string;
  /** Subject scope (see `scopeOf`). */
  scope: string;
  unit: Unit;
  kind: string;
  status: string;
  value: number;
  valueMax?: number;
  total?: number;
  when: When;
  /** Date of the report that gave the value (a later report revises an earlier one). */
  reported?: string;
  /** What is counted, normalised (the metric's subject): values of different series share an axis
   * but are never joined by a line ("accounts issued" and "accounts activated"). */
  series?: string;
}

/** A set of values that may share one axis, and how to draw them. */
export interface Panel<P extends GPoint = GPoint> {
  id: string;
  indicator: string;
  scope: string;
  unit: Unit;
  measure: Measure;
  /** The whole its values are parts of ("43/53" → 53); undefined for plain values and ranks. */
  total?: number;
  /** Its series, most values first (ties: first seen): each drawn with its own shape (`MAX_SERIES` at most). */
  series: string[];
  /** card: one value; ranks: labelled ranks with their change (field unknown); chart: a time axis. */
  form: 'card' | 'ranks' | 'chart';
  /** Points, oldest (by middle of period) first. */
  points: P[];
  /** Runs of points a line may join (each ≥ 2 points). */
  lines: P[][];
}

/** A chart was asked to break a rule of the grammar. */
export class GrammarError extends Error {
  constructor(rule: string, detail: string) {
    super(`chart grammar: ${rule}: ${detail}`);
    this.name = 'GrammarError';
  }
}

/** The measure of a value: growth ("tăng 20%") and levels never share an axis. */
export function measureOf(p: Pick<GPoint, 'kind' | 'unit'>): Measure {
  if (p.kind === 'rank-change' || (p.unit === 'rank' && p.kind === 'growth')) return 'rank-change';
  if (p.unit === 'rank') return 'rank';
  return p.kind === 'growth' ? 'growth' : 'level';
}

/** The length of a period: its precision, or 'multi' for a range of years. */
export function spanOf(w: When): Span {
  return w.isoEnd && w.isoEnd.slice(0, 4) !== w.iso.slice(0, 4) ? 'multi' : w.precision;
}

/** Normalised status (unknown statuses count as results). */
export function statusOf(s: string): Status {
  return s === 'target' || s === 'baseline' || s === 'estimate' ? s : 'actual';
}

const MONTHS: Record<Precision, number> = { day: 0, month: 1, quarter: 3, half: 6, year: 12 };

/** Start and end (exclusive) of a period, in ms since 1970 (UTC). */
export function periodBounds(w: When): [number, number] {
  const [y, m = 1, d = 1] = w.iso.split('-').map(Number) as [number, number?, number?];
  const start = Date.UTC(y, m - 1, d);
  if (spanOf(w) === 'multi') return [start, Date.UTC(Number(w.isoEnd!.slice(0, 4)) + 1, 0, 1)];
  if (w.precision === 'day') return [start, start + 864e5];
  return [start, Date.UTC(y, m - 1 + MONTHS[w.precision], 1)];
}

/** The middle of a period, in ms: where its value sits on a time axis (a year at 2 July). */
export function midTime(w: When): number {
  const [a, b] = periodBounds(w);
  return (a + b) / 2;
}

const REGIONS: [string, RegExp][] = [
  ['asean', /\basean\b|dong nam a/],
  ['asia-pacific', /chau a\W*thai binh duong|asia\W*pacific/],
  ['asia', /chau a\b|\basia\b/],
  ['world', /the gioi|toan cau|quoc te|\bworld\b|\bglobal\b/],
];
/** A named province or city ("tỉnh Lào Cai", "TP. Hồ Chí Minh", "Lao Cai province"); "các tỉnh, thành phố" counts provinces nationwide. */
const PROVINCE = /(?:^|[^\p{L}])(?:tỉnh|thành phố|TP\.?)\s+\p{Lu}|\p{Lu}\p{Ll}+ (?:province|city)\b/u;

/** The scope of a value from its subject phrase: for a rank, the field it is ranked in (asean,
 * asia-pacific, asia, world); for any value, a named province or city (province); else country.
 * Region words around a level ("nhanh nhất Đông Nam Á") are a comparison, not its scope. */
export function scopeOf(subject: string, measure: Measure = 'rank'): string {
  if (PROVINCE.test(subject)) return 'province';
  if (measure !== 'rank' && measure !== 'rank-change') return 'country';
  const s = foldDiacritics(subject).toLowerCase();
  return REGIONS.find(([, re]) => re.test(s))?.[0] ?? 'country';
}

/** Throws unless `a` and `b` may be joined by one line. */
export function assertJoinable(a: GPoint, b: GPoint): void {
  const same = (what: string, x: unknown, y: unknown) => {
    if (x !== y) throw new GrammarError(`never join different ${what}`, `${a.key} (${String(x)}) and ${b.key} (${String(y)})`);
  };
  same('indicators', a.indicator, b.indicator);
  same('subjects', a.scope, b.scope);
  same('units', a.unit, b.unit);
  same('measures (growth vs level)', measureOf(a), measureOf(b));
  same('period lengths', spanOf(a.when), spanOf(b.when));
  same('statuses', statusOf(a.status), statusOf(b.status));
  same('series', a.series, b.series);
  if (measureOf(a) !== 'rank') same('wholes (parts of different totals)', a.total, b.total);
}

/** The whole a value is a part of, as a panel key: its total ("43/53" → "53"), '' for none. Ranks share
 * an axis whatever the size of their field (86/193, then 71/195): '' too. */
export function wholeOf(p: Pick<GPoint, 'kind' | 'unit' | 'total'>): string {
  const m = measureOf(p);
  return m === 'rank' || m === 'rank-change' ? '' : String(p.total ?? '');
}

/** Throws unless all `points` may share one value axis (same indicator, subject, unit, measure, whole). */
export function assertSharedAxis(points: GPoint[]): void {
  const first = points[0];
  if (!first) return;
  for (const p of points) {
    for (const [what, x, y] of [['indicators', first.indicator, p.indicator], ['subjects', first.scope, p.scope], ['units', first.unit, p.unit], ['measures (growth vs level)', measureOf(first), measureOf(p)], ['wholes (parts of different totals)', wholeOf(first), wholeOf(p)]] as const) {
      if (x !== y) throw new GrammarError(`${what} never share an axis`, `${first.key} (${x}) and ${p.key} (${y})`);
    }
  }
}

/** Throws unless a rank may be drawn against its field: every field size must be known. */
export function assertRankField(points: GPoint[]): void {
  const open = points.find((p) => measureOf(p) === 'rank' && p.total === undefined);
  if (open) throw new GrammarError('a rank is drawn against its field only when the field is known', open.key);
}

/** Runs a line may join: results only, one per period (the latest report), same period length and whole,
 * adjacent periods (a missing period breaks the line). Validated by `assertJoinable`. */
export function lineRuns<P extends GPoint>(points: P[]): P[][] {
  const bySpan = new Map<string, Map<string, P>>();
  for (const p of points) {
    if (statusOf(p.status) !== 'actual') continue;
    const span = `${p.series ?? ''}|${spanOf(p.when)}|${measureOf(p) === 'rank' ? '' : (p.total ?? '')}`;
    const slot = bySpan.get(span) ?? new Map<string, P>();
    const prev = slot.get(p.when.iso);
    if (!prev || (p.reported ?? '') >= (prev.reported ?? '')) slot.set(p.when.iso, p);
    bySpan.set(span, slot);
  }
  const runs: P[][] = [];
  for (const slot of bySpan.values()) {
    const sorted = [...slot.values()].sort((a, b) => midTime(a.when) - midTime(b.when));
    let run: P[] = [];
    for (const p of sorted) {
      const last = run.at(-1);
      if (last && periodBounds(p.when)[0] - periodBounds(last.when)[1] > 864e5 * 2) {
        runs.push(run);
        run = [];
      }
      if (last) assertJoinable(last, p);
      run.push(p);
    }
    runs.push(run);
  }
  return runs.filter((r) => r.length > 1);
}

/** The panel (one axis) a value belongs to: its indicator, scope, unit, measure and whole. */
export function panelId(p: GPoint): string {
  return [p.indicator, p.scope, p.unit, measureOf(p), wholeOf(p)].join('|');
}

/** Most series one panel may hold: one mark shape each (see series.ts). */
export const MAX_SERIES = 4;

/** The series of some values, most values first (ties: first seen). Throws when there are more than
 * `MAX_SERIES`: a panel never holds series it cannot tell apart (chart-bounds keeps fewer). */
export function panelSeries(points: GPoint[]): string[] {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.series ?? '', (counts.get(p.series ?? '') ?? 0) + 1);
  const series = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  if (series.length > MAX_SERIES) throw new GrammarError(`a panel tells at most ${MAX_SERIES} series apart`, `${points[0]!.key}: ${series.length} series`);
  return series;
}

/** Values grouped by `keyOf`, groups in order of first appearance, values in the order given. */
export function groupBy<P, K>(points: readonly P[], keyOf: (p: P) => K): Map<K, P[]> {
  const groups = new Map<K, P[]>();
  for (const p of points) {
    const k = keyOf(p);
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  return groups;
}

/** Splits values into panels (one axis each) and decides each panel's form. */
export function panels<P extends GPoint>(points: P[]): Panel<P>[] {
  const groups = groupBy(points, panelId);
  return [...groups.entries()].map(([id, group]) => {
    const sorted = [...group].sort((a, b) => midTime(a.when) - midTime(b.when) || a.key.localeCompare(b.key));
    assertSharedAxis(sorted);
    const first = sorted[0]!;
    const measure = measureOf(first);
    const openRank = measure === 'rank' && sorted.some((p) => p.total === undefined);
    const form = sorted.length === 1 ? 'card' : openRank || measure === 'rank-change' ? 'ranks' : 'chart';
    const total = wholeOf(first) ? first.total : undefined;
    return { id, indicator: first.indicator, scope: first.scope, unit: first.unit, measure, ...(total !== undefined ? { total } : {}), series: panelSeries(sorted), form, points: sorted, lines: form === 'chart' ? lineRuns(sorted) : [] };
  });
}

/** The headline value of an indicator: its latest result that is a level or a rank, never a growth
 * rate or change (latest period, then latest report); undefined when it has none. */
export function headline<P extends GPoint>(points: P[]): P | undefined {
  return points
    .filter((p) => statusOf(p.status) === 'actual' && (measureOf(p) === 'level' || measureOf(p) === 'rank'))
    .sort((a, b) => midTime(a.when) - midTime(b.when) || (a.reported ?? '').localeCompare(b.reported ?? ''))
    .at(-1);
}

/** Change of each rank from the previous one of the same scope and series (positive = moved up, i.e.
 * a smaller number); undefined for the first: a change, like a line, never joins two series. */
export function rankChanges<P extends GPoint>(points: P[]): Map<string, number> {
  const out = new Map<string, number>();
  const last = new Map<string, P>();
  for (const p of [...points].sort((a, b) => midTime(a.when) - midTime(b.when))) {
    const k = `${p.scope}|${p.series ?? ''}`;
    const prev = last.get(k);
    if (prev && measureOf(p) === 'rank' && statusOf(p.status) === 'actual') out.set(p.key, prev.value - p.value);
    if (statusOf(p.status) === 'actual') last.set(k, p);
  }
  return out;
}
