import { describe, expect, it } from 'vitest';
import { isPlottable } from '../../../src/lib/review';

describe('isPlottable', () => {
  it('draws high-confidence and hand-checked values, never rejected ones', () => {
    expect(isPlottable({ value: 1 })).toBe(true);
    expect(isPlottable({ value: 1, review: 'auto', confidence: 'high' })).toBe(true);
    expect(isPlottable({ value: 1, review: 'auto', confidence: 'low' })).toBe(false);
    expect(isPlottable({ value: 1, review: 'confirmed', confidence: 'low' })).toBe(true);
    expect(isPlottable({ value: 1, review: 'corrected', confidence: 'low' })).toBe(true);
    expect(isPlottable({ value: 1, review: 'rejected', confidence: 'high' })).toBe(false);
  });
});
