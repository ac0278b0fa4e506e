/** Round 61 (session 42): the band of a ranking's named group ("thuộc nhóm B gồm những tỉnh, thành phố đạt kết quả Chỉ số từ 80% - 90%")
 *  defines the group and is no figure; a move or a count after a group stays one. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const texts = (text: string) => metricsOf([text], 2023).map((m) => m.text);

describe('a named group\'s band is no claim', () => {
  it.each([
    ['Chỉ số SIPAS của tỉnh xếp thứ 12, thuộc nhóm B gồm những tỉnh, thành phố đạt kết quả từ 80% - 90%.', '80% - 90%'],
    ['Tỉnh đạt 88,1%, nằm trong nhóm A - nhóm các tỉnh đạt kết quả Chỉ số trên 90%.', '90%'],
    ['Bộ xếp ở nhóm C gồm các bộ có điểm số dưới 70%.', '70%'],
  ])('%s', (text, band) => expect(texts(text)).not.toContain(band));
});

describe('figures after a group that stay claims', () => {
  it('a move from a level', () => expect(texts('Nhóm các tỉnh có tỷ lệ từ 60% tăng lên 75%.')).toEqual(['60%', '75%']));
  it('the value before the group', () => expect(texts('Tỉnh đạt 88,1%, nằm trong nhóm A - nhóm các tỉnh đạt kết quả Chỉ số trên 90%.')).toContain('88,1%'));
  it('a count in the group', () => expect(texts('Nhóm A có 12 tỉnh, đạt trên 90%.')).toContain('12'));
});
