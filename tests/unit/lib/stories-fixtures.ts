import type { SourcedMetric } from '../../../src/lib/articles';
import type { Indicator } from '../../../src/schemas/lexicon';
import type { Story } from '../../../src/schemas/story';
import { article, metric } from './fixtures';

const Q1 = 'Đến tháng 12/2023, đã cấp trên 84,7 triệu thẻ; đã kích hoạt 45,4 triệu tài khoản.';
const Q2 = 'Việt Nam xếp hạng 55, trong khi Singapore xếp thứ 2, Malaysia 29.';
const Q3 = 'Phấn đấu 100% sân bay và 100% hồ sơ.';

/** Two small articles whose metrics are placed in their sentences like real ingest output. */
export const articles = [
  article({ slug: 'a', metrics: [
    metric({ id: 'm-00000001', value: 84_700_000, qualifier: 'over', indicator: 'cards', text: '84,7 triệu', quote: Q1, offset: 100 + Q1.indexOf('84,7'), period: { iso: '2023-12', precision: 'month' } }),
    metric({ id: 'm-00000002', value: 45_400_000, indicator: 'eid', text: '45,4 triệu', quote: Q1, offset: 100 + Q1.indexOf('45,4') }),
    metric({ id: 'm-00000003', value: 55, unit: 'rank', kind: 'rank', indicator: 'ai', text: '55', quote: Q2, offset: 300 + Q2.indexOf('55'), period: { iso: '2022', precision: 'year' } }),
    metric({ id: 'm-00000004', value: 2, unit: 'rank', kind: 'rank', indicator: 'ai', text: '2', quote: Q2, offset: 300 + Q2.indexOf('thứ 2') + 4, period: { iso: '2022', precision: 'year' } }),
    metric({ id: 'm-00000005', value: 29, unit: 'rank', kind: 'rank', indicator: 'ai', text: '29', quote: Q2, offset: 300 + Q2.indexOf('29'), period: { iso: '2022', precision: 'year' } }),
  ] }),
  article({ slug: 'b', date: { iso: '2025-02-06', precision: 'day', source: 'text', evidence: '6-2-2025' }, metrics: [
    metric({ id: 'm-00000001', value: 100, unit: 'percent', kind: 'share', status: 'target', text: '100%', quote: Q3, offset: 50 + Q3.indexOf('100%'), period: { iso: '2025', precision: 'year' } }),
    metric({ id: 'm-00000002', value: 100, unit: 'percent', kind: 'share', status: 'target', text: '100%', quote: Q3, offset: 50 + Q3.lastIndexOf('100%'), period: { iso: '2025', precision: 'year' } }),
    metric({ id: 'm-00000003', value: 244, total: 276, indicator: 'tasks', text: '244/276', quote: 'Hoàn thành 244/276 nhiệm vụ năm 2022, 2023.', offset: 900, period: { iso: '2022', isoEnd: '2023', precision: 'year' } }),
  ] }),
];

/** Every metric of the fixture articles, as the resolver sees them. */
export const sourced: SourcedMetric[] = articles.flatMap((a) => a.metrics.map((m) => ({ article: a, metric: m })));

const ind = (id: string, units: Indicator['units']): Indicator => ({ id, label: { vi: `Chỉ số ${id}`, en: `Indicator ${id}` }, definition: { vi: `Định nghĩa ${id}.`, en: `Definition ${id}.` }, topic: 't', subject: 'country', units, concepts: [[id]], optional: [], without: [], featured: false });

/** The lexicon the fixtures use. */
export const indicators: Indicator[] = [ind('cards', ['count']), ind('eid', ['count']), ind('ai', ['rank']), ind('tasks', ['count'])];

/** A valid story over the fixtures; `over` replaces top-level fields. */
export function story(over: Partial<Story> = {}): Story {
  const step = (id: string, vi: string, en: string, rows: string[], kind: Story['steps'][number]['chart']['kind'] = 'bars') =>
    ({ id, vi, en, chart: { kind, title: { vi: 'Tiêu đề', en: 'Title' }, rows, highlight: [] } });
  return {
    slug: 'thu', order: 1, title: { vi: 'Thử', en: 'Test' }, dek: { vi: 'Mô tả', en: 'Dek' }, names: ['Đề án 06'],
    refs: {
      cards: { indicator: 'cards', period: '2023-12', article: 'a', when: 'period' },
      eid: { indicator: 'eid', article: 'a', when: 'period' },
      vn: { indicator: 'ai', article: 'a', after: 'Việt Nam xếp hạng', label: { vi: 'Việt Nam', en: 'Viet Nam' }, when: 'period' },
      sg: { indicator: 'ai', article: 'a', after: 'Singapore', label: { vi: 'Singapore', en: 'Singapore' }, when: 'period' },
    },
    steps: [
      step('one', 'Đến {cards:period}, đã cấp {cards} thẻ theo Đề án 06.', 'By {cards:period}, {cards} cards.', ['cards', 'eid']),
      step('two', 'Kích hoạt {eid} tài khoản.', 'Activated {eid} accounts.', ['cards', 'eid']),
      step('three', 'Việt Nam xếp {vn}.', 'Viet Nam ranked {vn}.', ['vn', 'sg'], 'ranks'),
      step('four', 'Singapore xếp {sg}.', 'Singapore ranked {sg}.', ['vn', 'sg'], 'ranks'),
      step('five', 'Hết.', 'The end.', ['cards']),
    ],
    ...over,
  };
}
