import type { ChartPoint } from '../components/charts/TimeChart/timechart';
import { type GPoint, measureOf, panels, type Panel, scopeOf, statusOf, type When } from '../components/charts/grammar';
import { chartSelection, type ChartLimits, orderedPanels } from './chart-bounds';
import { foldDiacritics } from './fold';
import { localePath, type Lang } from '../i18n/lang';
import { t } from '../i18n/t';
import type { Article } from '../schemas/article';
import { articlePath, metricDate, type SourcedMetric } from './articles';
import { formatDate, formatMetric } from './format';
import { isPlottable } from './review';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A period in few characters, for a label beside a mark: vi "Q.I/2024", "6T đầu/2024"; en "Q1 2024", "H1 2024". */
export function shortPeriod(w: { iso: string; precision: string; isoEnd?: string }, lang: Lang): string {
  const [y, mo = 1] = w.iso.split('-').map(Number) as [number, number?];
  if (w.precision === 'quarter') {
    const q = Math.floor((mo - 1) / 3);
    return lang === 'vi' ? `Q.${ROMAN[q]}/${y}` : `Q${q + 1} ${y}`;
  }
  if (w.precision === 'half') return lang === 'vi' ? `6T ${mo <= 6 ? 'đầu' : 'cuối'}/${y}` : `H${mo <= 6 ? 1 : 2} ${y}`;
  return formatDate(w as Parameters<typeof formatDate>[0], lang);
}

/** The country's own name in a subject ("… của Việt Nam", "nước ta"), folded: it names no series of
 * its own (the scope says where a value is from). */
const COUNTRY = /(?:^|\s)(?:cua\s+)?(?:viet\s*nam|nuoc\s+ta)(?=\s|$)/g;

/** The series of a value: its subject, folded and lower-cased, without the country's own name
 * ("Tài khoản của Việt Nam" = "tai khoan"). */
export function seriesOf(subject: string): string {
  return foldDiacritics(subject).toLowerCase().replace(/\s+/g, ' ').replace(COUNTRY, ' ').replace(/\s+/g, ' ').trim();
}

/** A sourced metric as the chart grammar sees it, without any text: cheap enough for every value of
 * an indicator, to choose the few a chart draws (src/lib/chart-bounds.ts). */
export function grammarPoint(s: SourcedMetric): GPoint {
  const m = s.metric as SourcedMetric['metric'] & { status: string };
  return {
    key: `${s.article.slug}:${m.id}`,
    indicator: m.indicator ?? '',
    scope: scopeOf(m.subject, measureOf(m)),
    unit: m.unit,
    kind: m.kind,
    status: statusOf(m.status),
    value: m.value,
    ...(m.valueMax !== undefined ? { valueMax: m.valueMax } : {}),
    ...(m.total !== undefined ? { total: m.total } : {}),
    when: metricDate(s) as When, // metricsOf keeps only dated values: a period, or a dated report
    reported: s.article.date.iso,
    series: seriesOf(m.subject),
  };
}

/** The plottable rows a chart within `limits` draws (see src/lib/chart-bounds.ts), in the order given. */
export function chartRows(rows: SourcedMetric[], limits: ChartLimits): SourcedMetric[] {
  const plottable = rows.filter((r) => isPlottable(r.metric));
  const points = plottable.map(grammarPoint);
  const kept = new Set(chartSelection(points, limits).map((p) => p.key));
  return plottable.filter((_, i) => kept.has(points[i]!.key));
}

/** A sourced metric as a chart point in `lang` (linked to its source sentence). */
export function chartPoint(s: SourcedMetric, lang: Lang): ChartPoint {
  const m = s.metric;
  const point = grammarPoint(s);
  const when = point.when;
  return {
    ...point,
    // The hedge stays with the number ("nearly 4×"): a chart must not claim more than the report.
    text: m.qualifier ? `${t(lang, `metric.${m.qualifier}` as 'metric.approx')} ${formatMetric(m, lang)}` : formatMetric(m, lang),
    period: formatDate(when, lang),
    short: shortPeriod(when, lang),
    href: localePath(lang, articlePath(s.article.slug, m.id)),
    subject: m.subject,
  };
}

/** The panels an indicator's plottable values make (see the chart grammar), the national one first. */
export function indicatorPanels(rows: SourcedMetric[], lang: Lang): Panel<ChartPoint>[] {
  return panels(orderedPanels(rows.filter((r) => isPlottable(r.metric)).map((r) => chartPoint(r, lang))).flat());
}

/** "Kết quả", "Target" … for a status. */
export function statusLabel(status: string, lang: Lang): string {
  return t(lang, `chart.status.${statusOf(status)}`);
}

/** What one mark says to a screen reader and in its tooltip: "84,7 triệu, 2023, Kết quả"; with its
 * series' name first when its panel holds several ("tỉnh, thành phố: 63/63, 2024, Kết quả"). */
export function markLabel(p: Pick<ChartPoint, 'text' | 'period' | 'status'>, lang: Lang, series?: string): string {
  return `${series ? `${series}: ` : ''}${p.text}, ${p.period}, ${statusLabel(p.status, lang)}`;
}

/** The distinct reports behind some rows, oldest first. */
export function sourcesOf(rows: SourcedMetric[]): Article[] {
  const seen = new Map<string, Article>();
  for (const r of rows) seen.set(r.article.slug, r.article);
  return [...seen.values()].sort((a, b) => a.date.iso.localeCompare(b.date.iso));
}
