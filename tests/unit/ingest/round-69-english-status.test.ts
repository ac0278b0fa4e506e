/** Round 69 (session 50): a record beaten is the baseline of the figure that beat it ("a record-breaking 100 billion VND …, surpassing his
 *  previous record of 75 billion VND"), and "targeting a staggering 150 billion VND" sets a goal. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const statuses = (text: string) => englishMetrics(text.split(' // '), 2024).map((m) => `${m.text} ${m.status}`);

describe('records and targeting', () => {
  it.each([
    ['The channel earned a record-breaking 100 billion VND in one livestream, surpassing his previous record of 75 billion VND.', ['100 billion VND actual', '75 billion VND baseline']],
    ['Sales hit 12 million units, beating the previous record of 10 million units.', ['12 million actual', '10 million baseline']],
    ['He organized another livestream in May, targeting a staggering 150 billion VND in sales.', ['150 billion VND target']],
    ['The firm is targeting 20% growth next year.', ['20% target']],
    ['The previous record of 75 billion VND was set in 2023.', ['75 billion VND actual']],
  ])('%s', (text, want) => expect(statuses(text)).toEqual(want));
});
