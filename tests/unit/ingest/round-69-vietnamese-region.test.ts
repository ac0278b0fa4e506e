/** Round 69 (session 50): a region's figure placed with "tại", "ở" or "trong" after another word ("tổng giá trị giao dịch thương mại điện tử
 *  tại Đông Nam Á đã vượt mốc 100 tỷ USD") is no national series; the clause that turns to Viet Nam keeps its series. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('a region placed after a word', () => {
  it.each([
    ['Năm 2024, tổng giá trị giao dịch thương mại điện tử tại Đông Nam Á đã vượt mốc 100 tỷ USD.', '100 tỷ USD', 'none'],
    ['Năm 2024, doanh thu thương mại điện tử ở khu vực ASEAN đạt 100 tỷ USD.', '100 tỷ USD', 'none'],
    ['Năm 2024, doanh thu thương mại điện tử bán lẻ của Việt Nam đạt 25 tỷ USD, cao nhất tại Đông Nam Á.', '25 tỷ USD', 'ecommerce-revenue'],
    ['Năm 2024, Việt Nam là thị trường thương mại điện tử tăng nhanh trong ASEAN, doanh thu bán lẻ đạt 25 tỷ USD.', '25 tỷ USD', 'ecommerce-revenue'],
  ])('%s', (text, n, want) => expect(indicatorOf(text, n)).toBe(want));
});
