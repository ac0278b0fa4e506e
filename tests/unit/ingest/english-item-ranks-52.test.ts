import { describe, expect, it } from 'vitest';
import { englishIndicatorOf } from '../../support/metrics-of';
import { ranksEnglishItem } from '../../../scripts/ingest/english-clause';

const LEAD = 'Vietnam ranked 44th out of 139 economies in the Global Innovation Index (GII) 2025. // ';

describe('round 52: an English rank in a bracket after an item is that item\'s place, not the ranking the page leads with', () => {
  it.each([
    ['after a move of the item', 'Regulatory stability improved by 14 places (28th), tariff rates by 28 places (20th).', '28th'],
    ['the second item of a list', 'Highlights include patent applications (up 17 places to 74th), production and export complexity (up 9 places to 52nd).', '52nd'],
    ['after "including"', 'The country entered the global top 10 in several areas, including labor productivity growth (4th), mobile app creation (7th).', '7th'],
  ])('%s', (_why, text, n) => {
    expect(englishIndicatorOf(LEAD + text, n, true, 2025)).toBe('none');
  });

  it.each([
    ['the country in a bracket', 'Among its neighbours, Vietnam (44th) stays third in ASEAN.', '44th'],
    ['the ranking named before the bracket', 'The overall ranking (44th) is unchanged.', '44th'],
  ])('keeps the ranking for %s', (_why, text, n) => {
    expect(englishIndicatorOf(LEAD + text, n, true, 2025)).toBe('gii-rank');
  });

  it('reads the item back to its clause', () => {
    expect(ranksEnglishItem('Key highlights include international patent applications (up 17 places to ')).toBe(true);
    expect(ranksEnglishItem('In the GII, Vietnam (')).toBe(false);
    expect(ranksEnglishItem('It rose (')).toBe(false);
  });
});
