import { describe, expect, it } from 'vitest';
import { isLocalPageInEnglish } from '../../../scripts/ingest/english-subject';
import { englishIndicatorOf } from '../../support/metrics-of';

describe('an English page about one place that cites a national plan (round 49)', () => {
  it.each([
    'Son La focuses on building digital society. Digital society is one of the three pillars of the national digital transformation programme, along with digital government.',
    'Implement the National Strategy for digital economy and digital society development in the province in the period of 2022-2025.',
    'Da Nang City has implemented the Resolution and Digital Transformation Project according to the National Digital Transformation Program.',
  ])('is still local: %s', (opening) => {
    expect(isLocalPageInEnglish(opening)).toBe(true);
  });
  it('a national figure or the whole country is not', () => {
    expect(isLocalPageInEnglish('Son La and the national average: the national rate of online services reached 60%.')).toBe(false);
    expect(isLocalPageInEnglish('Hanoi leads the country; Vietnam has 100 million people.')).toBe(false);
  });
  it("gives a province's figure no national series", () => {
    const page = ['Son La focuses on building digital society', 'Digital society is one of the three pillars of the national digital transformation programme. Authorities in Son La province have deployed many solutions.', 'About 98.5% of villages are covered by 4G mobile broadband.'];
    expect(englishIndicatorOf(page.join(' // '), '98.5%', true, 2023)).toBe('none');
  });
});
