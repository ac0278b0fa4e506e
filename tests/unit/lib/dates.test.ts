import { describe, expect, it } from 'vitest';
import { dateEvidence, isKnownDate, periodInText, publicationDateText, reportedPeriod, reportedPeriodText } from '../../../src/lib/dates';
import type { ArticleDate } from '../../../src/schemas/article';
import { article, metric } from './fixtures';

const date = (over: Partial<ArticleDate>): ArticleDate => ({ iso: '2024-07-19', precision: 'day', source: 'text', evidence: '', ...over });

describe('publicationDateText', () => {
  it('publicationDateText of a day is the day', () => {
    expect(publicationDateText(date({}), 'vi')).toBe('19/7/2024');
    expect(publicationDateText(date({}), 'en')).toBe('19 July 2024');
  });
  it('publicationDateText of a half year is the year only, with where it comes from', () => {
    expect(publicationDateText(date({ iso: '2024-07', precision: 'half', source: 'editorial' }), 'vi')).toBe('không rõ — năm 2024 theo ban biên tập');
    expect(publicationDateText(date({ iso: '2024', precision: 'year', source: 'inferred' }), 'vi')).toBe('không rõ — năm 2024 theo nội dung bài');
    expect(publicationDateText(date({ iso: '2024-07', precision: 'half', source: 'editorial' }), 'en')).toBe('unknown — 2024 according to the editors');
  });
  it('publicationDateText never writes "6 tháng cuối" for a report dated in the second half', () => {
    expect(publicationDateText(date({ iso: '2024-07', precision: 'half' }), 'vi')).not.toMatch(/tháng cuối/);
  });
  it('publicationDateText of a month keeps the month', () => {
    expect(publicationDateText(date({ iso: '2022-04', precision: 'month' }), 'vi')).toBe('không rõ — tháng 4/2022 theo nội dung bài');
  });
  it('publicationDateText of an undated text (precision unknown, no iso) is "không rõ" / "unknown"', () => {
    const undated = { precision: 'unknown' as const, source: 'text' as const, evidence: '' };
    expect(publicationDateText(undated, 'vi')).toBe('không rõ');
    expect(publicationDateText(undated, 'en')).toBe('unknown');
    expect(isKnownDate(undated)).toBe(false);
    expect(isKnownDate({ ...undated, iso: '' })).toBe(false);
  });
});

describe('periodInText', () => {
  it.each([
    ['Chuyển đổi số quốc gia và Đề án 06: kết quả 6 tháng đầu năm 2024', '2024-01', 'half'],
    ['Hội nghị sơ kết 6 THÁNG ĐẦU NĂM 2023', '2023-01', 'half'],
    ['đánh giá kết quả nửa cuối năm 2022', '2022-07', 'half'],
    ['tổng kết năm 2024, nhiệm vụ năm 2025', '2024', 'year'],
    ['kết quả Quý I/2022 và nhiệm vụ quý II', '2022-01', 'quarter'],
    ['báo cáo quý 3 năm 2023', '2023-07', 'quarter'],
    ['số liệu tháng 10/2023', '2023-10', 'month'],
  ])('periodInText(%j) is %s (%s)', (text, iso, precision) => {
    expect(periodInText(text)).toMatchObject({ iso, precision });
  });
  it('periodInText skips deadlines and plan spans', () => {
    expect(periodInText('Đề án 06 giai đoạn 2022-2025, tầm nhìn đến năm 2030')).toBeUndefined();
    expect(periodInText('phấn đấu đến năm 2025 đạt 80%')).toBeUndefined();
    expect(periodInText('kế hoạch năm 2025')).toBeUndefined();
  });
  it('periodInText does not read "9 tháng đầu năm 2024" as a half or as the whole year', () => {
    expect(periodInText('kết quả 9 tháng đầu năm 2024')).toBeUndefined();
  });
  it('periodInText does not take a day date for a period', () => {
    expect(periodInText('Sáng 27/4/2022, Ủy ban họp phiên thứ hai')).toBeUndefined();
  });
});

describe('reportedPeriod', () => {
  const halfDated = date({ iso: '2024-07', precision: 'half', source: 'editorial' });
  it('reportedPeriod of a first-half-2024 results report reads "6 tháng đầu năm 2024", never "6 tháng cuối"', () => {
    const a = article({ title: 'Kết quả 6 tháng đầu năm 2024', date: halfDated });
    expect(reportedPeriodText(a, 'vi')).toBe('6 tháng đầu năm 2024');
    expect(reportedPeriodText(a, 'en')).toBe('first half of 2024');
  });
  it('reportedPeriod falls back to the lead paragraph', () => {
    const a = article({ title: 'Bốn ưu tiên', summary: 'Hội nghị sơ kết 6 tháng đầu năm 2023 về Đề án 06 giai đoạn 2022-2025, tầm nhìn đến năm 2030.' });
    expect(reportedPeriod(a)).toMatchObject({ iso: '2023-01', precision: 'half' });
  });
  it('reportedPeriod falls back to the period most results share, never a later one', () => {
    const q1 = { iso: '2022-01', precision: 'quarter' as const };
    const a = article({ title: 'Phiên họp thứ hai', date: date({ iso: '2022-04-27' }), metrics: [
      metric({ period: q1 }), metric({ id: 'm-02', period: q1 }), metric({ id: 'm-03', period: { iso: '2025', precision: 'year' } }),
      metric({ id: 'm-04', status: 'target', period: { iso: '2025', precision: 'year' } }), metric({ id: 'm-05', status: 'target', period: { iso: '2025', precision: 'year' } }),
    ] });
    expect(reportedPeriod(a)).toEqual(q1);
  });
  it('reportedPeriod ignores a headline period after the publication date, and says nothing without evidence', () => {
    expect(reportedPeriod(article({ title: 'Kết quả năm 2025', date: date({ iso: '2024-03-01' }) }))).toBeUndefined();
    expect(reportedPeriodText(article({ title: 'Không có kỳ' }), 'vi')).toBe('');
  });
});

describe('dateEvidence', () => {
  it('dateEvidence separates the quoted words from where the year came from', () => {
    expect(dateEvidence({ source: 'inferred', evidence: 'sáng 19/7 (năm từ: giai đoạn 2022 - 2024)' })).toEqual({ quote: 'sáng 19/7', yearFrom: 'giai đoạn 2022 - 2024' });
    expect(dateEvidence({ source: 'text', evidence: '19/7 (năm từ dòng ngày: 20/07/2024)' })).toEqual({ quote: '19/7', yearFrom: '20/07/2024' });
    expect(dateEvidence({ source: 'text', evidence: '05:07, 14/07/2023' })).toEqual({ quote: '05:07, 14/07/2023' });
  });
  it('dateEvidence has nothing to quote for an editorial date', () => {
    expect(dateEvidence({ source: 'editorial', evidence: 'sáng 19/7 — The year is 2024' })).toBeUndefined();
  });
});
