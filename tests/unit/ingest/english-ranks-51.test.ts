import { describe, expect, it } from 'vitest';
import { englishIndicatorOf, englishMetricOf, englishMetrics } from '../../support/metrics-of';

describe('English positions read as ranks (round 51)', () => {
  it('a list of a year\'s positions after "ranked"', () => {
    const s = 'The country ranked 55th in 2022, 62nd in 2021, and 76th in 2020.';
    expect(englishMetricOf(s, '62nd').unit).toBe('rank');
    expect(englishMetricOf(s, '76th').value).toBe(76);
  });
  it('a position alone in brackets after a name, one "places it" gives, and "55th globally"', () => {
    const s = 'The score is lower than Singapore (which ranked 1st), Malaysia (6th) and Thailand (7th).';
    expect(englishMetricOf(s, '6th').unit).toBe('rank');
    expect(englishMetricOf('The score of 51.41 places it 4th among the 9 regions.', '4th').unit).toBe('rank');
    expect(englishMetricOf('Vietnam ranked 6th in ASEAN and 55th globally in the 2022 Government AI Readiness Index.', '55th').unit).toBe('rank');
  });
  it('a move counted in "position" or "rankings", and the place it reaches', () => {
    const s = 'It sees a growth of 1 position to the 40th in innovation outputs, and a rise of 17 rankings to the 60th.';
    expect(englishMetricOf(s, '1').kind).toBe('rank-change');
    expect(englishMetricOf(s, '17').kind).toBe('rank-change');
    expect(englishMetricOf(s, '40th').unit).toBe('rank');
    expect(englishMetricOf(s, '60th').unit).toBe('rank');
  });
  it('a pillar\'s place is no Global Innovation Index rank', () => {
    expect(englishIndicatorOf('In the Global Innovation Index 2023, Vietnam ranks 57th in innovation inputs.', '57th')).toBe('none');
    expect(englishIndicatorOf('Vietnam ranks 46th in the Global Innovation Index 2023.', '46th')).toBe('gii-rank');
  });
  it('an ordinal with no rank word stays no figure, and "3rd place" keeps its text', () => {
    expect(() => englishMetricOf('The 2nd edition of the forum opened on Monday with 300 delegates.', '2nd')).toThrow();
    expect(englishMetricOf('Hai Phong reached 3rd place nationwide.', '3rd').text).toBe('3rd');
  });
});

describe('English falls said with "decreasing" or "plummeted" (round 51)', () => {
  it.each([['ATM transactions continued their decline, decreasing by 2.37 per cent in volume.', '2.37'], ['Lazada\'s revenue dropped by 48%, while Tiki\'s even plummeted by 63%.', '63%']])('%s', (s, n) => {
    expect(englishMetricOf(s, n).value).toBeLessThan(0);
  });
});

describe('a goal\'s words before a figure written with its currency sign (round 51)', () => {
  it('"set a revenue target of around $140 billion" is a target', () => {
    expect(englishMetricOf('The ministry set a revenue target of around $140 billion for the ICT sector.', '140').status).toBe('target');
    expect(englishMetricOf('Revenue reached around $140 billion for the ICT sector.', '140').status).toBe('actual');
  });
});

describe('English numbers that size a field, a set or a streak (round 51)', () => {
  it.each([
    ['The report includes 39 indicators across three pillars.', '39'],
    ['This year the index ranked 181 countries, up from 160 in 2021.', '181'],
    ['Hue ranked second out of 34 newly merged provinces.', '34'],
    ['The region places 4th among the 9 global regions covered in the report.', '9'],
    ['Vietnam is among the 7 middle-income countries that rose fastest.', '7'],
    ['Vietnam has been an innovation overperformer for 13 consecutive years.', '13'],
  ])('%s', (s, n) => {
    expect(englishMetrics([s], 2023).map((m) => m.text)).not.toContain(n);
  });
  it('a count of places that did something, and a total stated after "out of", stay figures', () => {
    expect(englishMetrics(['As many as 24 provinces have completed the task.'], 2023).map((m) => m.text)).toContain('24');
    expect(englishMetrics(['Out of 6,641 attacks, 1,696 were on government systems.'], 2023).map((m) => m.text)).toContain('1,696');
  });
});
