/** Round 62 (session 43): people split into teams are a count of teams, not a set's parts; a level with a rate after it ("đạt mức 3
 *  doanh nghiệp/1.000 dân") is a value, not a level's name; a count with no noun of its own takes the people its clause counts before
 *  it ("số đối tượng … là hơn 2,37 triệu"), which keeps it off a series of transactions; a drill's "mục tiêu được chọn" is its target
 *  system, no goal. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { claimOf, metricOf, metricsOf } from '../../support/metrics-of';

const texts = (text: string) => metricsOf([text]).map((m) => m.text);

describe('people split into teams', () => {
  it.each([
    ['Các học viên được chia thành 19 đội phòng thủ để diễn tập thực chiến.', '19'],
    ['Hơn 400 cán bộ được chia thành 11 lớp tập huấn.', '11'],
    ['Người tham gia được chia làm 6 tổ trực.', '6'],
  ])('%s', (text, n) => expect(texts(text)).toContain(n));
  it.each([
    ['Kế hoạch được chia thành 2 giai đoạn.', '2'],
    ['Chỉ số được chia làm 3 trụ cột chính.', '3'],
  ])('a set of parts stays out: %s', (text, n) => expect(texts(text)).not.toContain(n));
});

describe('a level with a rate after it', () => {
  it('"đạt mức 3 doanh nghiệp/1.000 dân" is a value', () =>
    expect(claimOf('Đến năm 2025, số lượng doanh nghiệp công nghệ số đạt mức 3 doanh nghiệp/1.000 dân.', '3', 2024)).toMatchObject({ value: 3, unit: 'count' }));
  it('a level\'s name stays out: "tài khoản định danh điện tử mức 2"', () =>
    expect(texts('Tỉnh đã kích hoạt 50.000 tài khoản định danh điện tử mức 2 cho người dân.')).not.toContain('2'));
});

describe('the people a count with no noun counts', () => {
  const text = 'Trong đó, tổng số đối tượng hưởng trợ cấp là hơn 3,8 triệu; số đối tượng đã có tài khoản, mong muốn chi trả không dùng tiền mặt là hơn 2,37 triệu, chiếm 62,20%; số giao dịch thanh toán không dùng tiền mặt là 2 tỷ.';
  it('beneficiaries are no cashless transactions', () => expect(metricOf(text, '2,37 triệu', 2024).indicator).toBeUndefined());
  it('transactions stay that series', () => expect(metricOf(text, '2 tỷ', 2024).indicator).toBe('cashless-payments'));
});

describe('a drill\'s target system', () => {
  it.each([
    ['Có mục tiêu được chọn là “Hệ thống Cổng thông tin của thành phố”, diễn tập quy tụ 40 chuyên gia tham gia.', '40'],
    ['Mục tiêu tấn công giả định là hệ thống thư điện tử, với 25 đội tham gia.', '25'],
  ])('%s', (text, n) => expect(metricOf(text, n, 2025).status).toBe('actual'));
  it('a goal named so stays a goal', () => expect(metricOf('Mục tiêu quan trọng của tỉnh là 100% hồ sơ được số hóa.', '100%', 2025).status).toBe('target'));
});
