import { describe, expect, it } from 'vitest';
import { alternatePath, langOfPath, localePath } from '../../../src/i18n/lang';
import { fill, t, ui } from '../../../src/i18n/ui';

describe('localePath', () => {
  it('localePath keeps Vietnamese at the root and puts English under /en/', () => {
    expect(localePath('vi', '/timeline/')).toBe('/timeline/');
    expect(localePath('en', '/timeline/')).toBe('/en/timeline/');
    expect(localePath('en', 'data/')).toBe('/en/data/');
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

describe('fill', () => {
  it('fill replaces known placeholders and keeps unknown ones', () => {
    expect(fill('{n} giá trị, {x}', { n: 3 })).toBe('3 giá trị, {x}');
  });
});

describe('t', () => {
  it('t fills placeholders', () => {
    expect(t('en', 'timeline.yearTitle', { year: 2024 })).toBe('Year 2024');
  });
  it('every interface string exists in both languages and is not empty unless deliberately so', () => {
    expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.vi).sort());
    const empty = Object.entries(ui.en).filter(([, v]) => v === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });
});
