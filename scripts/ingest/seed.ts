/**
 * One seed → its validated article, the unit of work of the ingest, in the main thread (`run.ts`)
 * or in a worker (`pool.ts`, `worker.ts`): it imports only what building an article needs, so a
 * worker starts fast.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { ingestedArticleSchema as articleSchema, type IngestedArticle as Article } from '../../src/schemas/article';
import type { EditorialEntry } from '../../src/schemas/editorial';
import { buildArticle, type Lexicons, type StageTimes } from './article';
import { serializeArticle } from './serialize';

/** How a seed is named in messages: "<seeds folder name>/<file>", e.g. "seeds/000_x.txt". */
export function seedLabel(seedsDir: string, file: string): string {
  return `${basename(seedsDir)}/${file}`;
}

/** One seed to build: its file name, bytes and editorial entry. */
export interface Seed { file: string; bytes: Uint8Array; editorial: EditorialEntry | undefined }

/** What one seed gave: its validated article, or an error naming the file; its warnings either way. */
export interface SeedOutcome {
  article?: Article;
  error?: string;
  warnings: string[];
  /** The article's MDX entry for its own slug, when made where it was built (`withEntry`). */
  text?: string;
}

/** The outcome with its article's MDX entry made now (in the thread that built it, in parallel with the others). */
export function withEntry(o: SeedOutcome): SeedOutcome {
  return o.article ? { ...o, text: serializeArticle(o.article) } : o;
}

/**
 * One seed → its validated article (`hit`: the cached one, else built now), with its warnings and
 * errors named "seeds/<file>: …". Runs in the main thread or in a worker (`pool.ts`).
 */
export function ingestSeed(seedsDir: string, seed: Seed, lex: Lexicons, times: StageTimes, hit?: Article): SeedOutcome {
  const { file, bytes, editorial: entry } = seed;
  const rel = (f: string) => seedLabel(seedsDir, f);
  const warnings: string[] = [];
  try {
    const article = hit ?? buildArticle(file, bytes, entry, lex, times);
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (entry?.sha256 && !hash.startsWith(entry.sha256)) warnings.push(`${rel(file)}: changed since ${rel('editorial.yaml')} was reviewed (sha256 ${hash.slice(0, 16)})`);
    const checked = articleSchema.safeParse(article);
    if (!checked.success) {
      const i = checked.error.issues[0];
      throw new Error(`invalid ${i?.path.join('.')}: ${i?.message}`);
    }
    for (const w of article.warnings) warnings.push(`${rel(file)}: ${w}`);
    return { article: checked.data, warnings };
  } catch (e) {
    const msg = (e as Error).message;
    return { error: msg.startsWith(`${file}:`) ? `${rel(file)}${msg.slice(file.length)}` : `${rel(file)}: ${msg}`, warnings };
  }
}

