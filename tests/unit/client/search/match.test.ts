/** src/client/search/match.ts: where and how closely a text holds a query. */
import { describe, expect, it } from 'vitest';
import { fits, locate, normalizeQuery, queryKeys, splitWords, Tier } from '../../../../src/client/search/match';

const at = (q: string, text: string) => locate(queryKeys(q), splitWords(text));

describe('normalizeQuery', () => {
  it('normalizeQuery trims, collapses spaces, composes marks (NFC) and caps the length', () => {
    expect(normalizeQuery('  Chi\u0301nh   phủ \n')).toBe('Chính phủ');
    expect(normalizeQuery('a'.repeat(200))).toHaveLength(120);
  });
});

describe('queryKeys', () => {
  it('queryKeys gives exact and folded keys and drops punctuation-only words', () => {
    expect(queryKeys('Định danh - “điện tử”, 84,7')).toEqual({ exact: ['định', 'danh', 'điện', 'tử', '847'], folded: ['dinh', 'danh', 'dien', 'tu', '847'] });
  });
});

describe('fits', () => {
  it('fits lets the last query word be the start of a word, not a number', () => {
    expect(fits('chinh', 'ch', true)).toBe(true);
    expect(fits('chinh', 'ch', false)).toBe(false);
    expect(fits('350000', '35', true)).toBe(false);
    expect(fits('35', '35', true)).toBe(true);
  });
});

describe('locate', () => {
  it('locate finds the phrase as typed first, case aside', () => {
    expect(at('Phạm Minh Chính', 'Thủ tướng Chính phủ phạm minh chính, Chủ tịch')).toEqual({ tier: Tier.exact, at: 4, len: 3 });
  });
  it('locate prefers the phrase as typed to an earlier folded one', () => {
    expect(at('Bình', 'binh sĩ ở Ninh Bình')).toMatchObject({ tier: Tier.exact, at: 4 });
  });
  it('locate finds the phrase once folded (đ included)', () => {
    expect(at('pham minh chinh', 'Thủ tướng Phạm Minh Chính.')).toMatchObject({ tier: Tier.folded, at: 2 });
    expect(at('de an 06', 'theo Đề án 06 của Chính phủ')).toMatchObject({ tier: Tier.folded, at: 1 });
  });
  it('locate does not take scattered words for the phrase ("Ninh Bình" in "an ninh … hòa bình")', () => {
    expect(at('Ninh Bình', 'an ninh mạng ở Hòa Bình')).toMatchObject({ tier: Tier.words });
    expect(at('Ninh Bình', 'Thái Bình Dương và an ninh')).toMatchObject({ tier: Tier.words });
  });
  it('locate is loose when a query word is missing, pointing at the densest passage', () => {
    expect(at('ninh binh xyz', 'a b c d e f g h i j k l m n o p q r s t ninh binh')).toEqual({ tier: Tier.loose, at: 20, len: 1 });
    expect(at('xyz', 'ninh binh')).toEqual({ tier: Tier.loose, at: -1, len: 0 });
  });
  it('locate lets the last word be a prefix ("Phạm Minh Ch") but not the others', () => {
    expect(at('Phạm Minh Ch', 'ông Phạm Minh Chính')).toMatchObject({ tier: Tier.exact, at: 1 });
    expect(at('inh Bình', 'Ninh Bình').tier).toBe(Tier.loose);
  });
  it('locate does not take a slug or file name for the phrase ("kinh-te-so.csv")', () => {
    expect(at('kinh te so', 'Tải kinh-te-so.csv (12 kB)').tier).toBe(Tier.loose);
    expect(at('e-government', 'UN E-Government Development Index').tier).toBe(Tier.exact);
  });
  it('locate skips punctuation between words ("Chính - Chủ tịch", "(Đề án 06).")', () => {
    expect(at('Chính Chủ tịch', 'Thủ tướng Chính - Chủ tịch')).toEqual({ tier: Tier.exact, at: 2, len: 4 });
    expect(at('đề án 06', 'tầm nhìn đến năm 2030 (Đề án 06).')).toMatchObject({ tier: Tier.exact, at: 5 });
  });
  it('locate reads numbers whole, with either decimal mark ("84,7", "84.7"), not inside others ("3,5" ≠ "350.000")', () => {
    expect(at('84,7', 'đã cấp trên 84,7 triệu thẻ')).toMatchObject({ tier: Tier.exact, at: 3 });
    expect(at('84.7', 'đã cấp trên 84,7% thẻ')).toMatchObject({ tier: Tier.exact, at: 3 });
    expect(at('3,5', 'gần 350.000 thành viên').tier).toBe(Tier.loose);
  });
  it('locate handles empty queries and texts', () => {
    expect(at('', 'abc').at).toBe(-1);
    expect(at('abc', '').at).toBe(-1);
  });
});

describe('splitWords', () => {
  it('splitWords splits on white space as Pagefind counts words (not on U+FEFF)', () => {
    expect(splitWords('a  b\u00a0c\nd\ufeffe')).toEqual(['a', 'b', 'c', 'd\ufeffe']);
  });
});
