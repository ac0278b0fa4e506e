import { describe, expect, it } from 'vitest';
import { foreignHolder, namesOwnField } from '../../../scripts/ingest/rank-field';

describe('foreignHolder: a foreign country that holds the figure after it', () => {
  it.each([
    ['Trong khu vực, Việt Nam đã vượt Malaysia để lên vị trí thứ 4', false],
    ['Việt Nam vượt qua Thái Lan và Philippines, xếp thứ 3', false],
    ['Thái Lan xếp thứ 2 trong khu vực', true],
    ['Việt Nam đứng sau Singapore, xếp thứ 6', true],
    ['trong khi Hàn Quốc vượt Nhật Bản', true],
    ['Việt Nam xếp thứ 8 trong khu vực', false],
  ])('%j → %s', (text, want) => {
    expect(foreignHolder(text)).toBe(want);
  });
  it('exactCase reads only capitalised names', () => {
    expect(foreignHolder('một tháng trung quốc', true)).toBe(false);
    expect(foreignHolder('một tháng trung quốc')).toBe(true);
  });
});

describe('namesOwnField: the rank\'s sentence names its own ranking', () => {
  it.each([
    ['Trong bảng Chỉ số an toàn thông tin (GCI) năm 2024, Việt Nam xếp thứ 17', 'việt nam xếp thứ 17', true],
    ['Tỉnh đứng thứ 2 toàn quốc về tỷ lệ hồ sơ trực tuyến', 'tỉnh đứng thứ 2 toàn quốc', true],
    ['Việt Nam đã vượt Indonesia để vươn lên vị trí thứ 4 trong 10 nước; 3 nước đứng trên là Singapore, Malaysia, Thái Lan', 'việt nam đã vượt indonesia để vươn lên vị trí thứ 4 trong 10 nước', false],
    ['Tỉnh vươn lên vị trí thứ 12, tăng 4 bậc', 'tỉnh vươn lên vị trí thứ 12', false],
  ])('%j → %s', (sentence, clause, want) => {
    expect(namesOwnField(sentence, clause)).toBe(want);
  });
});
