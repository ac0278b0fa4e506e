/**
 * The editors' review list: every low-confidence number that no one has reviewed yet, with its
 * sentence, the reasons, and a ready-to-paste seeds/editorial.yaml entry. Pure (the CLI prints it).
 */
import { stringify } from 'yaml';
import type { IngestedArticle as Article } from '../../src/schemas/article';
import type { Metric } from '../../src/schemas/metric';
import { isPlottable } from '../../src/lib/review';

/** Low-confidence metrics still on `auto` review, with their article. */
export function pendingReviews(articles: Article[]): { article: Article; metric: Metric }[] {
  return articles.flatMap((article) => article.metrics.filter((m) => m.review === 'auto' && !isPlottable(m)).map((metric) => ({ article, metric })));
}

/** The shortest fragment of the sentence around the number that names it: up to 60 characters before it and the number. */
export function quoteFragment(m: Pick<Metric, 'quote' | 'text' | 'offset'>, sentenceStart: number): string {
  const at = m.offset - sentenceStart;
  const from = Math.max(0, m.quote.lastIndexOf(' ', Math.max(0, at - 60)) + 1);
  return m.quote.slice(from, at + m.text.length).trim();
}

/** A seeds/editorial.yaml entry (under the seed's file) that confirms the metric; edit `action` and `reason`. */
export function editorialEntry(file: string, m: Metric, sentenceStart: number): string {
  const entry = { [file]: { metrics: [{ quote: quoteFragment(m, sentenceStart), text: m.text, action: 'confirm', reason: 'TODO: why this number is right (or use action: correct / reject)' }] } };
  return stringify(entry, { lineWidth: 0 });
}

/** The review list as text, one block per pending metric. */
export function reviewReport(articles: Article[]): string {
  const pending = pendingReviews(articles);
  if (pending.length === 0) return 'Nothing to review: every number is high-confidence or reviewed.\n';
  const blocks = pending.map(({ article, metric }) => {
    const start = article.body.map((b) => b.text.indexOf(metric.quote) >= 0 ? b.offset + b.text.indexOf(metric.quote) : -1).find((x) => x >= 0) ?? metric.offset - metric.quote.indexOf(metric.text);
    return [
      `seeds/${article.sourceFile} · ${metric.id} · "${metric.text}" (${metric.status}${metric.indicator ? `, ${metric.indicator}` : ''})`,
      `  sentence: ${metric.quote}`,
      `  reasons:  ${metric.reasons.join(', ')}`,
      '  editorial.yaml:',
      ...editorialEntry(article.sourceFile, metric, start).trimEnd().split('\n').map((l) => `    ${l}`),
    ].join('\n');
  });
  return `${pending.length} number(s) to review (not charted until confirmed or corrected):\n\n${blocks.join('\n\n')}\n`;
}
