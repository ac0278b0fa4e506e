import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isAgeOrCodeLength, isFootnoteAfterShare } from '../../../scripts/ingest/number-marks';

/** The numbers `findNumbers` reads in `s`, as written. */
const read = (s: string) => findNumbers(s).map((n) => n.text);

describe('numbers that mark, not count (round 52)', () => {
  it.each([
    ['a day with a dot after a named day', 'Chi trả quà nhân dịp Quốc khánh 2.9 cho 29 xã.', ['29']],
    ['a day with a dot after "đến ngày"', 'Theo báo cáo, đến ngày 8.9, tỷ lệ đạt 52,31%.', ['52,31%']],
    ['a deadline with a dot after "đến"', 'Thiếu kinh phí nên đến 30.9 chỉ triển khai được 40% số hạng mục.', ['40%']],
    ['an anniversary', 'Dịp kỷ niệm 19.8, tỉnh trao 120 giải thưởng.', ['120']],
    ['an age bound with "từ đủ"', 'Mọi người trong độ tuổi từ đủ 14 trở lên sẽ có căn cước, tổng cộng 12 triệu thẻ.', ['12 triệu']],
    ['an age bound after "độ tuổi"', 'Có 3.400 người trong độ tuổi 18 đã kích hoạt.', ['3.400']],
    ['a code of digits', 'Số định danh là dãy 12 số; mã hồ sơ gồm 10 ký tự và 8 chữ số kiểm tra.', []],
    ['a footnote glued to a share', 'Tỷ lệ thanh toán đạt 66,8%5 (đạt mục tiêu).', ['66,8%']],
  ])('%s', (_why, s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ['a count after an age span', 'Công dân từ 6-14 tuổi 735 trường hợp.', ['735']],
    ['a decimal with a dot in a share', 'Tỷ lệ tăng 2.9% so với năm trước.', ['2.9%']],
    ['a count of numbers issued', 'Đã cấp 12 số định danh cho các hộ mới.', ['12']],
    ['a share with a space before a bracket', 'Tỷ lệ đạt 66,8% (5 xã chưa đạt).', ['66,8%', '5']],
  ])('still reads %s', (_why, s, want) => {
    expect(read(s)).toEqual(want);
  });

  it('tells the marks from their words', () => {
    expect(isAgeOrCodeLength('tuổi từ ', ' trở lên')).toBe(true);
    expect(isAgeOrCodeLength('đã cấp ', ' số định danh')).toBe(false);
    expect(isFootnoteAfterShare('66,8%5', 5, '5')).toBe(true);
    expect(isFootnoteAfterShare('66,8% 5', 6, '5')).toBe(false);
  });
});
