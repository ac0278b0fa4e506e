/**
 * A rank in a ";" list whose lead-in, before ":", names the ranking: every item is placed in it, however many
 * pieces lie between. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('a ranking named by a list\'s lead-in', () => {
  it.each([
    ['Về xếp hạng chỉ số chuyển đổi số cấp tỉnh DTI năm 2023: Hà Nội xếp thứ nhất, tiếp đó là Huế, Đà Nẵng; Bắc Ninh có mức tăng lớn nhất (tăng 20 bậc, xếp hạng 15).', '15'],
    ['Kết quả xếp hạng DTI cấp tỉnh năm 2024: Hải Phòng đứng đầu, sau đó là Hà Nội, Huế; Cần Thơ tăng 12 bậc, xếp hạng 9; 8 địa phương dẫn đầu về hạ tầng số: A, B.', '9'],
    ['Đối với Chỉ số chuyển đổi số cấp tỉnh năm 2023: Quảng Ninh xếp thứ hai, kế đến là Bình Dương, Long An; Phú Yên vươn lên, tăng 18 bậc, đứng thứ 30.', '30'],
  ])('%s → %s: the lead-in\'s ranking', (s, n) => expect(indicatorOf(s, n)).toBe('dti-province-rank'));

  it.each([
    ['Về xếp hạng chỉ số chuyển đổi số cấp tỉnh DTI năm 2023: Hà Nội xếp thứ nhất, tiếp đó là Huế, Đà Nẵng; Bắc Ninh có mức tăng lớn nhất (tăng 20 bậc, xếp hạng 15).', '20 bậc'],
    ['Kết quả năm 2024: Hải Phòng đứng đầu về sản lượng, sau đó là Hà Nội, Huế; Cần Thơ tăng 12 bậc, xếp hạng 9.', '9'],
  ])('%s → %s: no ranking series', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
});
