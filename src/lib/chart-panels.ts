/**
 * What sets a chart's panels and series apart, in words (see the chart grammar): the name of each
 * series of a panel (its legend, its marks' accessible names) and each panel's title among the
 * chart's others (scope, measure, unit, and — for panels that differ only by it — the whole their
 * values are parts of, with what they count). A series is named by what its numbers count as
 * written; on English pages by the glossary's English when it has one, else in Vietnamese marked
 * lang="vi", never passed off as English.
 */
import type { ChartPoint } from '../components/charts/TimeChart/timechart';
import type { Panel } from '../components/charts/grammar';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/t';
import { formatPlain } from './format';
import { subjectIn, type Worded } from './glossary';

/** A panel's title: its words in the page's language, what its values count and the whole they are parts of. */
export interface PanelHeading { text: string; subject?: Worded; whole?: string }

const same = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** The name of each series of `panel`, in `lang`: English from the glossary where it has one, unless
 * two series would then read alike (all stay as written, in Vietnamese). */
export function seriesNames(panel: Pick<Panel<ChartPoint>, 'series' | 'points'>, lang: Lang): Map<string, Worded> {
  const subjects = panel.series.map((s) => panel.points.find((p) => (p.series ?? '') === s)?.subject?.trim() ?? '');
  const name = (subject: string, l: Lang): Worded => (subject ? subjectIn(subject, l) : { text: t(lang, 'chart.series.unnamed'), lang });
  let words = subjects.map((s) => name(s, lang));
  if (new Set(words.map((w) => same(w.text))).size < words.length) words = subjects.map((s) => name(s, 'vi'));
  return new Map(panel.series.map((s, i) => [s, words[i]!]));
}

/** The title of `panel` among `all` the panels of its chart. */
export function panelHeading(panel: Panel<ChartPoint>, all: Panel<ChartPoint>[], lang: Lang): PanelHeading {
  const others = all.filter((q) => q !== panel && q.scope === panel.scope && q.measure === panel.measure);
  const text = [
    t(lang, `chart.scope.${panel.scope}` as 'chart.scope.country'),
    panel.measure === 'growth' || panel.measure === 'rank-change' ? t(lang, `chart.measure.${panel.measure}`) : '',
    others.some((q) => q.unit !== panel.unit) ? t(lang, `chart.unit.${panel.unit}` as 'chart.unit.count') : '',
  ].filter(Boolean).join(', ');
  if (!others.some((q) => q.unit === panel.unit)) return { text };
  const subject = panel.series.length === 1 ? seriesNames(panel, lang).get(panel.series[0]!) : undefined;
  const whole = panel.total !== undefined ? t(lang, 'chart.whole', { n: formatPlain(panel.total, lang) }) : undefined;
  return { text, ...(subject ? { subject } : {}), ...(whole ? { whole } : {}) };
}

/** A panel title as plain text (an SVG's title): "Cả nước — bộ, cơ quan ngang bộ (trên tổng số 21)". */
export function headingText(h: PanelHeading): string {
  return `${h.text}${h.subject ? ` — ${h.subject.text}` : ''}${h.whole ? ` (${h.whole})` : ''}`;
}
