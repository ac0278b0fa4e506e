import { describe, expect, it } from 'vitest';
import { tn } from '../../../src/i18n/ui';

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
