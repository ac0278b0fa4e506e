/**
 * Session 24: a figure stated first without its series' name ("nhóm hàng này") and restated later with it takes the
 * restated figure's series (scripts/ingest/indicator-twins.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { metricOf } from '../../support/metrics-of';
import { isSpecificValue, significantDigits } from '../../../scripts/ingest/indicator-twins';

const named = 'Theo Tổng cục Hải quan, trong quý I/2023, kim ngạch xuất khẩu điện tử, máy tính và linh kiện đạt 13,47 tỷ USD, tăng 18,3% so với cùng kỳ năm trước.';

describe('a figure restated with its series named', () => {
  const text = `Quý I/2023, xuất khẩu nhóm hàng này mang về 13,47 tỷ USD, tăng 18,3% so với cùng kỳ. // ${named}`;
  it('gives the first statement the series of the second', () => {
    expect(metricOf(text, '13,47 tỷ USD', 2023).indicator).toBe('ict-exports');
  });
  it('gives a percentage its series when another figure of its sentence is restated beside it', () => {
    expect(metricOf(text, '18,3%', 2023).indicator).toBe('electronics-exports-growth');
  });
  it('does not join two figures of different periods', () => {
    const other = `Quý IV/2022, xuất khẩu nhóm hàng này mang về 13,47 tỷ USD. // ${named}`;
    expect(metricOf(other, '13,47 tỷ USD', 2023).indicator).toBeUndefined();
  });
  it('does not join two growths that merely share a short percentage', () => {
    const other = `Quý I/2023, số thuế các doanh nghiệp nộp ngân sách tăng 18,3%. // ${named}`;
    expect(metricOf(other, '18,3%', 2023).indicator).toBeUndefined();
  });
  it('does not join round counts that repeat by chance', () => {
    const other = `Quý I/2023, nhóm hàng này có 20 doanh nghiệp tham gia hội chợ. // Trong quý I/2023, toàn tỉnh có 20 doanh nghiệp công nghệ số mới thành lập.`;
    expect(metricOf(other, '20', 2023).indicator).toBeUndefined();
  });
});

describe('how specific a value must be', () => {
  it('counts significant digits as written in full', () => {
    expect(significantDigits(21_600_000_000)).toBe(3);
    expect(significantDigits(68.54)).toBe(4);
    expect(significantDigits(0.05)).toBe(1);
  });
  it('asks four digits of a percentage and three of other values', () => {
    expect(isSpecificValue(11.2, 'percent')).toBe(false);
    expect(isSpecificValue(68.54, 'percent')).toBe(true);
    expect(isSpecificValue(4_980_000_000, 'USD')).toBe(true);
    expect(isSpecificValue(20, 'count')).toBe(false);
  });
});
