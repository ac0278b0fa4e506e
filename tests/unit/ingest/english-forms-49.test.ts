import { describe, expect, it } from 'vitest';
import { spelledQuantities } from '../../../scripts/ingest/number-spelled';
import { englishMetrics } from '../../support/metrics-of';

const texts = (s: string) => englishMetrics([s], 2024).map((m) => `${m.text}=${m.value}`);

describe('English quantities spelled with a scale word (round 49)', () => {
  it.each([
    ['Having already surpassed six million 5G users, Viettel aims higher.', 'six million=6000000'],
    ['Mobile Money users reached more than one million.', 'one million=1000000'],
    ['The market may reach twenty billion dollars.', 'twenty billion'],
  ])('%s', (s, want) => {
    expect(texts(s).some((t) => t.startsWith(want))).toBe(true);
  });
  it('not a vague amount, nor a word inside a name', () => {
    expect(spelledQuantities('Hundreds of thousands of users joined.')).toEqual([]);
    expect(spelledQuantities('the one-million-user mark')).toEqual([]);
  });
});

describe('a thousand days or more are a tally, not a span (round 49)', () => {
  it('counts processing days in thousands', () => {
    const s = 'The total number of processing days according to the regulations is 17,584 days, but now it is only 11,555 days, meaning 6,030 days have been saved.';
    expect(texts(s)).toEqual(expect.arrayContaining(['17,584=17584', '11,555=11555', '6,030=6030']));
  });
  it('keeps a span of days a span', () => {
    expect(texts('The campaign ran for 90 days and reached 500,000 accounts.').map((t) => t.split('=')[0])).not.toContain('90');
  });
});

describe('a score out of a whole written the English way (round 49)', () => {
  it('reads "800/1,000 points" as a score of 800 out of 1,000', () => {
    const m = englishMetrics(['The plan aims for a DTI score of ≥ 800/1,000 points in 2025.'], 2024)[0];
    expect(m).toMatchObject({ value: 800, unit: 'index', status: 'target' });
  });
  it('keeps a part above its plan a count', () => {
    expect(englishMetrics(['It received 436,167/319,284 records.'], 2024)[0]).toMatchObject({ value: 436167, unit: 'count' });
  });
});

describe('English goals (round 49)', () => {
  it.each([
    ['Its digital economy reached 20.7% of GRDP (exceeding the target of 2025 of 20%).', '20%'],
    ['Viettel has set its sights on reaching 10 million this year.', '10 million'],
  ])('%s: %s is a goal', (s, n) => {
    expect(englishMetrics([s], 2024).find((m) => m.text === n)?.status).toBe('target');
  });
  it('the result beside it stays a result', () => {
    expect(englishMetrics(['Its digital economy reached 20.7% of GRDP (exceeding the target of 2025 of 20%).'], 2024)[0]?.status).toBe('actual');
  });
});

describe('a cardinal position after "ranks", with its field (round 49)', () => {
  it('"ranks 76 out of 193 countries" is a rank', () => {
    expect(englishMetrics(['Viet Nam currently ranks 76 out of 193 countries in online services.'], 2024)[0]).toMatchObject({ value: 76, unit: 'rank' });
  });
  it('a count before "out of" stays a count', () => {
    expect(englishMetrics(['The province has 84 out of 125 hospitals with electronic records.'], 2024)[0]).toMatchObject({ value: 84, unit: 'count' });
  });
});
