/**
 * Round 17: a provincial DTI page that speaks of "toàn xã hội" keeps its province series; a concept across a comma from
 * another number's piece ("18% GDP, tăng 20%") is that number's; a part broken down after an average in the same
 * sentence ("bình quân 11%, trong đó …") is an average too. Every sentence here was written for this test; each runs
 * through the whole metric stage.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';


describe('a province\'s DTI beside "toàn xã hội"', () => {
  const page = 'Năm 2024, tỉnh Hà Giang xếp hạng chuyển đổi số thứ 27/63 tỉnh, thành phố, điểm DTI chung đạt 0,5812.\n\nTỉnh xác định chuyển đổi số là nhiệm vụ của toàn xã hội.';
  it.each([
    ['27/63', 'dti-province-rank'],
    ['0,5812', 'dti-province-score'],
  ])('%s is %s', (n, id) => expect(indicatorOf(page, n)).toBe(id));
});

describe('GDP as the base of the figure before a comma is no GDP growth', () => {
  it.each([
    ['Năm 2024, kinh tế số ước chiếm 16% GDP, tăng khoảng 22% so với năm trước.', '22%'],
    ['Năm 2024, kinh tế số đạt 15% GDP, tăng 25%/năm.', '25%'],
  ])('%s → %s is no GDP growth', (text, n) => expect(indicatorOf(text, n)).not.toBe('gdp-growth'));
  it('GDP growth itself still is', () => expect(indicatorOf('Năm 2024, GDP tăng 7,1% so với năm trước.', '7,1%')).toBe('gdp-growth'));
});

describe('a part broken down after an average is an average', () => {
  it.each([
    ['Giai đoạn 2019–2023, tỷ trọng kinh tế số trong GDP bình quân 11,2%, trong đó kinh tế số lõi 6,5%.', '6,5%', 'none'],
    ['Trong 5 năm, tỷ trọng kinh tế số trung bình đạt 11%, trong số đó kinh tế số lõi chiếm 7%.', '7%', 'none'],
    ['Năm 2023, tỷ trọng kinh tế số trong GDP đạt 12,3%, kinh tế số lõi chiếm 7,9%.', '7,9%', 'core-digital-economy-gdp-share'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});
