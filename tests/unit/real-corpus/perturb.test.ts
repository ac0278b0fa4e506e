import { describe, expect, it } from 'vitest';
import { applySwap, SWAPS, swapGold } from '../../support/real-corpus/perturb';
import type { GoldArticle } from '../../support/real-corpus/gold';

describe('perturb: swapping one name for another', () => {
  it('applySwap replaces whole words only, keeping a capital at the start of a sentence', () => {
    expect(applySwap('Thương mại điện tử tăng; doanh thu thương mại điện tử đạt', { from: 'thương mại điện tử', to: 'TMĐT' })).toBe('TMĐT tăng; doanh thu TMĐT đạt');
    expect(applySwap('Tỷ lệ hồ sơ, tỷ lệ này', { from: 'tỷ lệ', to: 'tỉ lệ' })).toBe('Tỉ lệ hồ sơ, tỉ lệ này');
    expect(applySwap('tăng trưởng, tăng 5%', { from: 'tăng', to: 'tăng trưởng' })).toBe('tăng trưởng trưởng, tăng trưởng 5%');
    expect(applySwap('đạt 2 tỷ USD, tỷ lệ', { from: 'tỷ', to: 'tỉ' })).toBe('đạt 2 tỉ USD, tỉ lệ');
    expect(applySwap('không đổi', { from: 'đạt', to: 'đạt mức' })).toBe('không đổi');
  });

  it('swapGold rewrites quotes and numbers as written, never values', () => {
    const gold = {
      file: 'x.txt', date: 'unknown', headline: true,
      claims: [{ text: '2 tỷ USD', quote: 'TMĐT đạt 2 tỷ USD', value: 2e9, unit: 'USD', status: 'actual', period: 'none', indicator: 'none' }],
      not_metric: [{ text: '2024', all: true, reason: 'year' }],
    } as unknown as GoldArticle;
    const out = swapGold(gold, { from: 'tỷ', to: 'tỉ' });
    expect(out.claims[0]).toMatchObject({ text: '2 tỉ USD', quote: 'TMĐT đạt 2 tỉ USD', value: 2e9 });
    expect(out.not_metric[0]).toEqual({ text: '2024', all: true, reason: 'year' });
  });

  it('every swap changes something and swaps a name for another', () => {
    for (const s of SWAPS) expect(s.from, s.to).not.toBe(s.to);
  });
});
