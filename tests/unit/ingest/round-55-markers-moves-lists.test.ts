/**
 * Round 55 (session 37, sets HK–HP): a border marker's number ("khu vực mốc 1119 - 1120") names a place; a move's decimal start takes
 * its end's scale and unit ("tăng từ 1,06 lên trên 1,1 triệu"); a plan denied ("chưa có kế hoạch …, trong khi 15 cơ quan …") sets no
 * goal; on English pages, "-fold" multiples, a glued "M" (million), goals listed after a colon ("8 important targets …, such as: 100% …")
 * and "it hopes that …"; a curriculum or a law named by its year ("Chương trình giáo dục phổ thông 2018") dates nothing, nor does an
 * English running total's start ("Since its launch in March 2021, … has handled …"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { firstStatedYear } from '../../../scripts/ingest/period-carry';
import { claimOf, englishMetricOf, englishMetrics, metricOf, metricsOf } from '../../support/metrics-of';

const texts = (text: string, year = 2025) => metricsOf([text], year).map((m) => m.text);

describe('border markers', () => {
  it('a marker or a pair of markers names a place', () => {
    expect(texts('Hàng hóa qua khu vực mốc 1116 - 1117 đạt khoảng 40 tỷ USD; khu vực mốc 1045/2 - 1046 đạt 12 tỷ USD.')).toEqual(['40 tỷ USD', '12 tỷ USD']);
    expect(texts('Du khách check-in tại Cột mốc 1116 và 3 điểm du lịch khác.')).toEqual(['3']);
  });

  it('a milestone reached stays a claim', () => {
    expect(texts('Doanh thu vượt mốc 450 tỷ đồng, tốc độ đạt mốc 300 Mbps.')).toContain('450 tỷ đồng');
  });
});

describe("a move's decimal start", () => {
  it.each([
    ['Số thí sinh tăng từ 1,02 lên 1,15 triệu em.', '1,02', 1.02e6, 'count'],
    ['Dư nợ giảm từ 3,6 xuống 2,9 tỷ đồng.', '3,6', 3.6e9, 'VND'],
    ['Tỷ trọng tăng từ 1,8 lên 2,6%.', '1,8', 1.8, 'percent'],
  ])('takes the end\'s scale and unit: %s', (text, n, value, unit) => {
    const m = metricOf(text, n, 2025);
    expect([m.value, m.unit]).toEqual([value, unit]);
  });

  it('leaves a start far from the end as written', () => {
    expect(metricOf('Số điểm tăng từ 2,5 lên 900 triệu lượt.', '2,5', 2025).value).toBe(2.5);
  });
});

describe('a plan denied', () => {
  it('sets no goal for the figure after a contrast', () => {
    expect(claimOf('Nhiều cơ quan chưa có kế hoạch ứng dụng AI, trong khi 12 cơ quan báo chí không sử dụng AI.', '12', 2023).status).toBe('actual');
  });

  it('a plan announced still does', () => {
    expect(claimOf('Năm 2024, trường có kế hoạch đào tạo, bồi dưỡng cho 800 giáo viên.', '800', 2024).status).toBe('target');
  });
});

describe('English multiples, short millions and goals', () => {
  it.each([
    ['Livestream sales increased 25-fold in two years.', '25-fold', 25, 'times'],
    ['Users will hold 40M digital wallets.', '40M', 4e7, 'count'],
  ])('%s', (text, n, value, unit) => {
    const m = englishMetricOf(text, n, 2024);
    expect([m.value, m.unit]).toEqual([value, unit]);
  });

  it('reads goals listed after a colon as goals', () => {
    const text = 'The 2024 plan names 6 important targets to be achieved, such as: 100% of provinces open a data portal; 80% of ministries share data.';
    expect(englishMetricOf(text, '100%', 2024).status).toBe('target');
    expect(englishMetricOf(text, '80%', 2024).status).toBe('target');
  });

  it('reads a figure after "it hopes that" as a goal', () => {
    expect(englishMetricOf('The ministry hopes that over 80 percent of records are digital by then.', '80 percent', 2024).status).toBe('target');
  });
});

describe('an edition named by its year', () => {
  it.each([
    'Năm 2025 có 14.300 thí sinh tự do thi theo Chương trình giáo dục phổ thông 2018 (chiếm 1,3%).',
    'Năm 2025, 5.200 doanh nghiệp đã áp dụng Luật Giao dịch điện tử 2023 (chiếm 40%).',
  ])('leaves the period to the sentence\'s own year: %s', (text) => {
    const periods = metricsOf([text], 2025).map((m) => m.period?.iso);
    expect(periods).toEqual(['2025', '2025']);
  });
});

describe('an English running total since a start', () => {
  it('dates nothing after "Since its launch in …, … has handled"', () => {
    const text = 'Since its launch in March 2021, the platform has handled more than 900 million transactions with 20 ministries.';
    expect(englishMetrics([text], undefined).map((m) => m.period?.iso)).toEqual([undefined, undefined]);
  });

  it('a start with no perfect after it still dates its sentence', () => {
    const text = 'Since March 2021, the platform handled 900 million transactions.';
    expect(englishMetrics([text], undefined).map((m) => m.period?.iso)).toEqual(['2021-03']);
  });
});

describe("a running total's start is no page's year", () => {
  it('passes over "Since 2018 … have jumped" for the first year a page states', () => {
    expect(firstStatedYear(['Since 2018 the number of e-wallet payments have jumped by 80% a year.', 'In 2023, payments reached 1.2 billion.'])).toBe('2023');
    expect(firstStatedYear(['Từ năm 2019 đến nay, tỉnh đã cấp 5.000 chữ ký số.', 'Năm 2024, tỉnh cấp thêm 1.200.'])).toBe('2024');
  });
});
