/** Round 61 (session 42): the band of a ranking's lettered group ("thuộc nhóm B gồm những tỉnh, thành phố đạt kết quả Chỉ số từ 80% - 90%")
 *  defines the group and is no figure; a move or a count after a group stays one. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const texts = (text: string) => metricsOf([text], 2023).map((m) => m.text);

describe('a named group\'s band is no claim', () => {
  it.each([
    ['Chỉ số SIPAS của tỉnh xếp thứ 12, thuộc nhóm B gồm những tỉnh, thành phố đạt kết quả từ 80% - 90%.', '80% - 90%'],
    ['Tỉnh đạt 88,1%, nằm trong nhóm A - nhóm các tỉnh đạt kết quả Chỉ số trên 90%.', '90%'],
    ['Bộ xếp ở nhóm C gồm các bộ đạt kết quả dưới 70%.', '70%'],
    ['Các tỉnh được chia 3 nhóm: nhóm A đạt kết quả chỉ số từ 90% trở lên; nhóm B đạt kết quả chỉ số từ 80% đến dưới 90%.', '80%'],
  ])('%s', (text, band) => expect(texts(text)).not.toContain(band));
});

describe('figures after a group that stay claims', () => {
  it('a move from a level', () => expect(texts('Nhóm các tỉnh có tỷ lệ từ 60% tăng lên 75%.')).toEqual(['60%', '75%']));
  it('the value before the group', () => expect(texts('Tỉnh đạt 88,1%, nằm trong nhóm A - nhóm các tỉnh đạt kết quả Chỉ số trên 90%.')).toContain('88,1%'));
  it('a count in the group', () => expect(texts('Nhóm A có 12 tỉnh, đạt trên 90%.')).toContain('12'));
  it.each([
    ['Trong nhóm các bộ, ngành, Bộ Tài chính dẫn đầu với tỷ lệ hồ sơ trực tuyến đạt trên 95%.', '95%'],
    ['Ở nhóm các tỉnh, thành phố, Quảng Ninh dẫn đầu với tỷ lệ hồ sơ trực tuyến trên 90%.', '90%'],
    ['Năm 2024, tỷ lệ hồ sơ trực tuyến của nhóm các bộ, ngành đạt trên 70%.', '70%'],
    ['Bộ Tài chính thuộc nhóm A với tỷ lệ đạt trên 95%.', '95%'],
  ])('review mends, a member\'s or a group\'s own figure: %s', (text, n) => expect(texts(text)).toContain(n));
});
