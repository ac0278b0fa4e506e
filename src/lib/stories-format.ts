import { localePath, type Lang } from '../i18n/lang';
import { t } from '../i18n/t';
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

/** What a reference counts, in `lang`: its label, else (text-only numbers) the article's own words. */
export function refLabel(ref: StoryRef, lang: Lang): string {
  return ref.label?.[lang] ?? ref.metric.subject;
}

/** The language `refLabel` is written in (the article's words are Vietnamese). */
export function refLabelLang(ref: StoryRef, lang: Lang): Lang {
  return ref.label ? lang : 'vi';
}

/** The period a reference describes, or — when the sentence names none — the date of its report. */
export function refPeriod(ref: StoryRef, lang: Lang): string {
  return ref.metric.period && ref.when === 'period' ? formatPeriod(ref.metric.period, lang) : `${t(lang, 'story.reported')} ${formatDate(ref.article.date, lang)}`;
}

/** The last year of a reference's multi-year period, if it has one (and is labelled by it). */
export function refYearEnd(ref: StoryRef): number | undefined {
  const end = ref.when === 'period' ? ref.metric.period?.isoEnd : undefined;
  return end ? Number(end.slice(0, 4)) : undefined;
}

/** The year a reference belongs to on a time axis: its period's first year, else its report's. */
export function refYear(ref: StoryRef): number {
  const iso = ref.when === 'period' ? ref.metric.period?.iso : undefined;
  return Number((iso ?? ref.article.date.iso).slice(0, 4));
}
