/** A growth goal written "từ X% trở lên" is a rate with a lower bound, not a level a move starts from. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { pieceWithoutBoundFrom, withoutBoundFrom } from '../../../scripts/ingest/growth-bound';
import { metricOf } from '../../support/metrics-of';

/** The numbers found in `s`, as "value kind qualifier". */
const found = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.kind}${n.qualifier ? ` ${n.qualifier}` : ''}`);

describe('withoutBoundFrom / pieceWithoutBoundFrom', () => {
  it('drops "từ" only before "trở lên"', () => {
    expect(withoutBoundFrom(['gdp', 'tăng', 'từ'], '% trở lên')).toEqual(['gdp', 'tăng']);
    expect(withoutBoundFrom(['gdp', 'tăng', 'từ'], '% lên 7%')).toEqual(['gdp', 'tăng', 'từ']);
    expect(pieceWithoutBoundFrom('tốc độ tăng GDP phấn đấu từ ', '% trở lên')).toBe('tốc độ tăng GDP phấn đấu ');
    expect(pieceWithoutBoundFrom('tỷ lệ tăng từ ', '% đến 9%')).toBe('tỷ lệ tăng từ ');
  });
});

describe('a growth rate with a lower bound', () => {
  it.each([
    ['Năm tới, tổng sản phẩm trong nước phấn đấu tăng từ 8% trở lên.', ['8 growth at-least']],
    ['Tốc độ tăng GDP phấn đấu từ 9,5% trở lên.', ['9.5 growth at-least']],
    ['Tỷ lệ hộ nghèo giảm từ 4% xuống 2%.', ['4 share', '2 share']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['Mục tiêu năm 2027: GDP tăng từ 8,5% trở lên, thu nhập bình quân đạt 6.000 USD.', '8,5%'],
    ['Các chỉ tiêu năm 2027: 1. Tốc độ tăng GDP phấn đấu từ 9% trở lên. 2. Lạm phát dưới 4%.', '9%'],
  ])('%s → %s is GDP growth', (text, n) => expect(metricOf(text, n, 2026).indicator).toBe('gdp-growth'));
});
