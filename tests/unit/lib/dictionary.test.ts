import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNotes } from '../../../src/lib/datapackage';
import { articleRecords, METRIC_COLUMNS, metricRow } from '../../../src/lib/dataset';
import {
  articleFields, columnField, constraintParts, describedColumns, dictionaryMarkdown, fieldFromJsonSchema, metricFields, propertyAt, resourceTables,
  tablePattern,
} from '../../../src/lib/dictionary';
import { columnDescriptionsVi } from '../../../src/lib/dictionary-vi';
import { articlePrecisionSchema, precisionSchema, kindSchema, qualifierSchema, statusSchema, unitSchema } from '../../../src/schemas/metric';
import { article, metric } from './fixtures';

const byName = () => new Map(metricFields().map((f) => [f.name, f]));

describe('metricFields', () => {
  it('metricFields() has one field per METRIC_COLUMNS column, in the same order', () => {
    expect(metricFields().map((f) => f.name)).toEqual([...METRIC_COLUMNS]);
  });

  it('metricFields() knows a source for exactly the METRIC_COLUMNS columns', () => {
    expect(describedColumns()).toEqual([...METRIC_COLUMNS]);
    expect(() => columnField('nope' as never)).toThrow(/COLUMN_SOURCES/);
  });

  it('metricFields() describes every column in English (from the schema) and in Vietnamese', () => {
    const missingEn = metricFields().filter((f) => f.description.trim().length < 10).map((f) => f.name);
    expect(missingEn, 'add .describe() to the schema field of these columns').toEqual([]);
    expect(Object.keys(columnDescriptionsVi).sort()).toEqual([...METRIC_COLUMNS].sort());
    const missingVi = METRIC_COLUMNS.filter((c) => (columnDescriptionsVi[c] ?? '').trim().length < 10);
    expect(missingVi, 'add these columns to columnDescriptionsVi in src/lib/dictionary-vi.ts').toEqual([]);
  });

  it('metricFields() types the numbers as number/integer and everything else as string', () => {
    const types = Object.fromEntries(metricFields().map((f) => [f.name, f.type]));
    expect(types).toMatchObject({ value: 'number', value_max: 'number', total: 'number', offset: 'integer', quote: 'string', unit: 'string', url: 'string' });
    expect(metricFields().filter((f) => !['number', 'integer', 'string'].includes(f.type))).toEqual([]);
    expect(byName().get('url')!.format).toBe('uri');
  });

  it('metricFields() takes its enums from the zod enums', () => {
    const f = byName();
    expect(f.get('unit')!.constraints.enum).toEqual(unitSchema.options);
    expect(f.get('kind')!.constraints.enum).toEqual(kindSchema.options);
    expect(f.get('qualifier')!.constraints.enum).toEqual(qualifierSchema.options);
    expect(f.get('status')!.constraints.enum).toEqual(statusSchema.options);
    expect(f.get('date_precision')!.constraints.enum).toEqual(articlePrecisionSchema.options);
    expect(f.get('period_precision')!.constraints.enum).toEqual(precisionSchema.options);
  });

  it('metricFields() requires what is never empty and leaves optional or possibly empty columns free', () => {
    const required = metricFields().filter((f) => f.constraints.required).map((f) => f.name);
    expect(required).toEqual(expect.arrayContaining(['article', 'metric_id', 'date', 'value', 'unit', 'kind', 'status', 'text', 'quote', 'offset', 'url']));
    for (const free of ['indicator', 'value_max', 'total', 'qualifier', 'period', 'period_precision', 'subject']) expect(required).not.toContain(free);
  });

  it('metricFields() agrees with the rows metricRow writes: types, and empty cells only where allowed', () => {
    const rows = [
      metricRow({ article: article(), metric: metric() }, new URL('https://example.org/')),
      metricRow({ article: article(), metric: metric({ valueMax: 2, total: 3, qualifier: 'over', indicator: 'i', period: { iso: '2022-01', precision: 'quarter' } }) }, new URL('https://example.org/')),
    ];
    for (const row of rows) {
      for (const f of metricFields()) {
        const v = row[f.name as keyof typeof row];
        if (v === null) {
          expect(f.constraints.required, `${f.name} is null but required`).toBeFalsy();
          continue;
        }
        expect(typeof v, f.name).toBe(f.type === 'string' ? 'string' : 'number');
        if (f.type === 'integer') expect(Number.isInteger(v), f.name).toBe(true);
        if (f.constraints.pattern) expect(String(v), f.name).toMatch(new RegExp(`^(?:${f.constraints.pattern})$`, 'u'));
        if (f.constraints.enum) expect(f.constraints.enum, f.name).toContain(v);
      }
    }
  });

  it('metricFields() gives the period column a pattern for start/end ranges', () => {
    const re = new RegExp(`^(?:${byName().get('period')!.constraints.pattern})$`);
    for (const ok of ['2022', '2022-01', '2024-12-31', '2022/2024']) expect(ok).toMatch(re);
    for (const bad of ['22', '2022-1', '2022/']) expect(bad).not.toMatch(re);
    expect(byName().get('period')!.description).toMatch(/2022\/2024/);
  });
});

