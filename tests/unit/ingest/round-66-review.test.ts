/** Round 66's review (session 47): sentences a read-only reviewer wrote against the round's first rules, each kept where a rule over-reached
 *  (a firm's own revenue taken for a class bar, "a 12% fall in line with" losing its sign, "put in place first" read as a rank, spelled
 *  shares losing their direction, "goals to" over results, a named goal year lost to a later "by", labels before padded numbers, "…, and the
 *  top 5 firms", a plan's value as an opening comparison, a move's start read as a day, a rank's "in the same ranking" taken for a field). */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const rows = (text: string, year: number | undefined = 2024) =>
  englishMetrics(text.split(' // '), year).map((m) => [m.text, m.value, m.kind, m.status, m.period?.iso ?? 'none', m.indicator ?? 'none'].join(' '));

describe('over-reach found by the review', () => {
  it.each([
    ['The e-commerce market closed 2023 with sales of more than $20 billion.', ['20 billion 20000000000 money actual 2023 ecommerce-revenue']],
    ['Viettel ended 2023 with revenue of over VND 172 trillion.', ['172 trillion 172000000000000 money actual 2023 none']],
    ['Exports saw a 12% fall in line with weaker demand.', ['12% -12 growth actual none none']],
    ['Sales posted a 7 percent fall into negative territory.', ['7 percent -7 growth actual none none']],
    ['Exports of electronics rose five percent in the first quarter.', ['five percent 5 growth actual 2024-01 electronics-exports-growth']],
    ['Sales fell by ten percent.', ['ten percent -10 growth actual none none']],
    ['The share rose from 1/3 to 1/2.', ['1/3 1 count baseline none none', '1/2 1 count actual none none']],
    ['Of its goals to digitise records, Hanoi has completed 95 percent.', ['95 percent 95 share actual none none']],
    ['The 2030 target of 1 million digital technology enterprises will be reviewed by 2027.', ['1 million 1000000 count target 2030 digital-tech-enterprises']],
    ['Vietnam is among the top 10 in ASEAN for e-commerce, and the top 5 firms account for 70 percent of sales.', ['10 10 rank actual none none', '70 percent 70 share actual none none']],
    ['Compared with the plan of 80 percent, the province reached 85 percent in 2023.', ['80 percent 80 share actual 2023 none', '85 percent 85 share actual 2023 none']],
    ['Viet Nam ranked 46th in the Global Innovation Index. // It ranked 48th in the same ranking last year. // In the previous index, it ranked 50th.',
      ['46th 46 rank actual none gii-rank', '48th 48 rank actual none gii-rank', '50th 50 rank actual none gii-rank']],
  ])('%s', (text, want) => expect(rows(text)).toEqual(want));
  it.each([
    'The system was put in place first in Hanoi.',
    'The ministry places first priority on data security.',
    'On 05 March, the ministry launched the application.',
    'Scheme 06 and Annex 02 set out the tasks.',
    'Zero point five percent of firms replied.',
  ])('no figure: %s', (text) => expect(rows(text)).toEqual([]));
});

describe('the second review of round 66', () => {
  it.each([
    ['Viet Nam aims to be among the top three in ASEAN, and the top 50 globally, by 2030.', ['three 3 rank target 2030 none', '50 50 rank target 2030 none']],
    ['One of the goals to raise the digital economy\'s share of GDP to 30 percent is better broadband.', ['30 percent 30 share target none digital-economy-gdp-share']],
    ['Around 30 percent fall outside the scope of the law.', ['30 percent 30 share actual none none']],
    ['Compared to the targeted growth of 20 percent, the sector grew 25 percent in 2023.', ['20 percent 20 growth actual 2023 none', '25 percent 25 growth actual 2023 none']],
  ])('%s', (text, want) => expect(rows(text)).toEqual(want));
  it.each([
    'From 1/7 this year, sellers on e-commerce platforms must issue e-invoices.',
    'The new rule takes effect from 1/7.',
    'SMEs with annual revenue below VND 50 billion will be exempt from the fee.',
    'With annual revenue of over VND 3 billion, these households must use e-invoices.',
    'MobiFone is a one hundred percent state-owned enterprise.',
  ])('no figure: %s', (text) => expect(rows(text)).toEqual([]));
});
