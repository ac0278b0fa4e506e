/**
 * A spaced dash before words ends a list item: what follows it ("- tức chiếm 2/3 …", "- bằng 40% …") is the
 * next figure's, not the one before it; a range ("9 - 10") is no break. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { listItems } from '../../../scripts/ingest/items';
import { indicatorOf } from '../../support/metrics-of';

const spans = (s: string, ns: string[]) => ns.map((n) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length }));

describe('a spaced dash between two figures', () => {
  it('ends the first figure\'s item before words', () => {
    const s = 'Ngành X đạt 12 tỷ USD vào năm 2024 - tức chiếm 40% quy mô thị trường.';
    const [a, b] = listItems(s, spans(s, ['12 tỷ USD', '40%']));
    expect(s.slice(a!.start, a!.end)).toBe('Ngành X đạt 12 tỷ USD vào năm 2024');
    expect(s.slice(b!.start, b!.end)).toBe('tức chiếm 40% quy mô thị trường.');
  });
  it('is no break in a range', () => {
    const s = 'Mỗi xã có 9 - 10 tổ công nghệ số.';
    const [a] = listItems(s, spans(s, ['9', '10']));
    expect(s.slice(a!.start, a!.end)).toBe(s);
  });
  it.each([
    ['Thương mại điện tử là ngành lớn nhất, đạt 20 tỷ USD vào năm 2024 - tức chiếm 2/3 quy mô nền kinh tế số.', '20 tỷ USD', 'ecommerce-revenue'],
    ['Doanh thu thương mại điện tử B2C đạt 22 tỷ USD – bằng 60% quy mô kinh tế số.', '22 tỷ USD', 'ecommerce-revenue'],
    ['Quy mô kinh tế số đạt 30 tỷ USD — trong đó thương mại điện tử chiếm 60%.', '30 tỷ USD', 'digital-economy-revenue'],
  ])('%s → %s: %s', (s, n, id) => expect(indicatorOf(s, n)).toBe(id));
});
