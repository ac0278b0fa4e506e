import { createHash } from 'node:crypto';
import type { Lang } from '../i18n/lang';
import { t as translate, type UiKey } from '../i18n/t';
import type { Article } from '../schemas/article';
import { byteSize, datasetFile, datasetSpan, datasetVersion, findFile, toJson, type DatasetFile, type DatasetInput } from './dataset';
import { resourceTables, type TableField } from './dictionary';
import { datasetLd } from './jsonld';

/** Licence of the dataset (the quotations stay the outlets'; see the data page). */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

/** Who compiles the dataset. */
export const DATA_AUTHOR = 'cds-vn';

/** File name of the package descriptor, below /data/. */
export const DATAPACKAGE_FILE = 'datapackage.json';

/** A source report of the dataset, as Frictionless lists sources. */
export interface PackageSource { title: string; path?: string }

/** What the package says about itself beyond its files. */
export interface PackageMeta {
  /** Dataset version (datasetVersion: the latest report's date). */
  version?: string;
  /** Address of the open data page. */
  homepage: string;
  /** First/last report date ("2022-04-27/2025-02-06"). */
  span?: string;
  sources: PackageSource[];
}

/** One source per report: "Outlet: headline", with the report's address where the text gives one. */
export function packageSources(articles: Pick<Article, 'title' | 'outlet'>[]): PackageSource[] {
  return articles.map((a) => ({ title: `${a.outlet.name}: ${a.title}`, ...(a.outlet.url ? { path: a.outlet.url } : {}) }));
}

/** A field as datapackage.json writes it (empty constraints left out). */
function packageField(f: TableField): Record<string, unknown> {
  return {
    name: f.name,
    type: f.type,
    ...(f.format ? { format: f.format } : {}),
    ...(f.description ? { description: f.description } : {}),
    ...(Object.keys(f.constraints).length ? { constraints: f.constraints } : {}),
  };
}

/** SHA-256 of a file's UTF-8 bytes, as Frictionless writes hashes. */
export function sha256Of(body: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

/** The dataset files the data page and datapackage.json describe (dictionary keys `data.file.<file>`). */
export const DESCRIBED_FILES = ['metrics.csv', 'metrics.json', 'articles.json', 'indicators.json', 'topics.json', 'datapackage.json'] as const;

/** The description of each of DESCRIBED_FILES in `lang`, by file name. */
export function fileNotes(lang: Lang): Record<string, string> {
  return Object.fromEntries(DESCRIBED_FILES.map((file) => [file, translate(lang, `data.file.${file}` as UiKey)]));
}

/** The CSV dialect of every CSV file of the dataset (d3-dsv's csvFormat). */
const CSV_DIALECT = { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true };

/** The Frictionless Data Package (v1) describing `files`: every table with its schema, size and hash. */
export function buildDatapackage(files: DatasetFile[], meta: PackageMeta): Record<string, unknown> {
  const resources = resourceTables().map((t) => {
    const file = findFile(files, t.file);
    return {
      name: t.name,
      path: t.file,
      title: t.title,
      description: fileNotes('en')[t.file],
      profile: 'tabular-data-resource',
      format: file.format,
      mediatype: file.mediatype,
      encoding: 'utf-8',
      bytes: byteSize(file.body),
      hash: sha256Of(file.body),
      ...(file.format === 'csv' ? { dialect: CSV_DIALECT } : {}),
      schema: {
        fields: t.fields.map(packageField),
        missingValues: t.missingValues,
        primaryKey: t.primaryKey,
        ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys } : {}),
      },
    };
  });
  return {
    profile: 'tabular-data-package',
    name: 'cds-vn',
    title: translate('en', 'data.datasetTitle'),
    description: `Every number in a set of Vietnamese news reports on the national digital transformation, parsed, classified and quoted with its sentence. ${fileNotes('en')['metrics.csv']}`,
    ...(meta.version ? { version: meta.version } : {}),
    homepage: meta.homepage,
    keywords: ['Viet Nam', 'digital transformation', 'chuyển đổi số', 'e-government', 'digital economy', 'Project 06'],
    licenses: [DATA_LICENSE],
    contributors: [{ title: DATA_AUTHOR, role: 'author' }],
    sources: meta.sources,
    resources,
  };
}

/** datapackage.json as a dataset file. */
export function datapackageFile(files: DatasetFile[], meta: PackageMeta): DatasetFile {
  return datasetFile(DATAPACKAGE_FILE, 'json', 0, toJson(buildDatapackage(files, meta)));
}

/** The year of a version ("2025-02-06" → "2025"), or "n.d." without one. */
function yearOf(version: string | undefined): string {
  return version?.slice(0, 4) ?? 'n.d.';
}

/** APA 7 reference of the dataset: author, year, title, version, [Data set], address. */
export function citeDatasetApa(meta: PackageMeta): string {
  return `${DATA_AUTHOR}. (${yearOf(meta.version)}). ${translate('en', 'data.datasetTitle')}${meta.version ? ` (Version ${meta.version})` : ''} [Data set]. ${meta.homepage}`;
}

/** BibTeX entry of the dataset (@misc, so every style can print it). */
export function citeDatasetBibtex(meta: PackageMeta): string {
  const fields = [
    `  author = {{${DATA_AUTHOR}}}`,
    `  title = {${translate('en', 'data.datasetTitle')}}`,
    `  year = {${yearOf(meta.version)}}`,
    ...(meta.version ? [`  version = {${meta.version}}`] : []),
    '  howpublished = {Data set}',
    `  url = {${meta.homepage}}`,
    `  note = {Licence ${DATA_LICENSE.name}}`,
  ];
  return `@misc{cdsvn-dataset${meta.version ? `-${meta.version}` : ''},\n${fields.join(',\n')}\n}`;
}

/** schema.org Dataset for the data page: datasetLd with every file, its size, version and coverage. */
export function datasetJsonLd(meta: PackageMeta, name: string, description: string, files: DatasetFile[], fileUrl: (file: string) => string): Record<string, unknown> {
  const base = datasetLd(meta.homepage, name, description, files.map((f) => ({ name: f.file, url: fileUrl(f.file), format: f.mediatype })));
  const sizes = new Map(files.map((f) => [fileUrl(f.file), byteSize(f.body)]));
  const distribution = (base.distribution as { contentUrl: string }[]).map((d) => ({ ...d, contentSize: `${sizes.get(d.contentUrl)} B` }));
  return {
    ...base,
    distribution,
    ...(meta.version ? { version: meta.version } : {}),
    ...(meta.span ? { temporalCoverage: meta.span } : {}),
    creator: { '@type': 'Organization', name: DATA_AUTHOR },
    inLanguage: 'vi',
    isBasedOn: meta.sources.flatMap((s) => (s.path ? [s.path] : [])),
    creditText: citeDatasetApa(meta),
  };
}

/** The package's metadata from the dataset's input: version and span from the reports, never the clock. */
export function packageMeta(input: Pick<DatasetInput, 'articles' | 'site'>): PackageMeta {
  const span = datasetSpan(input.articles);
  const version = datasetVersion(input.articles);
  return {
    ...(version ? { version } : {}),
    homepage: new URL('data/', input.site).href,
    ...(span ? { span } : {}),
    sources: packageSources(input.articles),
  };
}
