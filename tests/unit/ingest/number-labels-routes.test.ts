/** Round 53: bus, metro and rail lines called by their numbers are labels, not counts (`number-labels.ts` isRouteNumber). */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const values = (s: string) => findNumbers(s).map((m) => m.value);

describe('a line called by its number', () => {
  it.each([
    ['Thẻ vé điện tử dùng được trên 12 tuyến buýt, gồm các tuyến: 03, 09, 18, 27 (A, B), 34, 49 và 101.', [12]],
    ['Sở mở rộng thí điểm lên 20 tuyến (tuyến E02; 07; 16A; 16B; 31; 44; 57; 61; 86; 88; 92; 103; 111; 125; 128; 135; 148; 150; 152; 160).', [20]],
    ['Tuyến buýt số 86 nối sân bay với trung tâm có 24 xe.', [24]],
    ['Khách đi tuyến metro số 1 tăng 18% so với quý trước.', [18]],
  ])('%s', (text, want) => expect(values(text)).toEqual(want));

  it('does not take "trực tuyến" (online) for a line', () => {
    expect(values('Xã tiếp nhận trực tuyến 7.600 hồ sơ, trực tuyến 45 thủ tục.')).toEqual([7600, 45]);
  });
});
