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
