/** Round 62 (session 43): an English figure whose currency conversion stands in brackets between it and its own year ("$25 billion (around
 *  VND 630 trillion) in 2024") takes that year, and so does the conversion; the GCI's world rank named as a "cybersecurity ranking" or a
 *  rank "in information security" is the GCI rank. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetricOf, englishMetrics } from '../../support/metrics-of';

describe('a conversion between a figure and its year', () => {
  it.each([
    ['The market grew from $20.5 billion in 2023 and is projected to reach $25 billion (around VND 630 trillion) in 2024.', '25 billion', '2024'],
    ['The market grew from $20.5 billion in 2023 and is projected to reach $25 billion (around VND 630 trillion) in 2024.', '630 trillion', '2024'],
    ['After 9 percent growth in 2022, exports hit US$12 billion (VND 300 trillion) in 2023.', '12 billion', '2023'],
    ['From 3 percent in 2021, revenue rose to VND 150 trillion (US$6 billion) in 2022.', '150 trillion', '2022'],
  ])('%s → %s in %s', (text, n, year) => expect(englishMetricOf(text, n, 2026).period?.iso).toBe(year));
});

describe('the GCI rank by its other names', () => {
  it.each([
    ['Vietnam improved its information security ranking, moving up 8 spots to 17th out of 194 countries.', '17th'],
    ['The country has risen to 17th place out of 194 countries in the global cybersecurity rankings.', '17th'],
    ['Vietnam also ranked 17/194 countries in information security, in the "Model" group.', '17/194'],
  ])('%s', (text, n) => expect(englishMetricOf(text, n, 2024).indicator).toBe('gci-rank'));
  it('a regional rank stays off the world series', () =>
    expect(englishMetricOf('Vietnam ranked 4th out of 38 countries in information security in the Asia-Pacific region.', '4th', 2024).indicator).not.toBe('gci-rank'));
});

describe('second wave: goals reached, forecasts, stacked scales, how often', () => {
  it('"the goal of … rates reaching 50% by 2025" is a goal', () =>
    expect(englishMetrics(['Le Viet Ha, deputy director of Viettel Quang Ninh, said to realise the goal of electronic payment rates reaching 50% by 2025, following the Government’s direction, digital payments must become part of the daily life.']).find((m) => m.text === '50%')?.status).toBe('target')); // an undated page
  it('"it is forecasted to reach" is an estimate', () =>
    expect(englishMetricOf('In 2024, it reached 36 billion USD; in 2025 it is forecasted to reach 57 billion USD.', '57 billion USD', 2024).status).toBe('estimate'));
  it('"40 million billion VND" is 4e16 dong', () =>
    expect(englishMetricOf('They made 4.5 billion payments with a value of 40 million billion VND.', '40 million billion VND', 2024)).toMatchObject({ value: 4e16, unit: 'VND' }));
  it('"16.2 times per month" is how often, a count', () =>
    expect(englishMetricOf('On average, they scan the code 16.2 times per month.', '16.2', 2024)).toMatchObject({ value: 16.2, unit: 'count' }));
  it('"grew 3 times over 2022" stays a multiple', () =>
    expect(englishMetricOf('Sales grew 3 times over 2022.', '3 times', 2024)).toMatchObject({ unit: 'times' }));
});

describe('procedures offered online, in English, are not records handled online', () => {
  it.each([
    ['The plan aims to have 50% of administrative procedures records done online remotely in 2023.', '50%'],
    ['The goal is to have at least 80 per cent of administrative procedures processed online by 2025.', '80 per cent'],
    ['Online payments through the portal should reach about 30% of administrative procedures payments.', '30%'],
  ])('%s', (text, n) => expect(englishMetricOf(text, n, 2023).indicator).not.toBe('online-procedures-share'));
  it('procedures provided online stay that series', () =>
    expect(englishMetricOf('Vietnam provided 4,400 administrative procedures online in 2023.', '4,400', 2024).indicator).toBe('online-procedures-share'));
});

describe('a dated page\'s bare "this year"', () => {
  it('is the page\'s year', () =>
    expect(englishMetricOf('Online sales surged this year, with revenue of $25 billion, up 18 percent from 2024.', '25 billion', 2025).period?.iso).toBe('2025'));
  it('"this year\'s" is not read so', () =>
    expect(englishMetrics(['The firm sold 5 million phones this year\'s first quarter.'], 2024)[0]?.period?.iso).not.toBe('2024'));
});

describe('English catalogue forms (end of session 43)', () => {
  it('the GCI\'s Asia-Pacific rank by "information security ranking"', () =>
    expect(englishMetricOf('Vietnam also improved its information security ranking, moving up 8 spots to 17th out of 194 countries, and ranking 4th out of 38 countries in the Asia-Pacific region.', '4th', 2024).indicator).toBe('gci-asia-pacific-rank'));
  it('e-commerce as a share of "consumer goods and services revenue"', () =>
    expect(englishMetricOf('Vietnam\'s e-commerce has a market size of US$16.4 billion, accounting for 7.5% of consumer goods and services revenue.', '7.5%', 2023).indicator).toBe('ecommerce-retail-share'));
  it('a firm\'s Asia-Pacific rank in security sales is none', () =>
    expect(englishMetricOf('Bkav ranked 2nd in information security software sales in the Asia-Pacific region.', '2nd', 2024).indicator).toBeUndefined());
});
