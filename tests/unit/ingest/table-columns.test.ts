/**
 * Round 44 (session 27): tables of yearly columns flattened one cell a paragraph (table-columns.ts). Sentences and tables written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readColumnTables } from '../../../scripts/ingest/table-columns';
import { segmentArticle } from '../../../scripts/ingest/segment';

describe('a table of yearly columns flattened one cell a paragraph (readColumnTables)', () => {
  const table = ['Bảng 2. Thứ hạng của tỉnh qua các năm', '2021', '2022', '2023', 'Chỉ số tổng hợp', '41', '35', '35', 'Chính quyền số', '52', '44', '29', 'Kinh tế số', '38'].join('\n\n');
  const read = (text: string) => [...readColumnTables(text).values()].map((v) => `${v.cell.text} ${v.unit} ${v.period?.iso}`);
  it('reads each value as its row\'s rank in its column\'s year, the cut-off row too', () =>
    expect(read(table)).toEqual(['41 rank 2021', '35 rank 2022', '35 rank 2023', '52 rank 2021', '44 rank 2022', '29 rank 2023', '38 rank 2021']));
  it('a label with "(%)" gives percentages', () =>
    expect(read(['2022', '2023', '2024', 'Tỷ lệ hồ sơ trực tuyến (%)', '45,2', '61', '78,5', 'Tỷ lệ thanh toán trực tuyến (%)', '20', '31', '40'].join('\n\n'))[2]).toBe('78,5 percent 2024'));
  it('years out of order, a single row or no year header make no table', () => {
    expect(read(['2023', '2021', '2022', 'A b', '1', '2', '3', 'C d', '4', '5', '6'].join('\n\n'))).toEqual([]);
    expect(read(['2021', '2022', '2023', 'Chỉ số', '41', '35', '35'].join('\n\n'))).toEqual([]);
    expect(read(['Năm nay tỉnh có', '41', 'xã và', '35', 'phường'].join('\n\n'))).toEqual([]);
  });
  it('a cell repeating the one before is kept: a paragraph of one number is a table cell (segmentArticle)', () => {
    const seg = segmentArticle(`Thứ hạng của tỉnh tăng đều.\n\n${table}`);
    expect(seg.paragraphs.filter((p) => p.text === '35').length).toBe(2);
  });
  it('a repeated paragraph of words is still kept once', () => {
    const line = 'Tỉnh đã hoàn thành việc kết nối hệ thống một cửa điện tử với cổng quốc gia.';
    expect(segmentArticle(`Tiêu đề của bài\n\n${line}\n\n${line}`).paragraphs.filter((p) => p.text === line).length).toBe(1);
  });
});

