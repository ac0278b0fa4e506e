import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import {
  articleRecords, byteSize, coreFiles, datasetSpan, datasetVersion, findFile, formatBytes, METRIC_COLUMNS, metricRow,
  metricRows, subsetFiles, toCsv, type DatasetInput,
} from '../../../src/lib/dataset';
import { DESCRIBED_FILES, fileNotes } from '../../../src/lib/datapackage';
import { LANGS } from '../../../src/i18n/lang';
import type { Indicator, Topic } from '../../../src/schemas/lexicon';
import { article, metric } from './fixtures';

const SITE = new URL('https://example.org/');

const topics: Topic[] = [{ id: 't', vi: 'Chủ đề', en: 'Topic', terms: ['x'] }, { id: 'u', vi: 'Khác', en: 'Other', terms: ['y'] }];
const indicators: Indicator[] = [{ id: 'eid', label: { vi: 'Định danh', en: 'eID' }, definition: { vi: 'Tài khoản.', en: 'Accounts.' }, topic: 't', subject: 'country', units: ['count'], concepts: [['x']], optional: [], without: [], featured: false }];

function input(): DatasetInput {
  return {
    articles: [
      article({ slug: 'b', date: { iso: '2025-02-06', precision: 'day', source: 'text', evidence: '6-2-2025' }, metrics: [
        metric({ id: 'm-00000001', value: 84_700_000, text: '84,7 triệu', quote: 'Có 84,7 triệu tài khoản, "đã kích hoạt".', indicator: 'eid' }),
        metric({ id: 'm-00000002', value: 8, valueMax: 10, unit: 'percent', kind: 'growth', topic: 'u', qualifier: 'approx', status: 'target', period: { iso: '2022', isoEnd: '2024', precision: 'year' } }),
      ] }),
      article({ slug: 'a', date: { iso: '2024-07', precision: 'half', source: 'editorial', evidence: 'e' }, metrics: [metric({ id: 'm-00000001', value: 63, total: 63 })] }),
    ],
    indicators,
    topics,
    site: SITE,
  };
}

describe('metricRow', () => {
  it('metricRow(s, site) has exactly the METRIC_COLUMNS, nulls for what the metric lacks', () => {
    const row = metricRow({ article: article(), metric: metric() }, SITE);
    expect(Object.keys(row)).toEqual([...METRIC_COLUMNS]);
    expect(row.value_max).toBeNull();
    expect(row.qualifier).toBeNull();
    expect(row.period).toBeNull();
    expect(row.url).toBe('https://example.org/articles/a/#m-00000001');
  });
  it('metricRow(s, site) writes a multi-year period as start/end', () => {
    const row = metricRow({ article: article(), metric: metric({ period: { iso: '2022', isoEnd: '2024', precision: 'year' } }) }, SITE);
    expect(row.period).toBe('2022/2024');
    expect(row.period_precision).toBe('year');
  });
});

describe('toCsv', () => {
  it('toCsv(rows) writes the header, quotes commas and quotation marks, and leaves nulls empty', () => {
    const rows = metricRows(input().articles, SITE);
    const csv = toCsv(rows);
    expect(csv.split('\n')[0]).toBe(METRIC_COLUMNS.join(','));
    expect(csv).not.toContain('\r');
    expect(csv.endsWith('\n')).toBe(true);
    const parsed = csvParse(csv);
    expect(parsed.map((r) => r.quote)).toEqual(rows.map((r) => r.quote));
    expect(parsed[0]!.value_max).toBe('');
  });
});

describe('metricRows', () => {
  it('metricRows(articles) orders rows by article date', () => {
    expect(metricRows(input().articles, SITE).map((r) => `${r.article}#${r.metric_id}`)).toEqual(['a#m-00000001', 'b#m-00000001', 'b#m-00000002']);
  });
});

describe('articleRecords', () => {
  it('articleRecords(articles) drops body, metrics and warnings and adds metric_count and url', () => {
    const [rec] = articleRecords([article({ metrics: [metric(), metric({ id: 'm-00000002' })], warnings: ['w'] })], SITE);
    expect(rec).not.toHaveProperty('body');
    expect(rec).not.toHaveProperty('metrics');
    expect(rec).not.toHaveProperty('warnings');
    expect(rec).toMatchObject({ slug: 'a', metric_count: 2, url: 'https://example.org/articles/a/' });
  });
});

