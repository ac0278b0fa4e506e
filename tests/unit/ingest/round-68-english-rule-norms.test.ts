/** Round 68 (session 49): what a rule sets on an English page is no value reached — a value bar that defines the goods a tax covers (with
 *  its bracketed conversion), a tax rate, a fine's ceiling — nor is a duration in minutes or seconds, a range of them, or a group's number
 *  as its name. Values reached beside them stay claims. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const texts = (text: string) => englishMetrics([text], 2024).map((m) => m.text);

describe('a rule\'s bars, rates and fines', () => {
  it.each([
    ['Subjecting goods valued at less than VND1 million ($39.4) to a 10% VAT rate could raise VND2.7 trillion a year.', ['2.7 trillion']],
    ['Vietnam will end VAT exemptions for goods valued under VND1 million(US$40) sent via express delivery.', []],
    ['Low-value imported goods (under VND 1 million) sent via express delivery are no longer exempt.', []],
    ['Decision 78 had allowed duty-free import for goods valued at 1 million VND or less.', []],
    ['The VAT rate of 8% applies until June.', []],
    ['For cross-border transfers, the maximum fine is 5% of the revenue of the previous year.', []],
    ['For buying and selling personal data, the fine can be up to 10 times the revenue from the violation.', []],
    ['Violators face fines of up to VND 3 billion.', []],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));

  it('drops the bracketed conversion of a bar written in words', () => {
    expect(texts('Goods imported to Vietnam that are no more than one million dong ($40) are exempt from VAT.')).not.toContain('40'); // the spelled amount itself is still read as a count of a million: a known gap
  });

  it.each([
    ['The platforms sold goods worth VND 5 trillion in the first half.', '5 trillion'],
    ['Booths had orders to sell more than 1.3 billion product units.', '1.3 billion'],
    ['The company was fined VND 2.5 billion last year.', '2.5 billion'],
    ['VAT refunds rose 10% on the year.', '10%'],
    ['Exports of goods over the first half reached US$ 12 billion.', '12 billion'],
  ])('a value reached stays: %s', (text, kept) => expect(texts(text)).toContain(kept));
});

describe('durations and group names', () => {
  it.each([
    'Reading Time: 5 minutes',
    'Checking the account takes 10 - 140 seconds per passenger.',
    'The whole procedure now takes only 1-2 minutes.',
    'The system answered in 0.024 seconds.',
    '"Group 1" includes land plots where a database has been built.',
  ])('%s', (text) => expect(texts(text)).toEqual([]));

  it.each([
    ['The plots fall into 3 groups, and 1,200 communes finished.', '1,200'],
    ['The city cut waiting times for 15,000 people.', '15,000'],
  ])('a count stays: %s', (text, kept) => expect(texts(text)).toContain(kept));
});
