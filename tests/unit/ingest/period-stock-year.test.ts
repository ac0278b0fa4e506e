import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates-find';
import { stockYearAfterMonths } from '../../../scripts/ingest/period-stock-year';
import type { Period } from '../../../src/schemas/metric';

const soFar: Period = { iso: '2024-01', precision: 'month', isoEnd: '2024-08', text: 'hết tháng 8/2024' };
const at = (p: string, inherited: Period | undefined) => stockYearAfterMonths(p, findDates(p), inherited);

describe('stockYearAfterMonths: stocks said to stand now after months so far', () => {
  it.each([
    'Hiện cả huyện có 57 điểm thu phí tự động, tăng 3% so với cuối năm 2023.',
    'Toàn tỉnh hiện có 2.140 thiết bị, nhiều hơn năm 2022.',
    'Đến nay, 95% hộ dân đã có tài khoản.',
  ])('%s takes the year', (p) => {
    expect(at(p, soFar)).toMatchObject({ iso: '2024', precision: 'year' });
  });

  it('leaves a paragraph naming its own year or later dates', () => {
    expect(at('Hiện có 40 trạm, tháng 10/2024 thêm 5 trạm.', soFar)).toBeUndefined();
    expect(at('Hiện có 40 trạm, mục tiêu năm 2025 là 60 trạm.', soFar)).toBeUndefined();
  });

  it('leaves a paragraph without "now", or after one month, a quarter or a year', () => {
    expect(at('Tổng số giao dịch đạt 3 triệu món.', soFar)).toBeUndefined();
    expect(at('Hiện có 40 trạm.', { iso: '2024-05', precision: 'month' })).toBeUndefined();
    expect(at('Hiện có 40 trạm.', { iso: '2024-07', precision: 'quarter' })).toBeUndefined();
    expect(at('Hiện có 40 trạm.', undefined)).toBeUndefined();
  });
});

describe('round 38: a "now" after the paragraph\'s figures', () => {
  it('a "Hiện nay, …" sentence after the stocks does not make them the year\'s', () => {
    expect(at('Kết quả hạ tầng: 100% hộ có cáp quang; kết nối 120 cơ quan. Hiện nay, thành phố đang nâng cấp mạng.', soFar)).toBeUndefined();
    expect(at('Kết quả hạ tầng: hiện nay 100% hộ có cáp quang; kết nối 120 cơ quan.', soFar)).toMatchObject({ iso: '2024', precision: 'year' });
  });
});
