/**
 * Round 20 labels: a population able to reach a mobile technology is its coverage; GCI named in English or as
 * "an toàn thông tin mạng toàn cầu"; a rank beside an average it beats is the province's own; a service serving e-commerce is no e-commerce; scores named before
 * their figure are index values. Every sentence was written for this test; each runs through the whole metric stage.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf as indicatorIn } from '../../support/metrics-of';

/** The indicator the ingest gives the number written `n` (article year 2024). */
const indicatorOf = (text: string, n: string) => indicatorIn(text, n, 2024);

describe('round 20 labels', () => {
  it.each([
    ['Hiện khoảng 31% dân số có thể tiếp cận mạng 5G.', '31%', 'mobile-5g-coverage-share'],
    ['Việt Nam đạt 92,5 điểm trong Global Cybersecurity Index của ITU.', '92,5', 'gci-score'],
    ['Theo Chỉ số an toàn thông tin mạng toàn cầu của ITU, Việt Nam có số điểm 95,1.', '95,1', 'gci-score'],
    ['Năm 2024, chỉ số chuyển đổi số (DTI) của tỉnh Bình Lâm đạt 0,45, cao hơn mức trung bình và xếp thứ 11 trong cả nước.', '11', 'dti-province-rank'],
  ])('%s → %s', (text, n, want) => expect(indicatorOf(text, n)).toBe(want));

  it('a share of firms reaching a market is no coverage', () =>
    expect(indicatorOf('Khoảng 40% doanh nghiệp tiếp cận được vốn vay.', '40%')).not.toBe('mobile-coverage-share'));

  it('a service that serves e-commerce is no e-commerce growth', () =>
    expect(indicatorOf('Năm 2024, dịch vụ chuyển phát phục vụ thương mại điện tử tăng trưởng khoảng 27% so với năm 2023.', '27%')).not.toBe('ecommerce-growth'));
  it('e-commerce itself still is', () =>
    expect(indicatorOf('Năm 2024, thương mại điện tử bán lẻ tăng trưởng khoảng 27% so với năm 2023.', '27%')).toBe('ecommerce-growth'));
});
