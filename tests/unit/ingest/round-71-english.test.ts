/** Round 71 (session 52): what held-out sets MH and MI (English) showed — goals said to be met with who set them between ("9/12 important
 *  goals set by the National Committee … have been completed. Specifically, …"), goals of a named plan that "include" their figures, a range
 *  with a percent sign at both ends ("by 80%-100%"), "6 months of 2024" without "first", a rank told "No. 1" or "stands second in", a plan's
 *  number ("Plan 377"), the places an event is linked to and "the participation of" its delegates, a list item cut off after its figure,
 *  and English forms of three catalogue series. Each beside sentences that must keep their reading, among them what the round's review
 *  found the first rules took (verbs "project" and "plan", experts "with the participation of", a network "connected to", the second half,
 *  a condition on goals, goals met that "include", three shares in a row, "first in the list of priorities"), and "would" read as
 *  "will". Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf, englishMetricOf, englishMetrics } from '../../support/metrics-of';

const texts = (text: string) => englishMetrics([text], 2024).map((m) => m.text);
const statuses = (paragraphs: string[], year = 2024) => englishMetrics(paragraphs, year).map((m) => `${m.text} ${m.status}`);

describe('goals met, goals set', () => {
  it('goals set by a body and then completed: the list after them reports results', () => {
    expect(statuses(['In 2022, 9/12 important goals set by the National Committee on Digital Transformation have been completed. Specifically, 100% of enterprises use electronic invoices; the proportion of e-commerce revenue in total retail sales reaches 7.5%.'], 2022))
      .toEqual(['9/12 actual', '100% actual', '7.5% actual']);
  });
  it('goals set by a body and not said to be met still set goals', () => {
    expect(statuses(['The key goals set by the Government for 2025 are as follows. 80% of adults have accounts; 50% of firms use e-invoices.'], 2024))
      .toEqual(['80% target', '50% target']);
  });
  it('the targets of a named plan that include figures', () => {
    expect(statuses(['Specific targets of the work plan include developing 48,000 digital technology enterprises, and 60 percent of businesses applying digital platforms.']))
      .toEqual(['48,000 target', '60 percent target']);
  });
  it('targets a plan achieved stay results', () => {
    expect(statuses(['The achieved targets of the plan include 50,000 enterprises.'])).toEqual(['50,000 actual']);
    expect(statuses(['The goals of the programme that have been met include 95% of dossiers processed online.'])).toEqual(['95% actual']);
    expect(statuses(['Targets of the plan that were achieved include 50,000 enterprises.'])).toEqual(['50,000 actual']);
  });
  it('goals approved by a body or laid out in a plan, then met: the list after them reports results', () => {
    expect(statuses(['In 2022, the main goals approved by the Government for the year were achieved. Specifically, 75% of adults have accounts.'], 2022)).toEqual(['75% actual']);
    expect(statuses(['In 2023, key targets laid out in the plan have been fulfilled. Specifically, 80% of dossiers are online.'], 2023)).toEqual(['80% actual']);
  });
  it('"would" as "will" in reported speech: a goal, or a forecast\'s estimate', () => {
    expect(statuses(['"Vietnam would be one of the top 50 countries in e-government while its digital economy would contribute 30 percent of GDP," Tam said.'], 2022))
      .toEqual(['50 target', '30 percent target']);
    expect(statuses(['The report forecast that the market would reach $52 billion by 2025.'], 2022)).toEqual(['52 billion estimate']);
  });
  it('goals set by a body on a condition still set goals', () => {
    expect(statuses(['The important goals set by the Government for 2025 is met only if 100% of enterprises use e-invoices; e-commerce reaches 10% of retail sales.']))
      .toEqual(['100% target', '10% target']);
  });
});

describe('ranges and periods', () => {
  it('a range with the percent sign at both ends is one figure from its low end', () => {
    const m = englishMetricOf('Transaction value will surge by 80%-100% annually.', '80%-100%');
    expect([m.value, m.valueMax]).toEqual([80, 100]);
    expect(texts('Investment will fall by about 20 percent - 30 percent.')).toEqual(['20 percent - 30 percent']);
    expect(texts('The two rates were 45% - 55% in the table.')).toEqual(['45%', '55%']);
  });
  it('two shares falling from one to the next, or three in a row, are each a figure', () => {
    expect(texts('The shares were 60%-50% last year.')).toEqual(['60%', '50%']);
    expect(texts('The shares of the three groups were 20%-30%-50% respectively.')).toEqual(['20%', '30%', '50%']);
  });
  it('"6 months of 2024" without "first" is the first half; the last months are not', () => {
    const period = (text: string, n: string) => englishMetricOf(text, n).period;
    expect(period('Software revenue (2023: 13 billion USD, 6 months of 2024: 6 billion USD) rose.', '6 billion USD')).toMatchObject({ iso: '2024-01', precision: 'half' });
    expect(period('In 9 months of 2024, the portal received 5 million dossiers.', '5 million')).toMatchObject({ iso: '2024-01', precision: 'month' });
    expect(period('In 9 months of this year, the portal received 5 million dossiers.', '5 million')).toMatchObject({ iso: '2024-01', precision: 'month' });
    expect(period('For 3 months of 2024 the portal was closed, and it received 5 million dossiers in 2024.', '5 million')).toMatchObject({ iso: '2024', precision: 'year' });
    expect(period('In the last 6 months of 2024 it earned 4 billion USD.', '4 billion USD')).toMatchObject({ iso: '2024', precision: 'year' });
    expect(period('In the second 6 months of 2024, revenue was 4 billion USD.', '4 billion USD')).toMatchObject({ iso: '2024', precision: 'year' });
    expect(period('In the following 6 months of 2024, revenue was 4 billion USD.', '4 billion USD')).toMatchObject({ iso: '2024', precision: 'year' });
  });
});

describe('ranks', () => {
  it('"ranked No. 1 in" and "stands second in" are ranks', () => {
    expect(englishMetricOf('The ministry is ranked No. 1 in the information technology application ranking.', '1').unit).toBe('rank');
    expect(englishMetricOf('Hanoi stands second in the index with 85.7 points.', 'second').unit).toBe('rank');
    expect(englishMetricOf('The province came No. 2 in the PAR Index.', '2').unit).toBe('rank');
    expect(englishMetricOf('Hanoi was No. 1 in the DTI ranking.', '1').unit).toBe('rank');
    expect(englishMetricOf('The ministry stands No. 1 in the ranking.', '1').unit).toBe('rank');
    expect(englishMetricOf('It is placed No. 3 among provinces.', '3').unit).toBe('rank');
  });
  it('a document\'s "No." and standing in line are no ranks', () => {
    expect(texts('Decree No. 13 applies to every firm.')).toEqual([]);
    expect(texts('The city stood first in line to get new stations.')).toEqual([]);
    expect(texts('Cyber security stands first in the list of priorities.')).toEqual([]);
    expect(texts('Data safety stood first in importance among the tasks.')).toEqual([]);
    expect(texts('The firm stood first to reply to the ministry.')).toEqual([]);
  });
});

describe('no claims', () => {
  it.each([
    ['The ministry reviewed 2 years of implementing Plan 377 on digitising records.', []],
    ['Conclusion 14 of the Politburo was issued.', []],
    ['Project 204, Programme 135, Scheme 06 and Dispatch 1234 were discussed.', []],
    ['The conference is also connected to more than 200 locations in the province.', []],
    ['The forum saw the participation of 1,000 delegates.', []],
    ['The meeting was connected to 63 provincial locations.', []],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
  it('a list item cut off after its figure at the end of the text is no claim; a whole one is', () => {
    expect(englishMetrics(['The rate of online dossiers is 52.80%; 50%']).map((m) => m.text)).toEqual(['52.80%']);
    expect(englishMetrics(['The rate of online dossiers is 52.80%; 50% of firms use e-invoices.']).map((m) => m.text)).toEqual(['52.80%', '50%']);
  });
});

describe('still figures', () => {
  it.each([
    ['The network is connected to 5,000 points of sale.', ['5,000']],
    ['The participation of 300 firms in the programme rose.', ['300']],
    ['The project has 300 members.', ['300']],
    ['Analysts project 10,000 new digital firms in 2025.', ['10,000']],
    ['Provinces plan 300 training courses for officials.', ['300']],
    ['As part of the project 120 communes received computers.', ['120']],
    ["Viet Nam's industry benefits from the presence of 1,500 foreign experts.", ['1,500']],
    ['The data platform was built with the participation of 200 experts.', ['200']],
    ['Statistics show the national data network connected to 10,000 locations.', ['10,000']],
    ['The conference was connected to 200 businesses in the province.', ['200']],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
});

describe('catalogue series read in English', () => {
  it('the digital economy as a share of economic output', () => {
    expect(englishIndicatorOf("Hanoi aims for the digital economy to constitute 30% of the city's economic output by 2025.", '30%')).toBe('digital-economy-grdp-share');
    expect(englishIndicatorOf("Viet Nam aims for the digital economy to account for 20% of the nation's economic output by 2025.", '20%')).toBe('digital-economy-gdp-share');
  });
  it('the digital economy within each sector', () => {
    expect(englishIndicatorOf('The digital economy is to reach at least 10 percent of each sector by 2025.', '10 percent')).toBe('digital-economy-sector-share');
  });
  it('petrol stores issuing e-invoices', () => {
    expect(englishIndicatorOf('Nationwide, 92.2% of gasoline retail stores issue an electronic invoice for each sale.', '92.2%')).toBe('e-invoice-fuel');
    expect(englishIndicatorOf('Fuel prices rose 5% in March.', '5%')).toBe('none');
    expect(englishIndicatorOf('Prices at petrol stores issuing e-invoices rose 5% in March.', '5%')).toBe('none');
  });
  it('tasks of the National Committee\'s plan', () => {
    expect(englishIndicatorOf("The National Committee completed 102 tasks of its 2023 work plan.", '102')).toBe('ncdt-plan-tasks');
    expect(englishIndicatorOf('The Committee completed 35 tasks in 2023.', '35')).toBe('none');
  });
  it('payments and online shopping are no internet users; Internet payments are no cashless total', () => {
    expect(englishIndicatorOf('The rate of individuals using Internet payments reached 40%.', '40%')).toBe('none');
    expect(englishIndicatorOf('Internet users buying goods online weekly were over 60 percent.', '60 percent')).toBe('none');
    expect(englishIndicatorOf('The number of Internet payments for cashless transactions rose by 35%.', '35%')).not.toBe('cashless-payments');
  });
});
