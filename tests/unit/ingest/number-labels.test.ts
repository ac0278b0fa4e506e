/** Bare numbers that label a grade, a class or a plan (round 15; sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { isClassLabel, isGrade, isLabelNumber, isPlanNumber } from '../../../scripts/ingest/number-labels';
import { findNumbers } from '../../../scripts/ingest/numbers';

/** The values findNumbers reads in `s`. */
const values = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}`);

describe('isGrade', () => {
  it.each([['học sinh lớp ', 1], ['các khối lớp 6, 7, ', 8], ['khối lớp 10 và ', 11], ['Lớp ', 12]] as const)('%j %s', (before, v) => expect(isGrade(before, v)).toBe(true));
  it.each([['học sinh lớp ', 13], ['có ', 3], ['tầng lớp ', 0]] as const)('not %j %s', (before, v) => expect(isGrade(before, v)).toBe(false));
});

describe('isClassLabel', () => {
  it.each(['các bệnh viện công tuyến tỉnh hạng ', 'bệnh viện hạng ', 'là đô thị loại ', 'tuyến huyện hạng '])('%j', (before) => expect(isClassLabel(before, 1)).toBe(true));
  it.each(['Việt Nam xếp hạng ', 'bệnh viện tăng hạng ', 'tỉnh đứng hạng ', 'các trường hạng '])('not %j', (before) => expect(isClassLabel(before, 2)).toBe(false));
});

describe('isPlanNumber', () => {
  it.each([
    ['Theo Kế hoạch ', '58', ' đề ra các mục tiêu sau.'],
    ['Triển khai Đề án ', '06', ', thành phố đã cấp …'],
    ['Chương trình ', '135', ' của Chính phủ …'],
    ['phiên họp thứ hai của Ban Chỉ đạo ', '402', ' về đổi mới …'],
    ['theo yêu cầu của Tổ công tác ', '88', ', các sở …'],
    ['Ban chỉ đạo ', '1520', ' của tỉnh đã họp'],
  ])('%s%s%s', (before, raw, after) => expect(isPlanNumber(before, raw, after)).toBe(true));
  it.each([
    ['Kế hoạch ', '2025', ' đề ra các mục tiêu sau.'], // a year
    ['kế hoạch ', '58', ' đề ra'], // not capitalised: no name
    ['Kế hoạch ', '5', ' năm tới'],
    ['Dự án ', '12', ' nhà máy điện gió'],
    ['thành lập Tổ công tác ', '7', ' người'], // its size
  ])('not %s%s%s', (before, raw, after) => expect(isPlanNumber(before, raw, after)).toBe(false));
  it('a scaled or grouped number is no label', () => expect(isLabelNumber('học sinh lớp ', '1.000', '')).toBe(false));
});

describe('findNumbers skips labels and dates written D-M', () => {
  it.each([
    ['Thí điểm sổ điểm số với các khối lớp 6, 7, 8 và 9 tại 80% số trường.', ['80 percent']],
    ['Có 45.000 học sinh lớp 1 được cấp mã định danh.', ['45000 count']],
    ['Đã có 52/61 bệnh viện công tuyến trung ương hạng 1 triển khai.', ['52 count']],
    ['Kế hoạch 58 đề ra 4 nhóm giải pháp: A; B; C; D.', []],
    ['Tính đến 20-6, tỉnh đã kích hoạt 300.000 tài khoản.', ['300000 count']],
    ['Chỉ tiêu tăng 5-8% mỗi năm.', ['5 percent']], // a rising range stays one
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('round 27a: a meeting called by its order', () => {
  it.each([
    ['Tại Phiên họp lần 4 của Ban Chỉ đạo, 120 nhiệm vụ được giao.', ['120 count']],
    ['Kỳ họp thứ 8 thông qua 15 luật.', ['15 count']],
    ['Hội nghị lần thứ 11 bàn về 3 nhóm giải pháp lớn.', ['3 count']],
  ])('%j', (s, want) => expect(values(s)).toEqual(want));
  it('a count of meetings stays', () => expect(values('Tỉnh đã tổ chức 5 phiên họp trực tuyến.')).toEqual(['5 count']));
});

describe('round 29a: footnoted years, tiers, photo numbers and cut-off counts', () => {
  it.each([
    'Đề án giai đoạn 2018-2020, định hướng đến năm 20301, là cơ sở.',
    'so với lần công bố trước vào năm 20194.',
    'Kế hoạch đến năm 202512 đã được ban hành.',
  ])('a year after "năm" with a footnote mark glued to it is no claim: %j', (s) => expect(values(s)).toEqual([]));
  it('a number after "năm" that is no year with a mark stays', () => {
    expect(isLabelNumber('trong năm ', '31200', ' lượt truy cập')).toBe(false);
  });
  it('a body’s tier closing its phrase is no count, the next count is read', () => {
    expect(values('Tỉnh có 14 chi nhánh cấp 1, 2 chi nhánh ngân hàng khác.')).toEqual(['14 count', '2 count']);
    expect(values('Huyện có 9 trường cấp 2 và 1 trường liên cấp.')).toEqual(['9 count', '1 count']);
    expect(values('Sở đã cấp 350 giấy phép.')).toEqual(['350 count']);
  });
  it('a photo’s number and a count whose noun is cut off are no claims', () => {
    expect(values('Doanh thu quý đạt 1.200 tỷ đồng - Ảnh 2.')).toEqual(['1200000000000 VND']);
    expect(values('Lãnh đạo tỉnh thăm gian hàng (Hình 3)')).toEqual([]);
    expect(values('Điều đáng nói là, 41 h')).toEqual([]);
    expect(values('Điều đáng nói là 41 huyện đã hoàn thành.')).toEqual(['41 count']);
  });
});

describe('a clock time\'s minutes, a weekday, an event\'s day and a town\'s class (round 31a)', () => {
  it.each([['lúc 6 giờ ', '45', ' tối'], ['khoảng 21h ', '15', ', trung tâm'], ['Thành phố loại ', '1', ' này']])('%s%s%s is a label', (before, raw, after) =>
    expect(isLabelNumber(before, raw, after)).toBe(true));
  it.each([['từ thứ ', '3', ' đến thứ 5 hằng tuần'], ['Thứ 2 - thứ ', '6', ', bộ phận'], ['Ngày thứ ', '3', ' của triển lãm']])('%s%s%s is a day', (before, raw, after) =>
    expect(isLabelNumber(before, raw, after)).toBe(true));
  it.each([['trong 24 giờ, ', '30', ' hồ sơ'], ['sau 2 giờ ', '5', ' xã'], ['thành phố có ', '1', ' trung tâm'], ['xếp thứ ', '3', ' đến từ Đà Nẵng'], ['đứng thứ ', '2', ' cả nước']])('%s%s%s is no label', (before, raw, after) =>
    expect(isLabelNumber(before, raw, after)).toBe(false));
});
