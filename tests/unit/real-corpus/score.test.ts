/**
 * The ingest scored on the real-article dev corpus (tests/fixtures/real, docs/real-corpus.md).
 * Prints a row per article and the totals beside their targets; fails when a figure falls below its
 * floor in tests/support/real-corpus/thresholds.ts. REAL_CORPUS_VERBOSE=1 also prints every miss.
 */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../scripts/lib/logger';
import { runCorpus, scoreCorpus } from '../../support/real-corpus/run';
import { figuresOf, percent } from '../../support/real-corpus/score';
import { articleRows, missRows, totalRows } from '../../support/real-corpus/table';
import { ENGLISH_FLOORS, THRESHOLDS, type FigureName } from '../../support/real-corpus/thresholds';

const articles = runCorpus(process.cwd());
/** The Vietnamese pages, gated by the floors; English-language pages (gold `language: en`) are scored apart. */
const scores = scoreCorpus(articles.filter((a) => a.gold.language === 'vi'));
const english = scoreCorpus(articles.filter((a) => a.gold.language === 'en'));
const figures = figuresOf(scores);
const englishFigures = figuresOf(english);
const log = createLogger('real-corpus');

describe('ingest on the real-article dev corpus', () => {
  it('has at least 15 scored articles', () => {
    expect(scores.length).toBeGreaterThanOrEqual(15);
  });

  it('prints its scores', () => {
    log.info(`\n${[...articleRows(scores), '', ...totalRows(scores)].join('\n')}`);
    if (process.env.REAL_CORPUS_VERBOSE) log.info(`\n${missRows(scores).join('\n')}`);
    expect(articleRows(scores)).toHaveLength(scores.length + 1);
  });

  it('prints the English-language pages apart', () => {
    log.info(`\nEnglish-language pages (not in the figures above):\n${[...articleRows(english), '', ...totalRows(english)].join('\n')}`);
    if (process.env.REAL_CORPUS_VERBOSE) log.info(`\n${missRows(english).join('\n')}`);
    expect(english.every((s) => !s.error)).toBe(true);
  });

  it.each(Object.entries(ENGLISH_FLOORS) as [FigureName, number][])('English pages: %s stays at or above %d %%', (name, floor) => {
    expect(percent(englishFigures[name]), `${THRESHOLDS[name].label} on English pages`).toBeGreaterThanOrEqual(floor);
  });

  const gated = (Object.keys(THRESHOLDS) as FigureName[]).filter((k) => THRESHOLDS[k].floor !== null);
  it.each(gated)('%s stays at or above its floor', (name) => {
    const value = percent(figures[name]);
    const floor = THRESHOLDS[name].floor ?? 0;
    expect(value, `${THRESHOLDS[name].label}: ${value.toFixed(1)}% (floor ${floor}%, target ${THRESHOLDS[name].target}%)`)
      .toBeGreaterThanOrEqual(floor);
  });
});
