/** Quantities spelled in words with a scale word (round 15; sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { spelledQuantities, wordsValue } from '../../../scripts/ingest/number-spelled';
import { findNumbers } from '../../../scripts/ingest/numbers';

describe('wordsValue', () => {
  it.each([['một', 1], ['mười', 10], ['mười lăm', 15], ['hai mươi mốt', 21], ['ba mươi tư', 34], ['chín mươi', 90], ['một trăm', 100], ['ba trăm linh năm', 305], ['bảy trăm hai mươi', 720], ['tám trăm mười hai', 812]] as const)('%s → %d', (w, v) => expect(wordsValue(w)).toBe(v));
});

describe('spelledQuantities', () => {
  it.each([
    ['Năm nay ngành cấp hơn một triệu giấy phép điện tử.', 'một triệu', 1e6, 'count', 'over'],
    ['Có hai triệu tài khoản được kích hoạt.', 'hai triệu', 2e6, 'count', undefined],
    ['Khoảng mười lăm nghìn doanh nghiệp tham gia.', 'mười lăm nghìn', 15000, 'count', 'approx'],
    ['Dự án cần gần hai mươi mốt tỷ đồng.', 'hai mươi mốt tỷ đồng', 21e9, 'VND', 'nearly'],
    ['Thị trường đạt ba trăm nghìn tỷ đồng.', 'ba trăm nghìn tỷ đồng', 3e14, 'VND', undefined],
    ['Xuất khẩu đạt Năm tỉ USD.', 'Năm tỉ USD', 5e9, 'USD', undefined],
  ])('%s', (s, text, value, unit, qualifier) => {
    const [n] = spelledQuantities(s);
    expect(n).toMatchObject({ text, value, unit, start: s.indexOf(text) });
    expect(n!.qualifier).toBe(qualifier);
  });

  it.each([
    'Một số địa phương đã hoàn thành.', // no scale word
    'Trong năm tỷ lệ hộ gia đình có cáp quang tăng mạnh.', // "tỷ lệ", not a billion
    'Hàng triệu người dân đã dùng ứng dụng.', // vague
    'Vài nghìn doanh nghiệp chưa chuyển đổi.',
    'Vốn đầu tư tỷ đồng mỗi dự án.', // "tư" opens no number
    'Năm 2025, hai bên ký kết thỏa thuận.',
  ])('none in: %s', (s) => expect(spelledQuantities(s)).toEqual([]));
});

describe('findNumbers reads them in order with the digits', () => {
  it('a spelled quantity between two written in digits', () => {
    expect(findNumbers('Từ 800.000 lên hơn một triệu hồ sơ, tăng 25%.').map((n) => n.text)).toEqual(['800.000', 'một triệu', '25%']);
  });
});
