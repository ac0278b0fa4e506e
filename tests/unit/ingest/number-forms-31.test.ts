/** Round 31e number forms: sets, specifications, phases, "lần đầu", a ratio's base. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((n) => n.text);

describe('the set of key works a subject is one of', () => {
  it.each([
    ['Cây cầu là một trong 12 công trình trọng điểm của tỉnh.', '12'],
    ['Nhà máy là 1 trong 5 dự án động lực của vùng.', '5'],
    ['Khu công nghệ cao là một trong 8 dự án tiêu biểu được khởi công.', '8'],
  ])('%s', (s, text) => expect(texts(s)).not.toContain(text));
  it('a count of key works built is still read', () => expect(texts('Tỉnh đã khởi công 12 công trình trọng điểm.')).toContain('12'));
});

describe('what a device or an assessment measures by', () => {
  it.each([
    ['Lắp 20 trạm quan trắc nước theo 8 thông số.', '8'],
    ['Hồ sơ được chấm dựa trên 6 tiêu chí.', '6'],
    ['Các xã được đánh giá theo 19 tiêu chí.', '19'],
  ])('%s', (s, text) => expect(texts(s)).not.toContain(text));
  it('the things measured are still read', () => expect(texts('Lắp 20 trạm quan trắc nước theo 8 thông số.')).toContain('20'));
});

describe('the phases a project runs in', () => {
  it.each(['Đề án được thực hiện trong 3 giai đoạn.', 'Chương trình triển khai trong 2 giai đoạn, từ nay đến năm 2030.'])('%s', (s) =>
    expect(findNumbers(s).filter((n) => n.value === 2 || n.value === 3)).toHaveLength(0));
});

describe('"lần đầu": a first time, no multiple', () => {
  it.each([
    ['Hội chợ Công nghệ 2024 lần đầu tiên được tổ chức tại tỉnh.'],
    ['Giải thưởng Sao Khuê 2023 lần đầu có hạng mục AI.'],
  ])('%s', (s) => expect(findNumbers(s).filter((n) => n.unit === 'times')).toHaveLength(0));
  it('a multiple is still read', () => expect(findNumbers('Doanh thu tăng 3 lần so với năm trước.')[0]?.unit).toBe('times'));
});

describe("the base of a ratio after a slash, when the clause gives the share", () => {
  it.each([
    ['Toàn tỉnh có 120 trạm phát sóng/150 xã, đạt tỷ lệ 80%.', '150'],
    ['Đã có 45 điểm truy cập/60 thôn (75%).', '60'],
    ['Cả nước có 500 điểm bưu điện/700 xã, chiếm 71,4%.', '700'],
  ])('%s', (s, text) => expect(texts(s)).not.toContain(text));
  it('a pair with no share keeps its second count', () => expect(texts('Huyện tổ chức 15 lớp/2.400 học viên tham gia tập huấn.')).toContain('2.400'));
});
