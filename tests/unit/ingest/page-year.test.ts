import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { fillMissingYears } from '../../../scripts/ingest/periods';
import { fallbackYear, forwardYear, openingUndatedPeriod, pageYear } from '../../../scripts/ingest/page-year';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { segments } from './metrics-support';

const filled = (s: string, year: string) => fillMissingYears(s, findDates(s), year);

describe('pageYear', () => {
  it('reads past a span of years naming a term or a stage to the first single year', () => {
    expect(pageYear(['Hội nghị Ban Chấp hành khóa III, nhiệm kỳ 2021 - 2026.', 'Mục tiêu hoàn thành các nhiệm vụ trong năm 2024.'])).toBe('2024');
    expect(pageYear(['Giai đoạn 2020-2025, tỉnh tập trung chuyển đổi số.', 'Năm 2023, tỉnh đạt 40%.'])).toBe('2023');
  });
  it('keeps the span’s first year when no single year is stated, and a single year first as before', () => {
    expect(pageYear(['Đại hội đại biểu nhiệm kỳ 2020 - 2025 thành công.'])).toBe('2020');
    expect(pageYear(['Năm 2022, doanh thu đạt 10 tỷ đồng.', 'Giai đoạn 2021-2025 …'])).toBe('2022');
    expect(pageYear(['Không có năm nào.'])).toBeUndefined();
  });
  it('reads past a vision, a cited plan\'s name and the phase a vision follows (round 33)', () => {
    expect(pageYear(['Tính đến ngày 5-9, xã có 1.200 tài khoản.', 'Thực hiện chương trình số hóa giai đoạn 2021-2025, tầm nhìn đến năm 2030.'])).toBeUndefined();
    expect(pageYear(['Theo Kế hoạch phát triển hạ tầng số đến năm 2030, tỉnh triển khai …', 'Năm 2024, tỉnh đạt 60%.'])).toBe('2024');
    expect(pageYear(['Đề án có định hướng đến năm 2045.', 'Trong quý II, huyện đạt 30%.'])).toBeUndefined();
    expect(pageYear(['Giai đoạn 2021-2025, tỉnh tăng trưởng 7%/năm.'])).toBe('2021');
  });
});

describe('openingUndatedPeriod', () => {
  it('a quarter, a half or months opening a sentence without a year set the period with the page’s year', () => {
    expect(openingUndatedPeriod('Trong Quý II huyện tập trung chỉ đạo sản xuất.', filled('Trong Quý II huyện tập trung chỉ đạo sản xuất.', '2024'))).toMatchObject({ iso: '2024-04', precision: 'quarter' });
    expect(openingUndatedPeriod('6 tháng đầu năm, xã triển khai nhiều việc.', filled('6 tháng đầu năm, xã triển khai nhiều việc.', '2023'))?.iso).toBe('2023-01');
  });
  it('not when the date has its year, stands later in the sentence, or no year could be given', () => {
    const dated = 'Trong quý I/2024, tỉnh triển khai nhiều việc.';
    expect(openingUndatedPeriod(dated, filled(dated, '2025'))).toBeUndefined();
    const later = 'Doanh thu tăng 5% so với quý I.';
    expect(openingUndatedPeriod(later, filled(later, '2025'))).toBeUndefined();
    const none = 'Trong quý III, tỉnh triển khai nhiều việc.';
    expect(openingUndatedPeriod(none, findDates(none))).toBeUndefined();
  });
});

describe('fallbackYear', () => {
  it('the current period’s year, unless it spans several years: then the page’s', () => {
    expect(fallbackYear({ iso: '2023-04', precision: 'quarter' }, '2025')).toBe('2023');
    expect(fallbackYear({ iso: '2021', isoEnd: '2026', precision: 'year' }, '2024')).toBe('2024');
    expect(fallbackYear({ iso: '2021', isoEnd: '2026', precision: 'year' }, undefined)).toBe('2021');
    expect(fallbackYear(undefined, '2022')).toBe('2022');
  });
});

describe('an undated report of a quarter under a term (extractMetrics)', () => {
  it('its figures take the quarter of the page’s year, not the term’s first year', () => {
    const paragraphs = [
      'Sáng 12/7, Đảng ủy xã tổ chức hội nghị lần thứ 9, nhiệm kỳ 2021 - 2026.',
      'Trong quý II, Đảng ủy xã tập trung lãnh đạo. Kết quả, thu ngân sách đạt 12 tỷ đồng, bằng 48% dự toán.',
      'Hội nghị đề ra nhiệm vụ hoàn thành các chỉ tiêu trong năm 2024.',
    ];
    let offset = 0;
    const segs = paragraphs.map((text) => { const s = { text, offset }; offset += text.length + 2; return s; });
    const m = extractMetrics(segs, { indicators: [], topics: [], fallbackTopic: 'x' }).find((x) => x.text === '12 tỷ đồng');
    expect(m?.period).toMatchObject({ iso: '2024-04', precision: 'quarter' });
  });
});

describe('forwardYear', () => {
  const month = (iso: string) => ({ iso, precision: 'month' as const });
  const yearless = (s: string) => findDates(s).filter((d) => d.yearMissing);
  it('a yearless day earlier in the year than the current month, on a page of the next year, is in that next year', () => {
    expect(forwardYear(month('2024-11'), '2025', yearless('Tính đến 10/3, cổng nhận 40 hồ sơ.'))).toBe('2025');
  });
  it.each([
    [month('2024-11'), '2024', 'Tính đến 10/3, cổng nhận 40 hồ sơ.'],
    [month('2024-02'), '2025', 'Tính đến 10/3, cổng nhận 40 hồ sơ.'],
    [{ iso: '2024', precision: 'year' as const }, '2025', 'Tính đến 10/3, cổng nhận 40 hồ sơ.'],
    [month('2024-11'), '2025', 'Năm 2025, cổng nhận 40 hồ sơ.'],
    [undefined, '2025', 'Tính đến 10/3, cổng nhận 40 hồ sơ.'],
  ])('no year when the page is of the same year, the day comes later, the period is a year or nothing is yearless: %#', (current, page, s) => {
    expect(forwardYear(current, page, yearless(s))).toBeUndefined();
  });
});

describe('a report across a year’s end (extractMetrics)', () => {
  it('a cutoff day without a year after the old year’s last month takes the page’s year, in every `;`-item', () => {
    const ms = extractMetrics(segments([
      'Phiên họp đầu tiên năm 2025 của Ban chỉ đạo diễn ra tại Hà Nội.',
      'Trong tháng cuối năm 2024, Bộ ban hành 6 thông tư.',
      'Tính đến 14/3, hệ thống đã nhận 41 hồ sơ; cấp 17 giấy phép.',
    ]), { indicators: [], topics: [], fallbackTopic: 'x' });
    expect(ms.find((m) => m.text === '6')?.period?.iso).toBe('2024-12');
    for (const t of ['41', '17']) expect(ms.find((m) => m.text === t)?.period?.iso, t).toBe('2025-03-14');
  });
});
