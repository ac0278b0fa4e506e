/** Round 67 (session 48, after set LH's first read): an English report's estimate over a colon's list carries to the sentence's end ("it is
 *  expected that 7/9 targets will be achieved as planned: …; …"), and "5/6 targets will reach" counts targets (a noun), no goal's verb.
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const statuses = (text: string) => englishMetrics([text], 2023).map((m) => `${m.text} ${m.status}`);

describe("an estimate's lead-in over a colon's list", () => {
  it('estimates every item to the sentence end', () =>
    expect(statuses('Regarding the economy, it is expected that 7/9 targets will be met: the services share is 31.7%; total investment is about 22,710 billion VND, up 15.3% over the same period.'))
      .toEqual(['7/9 estimate', '31.7% estimate', '22,710 billion VND estimate', '15.3% estimate']));
  it('a counted "5/6 targets will reach" is no goal verb', () =>
    expect(statuses('It is expected that 5/6 targets will reach the plan: the poverty rate will decrease by 1.72%.'))
      .toEqual(['5/6 estimate', '1.72% estimate']));
  it.each([
    ['It was expected that exports would fall, but the results were better: exports rose 12%; imports rose 8%.', ['12% actual', '8% actual']],
    ['The ministry expected that the sector would keep growing: revenue in 2024 reached $5 billion; the number of firms was 74,000.', ['5 billion estimate', '74,000 actual']],
  ])('no estimate for a turn or a done item (review): %s', (text, want) => expect(statuses(text)).toEqual(want));
  it('"estimated that" keeps its items estimates, "reached" too (second review)', () =>
    expect(statuses('It is estimated that by the end of 2024: the rate of online dossiers reached 45%; the number of e-ID accounts reached 60 million.'))
      .toEqual(['45% estimate', '60 million estimate']));
});

describe('a goal with its adjective, then "is to"', () => {
  it.each([
    ['The ambitious goal is to achieve a 100% cashless acceptance by December.', ['100% target']],
    ['Its main target is to have 80% of adults with a bank account.', ['80% target']],
  ])('%s', (text, want) => expect(statuses(text)).toEqual(want));
});

describe('a goal named with who set it', () => {
  it.each([
    ['GDP growth hit 6.82% in the first nine months, higher than the target set by the NA at 6-6.5%.', ['6.82% actual', '6-6.5% target']],
    ['Revenue beat the target assigned by the Government at 8%.', ['8% target']],
  ])('%s', (text, want) => expect(statuses(text)).toEqual(want));
  it("review: the setter's own \"of\" gives no goal's level", () =>
    expect(statuses('The target set by the board of 45 members was met in 2022.')).toEqual(['45 actual']));
});

describe('"likely to" foresees', () => {
  it.each([
    ["In 2023, the city's GRDP is likely to expand by 5.81%.", ['5.81% estimate']],
    ['Exports are likely to reach $40 billion this year.', ['40 billion estimate']],
  ])('%s', (text, want) => expect(statuses(text)).toEqual(want));
  it.each([
    ['Young people are more likely to shop online, with 70% of young adults buying online in 2022.', '70% actual'],
    ['The crisis is not likely to reach 5% of GDP, as it only stood at 3% in 2022.', '3% actual'],
  ])('no estimate from a comparison or a negation (review): %s', (text, row) => expect(statuses(text)).toContain(row));
});

describe("a body's own expectation is its plan", () => {
  it.each([
    ['The province expects that digital economy will make up 20% of its GRDP by 2025.', ['20% target']],
    ['Experts expect that the digital economy will make up 20% of GDP by 2025.', ['20% estimate']],
    ["HSBC said it expects that Viet Nam's GDP will grow 6.5% in 2025.", ['6.5% estimate']],
  ])('%s', (text, want) => expect(statuses(text)).toEqual(want));
});
