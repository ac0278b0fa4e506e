/** src/lib/pairs.ts: the word-pair tokens of a page's text, its title and a query. */
import { describe, expect, it } from 'vitest';
import { alignedPairs, PAIR_GAP, PAIR_MARK, PAIRED_LANGUAGES, queryPairs, titlePairs } from '../../../src/lib/pairs';

const P = PAIR_MARK;
const G = PAIR_GAP;
const pairs = (...xs: string[]) => xs.map((x) => (x === G ? G : P + x)).join(' ');

describe('alignedPairs', () => {
  it('alignedPairs gives each word the pair it starts, folded as searchKey folds (tone marks, đ, case), the last word a gap', () => {
    expect(alignedPairs('Kinh tế số')).toBe(pairs('kinhte', 'teso', G));
    expect(alignedPairs('Định danh điện tử')).toBe(pairs('dinhdanh', 'danhdien', 'dientu', G));
    expect(alignedPairs('ĐẠI HỘI Đảng')).toBe(pairs('daihoi', 'hoidang', G));
  });
  it('alignedPairs keeps one word per word of the text, so Pagefind’s positions agree (punctuation alone is a gap and is skipped by the pairs)', () => {
    const text = 'Hà Nội – “chuyển đổi” (số).';
    expect(alignedPairs(text)).toBe(pairs('hanoi', 'noichuyen', G, 'chuyendoi', 'doiso', G));
    expect(alignedPairs(text).split(' ')).toHaveLength(text.split(' ').length);
  });
  it('alignedPairs repeats a pair where the text repeats it (Pagefind counts them)', () => {
    expect(alignedPairs('kinh tế số, kinh tế')).toBe(pairs('kinhte', 'teso', 'sokinh', 'kinhte', G));
  });
  it('alignedPairs pairs numbers and words with digits as the search keys them', () => {
    expect(alignedPairs('Đề án 06 đạt 84,7 %')).toBe(pairs('dean', 'an06', '06dat', 'dat847', G, G));
  });
  it('alignedPairs reads decomposed text (NFD) and any white space, and gives nothing for an empty text', () => {
    expect(alignedPairs('Chi\u0301nh\u00a0phu\u0309\n\tso\u0302\u0301')).toBe(pairs('chinhphu', 'phuso', G));
    expect(alignedPairs('số')).toBe(G);
    expect(alignedPairs(' ')).toBe('');
    expect(alignedPairs('')).toBe('');
  });
});

describe('titlePairs', () => {
  it('titlePairs gives each pair of a title once', () => {
    expect(titlePairs('Kinh tế số và kinh tế số')).toBe(pairs('kinhte', 'teso', 'sova', 'vakinh'));
    expect(titlePairs('Đề án')).toBe(pairs('dean'));
    expect(titlePairs('Tin')).toBe('');
  });
});

describe('queryPairs', () => {
  it('queryPairs pairs a query as the text is paired, so "dinh danh" finds "định danh"', () => {
    expect(queryPairs('dinh danh dien tu')).toBe(pairs('dinhdanh', 'danhdien', 'dientu'));
    expect(alignedPairs('định danh điện tử')).toContain(queryPairs('dinh danh dien tu'));
    expect(queryPairs('  Kinh  tế số ')).toBe(pairs('kinhte', 'teso'));
  });
  it('queryPairs gives nothing for one word, punctuation or an empty query (the word search answers those)', () => {
    expect(queryPairs('số')).toBe('');
    expect(queryPairs('chuyển-đổi')).toBe('');
    expect(queryPairs('số !')).toBe('');
    expect(queryPairs('')).toBe('');
  });
  it('queryPairs keeps an incomplete last word as the start of its pair (Pagefind matches it as a prefix)', () => {
    expect(queryPairs('Phạm Minh Ch')).toBe(pairs('phamminh', 'minhch'));
  });
});

describe('PAIR_MARK, PAIR_GAP, PAIRED_LANGUAGES', () => {
  it('PAIR_MARK is a letter (kept in a word by Pagefind and by searchKey) without case or marks; PAIR_GAP has no letter or digit', () => {
    expect(PAIR_MARK).toMatch(/^\p{L}$/u);
    expect(PAIR_MARK.toLowerCase()).toBe(PAIR_MARK);
    expect(PAIR_MARK.normalize('NFD')).toBe(PAIR_MARK);
    expect(PAIR_MARK).not.toMatch(/[\x00-\x7f]/);
    expect(PAIR_GAP).not.toMatch(/[\p{L}\p{N}\s]/u);
  });
  it('PAIRED_LANGUAGES pairs Vietnamese, not English', () => {
    expect(PAIRED_LANGUAGES.has('vi')).toBe(true);
    expect(PAIRED_LANGUAGES.has('en')).toBe(false);
  });
});
