import type { Lang } from '../i18n/lang';
import type { Article } from '../schemas/article';

/** schema.org NewsArticle for an article page. */
export function newsArticleLd(a: Article, url: string, lang: Lang): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: lang === 'en' && a.titleEn ? a.titleEn : a.title,
    ...(a.date.iso ? { datePublished: a.date.iso } : {}),
    inLanguage: 'vi',
    url,
    ...(a.outlet.url ? { isBasedOn: a.outlet.url } : {}),
    publisher: { '@type': 'Organization', name: a.outlet.name },
    ...(a.author ? { author: { '@type': 'Person', name: a.author } } : {}),
    ...(a.place ? { contentLocation: { '@type': 'Place', name: a.place } } : {}),
    about: a.topics,
    description: lang === 'en' && a.summaryEn ? a.summaryEn : a.summary,
  };
}

/** schema.org Dataset for the open data page. */
export function datasetLd(url: string, name: string, description: string, files: { name: string; url: string; format: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    distribution: files.map((f) => ({ '@type': 'DataDownload', name: f.name, contentUrl: f.url, encodingFormat: f.format })),
  };
}
