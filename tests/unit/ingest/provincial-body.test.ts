/** A page whose headline is a provincial body's report (`provincial-body.ts`). Every headline here was written for this test. */
import { describe, expect, it } from 'vitest';
import { isProvincialBodyHeadline } from '../../../scripts/ingest/provincial-body';
import { metricOf } from '../../support/metrics-of';

describe('isProvincialBodyHeadline', () => {
  it.each([
    'Sở Thông tin và Truyền thông tổng kết năm 2024',
    'Sở KH&CN triển khai kế hoạch năm 2026',
    'UBND tỉnh giao chỉ tiêu chuyển đổi số cho các sở, ngành',
    'Tỉnh ủy ban hành nghị quyết về chuyển đổi số',
  ])('%s is a provincial body\'s page', (h) => expect(isProvincialBodyHeadline(h)).toBe(true));
  it.each([
    'Sở hữu trí tuệ trong kỷ nguyên số',
    'Bộ Khoa học và Công nghệ tổng kết năm 2025',
    'Sở Tư pháp phối hợp với Bộ Công an triển khai VNeID',
    'Cả nước có 95% dịch vụ công trực tuyến toàn trình',
    undefined,
  ])('%s is not', (h) => expect(isProvincialBodyHeadline(h)).toBe(false));
});

describe("a provincial body's page: its figures take no national series", () => {
  const lead = 'Sở Thông tin và Truyền thông tổng kết công tác năm 2024 // Ngày 20/12, Sở tổ chức hội nghị tổng kết, có lãnh đạo UBND tỉnh dự.';
  it('a full-process online services share is the province\'s', () => {
    expect(metricOf(`${lead} // Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 98%.`, '98%', 2024, true).indicator).toBeUndefined();
  });
  it('the same sentence on a national page takes the national series', () => {
    expect(metricOf('Bộ Công an tổng kết năm 2024 // Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 98%.', '98%', 2024, true).indicator).toBe('full-process-online-services-share');
  });
});
