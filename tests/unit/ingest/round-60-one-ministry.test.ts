/**
 * Round 60 (session 41): one ministry as the owner of what a figure counts ("… hồ sơ thực hiện tại Bộ Tài chính", "dịch vụ công … do Bộ
 * Y tế cung cấp", "thuộc thẩm quyền giải quyết của Bộ Tư pháp") keeps it off the whole country's series (`indicator-subject.ts`'
 * ONE_MINISTRY); a ministry that publishes or reports the figure, and the police ministry (whose systems are the nation's), do not.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('a ministry that owns the figure', () => {
  it.each([
    'Phấn đấu đến năm 2025, 100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến do Bộ Y tế cung cấp được định danh và xác thực điện tử.',
    'Đến năm 2025, tối thiểu 60% số lượng hồ sơ thực hiện tại Bộ Tài chính được nộp trực tuyến.',
    'Năm 2024, 95% người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính thuộc thẩm quyền của Bộ Tư pháp.',
  ])('%s → none', (text) => {
    const n = /\d+%/u.exec(text)![0];
    expect(indicatorOf(text, n)).toBe('none');
  });
});

describe('the same words without a ministry as owner', () => {
  it.each([
    ['Phấn đấu đến năm 2025, 100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực điện tử.', '100%'],
    ['Theo báo cáo của Bộ Thông tin và Truyền thông, năm 2023 tỷ lệ hồ sơ trực tuyến của cả nước đạt 43%.', '43%'],
    ['Chỉ số chuyển đổi số quốc gia năm 2024 do Bộ Thông tin và Truyền thông công bố đạt 0,7955.', '0,7955'],
  ])('%s → a series', (text, n) => expect(indicatorOf(text, n)).not.toBe('none'));
});
