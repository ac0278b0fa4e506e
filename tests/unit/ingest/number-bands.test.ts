/** number-bands.ts: sizes and bands of the groups another figure counts in (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { isOneOfFirst } from '../../../scripts/ingest/number-bands';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((n) => n.text);

describe('round 36: the field of the first to do something', () => {
  it.each([
    'Tỉnh đã cấp thẻ cho 100% người dân, là một trong 15 địa phương đầu tiên của cả nước hoàn thành.',
    'Huyện là 1 trong 6 đơn vị sớm nhất về đích.',
  ])('%s: the field is a band', (s) => {
    const at = s.search(/(?:15|6) (?:địa|đơn)/u);
    expect(isOneOfFirst(s.slice(0, at).toLowerCase(), s.slice(at).replace(/^\d+/u, ''))).toBe(true);
    expect(texts(s)).not.toContain(s.slice(at).match(/^\d+/u)![0]);
  });
  it.each([
    ['Tỉnh là một trong 15 địa phương có tỷ lệ cao.', '15'],
    ['15 địa phương đầu tiên đã hoàn thành.', '15'],
  ])('%s keeps %s', (s, n) => expect(texts(s)).toContain(n));
});
