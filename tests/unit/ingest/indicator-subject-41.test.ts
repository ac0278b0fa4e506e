/** Session 24: "cấp tính đến" (issued, counted to) folds like "cấp tỉnh" (provincial level) but names no province. Sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('a national count "đã cấp tính đến …"', () => {
  it('keeps its national series', () => {
    expect(indicatorOf('Số chứng thư số được cấp tính đến cuối tháng 6/2025 đạt 9.120.450 chứng thư số.', '9.120.450', 2025)).toBe('digital-signatures');
  });
  it('while a provincial level still marks a province', () => {
    expect(indicatorOf('Số chứng thư số cấp tỉnh đã cấp là 9.120 chứng thư số.', '9.120', 2025)).toBe('none');
  });
});
