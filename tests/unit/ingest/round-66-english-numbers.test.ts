/** Round 66 (session 47, after the first read of sets KT, KU and KV): what an English page writes that the English reader did not read —
 *  rank moves and tops spelled in words, ordinals joined to a superlative, shares spelled in words, counts padded with a zero, a decimal
 *  comma before a scale word — and what it read that is no figure: "fall under" (belong to), a revenue bar that defines who a rule is for, a
 *  day and month written "1/7". Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const rows = (text: string, year: number | undefined = 2024) =>
  englishMetrics([text], year).map((m) => [m.text, m.value, m.unit, m.kind].join(' '));

describe('spelled rank moves, tops and ordinals', () => {
  it.each([
    ['Viet Nam leapt two places to 46th.', ['two 2 rank rank-change', '46th 46 rank rank']],
    ['It improved by three places in institutions and decreased by two places in infrastructure.', ['three 3 rank rank-change', 'two -2 rank rank-change']],
    ['The country lost four spots in the ranking.', ['four -4 rank rank-change']],
    ['It gained one place in the index.', ['one 1 rank rank-change']],
    ['The goal is to rank among the top three in Southeast Asia and the top 50 globally.', ['three 3 rank rank', '50 50 rank rank']],
    ['It aims at a place in the global top 30 for innovation.', ['30 30 rank rank']],
    ['The sector was the third-highest funded ecosystem in the region.', ['third 3 rank rank']],
    ['Phones were the second largest export item.', ['second 2 rank rank']],
    ['Within ASEAN, Viet Nam overtook Thailand to place third.', ['third 3 rank rank']],
  ])('%s', (text, want) => expect(rows(text)).toEqual(want));
  it.each([
    'The conference will take place first in Hanoi, then in Da Nang.',
    'The top five digital firms met in Hanoi.',
    'The company has three places to visit.',
  ])('no rank: %s', (text) => expect(rows(text)).toEqual([]));
});

describe('shares spelled in words, padded counts and decimal commas', () => {
  it.each([
    ['Sixty percent of the firms surveyed use AI tools.', ['Sixty percent 60 percent share']],
    ['Some forty-five per cent of buyers pay by QR code.', ['forty-five per cent 45 percent share']],
    ['There are 04 ministries which do not take part.', ['04 4 count count']],
    ['It inspected 7 provincial units and 07 district-level units.', ['7 7 count count', '07 7 count count']],
    ['Over 69,7 million land parcels have been given codes.', ['69,7 million 69700000 count count']],
    ['Revenue reached VND 12,5 trillion.', ['12,5 trillion 12500000000000 VND money']],
    ['The figure stood at 1,234 million.', ['1,234 million 1234000000 count count']],
  ])('%s', (text, want) => expect(rows(text)).toEqual(want));
  it.each([
    'Project 06 and Plan 04 set out the tasks.',
    'The review took 03 months.',
  ])('no padded count: %s', (text) => expect(rows(text)).toEqual([]));
});

describe('numbers that are no figure', () => {
  it.each([
    ['Of 6 million households, only 37,576 fall under the mandatory rule.', ['6 million 6000000 count count', '37,576 37576 count count']],
    ['Sales fell 5% while imports fell 3%.', ['5% -5 percent growth', '3% -3 percent growth']],
  ])('"fall under" is no fall: %s', (text, want) => expect(rows(text)).toEqual(want));
  it.each([
    'The rule covers households with an annual revenue of VND 1 billion or higher.',
    'For households with an annual revenue below VND 1 billion, it does not apply.',
    'From 1/7, platforms are required to withhold tax.',
    'On the afternoon of 11/12, the ministry met the provinces.',
  ])('%s', (text) => expect(rows(text)).toEqual([]));
  it.each([
    ['The firm reported revenue of VND 1 billion.', ['1 billion 1000000000 VND money']],
    ['The share rose to 9/10 by 2024.', ['9/10 9 count count']],
  ])('still read: %s', (text, want) => expect(rows(text)).toEqual(want));
});

describe('a rank that names its own field takes no ranking named before it', () => {
  const ranked = (paragraphs: string[]) => englishMetrics(paragraphs, 2023).map((m) => `${m.text} ${m.indicator ?? 'none'}`);
  it('the index first, then places in its parts', () =>
    expect(ranked(['Viet Nam ranked 46th in the Global Innovation Index 2023.', 'This year, Viet Nam ranks 33rd in the unicorn valuation, and 66th in research and development expenditure. The environmental performance index ranked 130th.']))
      .toEqual(['46th gii-rank', '33rd none', '66th none', '130th none']));
});
