/** Round 47: English words before a number, read for a subject of their own (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { namesOwnSubjectInEnglish } from '../../../scripts/ingest/english-own-subject';
import { englishMetrics } from '../../support/metrics-of';

describe('namesOwnSubjectInEnglish', () => {
  it.each(['By mid-July 2024, the figure had risen to ', 'August and September each reached ', ', representing a ', 'October is projected at '])(
    '%j names nothing new', (s) => expect(namesOwnSubjectInEnglish(s)).toBe(false));
  it.each(['Exports of phones and components reached ', 'The number of bank accounts opened online rose to '])('%j names a subject', (s) =>
    expect(namesOwnSubjectInEnglish(s)).toBe(true));
  it('the series\' own words are no new subject', () => expect(namesOwnSubjectInEnglish('e-commerce sales climbed to ', new Set(['commerce', 'sales']))).toBe(false));
});

describe('on a page: a figure restated with no subject of its own continues the series', () => {
  it('"By mid-July 2024, the figure had risen to 43 percent"', () => {
    const ms = englishMetrics(['In 2019, the number of online dossiers at the highest level just accounted for 5 percent of total administrative procedures. By mid-July 2024, the figure had risen to 38 percent.'], 2024);
    expect(ms.find((m) => m.text === '5 percent')?.indicator).toBeDefined();
    expect(ms.find((m) => m.text === '38 percent')?.indicator).toBe(ms.find((m) => m.text === '5 percent')?.indicator);
  });
});
