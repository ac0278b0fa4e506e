/** Round 40: linking words ("Đặc biệt,", "bước sang năm …", "vươn lên") name nothing measured. Sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { namesOwnSubject } from '../../../scripts/ingest/indicator-own-subject';
import { indicatorOf } from '../../support/metrics-of';

describe('namesOwnSubject with linking words', () => {
  it('does not count them as a subject', () => {
    expect(namesOwnSubject('đặc biệt, bước sang năm 2022, gia lai đạt ')).toBe(false);
    expect(namesOwnSubject('tuy nhiên, bên cạnh đó, tỉnh vươn lên ')).toBe(false);
  });
  it('still reads a subject named beside them', () => {
    expect(namesOwnSubject('đặc biệt, chỉ số hài lòng của người dân đạt ')).toBe(true);
  });
});

describe('a province\'s score in words', () => {
  it('"được 0,41 điểm về chuyển đổi số" is its DTI score', () => {
    expect(indicatorOf('Năm 2023, tỉnh Gia Lai được 0,41 điểm về chuyển đổi số và đứng thứ 38 cả nước.', '0,41', 2024)).toBe('dti-province-score');
  });
});

describe('"GDP" or "GRDP" named as what is measured', () => {
  it('is a subject of its own, so the topic before lends it no series', () => {
    const text = 'Theo Cục Thống kê, tình hình kinh tế quý I năm 2025 khởi sắc, tăng trưởng kinh tế cao so với cùng kỳ. Quy mô GRDP quý I ước tính tăng 9,4% so với quý I năm trước.';
    expect(indicatorOf(text, '9,4%', 2025)).toBe('none');
    expect(namesOwnSubject('quy mô grdp quý i ước tính tăng ')).toBe(true);
  });
  it('not as the whole a share is of', () => {
    expect(namesOwnSubject(' grdp của thành phố')).toBe(false);
    expect(namesOwnSubject('chiếm 18% grdp, ')).toBe(false);
    expect(namesOwnSubject('chiếm tỷ trọng trong gdp ')).toBe(false);
  });
});

describe('a sentence that opens on "GDP" (session 24)', () => {
  it('names the whole economy, so a market named in the sentence before lends it no series', () => {
    const text = 'Năm 2024 là năm bản lề cho sự bứt phá của thương mại điện tử. GDP năm qua tăng 7,1%, đạt quy mô chừng 470 tỷ USD.';
    expect(indicatorOf(text, '470 tỷ USD', 2025)).toBe('none');
  });
});
