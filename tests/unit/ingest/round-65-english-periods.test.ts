/** Round 65 (session 46, after sets KF–KI's first reads): an undated English page takes no year from a goal's horizon ("By 2030, the market
 *  will need …") or a law's name ("the Law on Citizen Identification in 2014") for its yearless months and days; a span of months written in
 *  English ("in the January to June period", "from April through June 2024") is the first half, a quarter, or months with an end.
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';
import { isEnglishGoalOrDocumentYear, withoutEnglishGoalYears } from '../../../scripts/ingest/english-goal-years';
import { findDates } from '../../../scripts/ingest/dates';

const periods = (paragraphs: string[], year?: number) =>
  englishMetrics(paragraphs, year).map((m) => `${m.text} ${m.period ? `${m.period.iso}/${m.period.precision}` : 'none'}`);

describe('the year of an undated English page', () => {
  it('a goal\'s horizon gives a yearless month no year', () =>
    expect(periods(['In the November report, the minister said Vietnam currently had approximately 1.2 million IT employees.', 'By 2030, the market will need 1.5 million IT workers.']))
      .toEqual(['1.2 million none', '1.5 million 2030/year']));
  it('a law\'s year gives a yearless day no year', () =>
    expect(periods(['Localities had collected 33.9 million dossiers as of April 27.', 'Under the Law on Citizen Identification in 2014, people from 14 years of age can obtain an ID card.']))
      .toEqual(['33.9 million none']));
  it('a year the page reports on still dates its yearless months, past a later goal', () =>
    expect(periods(['In November, revenue reached $5 billion.', 'The sector earned $50 billion in 2023.', 'By 2030 it will reach $100 billion.']))
      .toEqual(['5 billion 2023-11/month', '50 billion 2023/year', '100 billion 2030/year']));
  it.each([
    ['By 2030, the market will need 1.5 million workers.', true],
    ['Viet Nam aims to have 50% of procedures online by 2023.', true],
    ['The project runs to 2025, with a vision to 2030.', true],
    ['Under Decree 13 of 2023, data must be protected.', true],
    ['By the end of 2023, the province had issued 1 million cards.', false],
    ['In 2014, Da Nang piloted smart applications.', false],
    ['The event "Cashless Day 2025" drew 300 leaders.', false],
  ])('%s → a goal\'s or a law\'s year: %s', (text, want) => {
    const d = findDates(text).find((x) => x.precision === 'year' && !x.isoEnd)!;
    expect(isEnglishGoalOrDocumentYear(text, d)).toBe(want);
  });
  it('blanks those years in place', () => expect(withoutEnglishGoalYears('By 2030, it will need more.')).toBe('By     , it will need more.'));
});

describe('an English span of months', () => {
  it.each([
    ['The sector earned $69 billion in the January to June period.', 2023, ['69 billion 2023-01/half']],
    ['Revenue reached $52 billion in January-May.', 2023, ['52 billion 2023-01/month']],
    ['Exports reached $20 billion from April through June 2024.', 2024, ['20 billion 2024-04/quarter']],
    ['Sales totalled $10 billion from July to December.', 2023, ['10 billion 2023-07/half']],
    ['Sales totalled $10 billion from May to July.', 2023, ['10 billion 2023-05/month']],
  ])('%s', (text, year, want) => expect(periods([text], year)).toEqual(want));
  it('two months listed stay two months', () =>
    expect(periods(['In March and April, exports dropped by 22.8 percent and 22.4 percent, respectively.'], 2023)).toEqual(['22.8 percent 2023-03/month', '22.4 percent 2023-04/month']));
});

describe('English "respectively" over listed months and years', () => {
  it.each([
    ['Revenue rose 10% and 12% in 2022 and 2023, respectively.', ['10% 2022/year', '12% 2023/year']],
    ['In 2022 and 2023, exports reached $5 billion and $6 billion, respectively.', ['5 billion 2022/year', '6 billion 2023/year']],
    ['Exports reached $5 billion in 2022 and $6 billion in May 2023, respectively.', ['5 billion 2022/year', '6 billion 2023-05/month']],
  ])('%s', (text, want) => expect(periods([text], 2024)).toEqual(want));
  it('three months for two figures spread nothing (both keep the sentence\'s date)', () =>
    expect(periods(['In March, April and May, exports dropped by 22.8 percent and 22.4 percent, respectively.'], 2023)).toEqual(['22.8 percent 2023-05/month', '22.4 percent 2023-05/month']));
});

describe('English series: a contrast after a growth', () => {
  const series = (text: string, year = 2024) => englishMetrics([text], year).map((m) => `${m.text} ${m.indicator ?? 'none'}`);
  it('a growth after an amount keeps the amount\'s series though a contrast follows it', () =>
    expect(series('The report said that the ICT sector\'s revenue reached USD 148 billion, a rise of 8.7% year on year, while 70,000 new firms were set up.'))
      .toEqual(['148 billion ict-revenue', '8.7% ict-revenue', '70,000 none']));
  it('the cut is for a figure going on its own sentence\'s series: a channel\'s growth after a sentence on the whole stays off it', () =>
    expect(series('The number of cashless transactions rose by 43.3 per cent, while their value increased by 24.2 per cent. Internet transactions climbed 51.2 per cent in volume and 37.2 per cent in value, while mobile payments expanded by 37.4 per cent and 21.8 per cent, respectively.').slice(2, 4))
      .toEqual(['51.2 per cent none', '37.2 per cent none']));
});

describe('English e-commerce series: the platforms\' sales and the taxable revenue are no market figures', () => {
  const series = (text: string) => englishMetrics([text], 2024).map((m) => `${m.text} ${m.indicator ?? 'none'}`);
  it.each([
    ['The total revenue of the top five e-commerce platforms reached VND233.2 trillion, up 53.4 per cent against 2022.', ['233.2 trillion none', '53.4 per cent none']],
    ['Taxable revenue from e-commerce businesses reached VND3,100 trillion in 2022.', ['3,100 trillion none']],
    ['Viet Nam\'s retail e-commerce revenue reached $25 billion in 2024, up 20%.', ['25 billion ecommerce-revenue', '20% ecommerce-growth']],
  ])('%s', (text, want) => expect(series(text).map((x) => x.replace(/^(?:US)?\$/u, ''))).toEqual(want));
});

describe('English bank accounts and digital firms: parts and other accounts are no national series', () => {
  const series = (text: string) => englishMetrics([text], 2024).map((m) => `${m.text} ${m.indicator ?? 'none'}`);
  it.each([
    ['The issuance of bank accounts for social security beneficiaries reached 34.3%.', ['34.3% none']],
    ['Many banks have over 95 percent of transactions processed through digital channels.', ['95 percent none']],
    ['The country wants 80 percent of the population to have online payment accounts by 2025.', ['80 percent none']],
    ['Around 1,900 digital tech enterprises reported revenue from international markets.', ['1,900 none']],
    ['There are at least 5 digital technology enterprises on par with advanced countries.', ['5 none']],
    ['Some 87 percent of adults have bank accounts.', ['87 percent bank-account-share']],
    ['Viet Nam has 74,000 digital technology enterprises.', ['74,000 digital-tech-enterprises']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
});

describe('English goals: "sets targets for", "the target was to", and a result after "but"', () => {
  const statuses = (text: string) => englishMetrics([text], 2023).map((m) => `${m.text} ${m.status}`);
  it.each([
    ['Decision 146 also sets targets for training at least 1,000 experts and for training 5,000 engineers.', ['1,000 target', '5,000 target']],
    ['By 2025, the target was to ensure that 100% of leaders took part in training.', ['100% target']],
    ['The goal was to finish the work in the second quarter, but by the end of the first quarter, the province had resolved about 90% of the backlog.', ['90% actual']],
    ['In 2020 the city set targets of 10% and reached 12%.', ['10% target', '12% actual']],
  ])('%s', (text, want) => expect(statuses(text)).toEqual(want));
});

describe('English move starts said after their end with the move\'s verb, no "to"', () => {
  const rows = (text: string) => englishMetrics([text], 2024).map((m) => `${m.text} ${m.status} ${m.period?.iso ?? 'none'}`);
  it.each([
    ['The score reached 54.96 points in 2022, increasing from 51.82 points in 2021.', ['54.96 points actual 2022', '51.82 points baseline 2021']],
    ['The national DTI in 2024 averaged 0.7688, up 8.6% from 0.7326 in 2023.', ['0.7688 actual 2024', '8.6% actual 2024', '0.7326 baseline 2023']],
    ['Revenue was $5 billion, up from $4 billion in 2022.', ['5 billion actual none', '4 billion baseline 2022']],
    ['The city aims to reach 30% by 2030, rising from 18% now.', ['30% target 2030', '18% target 2030']],
    ['Exports reached $5 billion in 2023 and imports rose from $3 billion.', ['5 billion actual 2023', '3 billion actual 2023']],
  ])('%s', (text, want) => expect(rows(text)).toEqual(want));
});

describe('a passive\'s agent is no change\'s amount', () => {
  const series = (text: string) => englishMetrics([text], 2024).map((m) => `${m.text} ${m.indicator ?? 'none'}`);
  it.each([
    ['Vietnam was hit by 988 cyberattacks in 2024.', ['988 cyberattacks']],
    ['Vietnam was targeted by 988 cyberattacks in 2024.', ['988 cyberattacks']],
    ['The number of cyberattacks was increased by 988 in 2024.', ['988 none']],
    ['Cyberattacks rose by 988 in 2024.', ['988 none']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
});

describe('set KO–KP\'s first reads: series named in full, totals and parts', () => {
  const series = (text: string) => englishMetrics([text], 2023).map((m) => `${m.text} ${m.indicator ?? 'none'}`);
  it.each([
    ['Revenue of the information and communications technology industry was valued at over VNĐ1.71 quadrillion.', ['1.71 quadrillion ict-revenue']],
    ['Electronics led export growth, helping push Viet Nam\'s total export revenue past $410 billion.', ['410 billion none']],
    ['More than 14.6 million citizens have integrated the Electronic Health Book on VNeID.', ['14.6 million none']],
  ])('%s', (text, want) => expect(series(text).map((x) => x.replace(/^(?:US\$|\$|VNĐ|VND)/u, ''))).toEqual(want));
});