describe('columnField', () => {
  it('columnField(column) reads the description from the zod schema', () => {
    expect(columnField('value').description).toMatch(/base units/);
    expect(columnField('date').description).toMatch(/YYYY-MM-DD/);
  });
});

describe('tablePattern', () => {
  it('tablePattern(regex) drops the ^ and $ anchors', () => {
    expect(tablePattern('^m-\\d{2,}$')).toBe('m-\\d{2,}');
    expect(tablePattern('a$b')).toBe('a$b');
  });
});

describe('propertyAt', () => {
  it('propertyAt(schema, path) tells whether every step is required', () => {
    const root = { properties: { a: { properties: { b: { type: 'string' } }, required: ['b'] } }, required: [] };
    expect(propertyAt(root, ['a', 'b']).present).toBe(false);
  });
  it('propertyAt(schema, path) throws when the schema lacks the path', () => {
    expect(() => propertyAt({ properties: {} }, ['nope'])).toThrow(/nope/);
  });
});

describe('fieldFromJsonSchema', () => {
  it('fieldFromJsonSchema() requires a plain string in JSON but not in CSV, where empty means missing', () => {
    expect(fieldFromJsonSchema('s', { type: 'string' }, true, true).constraints.required).toBeUndefined();
    expect(fieldFromJsonSchema('s', { type: 'string' }, true, false).constraints.required).toBe(true);
    expect(fieldFromJsonSchema('s', { type: 'string', minLength: 1 }, true, true).constraints.required).toBe(true);
  });
  it('fieldFromJsonSchema() lists the properties of objects and of arrays of objects as children', () => {
    const f = fieldFromJsonSchema('people', { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } }, true, false);
    expect(f.children!.map((c) => [c.name, c.constraints.required])).toEqual([['people[].name', true]]);
  });
});

describe('articleFields', () => {
  it('articleFields() covers every key of articleRecords and requires those always written', () => {
    const names = articleFields().map((f) => f.name);
    const full = articleRecords([article({ place: 'P', author: 'A', summaryEn: 'S', titleEn: 'T', outlet: { name: 'O', url: 'https://o.example/' } })], new URL('https://example.org/'))[0]!;
    const bare = articleRecords([article()], new URL('https://example.org/'))[0]!;
    expect(Object.keys(full).sort()).toEqual([...names].sort());
    for (const f of articleFields().filter((x) => x.constraints.required)) expect(bare, f.name).toHaveProperty(f.name);
  });
});

describe('resourceTables', () => {
  it('resourceTables() points every foreign key at a field of another table', () => {
    const tables = resourceTables();
    for (const t of tables) {
      for (const k of t.foreignKeys) {
        expect(t.fields.map((f) => f.name)).toContain(k.fields);
        expect(tables.find((r) => r.name === k.reference.resource)!.fields.map((f) => f.name)).toContain(k.reference.fields);
      }
      for (const key of t.primaryKey) expect(t.fields.map((f) => f.name)).toContain(key);
    }
  });
});

describe('constraintParts', () => {
  it('constraintParts(field) lists enum, pattern, minimum and URL format', () => {
    expect(constraintParts(columnField('status')).map((p) => p.label)).toEqual(['enum']);
    expect(constraintParts(columnField('offset'))).toEqual([{ label: 'minimum', value: '0' }]);
    expect(constraintParts(columnField('url'))).toEqual([{ label: 'uri', value: '' }]);
  });
});

describe('dictionaryMarkdown', () => {
  it('dictionaryMarkdown() is what docs/data-dictionary.md holds', () => {
    const file = resolve(import.meta.dirname, '../../../docs/data-dictionary.md');
    const expected = dictionaryMarkdown(fileNotes('en'), columnDescriptionsVi);
    const actual = readFileSync(file, 'utf8');
    expect(actual === expected, 'docs/data-dictionary.md is stale: run `npx tsx scripts/tools/write-data-dictionary.ts`').toBe(true);
  });

  it('dictionaryMarkdown() has a row per column with both descriptions, and escapes table syntax', () => {
    const md = dictionaryMarkdown(fileNotes('en'), columnDescriptionsVi);
    for (const c of METRIC_COLUMNS) expect(md).toContain(`| \`${c}\` |`);
    expect(md).toContain(columnDescriptionsVi.quote);
    expect(md).not.toMatch(/<slug>/);
    const withPipe = dictionaryMarkdown({ 'metrics.csv': 'a' }, { ...columnDescriptionsVi, quote: 'x | y' });
    expect(withPipe).toContain('x \\| y');
  });
});
