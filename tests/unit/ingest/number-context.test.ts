import { describe, expect, it } from 'vitest';
import { clauseBefore, isIndexContext, isIndexValue, isScoreRowCell, isUncountedScore, parentheticalContext } from '../../../scripts/ingest/number-context';
import { findNumbers } from '../../../scripts/ingest/numbers';

describe('the text around a number', () => {
  it('reads the clause before a number back to a comma, colon or bracket, not into a numeral', () => {
    const s = 'Năm 2024, doanh thu đạt 1,5 triệu';
    expect(clauseBefore(s, s.indexOf('1,5'))).toBe(' doanh thu đạt ');
    const t = 'Tỷ lệ là 12,5 và đạt 40';
    expect(clauseBefore(t, t.indexOf('40'))).toBe('Tỷ lệ là 12,5 và đạt ');
  });

  it('gives a parenthetical list of values the clause it belongs to, and nothing to other brackets', () => {
    const s = 'tốc độ tăng trưởng bình quân (2022 đạt 28%, 2023 đạt 19%)';
    expect(parentheticalContext(s, s.indexOf('19%'))).toBe('tốc độ tăng trưởng bình quân ');
    const t = 'doanh nghiệp (trong đó có 19 hợp tác xã)';
    expect(parentheticalContext(t, t.indexOf('19'))).toBeUndefined();
  });

  it('knows an index score by its words, its acronym or the text before a bracket it stands alone in', () => {
    const s = 'Giá trị EGDI đạt 0,6382';
    expect(isIndexContext(s, s.indexOf('0,6'), 'Giá trị EGDI đạt ', '')).toBe(true);
    const b = 'cao hơn trung bình của thế giới (0,6382)';
    expect(isIndexContext(b, b.indexOf('0,6'), '', '')).toBe(false);
    const c = 'Chỉ số của Việt Nam cao hơn trung bình thế giới (0,6382)';
    expect(isIndexContext(c, c.indexOf('0,6'), '', '')).toBe(true);
    expect(isIndexContext('Mỗi hộ có 2,5 người', 11, 'Mỗi hộ có ', '')).toBe(false);
  });
});

describe('isScoreRowCell', () => {
  const cell = (s: string, raw: string) => isScoreRowCell(s, s.indexOf(raw), raw);

  it('reads a fixed-place decimal among three or more on its line as a score, a ranking row\'s included', () => {
    expect(cell('4 Tỉnh Ninh Bình 0.7315 0.6120 0.8000', '0.6120')).toBe(true);
    expect(cell('Cần Thơ 1.0000 0.9000 0.8253 0.7000', '1.0000')).toBe(true);
    expect(cell('Nhóm B 0,75 0,60 0,55', '0,55')).toBe(true);
  });

  it('is no score for a thousands group, a lone decimal or a row of two', () => {
    expect(cell('Sản lượng 1.000 2.000 3.000', '2.000')).toBe(false);
    expect(cell('Chỉ số đạt 0.8123 năm nay', '0.8123')).toBe(false);
    expect(cell('7 Tỉnh Hòa Bình 0.6011 0.5900', '0.6011')).toBe(false);
  });
});

describe('round 29a: isUncountedScore', () => {
  const kinds = (s: string) => findNumbers(s).map((m) => `${m.text} ${m.unit}`);
  it('a bare decimal on an index, nothing counted after it, is a score on any scale', () => {
    expect(kinds('Điểm PCI của thành phố nhích lên, từ 37,25 lên 38,06.')).toEqual(['37,25 index', '38,06 index']);
    expect(kinds('Bảng xếp hạng chỉ số năm nay: thành phố A có 45,5; huyện B chỉ có 36,10.')).toEqual(['45,5 index', '36,10 index']);
    expect(kinds('Điểm trung bình giảm từ 42,11 (2020) xuống 41,9 (2021).')).toEqual(['42,11 index', '41,9 index']);
  });
  it('not a decimal with a counted noun, nor one with no index in sight', () => {
    expect(kinds('Chỉ số an toàn thông tin ghi nhận bình quân 44,7 sự cố mỗi ngày.')).toEqual(['44,7 count']);
    expect(isUncountedScore('Doanh nghiệp tăng từ 12,5 lên 13.', 19, 23, 'Doanh nghiệp tăng từ ', '')).toBe(false);
    expect(kinds('Thành phố đạt 61,5 điểm, tăng 13,25 so với kỳ trước.')).toEqual(['61,5 điểm points', '13,25 count']);
  });
});

describe('round 36: a bare decimal below 1 told as "giá trị"', () => {
  it('is an index score, with no index word in its sentence', () => {
    expect(isIndexValue('đứng đầu với giá trị ', 0.852)).toBe(true);
    expect(isIndexValue('ở vị trí thứ 40, với giá trị là ', 0.3911)).toBe(true);
    const found = findNumbers('Năm 2022, Huế tiếp tục đứng đầu với giá trị 0,852; Gia Lai ở vị trí thứ 40, với giá trị 0,3911.');
    expect(found.filter((n) => n.unit === 'index').map((n) => n.text)).toEqual(['0,852', '0,3911']);
  });
  it('not a value of 1 or more, nor one with a unit or scale', () => {
    expect(isIndexValue('với giá trị ', 1.5)).toBe(false);
    expect(findNumbers('Giá trị xuất khẩu đạt 0,8 triệu USD.')[0]?.unit).toBe('USD');
  });
});
