import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/i18n/fill';
import { dictionaries, t, tn } from '../../../src/i18n/t';

describe('fill', () => {
  it('fill replaces known placeholders and keeps unknown ones', () => {
    expect(fill('{n} giá trị, {x}', { n: 3 })).toBe('3 giá trị, {x}');
  });
});

describe('t', () => {
  it('t fills placeholders', () => {
    expect(t('en', 'timeline.yearTitle', { year: 2024 })).toBe('Year 2024');
    expect(t('vi', 'story.stepOf', { n: 2, total: 5 })).toBe('Bước 2/5');
  });
  it('t gives every English string a text (Vietnamese may be deliberately empty)', () => {
    const empty = Object.entries(dictionaries.en).filter(([, v]) => v === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });
});

describe('tn', () => {
  it('tn picks the English singular for one and the plural otherwise', () => {
    expect(tn('en', 'count.values', 1)).toBe('1 value');
    expect(tn('en', 'count.values', 2)).toBe('2 values');
    expect(tn('en', 'count.reports', 0)).toBe('0 reports');
    expect(tn('en', 'count.figures', 1)).toBe('1 figure');
  });
  it('tn uses the one Vietnamese form for every count', () => {
    expect(tn('vi', 'count.reports', 1)).toBe('1 bài báo');
    expect(tn('vi', 'count.reports', 5)).toBe('5 bài báo');
  });
});
