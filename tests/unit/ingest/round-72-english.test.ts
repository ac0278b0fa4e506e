/** Round 72 (session 52): what held-out sets MK and ML (English) showed — age bounds told without "aged" ("people 15 or older", "between
 *  the ages of 15 and 54"), a share's whole after "of" ("30% of more than 30,000 retailers"), "200+ million", places called points
 *  ("148 connecting points, including 20 points at provincial agencies"), and a forecaster's "forecasts a 10% …, predicting … to reach
 *  $49 billion", a plan's chain of passives ("are updated and shared on … and connected to …") that reports nothing done, and a dateline
 *  written year first ("Thursday, 2024 December 26"). Each beside sentences that must keep their reading. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishDates } from '../../../scripts/ingest/english-dates';
import { englishMetricOf, englishMetrics } from '../../support/metrics-of';

const texts = (text: string) => englishMetrics([text], 2024).map((m) => m.text);

describe('no claims', () => {
  it.each([
    ['79% of people 15 or older in the locality have bank accounts.', ['79%']],
    ['Over 61% of its citizens fall between the ages of 15 and 54.', ['61%']],
    ['About 30% of more than 30,000 retailers in the province had adopted QR payments.', ['30%']],
    ['Nearly 100% of 2,000 commercial shops accept QR codes.', ['100%']],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
});

describe('still figures', () => {
  it.each([
    ['The firm has 50 or more branches.', ['50']],
    ['The province has 30,000 retailers, and 30% of them accept QR codes.', ['30,000', '30%']],
    ['Hanoi scored 85.7 points in the index.', ['85.7 points']],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
});

describe('readings', () => {
  it('"200+ million" is two hundred million', () => {
    expect(englishMetricOf('QR code transactions: 200+ million monthly.', '200+ million').value).toBe(200_000_000);
    expect(englishMetricOf('The portal has 1.2+ billion USD in payments.', '1.2+ billion USD').value).toBe(1_200_000_000);
  });
  it('points that are places are counted, not scored', () => {
    const m = englishMetricOf('The system has 148 connecting points, including 20 points at provincial agencies and 128 points at communes.', '20 points');
    expect([m.value, m.unit]).toEqual([20, 'count']);
  });
  it('a forecaster that "forecasts a" figure, or is "predicting" one "to reach", gives estimates', () => {
    const ms = englishMetrics(['A 2023 McKinsey report forecasts a 10% annual increase in the data center market until 2030, predicting total expenditures to reach $49 billion.'], 2024);
    expect(ms.map((m) => m.status)).toEqual(['estimate', 'estimate']);
    expect(englishMetricOf('The province projects a 5% rise in online payments.', '5%').status).toBe('estimate');
  });
  it('the noun "projects" forecasts nothing', () => {
    expect(englishMetricOf('Its projects a 5% share of revenue in 2023.', '5%').status).toBe('actual');
  });
});

describe('goal lists and datelines', () => {
  it('a chain of a plan\'s passives goes on with its goals', () => {
    const ms = englishMetrics(['The city strives for 100% of procedures to be online. 100% of periodic reports are updated and shared on the city\'s system and connected to the national system; 100% of departments arrange focal points.'], 2025);
    expect(ms.map((m) => m.status)).toEqual(['target', 'target', 'target']);
  });
  it('a past verb after "and" in a report still reports', () => {
    const ms = englishMetrics(['The city strives for 100% of procedures to be online. Last year revenue rose and climbed to 5 billion USD.'], 2025);
    expect(ms.map((m) => m.status)).toEqual(['target', 'actual']);
  });
  it('a date written year first', () => {
    expect(englishDates('Thursday, 2024 December 26').map((d) => [d.iso, d.precision])).toEqual([['2024-12-26', 'day']]);
    expect(englishDates('On 2024 February 30 nothing happened.').map((d) => d.precision)).not.toContain('day');
  });
});
