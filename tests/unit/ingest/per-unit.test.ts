import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((m) => m.text);

describe('isPerUnitIllustration: a ratio said again per a round base is no new figure', () => {
  it.each([
    ['Biên lợi nhuận gộp đạt 35%, tức là cứ 100 đồng doanh thu thì có 35 đồng lãi gộp.', ['35%']],
    ['Tỷ suất sinh lời trên vốn là 12%, tương ứng 12 đồng lợi nhuận trên 100 đồng vốn.', ['12%']],
    ['Tỷ lệ dùng điện thoại thông minh là 70%, nghĩa là cứ 10 người dân có 7 người dùng.', ['70%']],
    ['Chi phí chiếm 80% doanh thu, cứ mỗi 1.000 đồng thu về phải chi 800 đồng.', ['80%']],
  ])('%j keeps only the share', (s, want) => expect(texts(s)).toEqual(want));

  it('keeps a density of its own after an unrelated share', () => {
    expect(texts('Thuê bao cố định tăng 5,2%, đạt 24,3 thuê bao trên 100 hộ.')).toEqual(['5,2%', '24,3']);
  });

  it('keeps amounts with no share before them', () => {
    expect(texts('Công ty lãi 32 tỷ đồng trên 100 tỷ đồng doanh thu.')).toEqual(['32 tỷ đồng', '100 tỷ đồng']);
  });
});
