import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isWholeBeforePart } from '../../../scripts/ingest/whole-first';

const at = (s: string, n: string) => {
  const p = s.indexOf(n);
  return isWholeBeforePart(s.slice(0, p).toLowerCase(), s.slice(p + n.length));
};

describe('round 32: a whole named before its part', () => {
  it.each([
    ['Đến nay, trên tổng số 512 tiểu thương tại chợ, đã có trên 470 người dùng mã QR.', '512', '470'],
    ['Trong tổng số 120 xã, có 40 xã đã đạt chuẩn nông thôn mới kiểu mẫu.', '120', '40'],
    ['Tính đến nay, trong tổng số 86 trường học của huyện, mới có khoảng 30 trường dùng học bạ số.', '86', '30'],
  ])('%j: %s is the base, %s the claim', (s, whole, part) => {
    expect(at(s, whole)).toBe(true);
    const texts = findNumbers(s).map((m) => m.text);
    expect(texts).not.toContain(whole);
    expect(texts).toContain(part);
  });
  it.each([
    ['Trong tổng số 168.000 hồ sơ tiếp nhận, tỷ lệ xử lý trực tuyến đạt 68%.', '168.000'],
    ['Tỉnh có tổng số 321 hệ thống thông tin, tăng 20 hệ thống so với năm trước.', '321'],
  ])('%j: %s stays a claim', (s, n) => expect(findNumbers(s).map((m) => m.text)).toContain(n));
});

describe('round 39: a whole before a share of it', () => {
  it('the whole is a claim when its part is given as a share; a count part keeps it the base', () => {
    const s = 'Trong tổng số 2.400 hồ sơ của quý, đã có 71% được trả kết quả đúng hạn.';
    expect(at(s, '2.400')).toBe(false);
    expect(findNumbers(s).map((m) => m.text)).toEqual(['2.400', '71%']);
    expect(at('Trong tổng số 2.400 hồ sơ của quý, đã có 1.700 hồ sơ được trả đúng hạn.', '2.400')).toBe(true);
  });
});

describe('round 39: "Trong số" with no "tổng", and a part counted "có tới"', () => {
  it('the whole is the base; the part is the claim', () => {
    const s = 'Trong số 36 xã của huyện, có tới 30 xã đã phủ sóng 4G toàn bộ thôn.';
    expect(at(s, '36')).toBe(true);
    expect(findNumbers(s).map((m) => m.text)).toEqual(['30']);
  });
});
