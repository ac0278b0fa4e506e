import { describe, expect, it } from 'vitest';
import { pipeTables } from '../../../scripts/ingest/table-pipe';
import { notRowNumber, rowNumberOffsets } from '../../../scripts/ingest/table-text';

/** The row numbers of a text's "|"-tables. */
const pipeRowNumbers = (text: string) => rowNumberOffsets(pipeTables(text));
/** The texts at the offsets `pipeRowNumbers` returns, two characters each. */
const marked = (text: string) => [...pipeRowNumbers(text)].map((o) => text.slice(o, o + 2).trim());

describe('pipeTables: row numbers (round 33)', () => {
  it('marks the number filling the first cell of each row under a row-number header', () => {
    const text = 'Các chỉ tiêu năm 2026:\n\nTT | Chỉ tiêu | Mức |\n\n1 | Tăng trưởng kinh tế | 8% |\n\n2 | Số doanh nghiệp mới | 1.200 |\n\n12 | Tỷ lệ hộ nghèo | dưới 3% |';
    expect(marked(text)).toEqual(['1', '2', '12']);
  });
  it('reads a header with a leading "|" and "Số thứ tự", and stops at a line with no "|"', () => {
    const text = '| Số thứ tự | Nội dung | Kết quả |\n| 1 | Hồ sơ trực tuyến | 70% |\n| 2 | Thanh toán | 45% |\nNăm 2025 có 3 nhóm nhiệm vụ.\n4 | lẻ | 9 |';
    expect(marked(text)).toEqual(['1', '2']);
  });
  it('marks nothing without a row-number header: a row\'s first number may be a value', () => {
    expect(pipeRowNumbers('Năm | Doanh thu |\n2023 | 15 tỷ |\n2024 | 18 tỷ |').size).toBe(0);
    expect(pipeRowNumbers('5 | xã đạt chuẩn |\n7 | xã đang xây dựng |').size).toBe(0);
  });
  it('the filter keeps the value cells', () => {
    const text = 'STT | Chỉ tiêu | Kế hoạch |\n3 | Tỷ lệ lao động qua đào tạo | 72% |';
    const keep = notRowNumber(pipeTables(text));
    expect(keep({ offset: text.indexOf('3 |') })).toBe(false);
    expect(keep({ offset: text.indexOf('72%') })).toBe(true);
  });
});

describe('pipeTables: the model', () => {
  it('reads the header and each numbered row as cells at their offsets, a closing "|" ending the last', () => {
    const text = 'Kết quả năm 2025:\n| TT | Nhóm | Tỷ lệ |\n|  1 | Xã | 64% |\n|  2. | Phường |  71% |';
    const [t] = pipeTables(text);
    expect(t!.header.map((c) => c.text)).toEqual(['TT', 'Nhóm', 'Tỷ lệ']);
    expect(t!.rows.map((r) => r.map((c) => c.text))).toEqual([['1', 'Xã', '64%'], ['2.', 'Phường', '71%']]);
    for (const c of [...t!.header, ...t!.rows.flat()]) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  });
  it('opens a new table at a second header, and a row with no "|" after its number is none', () => {
    const text = 'STT | Việc |\n1 | Cấp mạng |\n| 7\nSố TT | Việc |\n3 | Đào tạo |';
    expect(pipeTables(text).map((t) => t.rows.length)).toEqual([1, 1]);
  });
});
