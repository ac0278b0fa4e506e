import { createHash } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import {
  buildDatapackage, citeDatasetApa, citeDatasetBibtex, datapackageFile, datasetJsonLd, packageMeta, packageSources, sha256Of,
} from '../../../src/lib/datapackage';
import { byteSize, coreFiles, findFile, METRIC_COLUMNS, type DatasetInput } from '../../../src/lib/dataset';
import { unitSchema } from '../../../src/schemas/metric';
import { article, metric } from './fixtures';

const SITE = new URL('https://example.org/');

function input(): DatasetInput {
  return {
    articles: [
      article({ slug: 'a', outlet: { name: 'Báo A', url: 'https://a.example/bai' }, metrics: [metric(), metric({ id: 'm-00000002', value: 2.5, unit: 'percent', kind: 'share' })] }),
      article({ slug: 'b', date: { iso: '2025-02-06', precision: 'day', source: 'text', evidence: '' }, outlet: { name: 'Tạp chí B' }, metrics: [metric()] }),
    ],
    indicators: [],
    topics: [{ id: 't', vi: 'T', en: 'T', terms: ['t'] }],
    site: SITE,
  };
}

type Resource = { name: string; path: string; format: string; mediatype: string; encoding: string; bytes: number; hash: string; profile: string; schema: { fields: { name: string; type: string; description?: string; constraints?: Record<string, unknown> }[]; primaryKey: string[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[]; missingValues: string[] } };

function pkg() {
  const files = coreFiles(input());
  return { files, dp: buildDatapackage(files, packageMeta(input())) as { name: string; version: string; licenses: { name: string }[]; sources: unknown[]; resources: Resource[] } & Record<string, unknown> };
}

describe('buildDatapackage', () => {
  it('buildDatapackage(files, meta) names, titles and licenses the package (CC BY 4.0)', () => {
    const { dp } = pkg();
    expect(dp.name).toMatch(/^[-a-z0-9._/]+$/);
    expect(dp.title).toBeTruthy();
    expect(dp.profile).toBe('tabular-data-package');
    expect(dp.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' })]);
    expect(dp.homepage).toBe('https://example.org/data/');
  });

  it('buildDatapackage(files, meta) describes each main file with path, format, mediatype, encoding, size and hash', () => {
    const { dp, files } = pkg();
    expect(dp.resources.map((r) => r.path)).toEqual(files.map((f) => f.file));
    expect(new Set(dp.resources.map((r) => r.name)).size).toBe(dp.resources.length);
    for (const r of dp.resources) {
      const file = findFile(files, r.path);
      expect(r.name).toMatch(/^[-a-z0-9._/]+$/);
      expect(r).toMatchObject({ format: file.format, mediatype: file.mediatype, encoding: 'utf-8', profile: 'tabular-data-resource', bytes: byteSize(file.body) });
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(file.body).digest('hex')}`);
    }
  });

  it('buildDatapackage(files, meta) gives metrics.csv a schema whose fields are the CSV header, every one described', () => {
    const { dp, files } = pkg();
    const metrics = dp.resources.find((r) => r.path === 'metrics.csv')!;
    expect(metrics.schema.fields.map((f) => f.name)).toEqual(csvParse(findFile(files, 'metrics.csv').body.toString('utf8')).columns);
    expect(metrics.schema.fields.map((f) => f.name)).toEqual([...METRIC_COLUMNS]);
    expect(metrics.schema.fields.filter((f) => !f.description)).toEqual([]);
    expect(metrics.schema.fields.find((f) => f.name === 'unit')!.constraints!.enum).toEqual(unitSchema.options);
    expect(metrics.schema.primaryKey).toEqual(['article', 'metric_id']);
    expect(metrics.schema.missingValues).toEqual(['']);
  });

  it('buildDatapackage(files, meta) links metrics to articles, indicators and topics by foreign keys', () => {
    const { dp } = pkg();
    const names = dp.resources.map((r) => r.name);
    const fks = dp.resources.find((r) => r.name === 'metrics')!.schema.foreignKeys!;
    expect(fks).toContainEqual({ fields: 'article', reference: { resource: 'articles', fields: 'slug' } });
    for (const k of fks) expect(names).toContain(k.reference.resource);
  });

  it('buildDatapackage(files, meta) writes only Table Schema constraint names and types', () => {
    const allowed = new Set(['required', 'unique', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum']);
    const types = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array']);
    for (const r of pkg().dp.resources) {
      for (const f of r.schema.fields) {
        expect(types.has(f.type), `${r.name}.${f.name}`).toBe(true);
        for (const k of Object.keys(f.constraints ?? {})) expect(allowed.has(k), `${r.name}.${f.name}.${k}`).toBe(true);
      }
    }
  });
});

describe('datapackageFile', () => {
  it('datapackageFile(files, meta) is the package as pretty JSON', () => {
    const file = datapackageFile(coreFiles(input()), packageMeta(input()));
    expect(file.file).toBe('datapackage.json');
    expect(JSON.parse(file.body.toString('utf8'))).toEqual(pkg().dp);
  });
});

describe('packageMeta', () => {
  it('packageMeta(input) takes the version and span from the article dates, not the clock', () => {
    const meta = packageMeta(input());
    expect(meta.version).toBe('2025-02-06');
    expect(meta.span).toBe('2023-07-14/2025-02-06');
  });
});

describe('packageSources', () => {
  it('packageSources(articles) names each report with its outlet, and its address when known', () => {
    expect(packageSources(input().articles)).toEqual([
      { title: 'Báo A: Tiêu đề', path: 'https://a.example/bai' },
      { title: 'Tạp chí B: Tiêu đề' },
    ]);
  });
});

describe('sha256Of', () => {
  it('sha256Of(text) hashes the UTF-8 bytes with the algorithm prefix', () => {
    expect(sha256Of('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('citeDatasetApa', () => {
  it('citeDatasetApa(meta) gives author, year, title, version, [Data set] and address', () => {
    const apa = citeDatasetApa(packageMeta(input()));
    expect(apa).toMatch(/^cds-vn\. \(2025\)\. .+ \(Version 2025-02-06\) \[Data set\]\. https:\/\/example\.org\/data\/$/);
  });
});

describe('citeDatasetBibtex', () => {
  it('citeDatasetBibtex(meta) is a balanced @misc entry with year, version and url', () => {
    const bib = citeDatasetBibtex(packageMeta(input()));
    expect(bib).toMatch(/^@misc\{cdsvn-dataset-2025-02-06,\n/);
    expect(bib).toContain('year = {2025}');
    expect(bib).toContain('version = {2025-02-06}');
    expect(bib).toContain('url = {https://example.org/data/}');
    expect(bib.split('{').length).toBe(bib.split('}').length);
  });
});

describe('datasetJsonLd', () => {
  it('datasetJsonLd(meta, …) lists every file with its size, and the version and coverage', () => {
    const files = coreFiles(input());
    const ld = datasetJsonLd(packageMeta(input()), 'Name', 'Description', files, (f) => `https://example.org/data/${f}`) as { distribution: { contentUrl: string; contentSize: string }[] } & Record<string, unknown>;
    expect(ld['@type']).toBe('Dataset');
    expect(ld.version).toBe('2025-02-06');
    expect(ld.temporalCoverage).toBe('2023-07-14/2025-02-06');
    expect(ld.distribution).toHaveLength(files.length);
    expect(ld.distribution[0]).toMatchObject({ contentUrl: 'https://example.org/data/metrics.csv', contentSize: `${byteSize(files[0]!.body)} B` });
    expect(ld.isBasedOn).toEqual(['https://a.example/bai']);
  });
});
