/** src/client/search/view.ts: excerpts, links and dates of results, as data. */
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../../../src/client/search/match';
import { assess } from '../../../../src/client/search/rank';
import { EXCERPT_WORDS, excerptParts, formatIsoDate, freshExcerpt, pagefindExcerpt, resultHref, type Part } from '../../../../src/client/search/view';

const marked = (parts: Part[]) => parts.filter((p) => p.mark).map((p) => p.text);
const text = (parts: Part[]) => parts.map((p) => p.text).join('');
/** A result whose every word is a Pagefind hit position (as if each matched). */
const result = (q: string, content: string, excerpt = '') =>
  assess(queryKeys(q), { url: '/a/', content, excerpt, locations: content.split(/\s+/).map((_, i) => i), meta: { title: 'A', kind: 'article' } }, 1);

describe('excerptParts', () => {
  const long = `${'chữ '.repeat(40)}tại tỉnh Ninh Bình, an ninh và Thái Bình Dương ${'kết '.repeat(40)}`.trim();
  it('excerptParts shows the passage with the phrase, highlighted without its punctuation', () => {
    const parts = excerptParts(queryKeys('ninh binh'), result('ninh binh', long));
    expect(marked(parts)).toEqual(['Ninh Bình']);
    expect(text(parts)).toMatch(/^… (chữ ){6}tại tỉnh Ninh Bình, an ninh .* …$/);
    expect(text(parts).split(' ').filter((w) => w !== '…')).toHaveLength(EXCERPT_WORDS);
  });
  it('excerptParts highlights each query word when the words are apart', () => {
    expect(marked(excerptParts(queryKeys('ninh duong'), result('ninh duong', 'an ninh và Thái Bình Dương.')))).toEqual(['ninh', 'Dương']);
  });
  it('excerptParts starts no earlier than the section it is given', () => {
    expect(text(excerptParts(queryKeys('b'), result('b', 'x y z a b c'), 3))).toBe('… a b c');
  });
  it('excerptParts falls back to Pagefind’s excerpt when the text holds no query word', () => {
    expect(marked(excerptParts(queryKeys('dinh'), result('dinh', 'không có', 'Tài khoản <mark>định</mark> danh')))).toEqual(['định']);
  });
});

describe('freshExcerpt', () => {
  const quote = `${'a '.repeat(30)}cấp 84,7 triệu thẻ ${'b '.repeat(30)}`.trim();
  it('freshExcerpt shows a passage once: a later page quoting it gets its next passage, or null', () => {
    const seen = new Set<string>();
    const q = queryKeys('84,7');
    expect(marked(freshExcerpt(q, result('84,7', quote), 0, seen)!)).toEqual(['84,7']);
    const twice = `${quote} ${'c '.repeat(30)}lần hai 84,7 nữa`;
    expect(text(freshExcerpt(q, result('84,7', twice), 0, seen)!)).toContain('lần hai 84,7 nữa');
    expect(freshExcerpt(q, result('84,7', quote), 0, seen)).toBeNull();
  });
});

describe('pagefindExcerpt', () => {
  it('pagefindExcerpt marks the words a folded query starts ("dinh" → "định")', () => {
    const parts = pagefindExcerpt(queryKeys('dinh danh'), 'Tài khoản định danh điện tử; dinh thự.');
    expect(marked(parts)).toEqual(['định', 'danh', 'dinh']);
    expect(text(parts)).toBe('Tài khoản định danh điện tử; dinh thự.');
  });
  it('pagefindExcerpt keeps Pagefind’s marks without their punctuation and unescapes &lt; &gt;', () => {
    const parts = pagefindExcerpt(queryKeys('xyz'), 'tỉnh <mark>Ninh</mark> <mark>Bình.</mark> a &lt;b&gt;');
    expect(marked(parts)).toEqual(['Ninh', 'Bình']);
    expect(text(parts)).toBe('tỉnh Ninh Bình. a <b>');
  });
});

describe('resultHref', () => {
  it('resultHref joins the site root and the page path online', () => {
    expect(resultHref('http://h/a/b/', '/timeline/2024/#e-x', false)).toBe('http://h/a/b/timeline/2024/#e-x');
  });
  it('resultHref adds index.html to folder paths offline', () => {
    expect(resultHref('file:///x/cds/', '/timeline/2024/#e-x', true)).toBe('file:///x/cds/timeline/2024/index.html#e-x');
    expect(resultHref('file:///x/cds/', '/', true)).toBe('file:///x/cds/index.html');
    expect(resultHref('file:///x/cds/', '/data/metrics.csv', true)).toBe('file:///x/cds/data/metrics.csv');
  });
});

describe('formatIsoDate', () => {
  it('formatIsoDate writes day, month or year dates in each language', () => {
    expect(formatIsoDate('2024-07-19', 'vi')).toBe('19/7/2024');
    expect(formatIsoDate('2024-07', 'vi')).toBe('7/2024');
    expect(formatIsoDate('2030', 'vi')).toBe('2030');
    expect(formatIsoDate('2024-07-19', 'en')).toBe('19 Jul 2024');
    expect(formatIsoDate('2024-07', 'en')).toBe('Jul 2024');
    expect(formatIsoDate('unknown', 'en')).toBe('unknown');
  });
});
