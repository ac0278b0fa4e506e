/**
 * The ingest in worker threads (scripts/ingest/pool.ts): how many workers start, and that the
 * articles, errors and warnings are those of the ingest in one thread, in the same order.
 */
import { availableParallelism } from 'node:os';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEEDS_PER_WORKER, workerCount } from '../../../scripts/ingest/pool';
import { ingestArticles, ingestArticlesInParallel } from '../../../scripts/ingest/run';
import { serializeArticle } from '../../../scripts/ingest/serialize';
import { ROOT } from './cli-support';

describe('workerCount(seeds, requested, env)', () => {
  it('starts none for a handful of seeds, and at most one per core but this one', () => {
    expect(workerCount(5, undefined, undefined)).toBe(0);
    expect(workerCount(SEEDS_PER_WORKER - 1, undefined, undefined)).toBe(0);
    expect(workerCount(100_000, undefined, undefined)).toBe(Math.max(0, availableParallelism() - 1));
  });

  it('takes what is asked (option first, then CDS_INGEST_WORKERS), never more than the seeds', () => {
    expect(workerCount(5, 2, '0')).toBe(2);
    expect(workerCount(5, undefined, '3')).toBe(3);
    expect(workerCount(2, undefined, '3')).toBe(2);
    expect(workerCount(1000, undefined, '0')).toBe(0);
    expect(workerCount(5, undefined, 'many')).toBe(0);
  });
});

describe('ingestArticlesInParallel', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cds-ingest-pool-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const seeds = join(tmp, 'seeds');
  mkdirSync(seeds);
  for (const f of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', f), join(seeds, f));
  writeFileSync(join(seeds, '002a_empty.txt'), '');
  writeFileSync(join(seeds, '004a_binary.txt'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));

  it('gives the articles, errors and warnings of the ingest in one thread, in file order, built in several threads', { timeout: 180_000 }, async () => {
    const one = ingestArticles({ seedsDir: seeds, root: ROOT });
    const many = await ingestArticlesInParallel({ seedsDir: seeds, root: ROOT, workers: 2, here: false });
    expect(many.threads).toBeGreaterThan(1);
    expect(many.files).toBe(7);
    expect(many.errors).toEqual(['seeds/002a_empty.txt: empty file', 'seeds/004a_binary.txt: binary file, not text']);
    expect(many.errors).toEqual(one.errors);
    expect(many.warnings).toEqual(one.warnings);
    expect(many.articles.map((a) => a.sourceFile)).toEqual(one.articles.map((a) => a.sourceFile));
    expect(many.articles).toEqual(one.articles);
    expect(many.ok).toBe(false);
  });

  it('makes each article\'s entry where it was built, the same as the main thread makes it', { timeout: 180_000 }, async () => {
    const many = await ingestArticlesInParallel({ seedsDir: seeds, root: ROOT, workers: 1, here: false });
    expect(many.entries?.size).toBe(5);
    for (const a of many.articles) expect(many.entries?.get(a.sourceFile)).toEqual({ slug: a.slug, text: serializeArticle(a) });
  });
});
