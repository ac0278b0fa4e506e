import { describe, expect, it } from 'vitest';
import { alternatePath, langOfPath, langParam, langParams, localePath } from '../../../src/i18n/lang';

describe('localePath', () => {
  it('localePath keeps Vietnamese at the root and puts English under /en/', () => {
    expect(localePath('vi', '/timeline/')).toBe('/timeline/');
    expect(localePath('en', '/timeline/')).toBe('/en/timeline/');
    expect(localePath('en', 'data/')).toBe('/en/data/');
  });
});

describe('langParam', () => {
  it('langParam gives no [...lang] param at the root (vi) and "en" under /en/, as langParams does', () => {
    expect(langParam('vi')).toBeUndefined();
    expect(langParam('en')).toBe('en');
    expect(langParams().map((p) => p.params.lang)).toEqual([langParam('vi'), langParam('en')]);
  });
});

describe('alternatePath', () => {
  it('alternatePath maps a page to the same page in the other language', () => {
    expect(alternatePath('/articles/x/', 'en')).toBe('/en/articles/x/');
    expect(alternatePath('/en/articles/x/', 'vi')).toBe('/articles/x/');
    expect(alternatePath('/en/', 'vi')).toBe('/');
    expect(alternatePath('/english-notes/', 'vi')).toBe('/english-notes/');
  });
});

describe('langOfPath', () => {
  it('langOfPath reads the language from the path', () => {
    expect(langOfPath('/en/timeline/')).toBe('en');
    expect(langOfPath('/en')).toBe('en');
    expect(langOfPath('/entities/')).toBe('vi');
  });
});
