/** The cds integration's pure parts (src/integrations/cds.ts) and the folder swap it ends with
 * (scripts/lib/swap.ts). The whole integration runs in tests/unit/ingest/cli-input.test.ts (a bad
 * seed leaves content/ and dist/ as they were) and in every e2e test (the built site). */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import cds, { cacheDirFor, ingestInputs, isIngestInput } from '../../../src/integrations/cds';
import { replaceDir } from '../../../scripts/lib/swap';

describe('cds integration', () => {
  it('re-ingests on changes to the seeds and the two lexicons only', () => {
    const inputs = ingestInputs('/p', '/p/seeds');
    expect(isIngestInput('/p/seeds/000_a.txt', inputs)).toBe(true);
    expect(isIngestInput('/p/seeds/editorial.yaml', inputs)).toBe(true);
    expect(isIngestInput('/p/content/indicators.yaml', inputs)).toBe(true);
    expect(isIngestInput('/p/content/topics.yaml', inputs)).toBe(true);
    expect(isIngestInput('/p/content/articles/a.mdx', inputs)).toBe(false);
    expect(isIngestInput('/p/seeds-old/x.txt', inputs)).toBe(false);
    expect(isIngestInput('/p/src/pages/index.astro', inputs)).toBe(false);
  });
  it('keeps one Astro cache per content folder', () => {
    expect(cacheDirFor('/p', '/p/content/articles')).toBe(cacheDirFor('/p', '/p/content/articles'));
    expect(cacheDirFor('/p', '/p/content/articles')).not.toBe(cacheDirFor('/p', '/tmp/x/content'));
    expect(cacheDirFor('/p', '/p/content/articles')).toMatch(/^\/p\/node_modules\/\.astro\/[0-9a-f]{12}$/);
  });
  it('has the hooks of the pipeline', () => {
    expect(Object.keys(cds().hooks).sort()).toEqual(['astro:build:done', 'astro:config:setup', 'astro:server:setup']);
  });
});

describe('replaceDir', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cds-swap-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the fresh folder in place of the old one and leaves nothing else behind', () => {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'old.html'), 'old');
    mkdirSync(join(dir, '.dist.tmp-1'));
    writeFileSync(join(dir, '.dist.tmp-1', 'new.html'), 'new');
    replaceDir(join(dir, '.dist.tmp-1'), join(dir, 'dist'));
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(readdirSync(join(dir, 'dist'))).toEqual(['new.html']);
    expect(readFileSync(join(dir, 'dist', 'new.html'), 'utf8')).toBe('new');
  });
  it('creates the target (and its parent) when there was none', () => {
    mkdirSync(join(dir, 'fresh'));
    replaceDir(join(dir, 'fresh'), join(dir, 'a', 'dist'));
    expect(readdirSync(join(dir, 'a'))).toEqual(['dist']);
  });
  it('leaves the target as it was when the fresh folder is missing', () => {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'old.html'), 'old');
    expect(() => replaceDir(join(dir, 'missing'), join(dir, 'dist'))).toThrow();
    expect(readdirSync(join(dir, 'dist'))).toEqual(['old.html']);
  });
});
