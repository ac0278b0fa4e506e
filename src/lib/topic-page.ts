/** The data of a topic's page (src/pages/[...lang]/topics/[id].astro), computed in its
 * getStaticPaths() and handed to it as props, so that its incremental-build key covers it
 * (src/lib/cache-key.ts). */
import type { Lang } from '../i18n/lang';
import { allMetrics } from './articles';
import { TOPIC_CHARTS } from './chart-bounds';
import { lexicon, titleIn } from './content';
import { metricsOf } from './indicators';
import { newestFirstPage, REPORTS_PAGE_SIZE, type Page } from './paginate';
import { isPlottable, isShown } from './review';
import type { Article } from '../schemas/article';
import type { Topic } from '../schemas/lexicon';

/** A report as a topic's list shows it: its title in the page's language, its date, its link. */
export interface ReportLink { slug: string; title: string; date: Article['date'] }

/** The topic's reports (`related`, oldest first) as page `n` of its list, newest first. Only what
 * the list shows goes in, so a changed number in a report does not change the page's key. */
export function reportPage(related: Article[], lang: Lang, n: number): Page<ReportLink> {
  const page = newestFirstPage(related, n, REPORTS_PAGE_SIZE);
  return { ...page, items: page.items.map((a) => ({ slug: a.slug, title: titleIn(a, lang), date: a.date })) };
}

/** The reports of a topic, oldest first. */
export function topicReports(topic: Topic, articles: Article[]): Article[] {
  return articles.filter((a) => a.topics.includes(topic.id));
}

/** What a topic's page shows: its numbers, its indicators with their counts, small multiples of
 * the most-reported ones (each within SMALL_CHART, src/lib/chart-bounds.ts) and its reports. */
export function topicData(topic: Topic, articles: Article[], lang: Lang) {
  const rows = allMetrics(articles).filter((s) => s.metric.topic === topic.id && isShown(s.metric));
  const indicators = lexicon().indicators.filter((i) => i.topic === topic.id).map((i) => ({ i, n: metricsOf(i.id, articles).length }));
  const charts = [...indicators].sort((a, b) => b.n - a.n).slice(0, TOPIC_CHARTS).flatMap(({ i }) => {
    const plotted = metricsOf(i.id, articles).filter((r) => isPlottable(r.metric));
    return plotted.length > 0 ? [{ i, rows: plotted }] : [];
  });
  const related = topicReports(topic, articles);
  return { rows, indicators, charts, reports: reportPage(related, lang, 1), reportCount: related.length };
}

/** What topicData gives. */
export type TopicData = ReturnType<typeof topicData>;
