import { describe, expect, it } from 'vitest';
import { keepInSnapshot } from '../../../scripts/bench/snapshot';

describe('keepInSnapshot', () => {
  it.each(['src/pages/x.astro', 'content/stories/a.yaml', 'content/indicators.yaml', 'seeds/000.txt', 'astro.config.mjs', 'src/integrations/cds.ts', 'public/js/site.js'])('keepInSnapshot(%s) is true', (rel) => {
    expect(keepInSnapshot(rel)).toBe(true);
  });
  it.each(['node_modules', 'node_modules/astro/x.js', '.git/HEAD', '.astro/types.d.ts', 'dist', 'dist/index.html', 'dist.old', '.dist.tmp-123', 'content/articles', 'content/articles/a.mdx'])('keepInSnapshot(%s) is false', (rel) => {
    expect(keepInSnapshot(rel)).toBe(false);
  });
});
