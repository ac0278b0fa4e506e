import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { statedDayYears, withStatedDayYears } from '../../../scripts/ingest/page-days';
import { claimOf } from '../../support/metrics-of';

describe('a yearless day the page writes in full elsewhere (round 48)', () => {
  it('takes the year the page gives that day', () => {
    const years = statedDayYears(['Đến hết ngày 26/6, …', 'Tính đến hết ngày 26/6/2022, cả nước có …', 'từ ngày 1/7 đến 31/12/2023']);
    expect([...years.days.get('06-26')!]).toEqual(['2022']);
    expect(years.days.has('12-31')).toBe(false); // the end of a span is no day written in full
    const [d] = withStatedDayYears(findDates('Đến hết ngày 26/6 vẫn còn 9 cục thuế'), years);
    expect(d).toMatchObject({ iso: '2022-06-26', precision: 'day' });
    expect(d!.yearMissing).toBeUndefined();
  });
  it('keeps a day the page writes with two years, or never with one', () => {
    const years = statedDayYears(['ngày 30/6/2022 …', 'ngày 30/6/2023 …']);
    expect(withStatedDayYears(findDates('Đến ngày 30/6, …'), years)[0]!.yearMissing).toBe(true);
    expect(withStatedDayYears(findDates('Sáng 19/7, …'), years)[0]!.yearMissing).toBe(true);
  });
  it("gives an undated page's lead its day", () => {
    const text = 'Đến hết ngày 26/6 vẫn còn 9 cục thuế có tỷ lệ đăng ký dưới mức 99%. // Theo Tổng cục Thuế, tính đến hết ngày 26/6/2022 đã có 840.710 doanh nghiệp đăng ký.';
    expect(claimOf(text, '9')).toMatchObject({ value: 9, period: '2022-06-26' });
  });
});

describe('the months a page dates (round 49)', () => {
  it('are kept apart from its days', () => {
    const years = statedDayYears(['So với tháng 7/2024, số thuê bao giảm.', 'Ngày 8/9/2023, …']);
    expect([...years.months.get(7)!]).toEqual(['2024']);
    expect([...years.days.get('09-08')!]).toEqual(['2023']);
    expect(years.months.has(9)).toBe(false);
  });
});
