/** Round 71 (session 52): what held-out sets MH and MI (English) showed — goals said to be met with who set them between ("9/12 important
 *  goals set by the National Committee … have been completed. Specifically, …"), goals of a named plan that "include" their figures, a range
 *  with a percent sign at both ends ("by 80%-100%"), "6 months of 2024" without "first", a rank told "No. 1" or "stands second in", a plan's
 *  number ("Plan 377"), the places an event is linked to and "the participation of" its delegates, a list item cut off after its figure,
 *  and English forms of four catalogue series. Each beside sentences that must keep their reading. Sentences written for this test. */
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
  });
});

describe('ranges and periods', () => {
  it('a range with the percent sign at both ends is one figure from its low end', () => {
    const m = englishMetricOf('Transaction value will surge by 80%-100% annually.', '80%-100%');
    expect([m.value, m.valueMax]).toEqual([80, 100]);
    expect(texts('Investment will fall by about 20 percent - 30 percent.')).toEqual(['20 percent - 30 percent']);
    expect(texts('The two rates were 45% - 55% in the table.')).toEqual(['45%', '55%']);
  });
  it('two shares falling from one to the next are two figures', () => {
    expect(texts('The shares were 60%-50% last year.')).toEqual(['60%', '50%']);
  });
  it('"6 months of 2024" without "first" is the first half; the last months are not', () => {
    const period = (text: string, n: string) => englishMetricOf(text, n).period;
    expect(period('Software revenue (2023: 13 billion USD, 6 months of 2024: 6 billion USD) rose.', '6 billion USD')).toMatchObject({ iso: '2024-01', precision: 'half' });
    expect(period('In 9 months of 2024, the portal received 5 million dossiers.', '5 million')).toMatchObject({ iso: '2024-01', precision: 'month' });
    expect(period('In the last 6 months of 2024 it earned 4 billion USD.', '4 billion USD')).toMatchObject({ iso: '2024', precision: 'year' });
  });
});

describe('ranks', () => {
  it('"ranked No. 1 in" and "stands second in" are ranks', () => {
    expect(englishMetricOf('The ministry is ranked No. 1 in the information technology application ranking.', '1').unit).toBe('rank');
    expect(englishMetricOf('Hanoi stands second in the index with 85.7 points.', 'second').unit).toBe('rank');
  });
  it('a document\'s "No." and standing in line are no ranks', () => {
    expect(texts('Decree No. 13 applies to every firm.')).toEqual([]);
    expect(texts('The city stood first in line to get new stations.')).toEqual([]);
  });
});

describe('no claims', () => {
  it.each([
    ['The ministry reviewed 2 years of implementing Plan 377 on digitising records.', []],
    ['Conclusion 14 of the Politburo was issued.', []],
    ['The conference is also connected to more than 200 locations in the province.', []],
    ['The forum saw the participation of 1,000 delegates.', []],
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
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
});

describe('catalogue series read in English', () => {
  it('the digital economy as a share of economic output', () => {
    expect(englishIndicatorOf("Hanoi aims for the digital economy to constitute 30% of the city's economic output by 2025.", '30%')).toBe('digital-economy-grdp-share');
  });
  it('the digital economy within each sector', () => {
    expect(englishIndicatorOf('The digital economy is to reach at least 10 percent of each sector by 2025.', '10 percent')).toBe('digital-economy-sector-share');
  });
  it('petrol stores issuing e-invoices', () => {
    expect(englishIndicatorOf('Nationwide, 92.2% of gasoline retail stores issue an electronic invoice for each sale.', '92.2%')).toBe('e-invoice-fuel');
    expect(englishIndicatorOf('Fuel prices rose 5% in March.', '5%')).toBe('none');
  });
  it('tasks of the National Committee\'s plan', () => {
    expect(englishIndicatorOf("The National Committee completed 102 tasks of its 2023 work plan.", '102')).toBe('ncdt-plan-tasks');
  });
  it('payments and online shopping are no internet users; Internet payments are no cashless total', () => {
    expect(englishIndicatorOf('The rate of individuals using Internet payments reached 40%.', '40%')).toBe('none');
    expect(englishIndicatorOf('Internet users buying goods online weekly were over 60 percent.', '60 percent')).toBe('none');
    expect(englishIndicatorOf('The number of Internet payments for cashless transactions rose by 35%.', '35%')).not.toBe('cashless-payments');
  });
});
