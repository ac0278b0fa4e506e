import { describe, expect, it } from 'vitest';
import { memo } from '../../../scripts/ingest/memo';
import { findDates } from '../../../scripts/ingest/dates';

describe('memo', () => {
  it('computes once per key while the key is kept, again after the cache is emptied', () => {
    const calls: string[] = [];
    const f = memo(2, (k: string) => { calls.push(k); return k.length; });
    expect([f('ab'), f('ab'), f('xyz'), f('ab')]).toEqual([2, 2, 3, 2]);
    expect(calls).toEqual(['ab', 'xyz']);
    f('four'); // full: emptied, then 'four' kept
    f('ab');
    expect(calls).toEqual(['ab', 'xyz', 'four', 'ab']);
  });
});

describe('findDates with its memo', () => {
  it('gives fresh matches on every call: changing one answer leaves the next unchanged', () => {
    const text = 'Năm 2024, tỷ lệ đạt 80%; đến tháng 6/2025 đạt 85%.';
    const first = findDates(text, { defaultYear: 2025 });
    const copy = structuredClone(first);
    first[0]!.iso = 'changed';
    first.pop();
    expect(findDates(text, { defaultYear: 2025 })).toEqual(copy);
  });

  it('fills the default year of each call, whatever an earlier call asked', () => {
    const text = 'Sáng 19/7, hội nghị đã diễn ra.';
    expect(findDates(text, { defaultYear: 2023 })[0]?.iso).toBe('2023-07-19');
    expect(findDates(text, { defaultYear: 2024 })[0]?.iso).toBe('2024-07-19');
    expect(findDates(text)[0]?.iso).toBe('0000-07-19');
  });
});
