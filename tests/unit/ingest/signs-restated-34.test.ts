/**
 * Round 34 (an output audit of cybersecurity and fraud pages, signs and series): a change told in counts or money, then restated
 * as a percentage after "=" or ", tương đương" with no verb of its own, moves the same way, as does a percentage change restated as
 * a count with its noun; attacks a body blocked ("đã chặn", "ngăn chặn được") and attacks per day named after the count are
 * no value of the national attack series. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { restatesChangeAsCount, restatesChangeAsShare } from '../../../scripts/ingest/direction-signs';
import { indicatorOf } from '../../support/metrics-of';

const values = (s: string) => findNumbers(s).map((m) => m.value);

describe('a change restated as a percentage after "=" or ", tương đương"', () => {
  it.each([
    ['Cả huyện ghi nhận 64 vụ, giảm 16 vụ = 20% so với năm liền trước.', [64, -16, -20]],
    ['Số tài khoản bị khóa giảm 9.000 tài khoản, tương đương 6% so với quý trước.', [-9000, -6]],
    ['Thiệt hại do lừa đảo giảm 30 tỷ đồng = 25% so cùng kỳ.', [-30e9, -25]],
    ['Số vụ lừa đảo qua mạng tăng 17 vụ = 6,3% so với cùng kỳ.', [17, 6.3]],
    ['Số cuộc gọi rác giảm 4 triệu cuộc, tương ứng khoảng 15%.', [-4e6, -15]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('not a share of a total, nor a percentage after another figure with no change', () => {
    expect(values('Số vụ giảm 30 vụ, tương đương 40% tổng số vụ của cả tỉnh.')).toEqual([-30, 40]);
    expect(values('Toàn tỉnh có 45 vụ = 30% tổng số vụ án.')).toEqual([45, 30]);
    expect(restatesChangeAsShare(' vụ và ', ' so với')).toBe(false);
  });
});

describe('attacks blocked by one body, or counted per day after the noun, are not the national attack count', () => {
  it.each([
    ['Trong tháng 4, hệ thống của Trung tâm đã chặn 2.300 cuộc tấn công mạng vào các cổng thông tin.', '2.300'],
    ['Quý II, đơn vị đã ngăn chặn được 870 cuộc tấn công mạng nhằm vào hệ thống thông tin của ngành.', '870'],
    ['Năm 2024, mỗi ngân hàng lớn phải đối mặt với khoảng 1.500 cuộc tấn công mạng mỗi ngày.', '1.500'],
    ['Trong tháng 5, trung bình có 31 cuộc tấn công mạng mỗi ngày nhắm vào các cơ quan nhà nước.', '31'],
  ])('%s → %s', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it('a month’s count of attacks on information systems keeps its series', () => {
    expect(indicatorOf('Tháng 10/2023, Cục An toàn thông tin ghi nhận 488 cuộc tấn công mạng gây sự cố vào hệ thống thông tin ở Việt Nam.', '488')).toBe('cyberattacks');
    expect(indicatorOf('Trong tháng 3, cả nước ghi nhận 390 cuộc tấn công mạng vào các hệ thống thông tin, bình quân 13 cuộc mỗi ngày.', '390')).toBe('cyberattacks');
  });
});

describe('a percentage change restated as a count with its noun', () => {
  it.each([
    ['Số vụ lừa đảo qua mạng trong quý giảm 12,5% (tương ứng 210 vụ) so với cùng kỳ.', [-12.5, -210]],
    ['Số doanh nghiệp bị tấn công tăng 8% (tức 40 doanh nghiệp).', [8, 40]],
    ['Số thuê bao bị khóa giảm 9%, tương đương 1.100 thuê bao.', [-9, -1100]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('not a level in brackets after the change, nor a count followed by more of the clause', () => {
    expect(values('Số vụ giảm 10% (năm trước là 300 vụ).')).toEqual([-10, 300]);
    expect(values('So với năm trước, số vụ giảm 20% (500 vụ).')).toEqual([-20, 500]);
    expect(restatesChangeAsCount(' (tương ứng ', ' vụ trong tổng số các vụ án hình sự của tỉnh')).toBe(false);
  });
});
