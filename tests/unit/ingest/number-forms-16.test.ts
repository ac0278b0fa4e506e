/**
 * Round 16 number forms: later items of a list of a plan's sets, a model named by its parts and a top opening its
 * sentence are no claims (`set-lists.ts`); "nhóm top N" is a rank bound; a 0–1 score printed with "%" after a named
 * index is an index value, and a life span in years is a claim (`implied-units.ts`). Every sentence here was written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isSetListItem } from '../../../scripts/ingest/set-lists';
import { isLifeSpan, isScorePrintedAsPercent } from '../../../scripts/ingest/implied-units';

/** The numbers found in `s`, as "value unit[ ≤]". */
const found = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}${n.qualifier === 'at-most' ? ' ≤' : ''}`);

describe('set sizes read on the whole text before the number', () => {
  it.each([
    ['Hội nghị thống nhất đề ra 6 nhiệm vụ chủ yếu, 4 khâu đột phá và 12 nhóm giải pháp.', []],
    ['Nghị quyết xác định 3 mục tiêu tổng quát, 7 chương trình lớn, 2 đề án.', []],
    ['Hệ thống được bảo vệ theo mô hình 4 lớp và phương châm 4 tại chỗ; 95% máy chủ đã rà soát.', ['95 percent']],
    ['Trong top 10 tỉnh dẫn đầu về chỉ số này, Bình Dương xếp thứ 7.', ['7 rank']],
    ['Tỉnh đề ra 3 nhiệm vụ, 15 tỷ đồng kinh phí và 20% hộ dân được hỗ trợ.', ['15000000000 VND', '20 percent']],
    ['Tỉnh nằm trong top 10 địa phương dẫn đầu cả nước.', ['10 rank ≤']],
    ['Năm nay đã hoàn thành 5 nhiệm vụ, 3 công trình và 10 dự án.', ['5 count', '3 count', '10 count']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it('reads the defining word, the model word or the opening top', () => {
    expect(isSetListItem('đại hội xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá và ', ' giải pháp', 10)).toBe(true);
    expect(isSetListItem('đại hội xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá và ', ' tỷ đồng', 10)).toBe(false);
    expect(isSetListItem('theo mô hình ', ' lớp', 4)).toBe(true);
    expect(isSetListItem('trong tốp ', ' tỉnh dẫn đầu, A xếp thứ 2', 5)).toBe(true);
    expect(isSetListItem('tỉnh a nằm trong tốp ', ' tỉnh dẫn đầu', 5)).toBe(false);
  });
});

describe('a group of the top as a rank bound', () => {
  it.each([
    ['Đến năm 2030, Việt Nam phấn đấu vào nhóm top 40 thế giới về chỉ số này.', ['40 rank ≤']],
    ['Mục tiêu thuộc nhóm tốp 3 ASEAN.', ['3 rank ≤']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
});

describe('a score printed with "%", a life span', () => {
  it.each([
    ['Năm 2024, Chỉ số chuyển đổi số của tỉnh đạt 0,6825%.', ['0.6825 index']],
    ['Điểm DTI của tỉnh là 0,59%.', ['0.59 index']],
    ['Chỉ số giá tiêu dùng tháng 5 tăng 0,5%.', ['0.5 percent']],
    ['Chỉ số chuyển đổi số của tỉnh đạt 72,5%.', ['72.5 percent']],
    ['Tuổi thọ trung bình của người dân đạt 74,8 tuổi.', ['74.8 count']],
    ['Người từ 60 tuổi trở lên chiếm 12%.', ['12 percent']],
  ])('%s', (s, want) => expect(found(s)).toEqual(want));
  it('needs a named index and a value below 1; a life span needs "tuổi thọ"', () => {
    expect(isScorePrintedAsPercent('chỉ số chuyển đổi số cấp tỉnh đạt ', 0.71)).toBe(true);
    expect(isScorePrintedAsPercent('chỉ số chuyển đổi số cấp tỉnh tăng ', 0.71)).toBe(false);
    expect(isScorePrintedAsPercent('tỷ lệ hồ sơ trực tuyến đạt ', 0.71)).toBe(false);
    expect(isLifeSpan('tuổi thọ bình quân đạt khoảng ')).toBe(true);
    expect(isLifeSpan('học sinh từ ')).toBe(false);
  });
});
