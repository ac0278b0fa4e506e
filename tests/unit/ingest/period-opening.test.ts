import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { opensOnSpan } from '../../../scripts/ingest/period-opening';
import { englishMetrics } from '../../support/metrics-of';

const first = (s: string) => findDates(s, { defaultYear: 2025 })[0]!;

describe('opensOnSpan', () => {
  it.each(['Trong quý II, doanh thu đạt 5 tỷ USD; lợi nhuận đạt 1 tỷ USD.', 'Tháng 5, số thuê bao đạt 2 triệu.', 'Vào quý III, tỷ lệ đạt 60%.'])('%j opens on a span', (s) => expect(opensOnSpan(s, first(s))).toBe(true));
  it.each(['Doanh thu trong quý II đạt 5 tỷ USD.', 'Sáng 19/7, Bộ họp; tỷ lệ đạt 60%.', 'So với tháng 5, số thuê bao tăng 2%.'])('%j does not', (s) => expect(opensOnSpan(s, first(s))).toBe(false));
});

describe('opensOnSpan after a lead (round 45)', () => {
  it.each([
    'Đối với Cổng thông tin điện tử tỉnh, trong 6 tháng đầu năm nay, đã có 12.000 lượt truy cập; 3.400 hồ sơ được nộp.',
    'Theo Sở Công Thương, trong quý III, doanh thu bán lẻ trực tuyến đạt 150 tỷ đồng; số đơn hàng tăng 9%.',
    'Về thanh toán, cụ thể, 9 tháng đầu năm, giao dịch qua QR tăng 60%; qua thẻ tăng 12%.',
    'Tại huyện Đông Anh, trong tháng 4, có 900 hồ sơ trực tuyến; 87% được trả đúng hạn.',
  ])('%j opens on a span', (s) => expect(opensOnSpan(s, first(s))).toBe(true));
  it.each([
    'Theo báo cáo, tỷ lệ trong quý II đạt 60%; quý III đạt 64%.', // a span inside a clause frames that clause only
    'Theo Sở, doanh thu, lợi nhuận, số lao động của doanh nghiệp số trong quý II đều tăng.', // more than two leads
  ])('%j does not', (s) => expect(opensOnSpan(s, first(s))).toBe(false));
  it('the items of the `;`-list after the lead take the span', () => {
    const s = 'Đối với Cổng thông tin điện tử tỉnh, trong 6 tháng đầu năm 2024, đã có 12.000 lượt truy cập; 3.400 hồ sơ được nộp; 56 giao dịch thanh toán.';
    const m = new Map(englishMetrics([s], undefined, false).map((x) => [x.text, x]));
    for (const n of ['12.000', '3.400', '56']) expect(m.get(n)?.period, n).toMatchObject({ iso: '2024-01', precision: 'half' });
  });
  it('a yearless span after a lead, on an undated page compared with "cùng kỳ năm 2023": every item of 2024', () => {
    const m = new Map(englishMetrics(['Đối với Cổng thông tin điện tử tỉnh, trong 6 tháng đầu năm nay, đã có 12.000 lượt truy cập; 3.400 hồ sơ được nộp.', 'Số hồ sơ tăng 2 lần so với cùng kỳ năm 2023.'], undefined, false).map((x) => [x.text, x]));
    for (const n of ['12.000', '3.400']) expect(m.get(n)?.period, n).toMatchObject({ iso: '2024-01', precision: 'half' });
  });
});
