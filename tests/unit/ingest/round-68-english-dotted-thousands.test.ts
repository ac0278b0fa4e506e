/** Round 68 (session 49): an English page translated word by word from a Vietnamese source keeps its dot thousands ("959.022 accounts"): a
 *  count of whole things with dot groups of three digits is a whole number; a decimal with a scale word, a unit or a leading zero stays a
 *  decimal. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';
import { englishWholeCountWithDots, writesDecimalComma } from '../../../scripts/ingest/number-grouped';

const rows = (text: string) => englishMetrics([text], 2024).map((m) => [m.text, m.value, m.unit].join(' '));

describe('dot thousands on an English page', () => {
  it.each([
    ['So far 959.022 accounts have been identified.', '959.022 959022 count'],
    ['There are 2.356 community digital technology groups in the province.', '2.356 2356 count'],
    ['The teams have 7.454 members.', '7.454 7454 count'],
    ['The portal received 12.480 online dossiers this year.', '12.480 12480 count'],
  ])('%s', (text, want) => expect(rows(text)).toContain(want));
  it.each([
    ['The province has 1.356 million people.', '1.356 million', 1356000],
  ])('a decimal stays a decimal: %s', (text, numeral, value) => {
    expect(rows(text).find((r) => r.startsWith(numeral))).toBe(`${numeral} ${value} count`);
  });
  it('reads several groups and only three-digit groups', () => {
    expect(englishWholeCountWithDots('1.183.176', ' files')).toBe(1183176);
    expect(englishWholeCountWithDots('1.18', ' files')).toBeUndefined();
    expect(englishWholeCountWithDots('959.022', ' kilometres')).toBeUndefined();
    expect(englishWholeCountWithDots('0.024', ' people')).toBeUndefined();
  });
});

describe('a scaled amount on an English page that writes decimal commas', () => {
  const values = (paragraphs: string[]) => englishMetrics(paragraphs, 2023).map((m) => `${m.text} ${m.value}`);
  it('groups thousands with the dot before a scale word', () => {
    expect(values(['Revenue was VND 9.778 billion, reaching 104,3% of the plan.'])).toEqual(['9.778 billion 9778000000000', '104,3% 104.3']);
    expect(values(['The firm grew 25,5% on the year.', 'Its profit was 4.974 billion VND.'])).toContain('4.974 billion VND 4974000000000');
  });
  it('keeps the decimal point elsewhere', () => {
    expect(values(['Revenue was VND 9.778 billion, reaching 104.3% of the plan.'])).toContain('9.778 billion 9778000000');
    expect(values(['The firm grew 25,5% on the year.', 'Its profit was 4.97 billion VND.'])).toContain('4.97 billion VND 4970000000');
  });
  it('reads a decimal comma only before a percent sign', () => {
    expect(writesDecimalComma(['up 25,5 % on the year'])).toBe(true);
    expect(writesDecimalComma(['5,000 people and 10% more'])).toBe(false);
    expect(writesDecimalComma(['1,234,5%'])).toBe(false);
  });
});
