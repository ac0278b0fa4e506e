/** Round 57: `isForeseenYearOnly` — a sentence that only foresees a later year hands it on to no later figure. Sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { isForeseenYearOnly } from '../../../scripts/ingest/period-foreseen';

const y2025 = { iso: '2025', precision: 'year' as const };

describe('isForeseenYearOnly', () => {
  it('is true for a forecast of a year later than the page\'s, all its figures goals', () => {
    expect(isForeseenYearOnly('Ông đánh giá thị trường này sẽ đạt 70 tỷ USD vào năm 2025.', y2025, ['target'], 2021)).toBe(true);
    expect(isForeseenYearOnly('The market will reach $70 billion in 2025.', y2025, ['target'], '2021')).toBe(true);
  });
  it('is false for a goal\'s or a plan\'s sentence, which hands its year on to the goals after it', () => {
    expect(isForeseenYearOnly('Tỉnh đặt mục tiêu đến năm 2025, kinh tế số sẽ chiếm 30% GRDP.', y2025, ['target'], 2021)).toBe(false);
    expect(isForeseenYearOnly('Theo kế hoạch, năm 2025 tỉnh sẽ có 500 trạm 5G.', y2025, ['target'], 2021)).toBe(false);
    expect(isForeseenYearOnly('The plan says the city will have 500 stations by 2025.', y2025, ['target'], 2021)).toBe(false);
  });
  it('is false without a future\'s auxiliary, for a year not later than the page\'s, with a result among its figures, or on a page of no year', () => {
    expect(isForeseenYearOnly('Thị trường đạt 70 tỷ USD vào năm 2025.', y2025, ['target'], 2021)).toBe(false);
    expect(isForeseenYearOnly('Thị trường sẽ đạt 70 tỷ USD vào năm 2025.', y2025, ['target'], 2025)).toBe(false);
    expect(isForeseenYearOnly('Năm 2025 đạt 60 tỷ USD và sẽ đạt 70 tỷ USD.', y2025, ['actual', 'target'], 2021)).toBe(false);
    expect(isForeseenYearOnly('Thị trường sẽ đạt 70 tỷ USD vào năm 2025.', y2025, ['target'], undefined)).toBe(false);
  });
});
