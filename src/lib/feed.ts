import type { Lang } from '../i18n/lang';
import { localePath } from '../i18n/lang';
import type { Article } from '../schemas/article';
import { articlePath, hasKnownDate, sortByDate } from './articles';
import { dateKey } from './format';

/** RSS items for the timeline's events, newest first; an undated report has no pubDate. */
export function feedItems(articles: Article[], lang: Lang): { title: string; link: string; pubDate?: Date; description: string }[] {
  return sortByDate(articles).reverse().map((a) => ({
    title: lang === 'en' && a.titleEn ? a.titleEn : a.title,
    link: localePath(lang, articlePath(a.slug)),
    ...(hasKnownDate(a) ? { pubDate: new Date(`${dateKey(a.date.iso)}T00:00:00Z`) } : {}),
    description: lang === 'en' && a.summaryEn ? a.summaryEn : a.summary,
  }));
}
