import { describe, expect, it } from 'vitest';
import { PAIR_MARK, PAIRED_LANGUAGES, pageTitlePairs, queryPairs, textPairSequence } from '../../../src/lib/pairs';

const P = PAIR_MARK;
const pairs = (...xs: string[]) => xs.map((x) => P + x).join(' ');

describe('textPairSequence', () => {
  it('textPairSequence pairs consecutive syllables, folded as searchKey folds them (tone marks, đ, case)', () => {
    expect(textPairSequence('Kinh tế số')).toBe(pairs('kinhte', 'teso'));
    expect(textPairSequence('Định danh điện tử')).toBe(pairs('dinhdanh', 'danhdien', 'dientu'));
    expect(textPairSequence('ĐẠI HỘI Đảng')).toBe(pairs('daihoi', 'hoidang'));
  });
  it('textPairSequence keeps one token per pair of words, repeats included (Pagefind counts them)', () => {
    expect(textPairSequence('kinh tế số, kinh tế')).toBe(pairs('kinhte', 'teso', 'sokinh', 'kinhte'));
  });
  it('textPairSequence skips punctuation standing alone and strips it from words', () => {
    expect(textPairSequence('Hà Nội – “chuyển đổi” (số).')).toBe(pairs('hanoi', 'noichuyen', 'chuyendoi', 'doiso'));
  });
  it('textPairSequence pairs numbers and words with digits as the search keys them', () => {
    expect(textPairSequence('Đề án 06 đạt 84,7 %')).toBe(pairs('dean', 'an06', '06dat', 'dat847'));
    expect(textPairSequence('năm 2025')).toBe(pairs('nam2025'));
  });
  it('textPairSequence reads decomposed text (NFD) and any white space', () => {
    expect(textPairSequence('Chi\u0301nh\u00a0phu\u0309\n\tso\u0302\u0301')).toBe(pairs('chinhphu', 'phuso'));
  });
  it('textPairSequence pairs English words too, and gives nothing for fewer than two words', () => {
    expect(textPairSequence('E-Government index')).toBe(pairs('egovernmentindex'));
    expect(textPairSequence('số')).toBe('');
    expect(textPairSequence(' – ')).toBe('');
    expect(textPairSequence('')).toBe('');
  });
});

describe('pageTitlePairs', () => {
  it('pageTitlePairs gives each pair of a title once', () => {
    expect(pageTitlePairs('Kinh tế số và kinh tế số')).toBe(pairs('kinhte', 'teso', 'sova', 'vakinh'));
    expect(pageTitlePairs('Đề án')).toBe(pairs('dean'));
    expect(pageTitlePairs('Tin')).toBe('');
  });
});

describe('queryPairs', () => {
  it('queryPairs pairs a query as the text is paired, so "dinh danh" finds "định danh"', () => {
    expect(queryPairs('dinh danh dien tu')).toBe(textPairSequence('định danh điện tử'));
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

describe('PAIR_MARK', () => {
  it('PAIR_MARK is a letter (kept in a word by Pagefind and by searchKey) without case or marks', () => {
    expect(PAIR_MARK).toMatch(/^\p{L}$/u);
    expect(PAIR_MARK.toLowerCase()).toBe(PAIR_MARK);
    expect(PAIR_MARK.normalize('NFD')).toBe(PAIR_MARK);
    expect(PAIR_MARK).not.toMatch(/[\x00-\x7f]/);
  });
  it('PAIRED_LANGUAGES pairs Vietnamese, not English', () => {
    expect(PAIRED_LANGUAGES.has('vi')).toBe(true);
    expect(PAIRED_LANGUAGES.has('en')).toBe(false);
  });
});
