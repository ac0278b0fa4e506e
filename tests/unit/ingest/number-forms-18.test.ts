/**
 * Round 18 number forms: counts written with a leading zero after more verbs, after a ";" of a list of counts and as
 * a part of a whole ("còn 03/12 đơn vị"); a count of whole things written with an English thousands comma
 * ("4,907 người"); "điểm" that names a place ("điểm chuyển mạch"), not a score. Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { wholeCountWithComma } from '../../../scripts/ingest/number-grouped';

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
