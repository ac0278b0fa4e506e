/**
 * Round 40 (an English provincial page of set BN): a second goal joined to a first by "and" is a goal too, with the deadline
 * named right after it; a paragraph about "the province" makes its figures the province's. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { englishHorizon, englishStatus } from '../../../scripts/ingest/english-status';
import { isInProvinceInEnglish } from '../../../scripts/ingest/english-subject';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };
/** The metrics of an undated English paragraph. */
const read = (text: string) => extractMetrics([{ text, offset: 0 }], { ...lex, fallbackTopic: 'chi-dao-dieu-hanh', english: true });

const GOALS = 'The ministry has set a target of 95% 4G coverage of households by 2026 and 80% 5G coverage by 2029.';

describe('goals joined by "and"', () => {
  it('the second figure is a goal too', () => {
    expect(englishStatus(GOALS, GOALS.indexOf('80%'), true)).toBe('target');
  });
  it('not a result joined to a goal by a verb', () => {
    const s = 'The ministry set a target of 95% coverage by 2026 and the province has reached 80% so far.';
    expect(englishStatus(s, s.indexOf('80%'), true)).toBeUndefined();
  });
  it('each goal takes the deadline named right after it', () => {
    expect(englishHorizon(GOALS.slice(GOALS.indexOf('80%') + 3))?.iso).toBe('2029');
    expect(englishHorizon(' of households, up from 70%, by 2026')).toBeUndefined();
    expect(read(GOALS).map((m) => [m.text, m.status, m.period?.iso])).toEqual([['95%', 'target', '2026'], ['80%', 'target', '2029']]);
  });
});

describe('a paragraph about the province', () => {
  it('places its figures in the province', () => {
    expect(isInProvinceInEnglish('All 120 communes in the province have fibre broadband. ', 'and 51.2% of households have fibre')).toBe(true);
    expect(isInProvinceInEnglish('Telecom firms invested heavily. The province has 900 base stations. ', '97.5% of villages are covered')).toBe(true);
  });
  it('not when the clause turns to the whole country', () => {
    expect(isInProvinceInEnglish('All 120 communes in the province have fibre broadband. ', 'while 80% of households nationwide have fibre')).toBe(false);
    expect(isInProvinceInEnglish('Telecom firms invested heavily across the country. ', '97.5% of villages are covered')).toBe(false);
  });
  it('so a province\'s household fibre share gets no national series', () => {
    const text = 'To date, all 120 communes in the province have fibre broadband infrastructure; and 51.2% of households have fibre optic subscriptions.';
    expect(read(text).find((m) => m.text === '51.2%')?.indicator).toBeUndefined();
  });
});
