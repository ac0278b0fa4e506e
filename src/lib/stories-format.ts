import { localePath, type Lang } from '../i18n/lang';
import { st } from '../i18n/stories';
import { t } from '../i18n/ui';
import { articlePath } from './articles';
import { formatDate, formatMetric, formatPeriod } from './format';
import type { StoryRef } from './stories-refs';

/** Site path of a reference's source sentence: /articles/<slug>/#m-NN in `lang`. */
export function refHref(ref: StoryRef, lang: Lang): string {
  return localePath(lang, articlePath(ref.article.slug, ref.metric.id));
}

/** A reference's number as a reader should see it, with its qualifier: vi "trên 84,7 triệu", en "over 84.7 million". */
export function refValue(ref: StoryRef, lang: Lang): string {
  const q = ref.metric.qualifier ? `${t(lang, `metric.${ref.metric.qualifier}`)} ` : '';
  return `${q}${formatMetric(ref.metric, lang)}`;
}

/** What a reference counts, in `lang` (the label is checked to exist when the story resolves). */
export function refLabel(ref: StoryRef, lang: Lang): string {
  return ref.label?.[lang] ?? ref.name;
}

/** The period a reference describes, or — when the sentence names none — the date of its report. */
export function refPeriod(ref: StoryRef, lang: Lang): string {
  return ref.metric.period ? formatPeriod(ref.metric.period, lang) : `${st(lang, 'reported')} ${formatDate(ref.article.date, lang)}`;
}

/** The year a reference belongs to on a time axis: its period's first year, else its report's. */
export function refYear(ref: StoryRef): number {
  return Number((ref.metric.period?.iso ?? ref.article.date.iso).slice(0, 4));
}
