import { describe, expect, it } from 'vitest';
import { refHref, refLabel, refLabelLang, refPeriod, refValue, refYear, refYearEnd } from '../../../src/lib/stories-format';
import type { StoryRef } from '../../../src/lib/stories-refs';
import { articles } from './stories-fixtures';

const a = articles[0]!;
const b = articles[1]!;
const ref = (over: Partial<StoryRef> = {}): StoryRef => ({ name: 'cards', article: a, metric: a.metrics[0]!, when: 'period', ...over });

describe('refValue', () => {
  it('refValue(ref, lang) formats the value with its qualifier', () => {
    expect(refValue(ref(), 'vi')).toBe('trên 84,7 triệu');
    expect(refValue(ref(), 'en')).toBe('over 84.7 million');
    expect(refValue(ref({ article: b, metric: b.metrics[2]! }), 'en')).toBe('244/276');
  });
});

describe('refHref', () => {
  it('refHref(ref, lang) links the source sentence in the language', () => {
    expect(refHref(ref(), 'vi')).toBe('/articles/a/#m-00000001');
    expect(refHref(ref(), 'en')).toBe('/en/articles/a/#m-00000001');
  });
});

describe('refPeriod', () => {
  it('refPeriod(ref, lang) is the period, or the report date when there is none or it is set aside', () => {
    expect(refPeriod(ref(), 'vi')).toBe('tháng 12/2023');
    expect(refPeriod(ref({ when: 'report' }), 'en')).toBe('reported 14 July 2023');
    expect(refPeriod(ref({ metric: a.metrics[1]! }), 'vi')).toBe('báo cáo 14/7/2023');
  });
});

describe('refYear', () => {
  it('refYear(ref) and refYearEnd(ref) place a value on a time axis', () => {
    expect(refYear(ref())).toBe(2023);
    expect(refYearEnd(ref())).toBeUndefined();
    const tasks = ref({ article: b, metric: b.metrics[2]! });
    expect([refYear(tasks), refYearEnd(tasks)]).toEqual([2022, 2023]);
    expect(refYear({ ...tasks, when: 'report' })).toBe(2025);
  });
});

describe('refLabel', () => {
  it('refLabel(ref, lang) is the label, else the article’s own words (in Vietnamese)', () => {
    expect(refLabel(ref({ label: { vi: 'Thẻ', en: 'Cards' } }), 'en')).toBe('Cards');
    expect(refLabelLang(ref({ label: { vi: 'Thẻ', en: 'Cards' } }), 'en')).toBe('en');
    expect(refLabel(ref(), 'en')).toBe('s');
    expect(refLabelLang(ref(), 'en')).toBe('vi');
  });
});
