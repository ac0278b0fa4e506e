/**
 * Round 59 (session 40): an English rank is Viet Nam's whole ranking only when no other country holds it (the world's countries,
 * `english-countries.ts`), no component of the index names it ("in two indicators", "labour productivity (ranked 3rd)", "In the
 * knowledge outputs sub-index, …"); the digital economy's share is also said as its "digital economic … contribution".
 */
import { describe, expect, it } from 'vitest';
import { englishMetricOf, englishMetrics } from '../../support/metrics-of';
import { OTHER_COUNTRY } from '../../../scripts/ingest/english-countries';

const indicatorOf = (text: string, n: string) => englishMetricOf(text, n, 2024).indicator ?? 'none';

describe('another country\'s rank in an English list', () => {
  const list = 'Three economies of the group sit above Vietnam in the Global Innovation Index: Greece (ranked 41st), Chile (ranked 51st) and Mexico (ranked 56th).';
  it.each([['41st'], ['51st'], ['56th']])(`${list} → %s is none`, (n) => expect(indicatorOf(list, n)).toBe('none'));

  it('Viet Nam\'s own place in the same ranking keeps the series', () =>
    expect(indicatorOf('Vietnam ranked 44th of 133 economies in the Global Innovation Index, ahead of Greece and Chile.', '44th')).toBe('gii-rank'));

  it.each([['Bulgaria'], ['Türkiye'], ['the United Arab Emirates'], ['Saudi Arabia'], ['Brazil'], ['Kenya']])('%s is another country', (name) =>
    expect([...name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().matchAll(OTHER_COUNTRY)].length).toBe(1));

  it.each([['Vietnam'], ['the woman'], ['Indiana'], ['a chad'], ['romanian']])('%s is no other country', (name) =>
    expect([...name.toLowerCase().matchAll(OTHER_COUNTRY)].length).toBe(0));
});

describe('a component of an index is not its overall rank', () => {
  it.each([
    ['Vietnam ranked first globally in two indicators of the Global Innovation Index: high-tech exports and creative goods.', 'first', 'none'],
    ['Vietnam ranked 44th in the Global Innovation Index 2024. Its strengths include patent filings (ranked 7th) and logistics.', '7th', 'none'],
    ['In the knowledge outputs sub-index, Vietnam climbed from 52nd to 46th in the Global Innovation Index.', '52nd', 'none'],
    ['In the knowledge outputs sub-index, Vietnam climbed from 52nd to 46th in the Global Innovation Index.', '46th', 'none'],
  ])('%s → %s is %s', (text, n, want) => expect(indicatorOf(text, n)).toBe(want));

  it.each([
    ['Vietnam ranked 44th in the Global Innovation Index 2024.', '44th'],
    ['In 2024, Vietnam ranked 44th in the Global Innovation Index.', '44th'],
    ['Vietnam (ranked 44th) kept its place in the Global Innovation Index.', '44th'],
  ])('%s → gii-rank', (text, n) => expect(indicatorOf(text, n)).toBe('gii-rank'));
});

describe('the digital economy\'s share said as a contribution', () => {
  it.each([
    ['Da Nang aims for digital economic value-added contributions of 20 per cent of its economy by 2025.', '20 per cent', 'digital-economy-grdp-share'],
    ['Vietnam expects the digital economy\'s value added to reach 20 per cent by 2025.', '20 per cent', 'digital-economy-gdp-share'],
    ['Digital economic contributions to the state budget reached 12% of total revenue.', '12%', 'none'],
  ])('%s → %s is %s', (text, n, want) => expect(indicatorOf(text, n)).toBe(want));
});

describe('review mends (session 40)', () => {
  it.each([
    ['In the Global Innovation Index, presented in Colombia last month, it ranked 44th among 139 economies.', '44th', 'gii-rank'],
    ['Vietnam, which moved past Greece and Chile, ranked 44th in the Global Innovation Index.', '44th', 'gii-rank'],
    ['In the report covering 78 indicators, Vietnam ranked 44th in the Global Innovation Index.', '44th', 'gii-rank'],
  ])('%s → %s is %s', (text, n, want) => expect(indicatorOf(text, n)).toBe(want));
});

describe('an index\'s definition and its field are no figures (session 40)', () => {
  const texts = (text: string) => englishMetrics(text.split(' // '), 2024, true).map((m) => m.text);
  it.each([
    ['The index is built on 6 main indicators and 39 sub-indicators, with a maximum score of 1,000.', ['6', '39', '1,000']],
    ['The ranking covers two groups: the group of 63 provinces and cities and the group of 34 provinces.', ['63', '34']],
  ])('%s → reads none of %j', (text, none) => expect(texts(text).filter((t) => none.includes(t))).toEqual([]));

  it.each([
    ['The city scored 812 points and 5 indicators improved on last year.', '5'],
    ['The province aims to be in the group of 10 leading provinces by 2025.', '10'],
    ['It is among the 46 leading countries in the index.', '46'],
  ])('%s → reads %s', (text, n) => expect(texts(text)).toContain(n));
});
