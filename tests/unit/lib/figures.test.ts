import { describe, expect, it } from 'vitest';
import { editorialField, editorialReason } from '../../../src/lib/editorial';
import { figureAnchor, indexedFigures, isShown, isUnreviewed, statusText } from '../../../src/lib/figures';
import type { Metric } from '../../../src/schemas/metric';
import { metric } from './fixtures';

const reviewed = (over: Record<string, string>) => ({ ...metric(), ...over }) as Metric;

describe('figures', () => {
  it('isShown hides only numbers the editors rejected', () => {
    expect(isShown(metric())).toBe(true);
    expect(isShown(reviewed({ review: 'rejected' }))).toBe(false);
    expect(isShown(reviewed({ review: 'auto', confidence: 'low' }))).toBe(true);
  });
  it('isUnreviewed marks a low-confidence number nobody confirmed', () => {
    expect(isUnreviewed(reviewed({ confidence: 'low', review: 'auto' }))).toBe(true);
    expect(isUnreviewed(reviewed({ confidence: 'low', review: 'confirmed' }))).toBe(false);
    expect(isUnreviewed(reviewed({ confidence: 'high' }))).toBe(false);
  });
  it('statusText names each status in both languages', () => {
    expect(statusText({ status: 'target' }, 'vi')).toBe('mục tiêu');
    expect(statusText({ status: 'actual' }, 'en')).toBe('result');
    expect(statusText({ status: 'estimate' as never }, 'en')).toBe('estimate');
  });
  it('figureAnchor is the metric id behind "t-"', () => {
    expect(figureAnchor('m-1a2b3c4d')).toBe('t-m-1a2b3c4d');
  });
  it('indexedFigures: on Vietnamese pages the first figure of each indicator, on English pages all', () => {
    const list = [
      metric({ id: 'm-1' }),
      metric({ id: 'm-2', indicator: 'eid-accounts' }),
      metric({ id: 'm-3', indicator: 'eid-accounts' }),
      metric({ id: 'm-4', indicator: 'digital-economy-share' }),
      metric({ id: 'm-5' }),
    ];
    expect([...indexedFigures(list, 'vi')]).toEqual(['m-2', 'm-4']);
    expect([...indexedFigures(list, 'en')]).toEqual(['m-1', 'm-2', 'm-3', 'm-4', 'm-5']);
    expect(indexedFigures([], 'vi').size).toBe(0);
  });
});

describe('editorial', () => {
  it('editorialReason gives Vietnamese pages the Vietnamese reason, else the English one marked en', () => {
    const e = { reason: 'The text has no headline.', reasonVi: 'Bài không có tiêu đề.' };
    expect(editorialReason(e, 'vi')).toEqual({ text: 'Bài không có tiêu đề.', lang: 'vi' });
    expect(editorialReason(e, 'en')).toEqual({ text: 'The text has no headline.', lang: 'en' });
    expect(editorialReason({ reason: 'The text has no headline.' }, 'vi')).toEqual({ text: 'The text has no headline.', lang: 'en' });
  });
  it('editorialField names known fields and keeps others as written', () => {
    expect(editorialField('outlet', 'vi')).toBe('Cơ quan báo chí');
    expect(editorialField('title', 'en')).toBe('Headline');
    expect(editorialField('place', 'en')).toBe('place');
  });
});
