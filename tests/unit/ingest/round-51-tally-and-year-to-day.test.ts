import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { claimOf, metricOf } from '../../support/metrics-of';

describe('a tally of a result whose names are then listed (round 51)', () => {
  it('"có N … đạt … gồm A, …" is a result, however many names follow', () => {
    const s = 'Theo kết quả đánh giá, có 5 địa phương đạt điểm đánh giá tốt gồm Thái Nguyên, Cà Mau, Bình Định, Phú Yên và Hưng Yên.';
    expect(claimOf(s, '5').value).toBe(5);
    const export2 = 'Từ đầu năm, cả nước có 2 ngành hàng đạt kim ngạch xuất khẩu trên 10 tỷ USD là điện thoại và máy vi tính.';
    expect(claimOf(export2, '2').value).toBe(2);
    expect(claimOf('Toàn tỉnh có 3 huyện hoàn thành chỉ tiêu gồm Ba Tơ, Sơn Hà và Trà Bồng.', '3').value).toBe(3);
  });
  it('a group the subject is one of, an index\'s own parts, a list with no result reached stay no claims', () => {
    expect(() => metricOf('Việt Nam là một trong 3 quốc gia gồm Lào, Campuchia và Thái Lan.', '3')).toThrow();
    expect(() => metricOf('Có 3 nhóm chỉ số mà các cơ quan đều thực hiện tốt và đạt điểm cao gồm: Nhận thức số, Hạ tầng số và Hoạt động xã hội số.', '3')).toThrow();
    expect(() => metricOf('Tỉnh có 3 huyện miền núi gồm Ba Tơ, Sơn Hà và Trà Bồng.', '3')).toThrow();
  });
});

describe('a sum from the start of the year to a day written without "ngày" (round 51)', () => {
  it('"từ đầu năm đến 15/3" is a day the figures are counted at, as "tính đến 15/3" is', () => {
    const s = 'Từ đầu năm đến 15/3, tổng kim ngạch xuất khẩu cả nước đạt 69,78 tỷ USD.';
    expect(claimOf(s, '69,78', 2022).period).toBe('2022-03-15');
    expect(findDates('Theo Tổng cục Hải quan, tính từ đầu năm tới 15-7, kim ngạch đạt 29 tỷ USD.')).toHaveLength(1);
  });
  it('a bare "15/3" elsewhere is still no date', () => {
    expect(findDates('Tỉnh có 15/3 xã đạt chuẩn từ đầu năm.')).toEqual([]);
  });
});
