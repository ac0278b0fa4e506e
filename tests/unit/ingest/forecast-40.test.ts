/** Round 40: a forecaster's "dự đoán" before the figure makes its future figures estimates. Sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { isForecast } from '../../../scripts/ingest/forecast';
import { claimOf } from '../../support/metrics-of';

describe('"X dự đoán … sẽ đạt …"', () => {
  const s = 'Các hãng tư vấn dự đoán đến năm 2026, thị trường điện toán đám mây của Việt Nam sẽ đạt 1,5 tỷ USD, đứng thứ 3 khu vực.';
  it('is a forecast, an estimate of its year', () => {
    expect(isForecast(s, s.indexOf('1,5'))).toBe(true);
    expect(claimOf(s, '1,5 tỷ USD', 2023)).toMatchObject({ status: 'estimate', period: '2026' });
  });
  it('not the share of those who predict, nor a figure after it', () => {
    const survey = 'Theo khảo sát, 55% doanh nghiệp dự đoán giá cước sẽ tăng, trong khi 30% cho rằng sẽ giữ nguyên.';
    expect(isForecast(survey, survey.indexOf('30%'))).toBe(false);
    expect(isForecast(survey, survey.indexOf('55%'))).toBe(false);
  });
});
