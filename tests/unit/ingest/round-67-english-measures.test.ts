/** Round 67 (session 48, after set LK's first read): a length or a mass after an English number ("the 9,400-km cable", "93,000 tons of postal
 *  items a day") is a measure the schema has no unit for, no figure of ours — as areas and power were (round 62; speeds are number-words.ts'
 *  TECH_UNIT's).
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const texts = (text: string) => englishMetrics([text], 2024).map((m) => m.text);

describe('lengths, masses and speeds', () => {
  it.each([
    ['The 9,400-km ADC cable connects six countries.', []],
    ['The network will handle over 93,000 tons of postal items a day.', []],
    ['The cable runs 1,900 kilometres along the coast.', []],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
  it('a length with a hyphen ("2,000-km-long") is no figure, the count beside it is', () => expect(texts('The 2,000-km-long cable links 40 stations.')).toEqual(['40']));
});
