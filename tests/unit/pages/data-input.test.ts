/** The per-indicator and per-topic data files are keyed on their rows (src/pages/data/_input.ts):
 * their endpoint must write exactly the rows it is given as props, and read nothing else. */
import { describe, expect, it, vi } from 'vitest';
import { metricFiles, METRIC_COLUMNS, type MetricRow } from '../../../src/lib/dataset';
import { subsetRoute } from '../../../src/pages/data/_input';

// The archive is out of reach (the lexicon loads, empty): an endpoint that loaded it would throw.
vi.mock('astro:content', () => ({
  getCollection: (name: string) => {
    if (name === 'articles') throw new Error('the endpoint loaded the archive');
    return [];
  },
}));

const row = (id: string, value: number): MetricRow => Object.fromEntries(METRIC_COLUMNS.map((c) => [c, c === 'metric_id' ? id : c === 'value' ? value : null])) as MetricRow;

describe('subsetRoute', () => {
  it.each(['csv', 'json'] as const)('GET writes the %s of the rows in its props', async (format) => {
    const rows = [row('m-1', 12.5), row('m-2', -3)];
    const { GET } = subsetRoute('indicator', format);
    const res = await GET({ params: { id: 'x' }, props: { rows } } as never);
    const expected = metricFiles(rows, 'indicators/x').find((f) => f.format === format)!;
    expect(Buffer.from(await res.arrayBuffer()).equals(expected.body)).toBe(true);
  });

  it('GET of other rows gives another file (the body follows the props, not a loaded archive)', async () => {
    const { GET } = subsetRoute('topic', 'csv');
    const a = await (await GET({ params: { id: 't' }, props: { rows: [row('m-1', 1)] } } as never)).text();
    const b = await (await GET({ params: { id: 't' }, props: { rows: [row('m-1', 2)] } } as never)).text();
    expect(a).not.toBe(b);
  });
});
