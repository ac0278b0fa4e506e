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
    ['a weekday after a time of day', 'Thành phố giải quyết hồ sơ sáng thứ 7 tại 130 phường, xã.', ['130']],
    ['a weekday every week', 'Bộ phận một cửa làm việc thứ 7 hằng tuần, tiếp nhận 250 hồ sơ.', ['250']],
    ['a weekday and Sunday', 'Trung tâm mở cửa cả thứ 7 và chủ nhật với 12 quầy.', ['12']],
    ['a span of days written day-month', 'Sau một tháng hoạt động (1-7 đến 31-7), trung tâm đã tiếp đón 6.826 lượt người.', ['6.826']],
    ['the end of a span of days', 'Từ ngày 1-9 đến 3-10, hệ thống ghi nhận 3.143 trường hợp.', ['3.143']],
    ['an index\'s design', 'Cấu trúc Bộ chỉ số có thang điểm 1000, gồm 306 tiêu chí thuộc 3 trụ cột: Chính quyền số (400 điểm; 133 tiêu chí).', []],
    ['a year before a province named "Đồng …"', 'Xếp hạng năm 2022 Đồng Nai tăng 4 bậc.', ['4 bậc']],
    ['units rated in a class, then the class\'s bar', 'Có 17 cơ quan xếp loại tốt với tỷ lệ điểm số đạt trên 80%; 1 cơ quan xếp loại khá với tỷ lệ điểm đạt dưới 80%.', ['17', '1']],
    ['bodies counted past a bar', 'Năm 2024, cả nước có 8 cơ quan, địa phương có tỷ lệ hồ sơ trực tuyến toàn trình trên 50%.', ['8']],
    ['every province as a measure\'s scope', 'Mức độ hài lòng ở 63 tỉnh, thành phố nằm trong khoảng 75,03% - 90,61%.', ['75,03% - 90,61%']],
    ['every province after the 2025 merger', 'Tỷ lệ hồ sơ trực tuyến của 34 tỉnh, thành phố đạt bình quân 55%.', ['55%']],
  ])('%s', (_why, s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ['a count after an age span', 'Công dân từ 6-14 tuổi 735 trường hợp.', ['735']],
    ['a decimal with a dot in a share', 'Tỷ lệ tăng 2.9% so với năm trước.', ['2.9%']],
    ['a count of numbers issued', 'Đã cấp 12 số định danh cho các hộ mới.', ['12']],
    ['a share with a space before a bracket', 'Tỷ lệ đạt 66,8% (5 xã chưa đạt).', ['66,8%', '5']],
    ['ranks listed with "và"', 'Việt Nam xếp thứ 6 thế giới, thứ 3 châu Á và thứ 5 ASEAN.', ['6', '3', '5']],
    ['a rank after a move', 'Tỉnh tăng từ thứ 5 lên thứ 3 cả nước.', ['5', '3']],
    ['a range of shares', 'Lượng tin nhắn giảm 5-7% trong tuần.', ['5-7%']],
    ['an index\'s score in a sentence on its scale', 'Theo thang điểm mới, tỉnh đạt 650 điểm, tăng 20 điểm.', ['650 điểm', '20 điểm']],
    ['money before a capitalised "Đồng"', 'Mỗi hộ được hỗ trợ 20 triệu Đồng, tổng 500 tỷ đồng.', ['20 triệu Đồng', '500 tỷ đồng']],
    ['a province\'s own bar', 'Tỉnh xếp loại tốt với tỷ lệ đạt 85%.', ['85%']],
    ['a reach of every province', 'Toàn bộ 63 tỉnh, thành phố đã triển khai nền tảng.', ['63']],
    ['a count of provinces that is no whole', 'Dữ liệu của 45 tỉnh đã được làm sạch.', ['45']],
  ])('still reads %s', (_why, s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ['a signal gap', 'Cả nước có khoảng 2.500 điểm lõm sóng di động.', '2.500', 'count'],
    ['a relic site', 'Tỉnh đã số hóa 370 điểm di tích.', '370', 'count'],
    ['a charging point', 'Hãng đã lắp 150 điểm sạc.', '150', 'count'],
    ['a score', 'Chỉ số của tỉnh đạt 78,5 điểm.', '78,5 điểm', 'points'],
  ])('"điểm" of %s', (_why, s, n, unit) => {
    expect(findNumbers(s).find((x) => x.text.startsWith(n))?.unit).toBe(unit);
  });

  it('tells the marks from their words', () => {
    expect(isAgeOrCodeLength('tuổi từ ', ' trở lên')).toBe(true);
    expect(isAgeOrCodeLength('đã cấp ', ' số định danh')).toBe(false);
    expect(isFootnoteAfterShare('66,8%5', 5, '5')).toBe(true);
    expect(isFootnoteAfterShare('66,8% 5', 6, '5')).toBe(false);
  });
});
