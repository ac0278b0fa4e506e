import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/lang';
import type { Article } from '../schemas/article';
import type { Indicator, Topic } from '../schemas/lexicon';
import { sortByDate } from './articles';

let articlesOnce: Promise<Article[]> | undefined;

/** Every article of the collection, oldest first. Read once per production build (thousands of
 * pages ask); the dev server reads afresh so edited seeds show at once. */
export function loadArticles(): Promise<Article[]> {
  const read = async () => sortByDate((await getCollection('articles')).map((entry) => entry.data));
  if (!import.meta.env.PROD) return read();
  articlesOnce ??= read();
  return articlesOnce;
}

/** Entries of a file() collection in the order of the file, without the `position` that says it. */
function inFileOrder<T extends { position: number }>(entries: { data: T }[]): Omit<T, 'position'>[] {
  return entries.map((e) => e.data).sort((a, b) => a.position - b.position).map(({ position: _, ...item }) => item);
}

/** Indicators and topics: Astro's file() collections over content/indicators.yaml and
 * content/topics.yaml (src/content.config.ts), in file order, read once per module load. */
const lexicons: { indicators: Indicator[]; topics: Topic[] } = {
  indicators: inFileOrder(await getCollection('indicators')),
  topics: inFileOrder(await getCollection('topics')),
};

/** Indicators and topics. */
export function lexicon(): { indicators: Indicator[]; topics: Topic[] } {
  return lexicons;
}

/** The label of a topic (`vi`/`en`) or an indicator (`label.vi`/`label.en`) in `lang`. */
export function label(item: { vi: string; en: string } | { label: { vi: string; en: string } }, lang: Lang): string {
  return 'label' in item ? item.label[lang] : item[lang];
}

/** Topic by id, or a stand-in that names the id (never throws on old data). */
export function topicById(id: string): Topic {
  return lexicon().topics.find((t) => t.id === id) ?? { id, vi: id, en: id, terms: [id] };
}

/** Indicator by id, if known. */
export function indicatorById(id: string | undefined): Indicator | undefined {
  return id ? lexicon().indicators.find((i) => i.id === id) : undefined;
}

/** An article's title in `lang`: the editors' English title where there is one. */
export function titleIn(a: Pick<Article, 'title' | 'titleEn'>, lang: Lang): string {
  return lang === 'en' && a.titleEn ? a.titleEn : a.title;
}

/** An article's summary in `lang`. */
export function summaryIn(a: Pick<Article, 'summary' | 'summaryEn'>, lang: Lang): string {
  return lang === 'en' && a.summaryEn ? a.summaryEn : a.summary;
}
