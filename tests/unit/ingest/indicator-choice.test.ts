import { describe, expect, it } from 'vitest';
import { comparedAfter, insideExcluded, moreSpecific, preferRefinement } from '../../../scripts/ingest/indicator-choice';
import { phraseWords, findPhrase } from '../../../scripts/ingest/folded-text';
import { prepare } from '../../../scripts/ingest/indicator-context';
import type { Indicator } from '../../../src/schemas/lexicon';

/** The matcher's view of `sentence` around the number written `n`. */
function matching(sentence: string, n: string) {
  const s = sentence.toLowerCase();
  return prepare({ clause: s, sentence: s, at: s.indexOf(n), unit: 'percent', kind: 'growth' });
}
const hitOf = (m: ReturnType<typeof matching>, phrase: string, nth = 0) => findPhrase(m.tokens, phraseWords(phrase))[nth]!;
const ind = (id: string, concepts: string[][]) => ({ id, concepts }) as unknown as Indicator;

describe('comparedAfter', () => {
  it('a concept after the number behind "gấp", "so với", "hơn" names the thing compared with', () => {
    const m = matching('Doanh thu dịch vụ số tăng 25%, cao gấp ba lần tăng trưởng GDP.', '25%');
    expect(comparedAfter(m, hitOf(m, 'tang truong gdp'))).toBe(true);
    const k = matching('Xuất khẩu tăng 25%, cao hơn mức tăng của phần mềm.', '25%');
    expect(comparedAfter(k, hitOf(k, 'phan mem'))).toBe(true);
  });
  it('a concept before the number, or after it with no comparison, is the number\'s', () => {
    const m = matching('Tăng trưởng GDP đạt 7%, nhờ xuất khẩu phần cứng.', '7%');
    expect(comparedAfter(m, hitOf(m, 'tang truong gdp'))).toBe(false);
    expect(comparedAfter(m, hitOf(m, 'phan cung'))).toBe(false);
  });
});

describe('insideExcluded', () => {
  it('a concept that is part of a longer excluded phrase names nothing ("điện tử" of "thương mại điện tử")', () => {
    const m = matching('Doanh thu thương mại điện tử tăng 20%.', '20%');
    expect(insideExcluded(m, hitOf(m, 'dien tu'), [phraseWords('thuong mai dien tu')])).toBe(true);
    const k = matching('Doanh thu phần cứng, điện tử tăng 20%.', '20%');
    expect(insideExcluded(k, hitOf(k, 'dien tu'), [phraseWords('thuong mai dien tu')])).toBe(false);
    expect(insideExcluded(k, hitOf(k, 'dien tu'), [phraseWords('dien tu')])).toBe(false); // the same phrase is no longer one
  });
});

describe('preferRefinement / moreSpecific', () => {
  const whole = ind('whole', [['ho so'], ['truc tuyen']]);
  const provinces = ind('provinces', [['ho so'], ['truc tuyen', 'qua mang'], ['dia phuong']]);
  const other = ind('other', [['doanh thu'], ['phan mem'], ['dich vu']]);
  const c = (i: Indicator, score: number, far = 0) => ({ ind: i, s: { score, near: 0, far } });
  it('a breakdown of the best series, as near and behind by less than the optional words add, goes first', () => {
    expect(preferRefinement([c(whole, 5), c(provinces, 4)]).map((x) => x.ind.id)).toEqual(['provinces', 'whole']);
  });
  it('not when it stands farther, scores far less, or is no breakdown of the best', () => {
    expect(preferRefinement([c(whole, 5), c(provinces, 4, 1)])[0]!.ind.id).toBe('whole');
    expect(preferRefinement([c(whole, 6), c(provinces, 4)])[0]!.ind.id).toBe('whole');
    expect(preferRefinement([c(whole, 5), c(other, 4.9)])[0]!.ind.id).toBe('whole');
    expect(preferRefinement([])).toEqual([]);
  });
  it('moreSpecific: more concepts', () => {
    expect(moreSpecific(provinces, whole)).toBe(true);
    expect(moreSpecific(whole, provinces)).toBe(false);
  });
});
