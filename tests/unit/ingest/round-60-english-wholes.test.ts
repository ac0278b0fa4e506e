/**
 * Round 60 (session 41): a scaled whole after "out of" ("3 million out of the more than 5.8 million vehicles") is the whole a part is
 * counted in, no figure, as a plain one is ("21 out of 25 services", `english-words.ts`' SCALED_WHOLE_AFTER_PART); after a bare "of" a
 * scaled count stays (it is often the figure said again).
 */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const texts = (s: string) => englishMetrics([s], 2025).map((m) => m.text);

describe('a scaled whole after "out of"', () => {
  it.each([
    ['So far, 3 million out of the more than 5.8 million vehicles nationwide have linked their accounts.', ['3 million']],
    ['More than 3.2 million out of 4.5 million vehicles, or 71%, have registered for automatic toll payment.', ['3.2 million', '71%']],
    ['About 1.2 billion out of nearly 2 billion transactions were made online.', ['1.2 billion']],
  ])('%s → %j', (s, want) => expect(texts(s)).toEqual(want));

  it.each([
    ['Around 900,000 of the 2.8 million inactive accounts had recorded transactions.', ['900,000', '2.8 million']],
    ['The ministry issued 5.8 million new cards, out of which 3 million were chip cards.', ['5.8 million', '3 million']],
  ])('%s → %j (no whole after "out of")', (s, want) => expect(texts(s)).toEqual(want));
});

describe('review mends: a year or a decree before "out of" is no part', () => {
  it.each([
    ['By the end of 2024, out of more than 85 million ID cards issued, 70 million had been activated.', ['85 million', '70 million']],
    ['By the end of 2024, out of 8,500 community teams, 6,000 were active.', ['8,500', '6,000']],
  ])('%s → %j', (s, want) => expect(texts(s)).toEqual(want));
});

describe('more wholes and spans (round 60, after set IQ)', () => {
  it.each([
    ['Only around 2,600 out of more than 22,500 agricultural cooperatives nationwide use software.', ['2,600']],
    ['The schools sent 4,241,906 report cards, accounting for 59.47% (out of a total of 7,100,388 pupils).', ['4,241,906', '59.47%']],
    ['The processing time is reduced from 10 days to 3 working days.', []],
  ])('%s → %j', (s, want) => expect(texts(s)).toEqual(want));
  it('a sentence that opens on "out of a total of" states the total', () =>
    expect(texts('As of May 28, 2025, out of a total of 1,786 administrative procedures, the processing time has been reduced for 1,007.')).toEqual(['1,786', '1,007']));
});
