/** Round 53: ranks and rank moves spelled in words on an English page (`english-ordinals.ts`). */
import { describe, expect, it } from 'vitest';
import { englishSpelledRanks } from '../../../scripts/ingest/english-ordinals';

const read = (s: string) => englishSpelledRanks(s).map((m) => [m.text, m.value, m.kind]);

describe('englishSpelledRanks', () => {
  it.each([
    ['The province ranked third out of 63 localities.', [['third', 3, 'rank']]],
    ['Da Nang came in second place in the index.', [['second', 2, 'rank']]],
    ['It holds first position in digital society and sixth position in digital economy.', [['first', 1, 'rank'], ['sixth', 6, 'rank']]],
    ['The city climbed two spots, while its neighbour fell three places.', [['two', 2, 'rank-change'], ['three', -3, 'rank-change']]],
    ['Viet Nam moved up one place to 44th in ASEAN terms.', [['one', 1, 'rank-change']]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    'For the first time, the second phase of the project starts.',
    'The first step is to train officials; the third is to fund the platforms.',
    'Two places in the city opened new service counters.',
  ])('reads no rank in: %s', (text) => expect(read(text)).toEqual([]));
});
