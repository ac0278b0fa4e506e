import { describe, expect, it } from 'vitest';
import { keepInSnapshot } from '../../../scripts/bench/snapshot';

describe('keepInSnapshot', () => {
  it.each(['src/pages/x.astro', 'content/stories/a.yaml', 'content/indicators.yaml', 'seeds/000.txt', 'astro.config.mjs', 'scripts/build.ts', 'public/js/site.js'])('keepInSnapshot(%s) is true', (rel) => {
    expect(keepInSnapshot(rel)).toBe(true);
  });
  it.each(['node_modules', 'node_modules/astro/x.js', '.git/HEAD', '.astro/types.d.ts', 'dist', 'dist/index.html', 'dist.old', '.dist.tmp-123', 'content/articles', 'content/articles/a.mdx'])('keepInSnapshot(%s) is false', (rel) => {
    expect(keepInSnapshot(rel)).toBe(false);
  });
});

const metric = (id: string, indicator: string, unit = 'percent') => ({ id, indicator, unit, kind: 'share', status: 'actual', text: '1', quote: 'q 1', offset: 0, value: 1, subject: 's', topic: 't' });
const article = (slug: string, iso: string, metrics: ReturnType<typeof metric>[]) =>
  ({ slug, title: slug, date: { iso, precision: 'day', source: 'text', evidence: iso }, metrics }) as unknown as Article;