describe('coreFiles', () => {
  it('coreFiles(input) gives the five main files with their row counts', () => {
    const files = coreFiles(input());
    expect(files.map((f) => [f.file, f.format, f.rows])).toEqual([
      ['metrics.csv', 'csv', 3], ['metrics.json', 'json', 3], ['articles.json', 'json', 2], ['indicators.json', 'json', 1], ['topics.json', 'json', 2],
    ]);
    expect(findFile(files, 'metrics.csv').mediatype).toBe('text/csv');
  });
  it('coreFiles(input) writes metrics.json with the same rows as metrics.csv', () => {
    const files = coreFiles(input());
    const json = JSON.parse(findFile(files, 'metrics.json').body.toString('utf8')) as Record<string, unknown>[];
    const csv = csvParse(findFile(files, 'metrics.csv').body.toString('utf8'));
    expect(json.map((r) => r.metric_id)).toEqual(csv.map((r) => r.metric_id));
    expect(Object.keys(json[0]!)).toEqual(csv.columns);
  });
});

describe('fileNotes', () => {
  it('fileNotes(lang) describes every main file and datapackage.json in both languages', () => {
    const files = [...coreFiles(input()).map((f) => f.file), 'datapackage.json'];
    expect([...DESCRIBED_FILES].sort()).toEqual([...files].sort());
    for (const lang of LANGS) expect(Object.values(fileNotes(lang)).filter((note) => note.length < 10), lang).toEqual([]);
  });
});

describe('subsetFiles', () => {
  it('subsetFiles(input, "indicator", id) holds only that indicator\'s numbers', () => {
    const [csv, json] = subsetFiles(input(), 'indicator', 'eid');
    expect(csv!.file).toBe('indicators/eid.csv');
    expect(json!.file).toBe('indicators/eid.json');
    expect(csv!.rows).toBe(1);
    expect(csvParse(csv!.body.toString('utf8')).map((r) => r.value)).toEqual(['84700000']);
  });
  it('subsetFiles(input, "topic", id) holds only that topic\'s numbers', () => {
    expect(subsetFiles(input(), 'topic', 'u')[1]!.rows).toBe(1);
    expect(subsetFiles(input(), 'topic', 'none')[0]!.body.toString('utf8')).toBe(`${METRIC_COLUMNS.join(',')}\n`);
  });
});

describe('findFile', () => {
  it('findFile(files, name) throws for a file that is not there', () => {
    expect(() => findFile([], 'x.csv')).toThrow(/x\.csv/);
  });
});

describe('byteSize', () => {
  it('byteSize(text) counts UTF-8 bytes, not characters', () => {
    expect(byteSize('abc')).toBe(3);
    expect(byteSize('đồng')).toBe(7);
  });
});

describe('formatBytes', () => {
  it('formatBytes(n, lang) uses B, kB and MB with the language\'s decimal mark', () => {
    expect(formatBytes(593, 'vi')).toBe('593 B');
    expect(formatBytes(73_108, 'vi')).toBe('73,1 kB');
    expect(formatBytes(73_108, 'en')).toBe('73.1 kB');
    expect(formatBytes(2_500_000, 'en')).toBe('2.5 MB');
  });
});

describe('datasetVersion', () => {
  it('datasetVersion(articles) is the latest article date as written, whatever the order', () => {
    expect(datasetVersion(input().articles)).toBe('2025-02-06');
    expect(datasetVersion([...input().articles].reverse())).toBe('2025-02-06');
  });
  it('datasetVersion(articles) compares dates of different precision by their first day', () => {
    const dates = [{ date: { iso: '2024-07-19', precision: 'day' as const, source: 'text' as const, evidence: '' } }, { date: { iso: '2024-07', precision: 'half' as const, source: 'text' as const, evidence: '' } }];
    expect(datasetVersion(dates)).toBe('2024-07-19');
  });
  it('datasetVersion([]) is undefined', () => {
    expect(datasetVersion([])).toBeUndefined();
  });
});

describe('datasetSpan', () => {
  it('datasetSpan(articles) runs from the first to the last article date', () => {
    expect(datasetSpan(input().articles)).toBe('2024-07/2025-02-06');
    expect(datasetSpan([])).toBeUndefined();
  });
});
