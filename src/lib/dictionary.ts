import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article';
import { indicatorSchema, topicSchema } from '../schemas/lexicon';
import { metricSchema } from '../schemas/metric';
import { ARTICLE_ADDED, ARTICLE_OMITTED, METRIC_COLUMNS, type MetricColumn } from './dataset';

/** The part of a JSON Schema (as `z.toJSONSchema` writes it) that the dictionary reads. */
interface JsonSchema {
  type?: string;
  description?: string;
  enum?: (string | number)[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';

/** Constraints of a field, as Frictionless Table Schema names them. */
export interface FieldConstraints {
  /** The cell is never empty. */
  required?: boolean;
  enum?: string[];
  /** XML Schema style: matches the whole value, no ^ or $. */
  pattern?: string;
  minLength?: number;
  minimum?: number;
}

/** One field (column) of a Frictionless Table Schema. */
export interface TableField {
  name: string;
  type: FieldType;
  format?: 'uri';
  description: string;
  constraints: FieldConstraints;
  /** Properties of an object field (`date.iso`) or of an array's objects (`people[].name`), for the docs. */
  children?: TableField[];
}

/** Where a metrics.csv column comes from: a path in the metric or article schema, or a value the
 * dataset derives (only those carry a description of their own). */
type ColumnSource =
  | { from: 'metric' | 'article'; path: string[]; range?: { endField: string; note: string } }
  | { derived: string; type: FieldType; format?: 'uri'; optional?: true };

const COLUMN_SOURCES: Record<MetricColumn, ColumnSource> = {
  article: { from: 'article', path: ['slug'] },
  metric_id: { from: 'metric', path: ['id'] },
  source_file: { from: 'article', path: ['sourceFile'] },
  date: { from: 'article', path: ['date', 'iso'] },
  date_precision: { from: 'article', path: ['date', 'precision'] },
  indicator: { from: 'metric', path: ['indicator'] },
  topic: { from: 'metric', path: ['topic'] },
  subject: { from: 'metric', path: ['subject'] },
  value: { from: 'metric', path: ['value'] },
  value_max: { from: 'metric', path: ['valueMax'] },
  total: { from: 'metric', path: ['total'] },
  unit: { from: 'metric', path: ['unit'] },
  kind: { from: 'metric', path: ['kind'] },
  direction: { from: 'metric', path: ['direction'] },
  qualifier: { from: 'metric', path: ['qualifier'] },
  status: { from: 'metric', path: ['status'] },
  baseline_for: { from: 'metric', path: ['baselineFor'] },
  period: { from: 'metric', path: ['period', 'iso'], range: { endField: 'isoEnd', note: 'A multi-year range is written start/end (2022/2024).' } },
  period_precision: { from: 'metric', path: ['period', 'precision'] },
  text: { from: 'metric', path: ['text'] },
  quote: { from: 'metric', path: ['quote'] },
  offset: { from: 'metric', path: ['offset'] },
  confidence: { from: 'metric', path: ['confidence'] },
  reasons: { derived: 'Why the confidence is low, as machine codes (weak-indicator-match, indicator-tie, no-period, carried-period, ambiguous-status …) joined with "|"; empty when high.', type: 'string', optional: true },
  review: { from: 'metric', path: ['review'] },
  review_reason: { from: 'metric', path: ['reviewReason'] },
  url: { derived: 'Address of the number on the site: its article page, anchored at the number (…/#m-3f2a9c01).', type: 'string', format: 'uri' },
};

/** The columns the dictionary knows how to describe (a test holds them equal to METRIC_COLUMNS). */
export function describedColumns(): string[] {
  return Object.keys(COLUMN_SOURCES);
}

/** Descriptions of the fields articles.json adds to the article schema. */
const ARTICLE_ADDED_FIELDS: Record<(typeof ARTICLE_ADDED)[number], Omit<TableField, 'name'>> = {
  metric_count: { type: 'integer', description: 'How many numbers the report contains (its rows in metrics.csv).', constraints: { required: true, minimum: 0 } },
  url: { type: 'string', format: 'uri', description: 'Address of the report\'s page on the site.', constraints: { required: true } },
};

/** JSON Schema of a zod schema, as the dictionary reads it. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema) as JsonSchema;
}

/** A JSON Schema regex as a Table Schema pattern: the ^…$ anchors dropped (patterns match whole values). */
export function tablePattern(pattern: string): string {
  return pattern.replace(/^\^/, '').replace(/\$$/, '');
}

/** Whether a value of this JSON Schema can never be the empty string (a CSV cannot tell "" from missing). */
function neverEmpty(s: JsonSchema): boolean {
  return s.type !== 'string' || (s.minLength ?? 0) > 0 || s.enum !== undefined || s.pattern !== undefined;
}

/** A table field from the JSON Schema of one property; `present` says whether every object on the
 * way down requires it. In CSV (`emptyIsMissing`) an empty string reads as no value, so a string
 * field is required only when the schema rules out the empty string. */
export function fieldFromJsonSchema(name: string, s: JsonSchema, present: boolean, emptyIsMissing = true): TableField {
  const constraints: FieldConstraints = {};
  if (present && (!emptyIsMissing || neverEmpty(s))) constraints.required = true;
  if (s.enum) constraints.enum = s.enum.map(String);
  if (s.pattern) constraints.pattern = tablePattern(s.pattern);
  if (s.minLength) constraints.minLength = s.minLength;
  if (s.minimum !== undefined) constraints.minimum = s.minimum;
  const inner = s.type === 'array' ? s.items : s;
  const prefix = s.type === 'array' ? `${name}[].` : `${name}.`;
  const children = Object.entries(inner?.properties ?? {}).map(([key, child]) => fieldFromJsonSchema(prefix + key, child, present && (inner?.required?.includes(key) ?? false), emptyIsMissing));
  return { name, type: (s.type ?? 'string') as FieldType, description: s.description ?? '', constraints, ...(children.length ? { children } : {}) };
}

/** The property at `path` of a JSON Schema, and whether every step of the path is required. */
export function propertyAt(root: JsonSchema, path: string[]): { schema: JsonSchema; present: boolean } {
  let schema = root;
  let present = true;
  for (const key of path) {
    const next = schema.properties?.[key];
    if (!next) throw new Error(`dictionary: no property ${path.join('.')} in the schema`);
    present &&= schema.required?.includes(key) ?? false;
    schema = next;
  }
  return { schema, present };
}

/** The field of one metrics.csv column, described by the schema it comes from. */
export function columnField(column: MetricColumn, roots = { metric: jsonSchemaOf(metricSchema), article: jsonSchemaOf(articleSchema) }): TableField {
  const source = COLUMN_SOURCES[column] as ColumnSource | undefined;
  if (!source) throw new Error(`dictionary: metrics.csv column "${column}" has no entry in COLUMN_SOURCES (src/lib/dictionary.ts)`);
  if ('derived' in source) {
    return { name: column, type: source.type, ...(source.format ? { format: source.format } : {}), description: source.derived, constraints: source.optional ? {} : { required: true } };
  }
  const { schema, present } = propertyAt(roots[source.from], source.path);
  const field = fieldFromJsonSchema(column, schema, present);
  if (!source.range) return field;
  const end = propertyAt(roots[source.from], [...source.path.slice(0, -1), source.range.endField]).schema;
  const pattern = field.constraints.pattern && end.pattern ? `${field.constraints.pattern}(/${tablePattern(end.pattern)})?` : undefined;
  return { ...field, description: `${field.description} ${source.range.note}`, constraints: { ...field.constraints, ...(pattern ? { pattern } : {}) } };
}

/** Every column of metrics.csv (and field of metrics.json), in METRIC_COLUMNS order. */
export function metricFields(): TableField[] {
  const roots = { metric: jsonSchemaOf(metricSchema), article: jsonSchemaOf(articleSchema) };
  return METRIC_COLUMNS.map((c) => columnField(c, roots));
}

/** The top-level fields of an object schema, minus `omit`, for a JSON file (where "" is a value). */
export function objectFields(schema: z.ZodType, omit: readonly string[] = []): TableField[] {
  const root = jsonSchemaOf(schema);
  return Object.entries(root.properties ?? {})
    .filter(([name]) => !omit.includes(name))
    .map(([name, s]) => fieldFromJsonSchema(name, s, root.required?.includes(name) ?? false, false));
}

/** The fields of articles.json: the article schema without body and metrics, plus what it adds. */
export function articleFields(): TableField[] {
  return [
    ...objectFields(articleSchema, ARTICLE_OMITTED),
    ...ARTICLE_ADDED.map((name) => ({ name, ...ARTICLE_ADDED_FIELDS[name] })),
  ];
}

/** The fields of indicators.json. */
export function indicatorFields(): TableField[] {
  return objectFields(indicatorSchema);
}

/** The fields of topics.json. */
export function topicFields(): TableField[] {
  return objectFields(topicSchema);
}

/** A Frictionless foreign key: a field of this table pointing at the key of another. */
export interface ForeignKey { fields: string; reference: { resource: string; fields: string } }

/** One table of the dataset: its file, fields and keys (datapackage.json adds sizes and hashes). */
export interface ResourceTable {
  /** Resource name in datapackage.json. */
  name: string;
  /** Path below /data/. */
  file: string;
  title: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** Cell values that mean "no value": the empty string in the metric tables, none in the JSON records. */
  missingValues: string[];
}

const fk = (field: string, resource: string, key: string): ForeignKey => ({ fields: field, reference: { resource, fields: key } });

/** The tables of the dataset, in the order the page lists them. */
export function resourceTables(): ResourceTable[] {
  const metrics = metricFields();
  const metricKeys = {
    primaryKey: ['article', 'metric_id'],
    foreignKeys: [fk('article', 'articles', 'slug'), fk('indicator', 'indicators', 'id'), fk('topic', 'topics', 'id')],
    missingValues: [''],
  };
  return [
    { name: 'metrics', file: 'metrics.csv', title: 'Numbers (CSV)', fields: metrics, ...metricKeys },
    { name: 'metrics-json', file: 'metrics.json', title: 'Numbers (JSON)', fields: metrics, ...metricKeys },
    { name: 'articles', file: 'articles.json', title: 'Reports', fields: articleFields(), primaryKey: ['slug'], foreignKeys: [], missingValues: [] },
    { name: 'indicators', file: 'indicators.json', title: 'Indicators', fields: indicatorFields(), primaryKey: ['id'], foreignKeys: [fk('topic', 'topics', 'id')], missingValues: [] },
    { name: 'topics', file: 'topics.json', title: 'Topics', fields: topicFields(), primaryKey: ['id'], foreignKeys: [], missingValues: [] },
  ];
}

/** A field's constraints other than `required`, as labelled parts ("enum": "actual, target" …). */
export function constraintParts(field: TableField): { label: 'enum' | 'pattern' | 'minimum' | 'minLength' | 'uri'; value: string }[] {
  const c = field.constraints;
  return [
    ...(c.enum ? [{ label: 'enum' as const, value: c.enum.join(', ') }] : []),
    ...(c.pattern ? [{ label: 'pattern' as const, value: c.pattern }] : []),
    ...(c.minLength !== undefined ? [{ label: 'minLength' as const, value: String(c.minLength) }] : []),
    ...(c.minimum !== undefined ? [{ label: 'minimum' as const, value: String(c.minimum) }] : []),
    ...(field.format === 'uri' ? [{ label: 'uri' as const, value: '' }] : []),
  ];
}

/** Markdown table cell: pipes and angle brackets escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s*\n\s*/g, ' ');
}

