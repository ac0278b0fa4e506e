/** Session 24: an English clause's bounds and its pointers back (scripts/ingest/english-clause.ts). Sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { clauseBounds, englishAnaphorAt } from '../../../scripts/ingest/english-clause';

describe('clauseBounds', () => {
  const s = 'Phone exports fell 4%, while laptop exports rose 9%; tablets were flat.';
  it('cuts an English page\'s clause at ", while"', () => {
    const [a, b] = clauseBounds(s, s.indexOf('9%'), true);
    expect(s.slice(a, b)).toBe('laptop exports rose 9%');
    const [c, d] = clauseBounds(s, s.indexOf('4%'), true);
    expect(s.slice(c, d)).toBe('Phone exports fell 4%');
  });
  it('keeps the ";"-clause on a Vietnamese page and after ", while its …"', () => {
    const [a, b] = clauseBounds(s, s.indexOf('9%'), false);
    expect(s.slice(a, b)).toBe('Phone exports fell 4%, while laptop exports rose 9%');
    const t = 'Vietnam ranked 71st, while its score was 0.79.';
    expect(clauseBounds(t, t.indexOf('0.79'), true)).toEqual([0, t.length]);
  });
});

describe('englishAnaphorAt', () => {
  it('finds "this category", "the proportion", "these exports"', () => {
    expect(englishAnaphorAt('this category made up 15%')).toBe(0);
    expect(englishAnaphorAt('by 2015 the proportion had doubled')).toBe(8);
    expect(englishAnaphorAt('revenue reached 5 billion')).toBeUndefined();
  });
});
