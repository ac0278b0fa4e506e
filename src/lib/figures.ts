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
