import type { Article } from '../../../src/schemas/article';
import type { Metric } from '../../../src/schemas/metric';

/** A metric with defaults, for tests. */
export function metric(over: Partial<Metric> = {}): Metric {
  return { id: 'm-00000001', value: 1, unit: 'count', kind: 'count', status: 'actual', subject: 's', topic: 't', text: '1', quote: 'q 1', offset: 0, confidence: 'high', reasons: [], review: 'auto', ...over };
}

/** An article with defaults, for tests. */
export function article(over: Partial<Article> = {}): Article {
  return {
    slug: 'a', sourceFile: 'a.txt', sha256: '0'.repeat(64), title: 'Tiêu đề', titleSource: 'text',
    date: { iso: '2023-07-14', precision: 'day', source: 'text', evidence: '14/07/2023' },
    outlet: { name: 'Báo A' }, summary: 'Tóm tắt.', editorial: [], people: [], organisations: [], topics: ['t'],
    textStart: 0, metrics: [], warnings: [], ...over,
  };
}
