/**
 * Runs the ingest's per-article stage (scripts/ingest/article.ts `buildArticle`, the code path of
 * scripts/ingest/run.ts) on every article of the real-article dev corpus, in memory, and scores it
 * against its gold. Writes nothing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle, type StageTimes } from '../../../scripts/ingest/article';
import { decodeSeed } from '../../../scripts/ingest/decode';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import { readGold, type GoldArticle } from './gold';
import { scoreArticle, type ArticleScore, type Prediction } from './score';

/** Folder of the corpus, relative to the project root. */
export const CORPUS_DIR = 'tests/fixtures/real';

/** One corpus article: its gold, its decoded text and what the ingest made of it. */
export interface CorpusArticle { gold: GoldArticle; text: string; prediction: Prediction }

/** The gold files of the corpus, sorted (tests/fixtures/real/gold/*.yaml). */
export function goldFiles(root: string): string[] {
  const dir = join(root, CORPUS_DIR, 'gold');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
}

/** Reads every gold file and its article, and runs the ingest on the article. */
export function runCorpus(root: string): CorpusArticle[] {
  const lex = { indicators: loadIndicators(root), topics: loadTopics(root) };
  return goldFiles(root).map((g) => {
    const gold = readGold(join(root, CORPUS_DIR, 'gold', g));
    const bytes = readFileSync(join(root, CORPUS_DIR, gold.file));
    const text = decodeSeed(gold.file, bytes).text;
    const times: StageTimes = { decode: 0, segment: 0, dates: 0, metrics: 0, entities: 0 };
    let prediction: Prediction;
    try {
      const article = buildArticle(gold.file, bytes, undefined, lex, times);
      prediction = { metrics: article.metrics, date: article.date, titleSource: article.titleSource };
    } catch (e) {
      prediction = { metrics: [], error: (e as Error).message };
    }
    return { gold, text, prediction };
  });
}

/** Scores of every corpus article. */
export function scoreCorpus(articles: CorpusArticle[]): ArticleScore[] {
  return articles.map((a) => scoreArticle(a.gold, a.text, a.prediction));
}
