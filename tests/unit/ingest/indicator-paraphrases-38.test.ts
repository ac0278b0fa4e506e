/**
 * Round 38 (sets AM–AR): a sector's share of a province's GRDP named inside the digital economy ("Trong phát triển kinh tế
 * số, thương mại điện tử … chiếm tỷ trọng 9%") is e-commerce's, not the digital economy's; a growth rate a forecast names is a
 * growth; a central bank's data named as the source does not make a national share the bank's own. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf, indicatorOf } from '../../support/metrics-of';

describe("e-commerce's share of GRDP is not the digital economy's", () => {
  it('a share that e-commerce takes takes no digital economy series', () => {
    expect(indicatorOf('Trong kinh tế số của tỉnh, mảng thương mại điện tử chiếm tỷ trọng 9% GRDP.', '9%', 2024)).toBe('none');
    expect(indicatorOf('Riêng mảng TMĐT của kinh tế số chiếm khoảng 6,5% GRDP thành phố.', '6,5%', 2024)).toBe('none');
  });
  it("the digital economy's own share keeps it", () => {
    expect(indicatorOf('Năm 2024, phần kinh tế số trong GRDP toàn tỉnh ở mức 12,4%.', '12,4%', 2024)).toBe('digital-economy-grdp-share');
  });
});

describe('the same on an English page', () => {
  it("e-commerce's share of GRDP takes no digital economy series; the digital economy's keeps it", () => {
    expect(englishIndicatorOf("In 2024, e-commerce accounted for 9% of the province's GRDP, the largest part of its digital economy.", '9%')).toBe('none');
    expect(englishIndicatorOf("In 2024, the digital economy accounted for 12.4% of the province's GRDP.", '12.4%')).toBe('digital-economy-grdp-share');
  });
});


describe('a forecast of a growth rate is a growth, and a source named before the rate is no owner of it', () => {
  it('"dự báo tốc độ tăng trưởng … có thể dao động 30%" is e-commerce growth', () => {
    expect(indicatorOf('Nhóm phân tích dự báo tốc độ tăng trưởng bán lẻ trực tuyến có thể dao động quanh 30%/năm.', '30%', 2025)).toBe('ecommerce-growth');
    expect(indicatorOf('Báo cáo dự báo tốc độ tăng trưởng mua sắm trực tuyến đạt 30%.', '30%', 2025)).toBe('ecommerce-growth');
  });
  it('"Số liệu NHNN mới đưa ra cho thấy, 85% dân số trưởng thành sở hữu tài khoản" is the country\'s', () => {
    expect(indicatorOf('Số liệu NHNN mới đưa ra cho thấy, khoảng 85% dân số trưởng thành sở hữu tài khoản ngân hàng.', '85%', 2025)).toBe('bank-account-share');
  });
});
