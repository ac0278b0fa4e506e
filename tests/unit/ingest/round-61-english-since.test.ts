/** Round 61 (session 42): an English "since" with its subject and verb before the year ("since it began participating in the United Nations
 *  assessment in 2003") is where something started, no period for the sentences after it. Pages written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetricOf } from '../../support/metrics-of';

const page = (since: string) => `In 2024, Vietnam's e-government ranking rose sharply. This is its best place ${since}. Vietnam's digital economy accounted for 18.3% of GDP.`;

describe('"since <subject> <verb> … in <year>" hands on no period', () => {
  it.each([
    'since it began participating in the United Nations assessment in 2003',
    'since the country joined the survey in 2003',
    'since they started the ranking in 2003',
    'since the National Digital Transformation Programme was approved in 2003',
    'since the launch of the national programme in 2003',
    'since Decree 13 took effect in 2003',
  ])('%s', (since) => expect(englishMetricOf(page(since), '18.3%', 2024).period?.iso).toBe('2024'));
  it('a year of its own still dates its sentence', () =>
    expect(englishMetricOf('In 2003, Vietnam first took part in the survey. Its score was 0.35.', '0.35', 2024).period?.iso).toBe('2003'));
});
