/** The data of a topic's page (src/pages/[...lang]/topics/[id].astro), computed in its
 * getStaticPaths() and handed to it as props, so that its incremental-build key covers it
 * (src/lib/cache-key.ts). */
import { allMetrics } from './articles';
import { TOPIC_CHARTS } from './chart-bounds';
import { lexicon } from './content';
import { metricsOf } from './indicators';
import { isPlottable, isShown } from './review';
import type { Article } from '../schemas/article';
import type { Topic } from '../schemas/lexicon';

/** What a topic's page shows: its numbers, its indicators with their counts, small multiples of
 * the most-reported ones (each within SMALL_CHART, src/lib/chart-bounds.ts) and its reports. */
export function topicData(topic: Topic, articles: Article[]) {
  const rows = allMetrics(articles).filter((s) => s.metric.topic === topic.id && isShown(s.metric));
  const indicators = lexicon().indicators.filter((i) => i.topic === topic.id).map((i) => ({ i, n: metricsOf(i.id, articles).length }));
  const charts = [...indicators].sort((a, b) => b.n - a.n).slice(0, TOPIC_CHARTS).flatMap(({ i }) => {
    const plotted = metricsOf(i.id, articles).filter((r) => isPlottable(r.metric));
    return plotted.length > 0 ? [{ i, rows: plotted }] : [];
  });
  return { rows, indicators, charts, related: articles.filter((a) => a.topics.includes(topic.id)) };
}

/** What topicData gives. */
export type TopicData = ReturnType<typeof topicData>;
