/** scripts/build/bundle-search.ts: the search client as one classic script. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSearchClient, SEARCH_SCRIPT, searchClientMiddleware, writeSearchClient } from '../../../scripts/build/bundle-search';

describe('bundleSearchClient', () => {
  it('bundleSearchClient gives a classic script: no import or export, one function run at once', async () => {
    const js = await bundleSearchClient();
    expect(js).not.toMatch(/(^|[;}\s])(import|export)\s*[{*\w]/m);
    expect(js).not.toMatch(/import\.meta/);
    expect(() => new Function(js)).not.toThrow();
  });
  it('bundleSearchClient leaves out the interface dictionary it does not use', async () => {
    expect(await bundleSearchClient()).not.toContain('site.tagline');
  });
  it('bundleSearchClient does nothing on a page without the search panel', async () => {
    const js = await bundleSearchClient();
    const g = globalThis as Record<string, unknown>;
    g.document = { getElementById: () => null, currentScript: null };
    try {
      expect(() => new Function(js)()).not.toThrow();
    } finally {
      delete g.document;
    }
  });
});

describe('writeSearchClient', () => {
  it('writeSearchClient writes js/search.js and returns its size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cds-bundle-'));
    try {
      const bytes = await writeSearchClient(dir);
      expect(Buffer.byteLength(readFileSync(join(dir, SEARCH_SCRIPT), 'utf8'))).toBe(bytes);
      expect(bytes).toBeLessThan(30_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('searchClientMiddleware', () => {
  it('searchClientMiddleware serves the bundle at <base>js/search.js and passes other requests on', async () => {
    const serve = searchClientMiddleware('/a/');
    const passed: string[] = [];
    const sent = await new Promise<{ type: string; body: string }>((resolve) => {
      let type = '';
      const res = { setHeader: (_k: string, v: string) => { type = v; }, end: (body: string) => resolve({ type, body }) };
      serve({ url: '/a/js/other.js' } as never, res as never, () => passed.push('other'));
      serve({ url: '/a/js/search.js?v=1' } as never, res as never, () => passed.push('search'));
    });
    expect(passed).toEqual(['other']);
    expect(sent.type).toMatch(/^text\/javascript/);
    expect(sent.body).toContain('bundle-search.ts');
  });
});
