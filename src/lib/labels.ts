/**
 * What a number is, in words a reader of either language can use: the indicator's label, else
 * the glossary's English for its subject, else its subject as written (Vietnamese, so marked).
 */
import type { Lang } from '../i18n/lang';
import type { Indicator } from '../schemas/lexicon';
import type { Metric } from '../schemas/metric';
import { subjectIn, type Worded } from './glossary';
import { loadIndicators } from './lexicon';

let indicatorsOnce: Indicator[] | undefined;
const indicators = () => (indicatorsOnce ??= loadIndicators());

/** A subject that only points back to an earlier sentence ("chỉ số này", "mức đó", "con số trên"):
 * no label on its own. */
export function isPointerSubject(subject: string): boolean {
  const m = /^(.+?)\s+(?:này|đó|ấy|nói trên|kể trên|trên)$/u.exec(subject.trim().toLocaleLowerCase('vi'));
  return !!m && m[1]!.split(/\s+/).length <= 2;
}

/** The label of a metric in `lang`: its indicator's label; else, for English, the glossary's subject
 * pattern; else its subject as written (lang "vi"). Undefined when it has neither an indicator nor a
 * subject that stands on its own (empty, or a pointer such as "chỉ số này"). */
export function metricLabel(metric: Pick<Metric, 'indicator' | 'subject'>, lang: Lang, list: Indicator[] = indicators()): Worded | undefined {
  const ind = metric.indicator ? list.find((i) => i.id === metric.indicator) : undefined;
  if (ind) return { text: ind.label[lang], lang };
  if (!metric.subject.trim() || isPointerSubject(metric.subject)) return undefined;
  return subjectIn(metric.subject, lang);
}

/** What a table row counts, in `lang`: its subject as written (Vietnamese pages) or in the glossary's
 * English; on an English page without one, its indicator's label; else the Vietnamese subject, marked. */
export function subjectLabel(metric: Pick<Metric, 'indicator' | 'subject'>, lang: Lang, list: Indicator[] = indicators()): Worded {
  const own = subjectIn(metric.subject, lang);
  if (own.lang === lang || !metric.indicator) return own;
  return metricLabel(metric, lang, list) ?? own;
}