/** A field's constraints in English Markdown. */
function constraintsMarkdown(field: TableField): string {
  return constraintParts(field).map(({ label, value }) => {
    if (label === 'enum') return `one of ${value.split(', ').map((v) => `\`${v}\``).join(', ')}`;
    if (label === 'pattern') return `pattern \`${value}\``;
    if (label === 'uri') return 'URL';
    return `${label === 'minLength' ? 'minimum length' : 'minimum'} ${value}`;
  }).join('; ');
}

/** A Markdown table of fields; `vi` adds a Vietnamese description column. */
function fieldsMarkdown(fields: TableField[], vi?: Record<string, string>): string[] {
  const head = ['Field', 'Type', 'Required', 'Allowed values', 'Description', ...(vi ? ['Mô tả'] : [])];
  const flat = (f: TableField): TableField[] => [f, ...(f.children ?? []).flatMap(flat)];
  const rows = fields.flatMap(flat).map((f) => [`\`${f.name}\``, f.type, f.constraints.required ? 'yes' : 'no', constraintsMarkdown(f), f.description, ...(vi ? [vi[f.name] ?? ''] : [])]);
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`);
}

/** docs/data-dictionary.md: every table of the dataset, generated from the schemas. `fileNotes` are
 * the English one-line descriptions of the files; `columnsVi` the Vietnamese column descriptions. */
export function dictionaryMarkdown(fileNotes: Record<string, string>, columnsVi: Record<string, string>): string {
  const tables = resourceTables().filter((t) => t.name !== 'metrics-json');
  const keys = (t: ResourceTable) => [
    `Primary key: ${t.primaryKey.map((k) => `\`${k}\``).join(' + ')}.`,
    ...t.foreignKeys.map((k) => `\`${k.fields}\` refers to \`${k.reference.fields}\` in ${tables.find((r) => r.name === k.reference.resource)?.file ?? k.reference.resource}.`),
  ].join(' ');
  const sections = tables.map((t) => [
    `## ${t.file === 'metrics.csv' ? 'metrics.csv and metrics.json' : t.file}`,
    '',
    fileNotes[t.file] ?? '',
    '',
    ...fieldsMarkdown(t.fields, t.file === 'metrics.csv' ? columnsVi : undefined),
    '',
    keys(t),
  ].join('\n'));
  return [
    '# Data dictionary',
    '',
    '<!-- Generated from src/schemas/*.ts, src/lib/dictionary.ts, src/lib/dictionary-vi.ts and src/i18n/en.ts by',
    '     `npx tsx scripts/tools/write-data-dictionary.ts`. Do not edit by hand. -->',
    '',
    'The open dataset is published under `/data/` on the site (see the data page) and described for',
    'machines in `/data/datapackage.json` (Frictionless Data Package). Per-indicator and per-topic',
    'files (`/data/indicators/<id>.csv|json`, `/data/topics/<id>.csv|json`) have the columns of',
    '`metrics.csv`. CSV files are UTF-8, comma-separated, LF line ends, with a header row; an empty',
    'cell means no value. "Required" fields always have a value (never an empty cell).',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
