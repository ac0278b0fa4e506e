/**
 * The figures of one article as the article page lists them: every number not rejected by the
 * editors, in reading order, each with what it measures, its period and its status.
 */
import type { Lang } from '../i18n/lang';
import { t, type UiKey } from '../i18n/t';
import type { Metric } from '../schemas/metric';

export { isShown, isUnreviewed } from './review';

/** The status of a number in words: "thực tế" / "result", "mục tiêu" / "target", … */
export function statusText(m: Pick<Metric, 'status'>, lang: Lang): string {
  return t(lang, `metric.${m.status as string}` as UiKey);
}

/** The anchor of a number's entry in the article's list of figures. */
export function figureAnchor(metricId: string): string {
  return `t-${metricId}`;
}

/** The figures whose label the search index reads (by metric id); the rest of the list is left out
 * of the index, since every figure's sentence is already in the article's text. On a Vietnamese
 * page, the first figure of each indicator (its name, which the text may word otherwise: found
 * once is enough); on an English page, every figure (its English label and value are words the
 * Vietnamese text lacks). */
export function indexedFigures(metrics: Pick<Metric, 'id' | 'indicator'>[], lang: Lang): Set<string> {
  if (lang !== 'vi') return new Set(metrics.map((m) => m.id));
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const m of metrics) {
    if (!m.indicator || seen.has(m.indicator)) continue;
    seen.add(m.indicator);
    out.add(m.id);
  }
  return out;
}
