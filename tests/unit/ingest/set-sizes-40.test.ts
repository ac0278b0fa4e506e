/** Round 40: the field a ranking places its members in is the field's size, not a claim. Sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { isNamedSetSize } from '../../../scripts/ingest/set-sizes';

const split = (s: string, n: string) => {
  const at = s.indexOf(n);
  return [s.slice(0, at).toLowerCase(), s.slice(at + n.length)] as const;
};

describe('the field of a ranking', () => {
  it('"Đối với 21 sở, ngành, …, Sở … xếp hạng nhất" sizes the field', () => {
    const [before, after] = split('Theo đó, đối với 21 sở, ngành, Sở Tài chính xếp hạng nhất, Sở Nội vụ xếp hạng nhì.', '21');
    expect(isNamedSetSize(before, after, 21)).toBe(true);
    const [b2, a2] = split('Trong số 12 huyện, huyện Lộc Ninh đứng đầu về chuyển đổi số.', '12');
    expect(isNamedSetSize(b2, a2, 12)).toBe(true);
  });
  it('not a count of bodies that reached something', () => {
    const [before, after] = split('Đối với 21 sở, ngành đã kết nối hệ thống, tỉnh cấp thêm kinh phí.', '21');
    expect(isNamedSetSize(before, after, 21)).toBe(false);
    const [b2, a2] = split('Năm 2023 có 15 xã xếp hạng khá về chuyển đổi số.', '15');
    expect(isNamedSetSize(b2, a2, 15)).toBe(false);
  });
});
