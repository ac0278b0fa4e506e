/**
 * Round 60 (session 41): English goal lists (`english-goal-frame.ts`): "a number of basic goals until 2025: …" sets out goals; a later
 * `;`-item with no date of its own takes the list's horizon, not a sub-goal's year of an earlier item (`goalListHorizon`); "The project"
 * (a noun) is no forecast ("The project sets specific targets for 2030: …"). And "4.79 million times of looking up" is a count of uses.
 */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';
import { goalListHorizon } from '../../../scripts/ingest/english-goal-frame';

const read = (s: string, year?: number) => englishMetrics([s], year).map((m) => [m.text, m.status, m.period?.iso ?? '-']);

describe('a goal list until a year', () => {
  const s = 'The resolution defines a number of basic goals until 2025: 80% of level-4 online public services will be provided, in which efforts will be made so that by the end of 2021, 100% of procedures will be eligible; at least 95% of organizations will be satisfied; 90% of dossiers at provincial level will be processed online.';
  it('every item is a goal, each later item of 2025, the sub-goal of 2021', () => expect(read(s, 2021)).toEqual([
    ['80%', 'target', '2025'], ['100%', 'target', '2021'], ['95%', 'target', '2025'], ['90%', 'target', '2025'],
  ]));
  it('goalListHorizon: the list\'s year for a later item with no date, none for the first clause or an item with its own date', () => {
    expect(goalListHorizon('It sets the following targets until 2025: 80% of services online; ', false)?.iso).toBe('2025');
    expect(goalListHorizon('It sets the following targets until 2025: 80% of services online; ', true)).toBeUndefined();
    expect(goalListHorizon('It sets the following targets until 2025: ', false)).toBeUndefined();
    expect(goalListHorizon('The city reached 80% of services online; ', false)).toBeUndefined();
  });
});

describe('"The project" is no forecast', () => {
  it('"The project sets specific targets for 2030: …" sets goals', () =>
    expect(read('The project sets specific targets for 2030: 100% of administrative procedures are eligible for full-process online services; 90% of agencies reach level 5.').map((x) => x[1])).toEqual(['target', 'target']));
  it('"The ministry projects that …" (a verb) sets none', () =>
    expect(read('The ministry projects specific targets for 2030: 90% of agencies reach level 5 in data governance.').at(-1)?.[1]).not.toBe('target'));
});

describe('a count of uses written with "times"', () => {
  it.each([
    ['There were more than 4.79 million times of looking up health insurance information using chip-based ID cards.', ['4.79 million', 'count']],
    ['The portal was visited 12,000 times in May.', ['12,000', 'count']],
    ['E-commerce revenue rose 2.5 times.', ['2.5 times', 'times']],
  ])('%s → %j', (s, want) => { const m = englishMetrics([s], 2024)[0]!; expect([m.text, m.unit]).toEqual(want); });
});

describe('review mends: multiples stay multiples; a later item\'s own deadline goes on', () => {
  it.each([
    ['The new 5G network is 2,000 times faster than 4G.', ['2,000 times', 'times']],
    ['Data traffic is expected to increase 1,000 times by 2030.', ['1,000 times', 'times']],
    ['The cost of storage has dropped 10,000 times.', ['10,000 times', 'times']],
  ])('%s → %j', (s, want) => { const m = englishMetrics([s], 2024)[0]!; expect([m.text, m.unit]).toEqual(want); });
  it('"…; by 2030, 90% …; 70% …": the 70% is of 2030', () =>
    expect(read('The city aims for 100% of services online by 2025; 80% of residents use them; by 2030, 90% of residents have digital IDs; 70% use e-wallets.').at(-1)).toEqual(['70%', 'target', '2030']));
});
