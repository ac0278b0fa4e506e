/**
 * Session 19: an English page's numbers take the catalogue's series through its English forms (`english-catalogue.ts`),
 * with the same rules of units, totals and whose value it is; a Vietnamese page never reads them. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishCatalogue, inEnglish } from '../../../scripts/ingest/english-catalogue';
import { loadIndicators } from '../../../src/lib/lexicon';
import { englishIndicatorOf } from '../../support/metrics-of';
import type { Indicator } from '../../../src/schemas/lexicon';

const lex = { indicators: loadIndicators(new URL('../../../', import.meta.url).pathname) };
const seriesOf = englishIndicatorOf;

type Row = [sentence: string, number: string, series: string];

const RANKINGS: Row[] = [
  ['According to the UN survey, Vietnam ranked 71st out of 193 countries in the E-Government Development Index.', '71st', 'egdi-rank'],
  ['Vietnam ranked 64th out of 193 countries in the Online Services Index.', '64th', 'online-services-rank'],
  ['In e-government, Vietnam ranked 5th in ASEAN.', '5th', 'egov-asean-rank'],
  ['Vietnam ranked 25th in the ITU Global Cybersecurity Index.', '25th', 'gci-rank'],
  ['In the Global Cybersecurity Index, Vietnam ranked 4th in ASEAN.', '4th', 'gci-asean-rank'],
  ['Vietnam ranked 44th out of 133 economies in the Global Innovation Index.', '44th', 'gii-rank'],
  ['Quang Tri province ranked 20th out of 63 in the provincial digital transformation index.', '20th', 'dti-province-rank'],
  ['Ben Tre ranked 7th in the DTI ranking of provinces and cities, with strong growth in its digital economy.', '7th', 'dti-province-rank'],
  ['In the DTI, Hai Duong province ranked 8th out of 63 provinces with fast growth in the digital economy.', '8th', 'dti-province-rank'], // the field's words are the rank's own
  ['In the DTI, Lao Cai province ranked 9th in digital government.', '9th', 'dti-province-pillar-rank'],
  ['Quang Ninh province ranked 1st in the PAR Index for the sixth year.', '1st', 'par-index-province-rank'],
];

const RANKINGS_NOT: Row[] = [
  ['Vietnam ranked 52nd in the EGDI, while Thailand ranked 40th.', '40th', 'none'], // another country's rank
  ['Vietnam ranked 71st in the EGDI, up 15 places.', '15', 'none'], // a rank move
  ['Vietnam ranked 12th in the digital transformation index.', '12th', 'none'], // no province named: no provincial rank
  ['In the EGDI, Vietnam ranked 6th in ASEAN.', '6th', 'egov-asean-rank'], // not the world rank (193)
  ['Vietnam ranked 5th out of 11 Southeast Asian countries in e-government.', '5th', 'egov-asean-rank'],
  ['Vietnam ranked 5th among 11 countries in the EGDI.', '5th', 'none'], // a field of 11 is no world rank of 193
  ['Vietnam ranked 5th out of 63 in the EGDI.', '5th', 'none'],
];

const ECONOMY: Row[] = [
  ['The digital economy accounted for 12.3% of GDP in 2023.', '12.3%', 'digital-economy-gdp-share'],
  ['In Thai Nguyen province, the digital economy accounted for 21% of GRDP.', '21%', 'digital-economy-grdp-share'],
  ['Telecommunications revenue reached VND 340 trillion in 2024.', '340 trillion', 'telecom-revenue'],
  ['Revenue of the ICT industry reached US$152 billion last year.', '152 billion', 'ict-revenue'],
  ['Cybersecurity revenue totalled VND 5.2 trillion last year.', '5.2 trillion', 'infosec-revenue'],
  ['B2C e-commerce revenue reached US$25 billion in 2024.', '25 billion', 'ecommerce-revenue'],
  ['E-commerce made up 10% of total retail sales.', '10%', 'ecommerce-retail-share'],
  ['Cashless payment transactions rose 48 per cent in volume and 31 per cent in value.', '48 per cent', 'cashless-payments'],
  ['Cashless payment transactions rose 48 per cent in volume and 31 per cent in value.', '31 per cent', 'cashless-payments'],
];

const ECONOMY_NOT: Row[] = [
  ['Thai Nguyen province\'s digital economy accounted for 21% of GDP.', '21%', 'digital-economy-grdp-share'], // a province's share: not the national series
  ['The telecom industry paid VND 52 trillion to the state budget.', '52 trillion', 'none'], // a payment to the budget, not revenue
  ['Mobile banking transactions rose 41 per cent in volume.', '41 per cent', 'none'], // a part of cashless payments
  ['Thailand\'s cashless payments grew 30 per cent.', '30 per cent', 'none'], // another country's
  ['In Da Nang, cashless payments grew 44 per cent.', '44 per cent', 'none'], // a city's, not the nation's
];

const SERVICES: Row[] = [
  ['Nationwide, about 45% of administrative dossiers were processed online.', '45%', 'online-dossier-share'],
  ['Ministries and central agencies processed 62% of their dossiers online.', '62%', 'ministries-online-dossier-share'],
  ['In Lao Cai province, 70% of dossiers were processed online.', '70%', 'province-online-dossier-share'],
  ['Some 55% of public services are now provided fully online.', '55%', 'full-process-online-services-share'],
  ['More than 58 million VNeID accounts have been activated.', '58 million', 'eid-accounts'],
  ['Internet users made up 79% of the population.', '79%', 'internet-users'],
  ['Fibre broadband now reaches 82% of households.', '82%', 'fibre-broadband-households'],
  ['The country recorded 1,210 cyberattacks on information systems in March.', '1,210', 'cyberattacks'],
];

const SERVICES_NOT: Row[] = [
  ['The share of online public services that received dossiers was 61%.', '61%', 'none'], // services with dossiers, not dossiers online
  ['About 96% of eligible public services are offered online.', '96%', 'none'], // the eligible ones only
  ['Some 74% of mobile subscribers use a smartphone.', '74%', 'none'], // a subscription share, not people
  ['Botnets held about 310,000 computers in April.', '310,000', 'none'],
];

describe('English forms of the catalogue on an English page', () => {
  it.each([...RANKINGS, ...RANKINGS_NOT])('%s → %s: %s', (s, n, id) => expect(seriesOf(s, n)).toBe(id));
  it.each([...ECONOMY, ...ECONOMY_NOT])('%s → %s: %s', (s, n, id) => expect(seriesOf(s, n)).toBe(id));
  it.each([...SERVICES, ...SERVICES_NOT])('%s → %s: %s', (s, n, id) => expect(seriesOf(s, n)).toBe(id));
  it('reads no English form on a page that is not English', () => {
    expect(seriesOf('Cashless payment transactions rose 48% in volume.', '48%', false)).toBe('none');
  });
});

describe('inEnglish(ind)', () => {
  const ind = lex.indicators.find((i) => i.id === 'cyberattacks')!;
  it('swaps the forms for the English ones and keeps every other rule', () => {
    const en = inEnglish(ind)!;
    expect(en.concepts).toEqual(ind.en!.concepts);
    expect(en.without).toEqual(ind.en!.without);
    expect(en.counts).toEqual(ind.en!.counts);
    expect([en.id, en.units, en.subject]).toEqual([ind.id, ind.units, ind.subject]);
  });
  it('drops the Vietnamese counted nouns when the English forms give none', () => {
    const bare: Indicator = { ...ind, en: { concepts: [['attacks']], optional: [], without: [] } };
    expect(inEnglish(bare)!.counts).toBeUndefined();
    expect(inEnglish({ ...ind, en: undefined })).toBeUndefined();
  });
});

describe('englishCatalogue(indicators)', () => {
  it('keeps the indicators with English forms, in catalogue order, once per catalogue', () => {
    const english = englishCatalogue(lex.indicators);
    expect(english.map((i) => i.id)).toEqual(lex.indicators.filter((i) => i.en).map((i) => i.id));
    expect(englishCatalogue(lex.indicators)).toBe(english);
  });
});
