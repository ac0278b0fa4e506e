/** Round 48 number forms (set DV): "có đến 6/8 chỉ số" (as many as six of eight) is a count, not the day "đến 6/8". Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { metricOf } from '../../support/metrics-of';

const texts = (s: string) => findNumbers(s).map((n) => n.text);

describe('"có đến" / "có tới" before a fraction and its noun', () => {
  it.each([
    ['Năm 2022 Cà Mau có đến 6/8 chỉ số tăng điểm.', ['6/8']],
    ['Tỉnh có tới 21/25 dịch vụ công thiết yếu được cung cấp toàn trình.', ['21/25']],
  ])('%s is a count', (s, want) => expect(texts(s)).toEqual(want));
  it('counts six of eight', () => expect(metricOf('Năm 2022 Cà Mau có đến 6/8 chỉ số tăng điểm.', '6/8', 2022)).toMatchObject({ value: 6, unit: 'count' }));
  it('while a day after "tính đến" or "có đến" with no noun stays a day', () => {
    expect(texts('Tính đến 6/8, tỉnh có 120 xã đạt chuẩn.')).toEqual(['120']);
    expect(texts('Kế hoạch có hiệu lực đến 6/8.')).toEqual([]);
  });
});
