import { describe, expect, it } from 'vitest';
import { continuesSeries } from '../../../scripts/ingest/english-direction';
import { isEnglishNonFigure } from '../../../scripts/ingest/english-words';
import { englishMetrics } from '../../support/metrics-of';

describe('a change said once for two figures with a time tag between (round 48)', () => {
  it('steps on past "on-month", "on-year", "year-on-year"', () => {
    for (const between of [' on-month and ', ' on-year, ', ' year-on-year and ', ' month-on-month, and ']) expect(continuesSeries(between), between).toBe(true);
    expect(continuesSeries(' compared to June, but up ')).toBe(false);
  });
  it('gives the second figure the fall too', () => {
    const [fall, second] = englishMetrics(['Its state budget contribution was estimated at $362.2 million, falling by 3 per cent on-month and 16 per cent over the same period last year.'], 2023).filter((m) => m.unit === 'percent');
    expect(fall).toMatchObject({ value: -3, direction: 'down' });
    expect(second).toMatchObject({ value: -16, direction: 'down' });
  });
});

describe("a place's number and a list of levels are labels (round 48)", () => {
  const noFigure = (s: string, n: string) => isEnglishNonFigure(s.slice(0, s.indexOf(n)).toLowerCase(), s.slice(s.indexOf(n) + n.length).toLowerCase());
  it.each([
    ['Ward 4, Lam Son ward is one of the typical residential areas.', '4'],
    ['the head of the neighborhood 4 team said', '4'],
    ['provides 1,273 services at level 3 and 4.', '4'],
  ])('%s: %s is no figure', (s, n) => expect(noFigure(s, n)).toBe(true));
  it('while a count after a level list goes on being one', () => {
    const s = '368 services at level 2; 397 services at level 3 and 1,051 services at level 4.';
    expect(noFigure(s, '1,051')).toBe(false);
    expect(englishMetrics([s], 2023).map((m) => m.text)).toEqual(['368', '397', '1,051']);
  });
});
