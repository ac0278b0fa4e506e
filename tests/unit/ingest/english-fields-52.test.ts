import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

/** The numbers an English page of 2024 keeps from `text`, as written. */
const kept = (text: string) => englishMetrics([text], 2024).map((m) => m.text);

describe('round 52: English fields and a plan\'s sets are no figures', () => {
  it.each([
    ['a ranking\'s field and its size in the edition before', 'The index expands its scope to rank 193 countries, up from 183 in the 2022 edition, and Vietnam ranked 59th.', ['59th']],
    ['a list\'s field', 'Denmark and Iceland top the list of 20 countries with the most advanced services, while Vietnam scored 0.7709.', ['0.7709']],
    ['a plan\'s principles and groups', 'The project sets out 7 major guiding principles to deploy 5 groups of utilities for 80 million users.', ['80 million']],
  ])('%s', (_why, text, want) => {
    expect(kept(text)).toEqual(want);
  });

  it.each([
    ['a count of countries reached', 'Vietnamese software is now sold in 20 countries.', ['20']],
    ['a rise from a level', 'Accounts rose to 87 million, up from 80 million in 2023.', ['87 million', '80 million']],
  ])('still reads %s', (_why, text, want) => {
    expect(kept(text)).toEqual(want);
  });
});
