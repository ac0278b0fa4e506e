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
    ['The province reported the results: the services share was 31.7%; investment rose 15.3%.', ['31.7% actual', '15.3% actual']],
    ['It was expected that exports would fall, but the results were better: exports rose 12% and imports 8%.', ['12% actual', '8% actual']],
    ['The city targets the digital economy at 30% by 2025.', ['30% target']],
  ])('no estimate list: %s', (text, want) => expect(statuses(text)).toEqual(want));
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
  it('a body that set up something is no goal', () => expect(statuses('The centre set up by the province at 12 sites served 5,000 people.')).toEqual(['12 actual', '5,000 actual']));
  it("review: the setter's own \"of\" gives no goal's level", () =>
    expect(statuses('The digital transformation plans approved by the leaders of 45 ministries have been published.')).toEqual(['45 actual']));
});

describe('"likely to" foresees', () => {
  it.each([
    ["In 2023, the city's GRDP is likely to expand by 5.81%.", ['5.81% estimate']],
    ['Exports are likely to reach $40 billion this year.', ['40 billion estimate']],
  ])('%s', (text, want) => expect(statuses(text)).toEqual(want));
  it('"unlikely" is no estimate word', () => expect(statuses('It is unlikely that 90% of firms reported losses in 2022.')).not.toContain('90% estimate'));
});

describe("a body's own expectation is its plan", () => {
  it.each([
    ['The province expects that digital economy will make up 20% of its GRDP by 2025.', ['20% target']],
    ['Experts expect that the digital economy will make up 20% of GDP by 2025.', ['20% estimate']],
  ])('%s', (text, want) => expect(statuses(text)).toEqual(want));
});
