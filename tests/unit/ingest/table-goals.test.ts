/**
 * Round 44 (session 27): tables of goals beside results flattened one cell a paragraph (table-goals.ts). Tables written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readGoalTables } from '../../../scripts/ingest/table-goals';

describe('a table of goals beside results flattened one cell a paragraph (readGoalTables)', () => {
  const table = ['Kết quả thực hiện các chỉ tiêu năm 2024 của huyện:', 'Chỉ tiêu', 'Kế hoạch năm 2024', 'Thực hiện', 'Đánh giá', 'Về dịch vụ công', '- Tỷ lệ thanh toán trực tuyến', '25%', '31,4%', 'Vượt', '- Tỷ lệ hồ sơ được số hóa', '+ Cấp huyện', '90%', '86%', 'Chưa đạt', '- Số điểm phát Wi-Fi công cộng', '40', '45', 'Vượt'].join('\n\n');
  const read = (text: string) => [...readGoalTables(text).values()].map((v) => `${v.cell.text} ${v.status} ${v.unit} ${v.period?.iso}`);
  it('reads the goal column as goals and the result column as results, for the header\'s year', () =>
    expect(read(table)).toEqual(['25% target percent 2024', '31,4% actual percent 2024', '90% target percent 2024', '86% actual percent 2024', '40 target count 2024', '45 actual count 2024']));
  it('a bare number beside a percentage in its row is a percentage', () =>
    expect(read(['Chỉ tiêu', 'Đề ra', 'Kết quả', 'A b', '40%', '30', 'C d', '10%', '12%'].join('\n\n'))[1]).toBe('30 actual percent undefined'));
  it('a header without a goal and a result column, or one row, makes no table', () => {
    expect(read(['Chỉ tiêu', 'Năm 2023', 'Năm 2024', 'A b', '40%', '30%', 'C d', '10%', '12%'].join('\n\n'))).toEqual([]);
    expect(read(['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'A b', '40%', '30%'].join('\n\n'))).toEqual([]);
  });
});

