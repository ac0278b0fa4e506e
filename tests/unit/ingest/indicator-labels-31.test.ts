/**
 * Round 31f (an output audit of unscored pages): figures that are no value of the series their words name: one
 * market's growth named after the figure, a score's own change, a share of smartphone users who fell to fraud, attacks a firm detected and blocked, and the
 * provincial level as a whole. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('one market named right after the figure', () => {
  it.each([
    ['Năm ngoái, xuất khẩu điện thoại và linh kiện giảm 12,5% tại Nhật Bản và giảm 8% tại Hoa Kỳ.', '12,5%'],
    ['Năm ngoái, xuất khẩu điện thoại và linh kiện giảm 12,5% tại Nhật Bản và giảm 8% tại Hoa Kỳ.', '8%'],
    ['Kim ngạch xuất khẩu điện thoại và linh kiện năm 2024 đạt 3,2 tỷ USD ở thị trường Hàn Quốc.', '3,2 tỷ'],
  ])('%s → %s: no national series', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it('the whole keeps its series', () =>
    expect(indicatorOf('Xuất khẩu điện thoại và linh kiện năm 2024 tăng 4,5% so với năm trước.', '4,5%')).toBe('phone-exports-growth'));
});

describe('a score stated, then its change', () => {
  it.each([
    ['Năm 2023, trụ cột chính quyền số đạt 0,7612, tăng 5,1%; trụ cột kinh tế số đạt 0,6634, tăng 12,4%.', '12,4%'],
    ['Năm 2023, kinh tế số đạt 0,58 điểm, tăng 9%.', '9%'],
  ])('%s → %s: no growth series', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
});

describe('smartphone users who fell to fraud', () => {
  it('are no share of smartphone users', () =>
    expect(indicatorOf('Năm 2024, cứ 300 người dùng điện thoại thông minh thì có 1 người là nạn nhân của lừa đảo, tỷ lệ 0,33%.', '0,33%')).toBe('none'));
  it('the share of people using one keeps its series', () =>
    expect(indicatorOf('Năm 2024, tỷ lệ người dân dùng điện thoại thông minh đạt 84%.', '84%')).toBe('smartphone-users'));
});

describe('the provincial level as a whole', () => {
  it.each([
    ['Ở cấp tỉnh, giá trị chỉ số chuyển đổi số năm 2023 đạt 0,6512.', '0,6512'],
    ['Đối với cấp tỉnh, chỉ số DTI năm 2024 đạt 0,7043, tăng 3%.', '0,7043'],
  ])('%s → %s: no one province\'s score', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it('a named province keeps the series', () =>
    expect(indicatorOf('Năm 2023, chỉ số chuyển đổi số cấp tỉnh của Bình Định đạt 0,6512.', '0,6512')).toBe('dti-province-score'));
});

describe('the victims among smartphone users, with no ratio', () => {
  it('take no smartphone series', () =>
    expect(indicatorOf('Năm 2024, tỷ lệ người dùng điện thoại thông minh là nạn nhân của lừa đảo là 0,33%.', '0,33%')).toBe('none'));
  it('nor in a "one in N" ratio named by the English word', () =>
    expect(indicatorOf('Năm 2024, cứ 250 người dùng smartphone thì có 1 người trở thành nạn nhân, tương đương tỷ lệ 0,4%.', '0,4%')).toBe('none'));
});

describe('attacks detected and blocked by a security firm', () => {
  it.each(['3.100.000', '4.200.000'])('are no incidents of the cyberattacks series: %s', (n) =>
    expect(indicatorOf('Năm 2023, số vụ tấn công mạng tại Việt Nam được phát hiện và ngăn chặn là 3.100.000 vụ, so với 4.200.000 vụ năm 2022.', n)).toBe('none'));
  it('incidents recorded keep the series', () =>
    expect(indicatorOf('Năm 2023, Cục An toàn thông tin ghi nhận 13.900 vụ tấn công mạng vào các hệ thống thông tin.', '13.900')).toBe('cyberattacks'));
});
