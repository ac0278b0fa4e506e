/**
 * Round 18 number forms: counts written with a leading zero after more verbs, after a ";" of a list of counts and as
 * a part of a whole ("còn 03/12 đơn vị"); a count of whole things written with an English thousands comma
 * ("4,907 người"); "điểm" that names a place ("điểm chuyển mạch"), not a score. Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { pageScaledValue, wholeCountWithComma, writesThousandsComma } from '../../../scripts/ingest/number-grouped';
import { metricOf } from '../../support/metrics-of';

/** The numbers found in `s`, as "value unit". */
const found = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}`);

describe('a count with a leading zero', () => {
  it.each([
    ['Sở đã tổ chức 03 hội nghị tập huấn cho cán bộ.', ['3 count']],
    ['Huyện có 12 trạm; 04 tổ công nghệ số cộng đồng.', ['12 count', '4 count']],
    ['Đã xong 9/12 nhiệm vụ, còn lại 03/12 nhiệm vụ đang làm.', ['9 count', '3 count']],
    ['Tỉnh ban hành 06 văn bản hướng dẫn.', ['6 count']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    'Buổi họp diễn ra ngày 05 tại hội trường.',
    'Đã tổ chức 02 năm liền.',
    'Phường 07 có nhiều cửa hàng.',
  ])('no count: %s', (s) => expect(found(s)).toEqual([]));
});

describe('a count of whole things with a thousands comma', () => {
  it.each([
    ['Bình quân 3,215 người trên một bưu cục.', ['3215 count']],
    ['Toàn tỉnh có 12,480 hộ dùng cáp quang.', ['12480 count']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it('keeps the Vietnamese decimal elsewhere', () => {
    expect(found('Mỗi hộ bình quân 3,5 người.')[0]).toMatch(/^3\.5 /);
    expect(found('Dân số đạt 2,907 triệu người.')).toEqual(['2907000 count']);
    expect(found('Doanh thu đạt 4,125 tỷ đồng.')).toEqual(['4125000000 VND']);
    expect(found('Chỉ số đạt 0,512 điểm.')).toEqual(['0.512 points']);
  });
  it('reads only one comma group before whole things', () => {
    expect(wholeCountWithComma('4,907', ' người/1 điểm')).toBe(4907);
    expect(wholeCountWithComma('4,97', ' người')).toBeUndefined();
    expect(wholeCountWithComma('4,907', ' triệu người')).toBeUndefined();
    expect(wholeCountWithComma('04,907', ' người')).toBeUndefined();
  });
});

describe('"điểm" naming a place', () => {
  it.each([
    ['Mạng có 215 điểm chuyển mạch và 90 trạm.', ['215 count', '90 count']],
    ['Tỉnh đạt 76 điểm, tăng 4 điểm.', ['76 points', '4 points']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
});

describe('labels and units that are no claims', () => {
  it.each([
    ['Có 85% số xã đạt chỉ tiêu 5.2 của Tiêu chí số 5 về giáo dục.', ['85 percent']],
    ['Bưu điện tổ chức 12 hội nghị[2] trong năm.', ['12 count']],
    ['Công suất khai thác đạt 8.200 tấn hàng/ngày, bán kính 90 km.', []],
    ['Báo cáo kết quả thực hiện 12 nhiệm vụ trọng tâm năm 2024.', []],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['Tỉnh vượt chỉ tiêu 15% đã đề ra.', ['15 percent']],
    ['Huyện đạt chỉ tiêu 8/10 xã có cáp quang.', ['8 count']],
    ['Hệ thống ngăn chặn 420 cuộc tấn công mạng.', ['420 count']],
    ['Sở đã thực hiện 12 nhiệm vụ trong năm.', ['12 count']],
    ['Kèm theo là danh mục 30 dịch vụ công thiết yếu.', ['30 count']],
    ['Đội tuyển đạt 03 giải cá nhân (giải nhất, giải nhì và giải ba).', ['3 count']],
  ])('still a claim: %s', (s, want) => expect(found(s)).toEqual(want));
});

describe('a fraction in a list of ranks out of the same field', () => {
  it.each([
    ['Kinh tế số xếp hạng 9/63 (tăng 1 bậc); xã hội số 15/63.', ['9 rank', '1 rank', '15 rank']],
    ['Tỉnh xếp thứ 20/34, hạ tầng số 11/34 (giảm 3 bậc).', ['20 rank', '11 rank', '-3 rank']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['Tỉnh xếp hạng 9/63; có 40/63 tỉnh hoàn thành.', ['9 rank', '40 count']],
    ['Thành phố xếp thứ 5/63, và 20/63 tỉnh đã đạt mục tiêu.', ['5 rank', '20 count']],
    ['Tỉnh xếp hạng 3/5 nhóm; 2/5 xã đạt chuẩn.', ['3 rank', '2 count']],
  ])('a count stays a count: %s', (s, want) => expect(found(s)).toEqual(want));
});

describe('a rank spelled in words, a top group by a high index', () => {
  it.each([
    ['Năm 2023, tỉnh đứng thứ ba toàn quốc về cấp căn cước.', ['3 rank']],
    ['Thành phố xếp thứ mười hai cả nước về chỉ số này.', ['12 rank']],
    ['Tỉnh phấn đấu thuộc nhóm 15 tỉnh, thành phố có chỉ số cao về kinh tế số.', ['15 rank']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it.each([
    ['Thứ hai, tỉnh tăng cường đào tạo.', []],
    ['Tỉnh xếp thứ nhất trên 34 tỉnh, thành phố.', []],
    ['Sở làm việc với nhóm 15 doanh nghiệp có doanh thu lớn.', []],
  ])('no rank: %s', (s, want) => expect(found(s).filter((x) => x.endsWith('rank'))).toEqual(want));
});

describe('a page that writes a thousands comma', () => {
  it('is told by a count of whole things', () => {
    expect(writesThousandsComma(['Bình quân 2,350 người/1 bưu cục.', 'Doanh thu 12,5 tỷ đồng.'])).toBe(true);
    expect(writesThousandsComma(['Doanh thu 12,500 tỷ đồng.', 'Tỷ lệ đạt 2,350%.'])).toBe(false);
  });
  it('reads "." before a scale word as its decimal point there only', () => {
    expect(pageScaledValue('245.310 triệu đồng', 245310e6, true)).toBe(245310e3);
    expect(pageScaledValue('245.310 triệu đồng', 245310e6, false)).toBe(245310e6);
    expect(pageScaledValue('3.245.310 hồ sơ', 3245310, true)).toBe(3245310);
    expect(pageScaledValue('8.120 hồ sơ', 8120, true)).toBe(8120);
  });
  it('reads a bare count with one comma group as whole there, whatever it counts (session 17)', () => {
    expect(pageScaledValue('4,600', 4.6, true)).toBe(4600);
    expect(pageScaledValue('4,600', 4.6, false)).toBe(4.6);
    expect(pageScaledValue('4,6', 4.6, true)).toBe(4.6);
    expect(pageScaledValue('12,345%', 12.345, true)).toBe(12.345);
  });
  it('through the metric stage', () => {
    const english = 'Toàn tỉnh có 60 bưu cục, bình quân 3,120 người/1 bưu cục. // Doanh thu dịch vụ công đạt 245.310 triệu đồng.';
    const vietnamese = 'Toàn tỉnh có 60 bưu cục, bình quân 3.120 người/1 bưu cục. // Doanh thu dịch vụ công đạt 245.310 triệu đồng.';
    expect(metricOf(english, '245.310', 2024).value).toBe(245310e3);
    expect(metricOf(vietnamese, '245.310', 2024).value).toBe(245310e6);
  });
});
