/** Round 67 (session 48, after set LJ's first read): a rating scale's grades, each with its threshold ("Nhóm xếp hạng tốt: tỷ lệ đạt từ
 *  90% điểm trở lên. Nhóm xếp hạng khá: … từ 70% điểm đến dưới 90% điểm."), define the scale: no share is reported. Sentences written for
 *  this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const texts = (text: string) => metricsOf([text], 2024).map((m) => m.text);

describe("a grade's thresholds", () => {
  it('are no figures', () =>
    expect(texts('Việc xếp hạng được chia thành 04 mức: Nhóm xếp hạng tốt: tỷ lệ đạt từ 90% điểm trở lên. Nhóm xếp hạng khá: tỉ lệ đạt trong khoảng từ 70% điểm đến dưới 90% điểm. Mức yếu: dưới 50% điểm.')).toEqual([]));
  it.each([
    ['Xếp loại tốt: 12 đơn vị, đạt 30%.', ['12', '30%']],
    ['Tỉnh đạt mức tốt với tỷ lệ 92%.', ['92%']],
  ])('a grade\'s members or a result stay: %s', (text, want) => expect(texts(text)).toEqual(want));
});
