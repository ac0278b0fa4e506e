import { describe, expect, it } from 'vitest';
import { isContactLine, isCounterFieldAt, isCounterLine, withoutPageMeta } from '../../../scripts/ingest/dateline-meta';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { parseDateline } from '../../../scripts/ingest/dates';
import { isDateline } from '../../../scripts/ingest/segment';

describe('withoutPageMeta: a portal\'s metadata after the date on its dateline', () => {
  it.each([
    ['05/03/2024 | Lượt xem: 1.204', '05/03/2024'],
    ['Thứ Hai, 12/6/2023 | 356 lượt xem', 'Thứ Hai, 12/6/2023'],
    ['01/11/2022 | views: 87', '01/11/2022'],
    ['17/9/2025 | Chuyên mục: Kinh tế số | Lượt đọc: 40', '17/9/2025'],
    ['08/08/2024 10:30 | Tin tức - Sự kiện', '08/08/2024 10:30'],
    ['22/02/2023 | Tác giả: Minh Châu', '22/02/2023'],
  ])('%j → %j', (line, date) => expect(withoutPageMeta(line)).toBe(date));

  it.each([
    '05/03/2024',
    'Hà Nội | Năm 2024 tỉnh đạt 120 nghìn tỷ đồng doanh thu thương mại điện tử',
    '05/03/2024 | Tỉnh Bắc Giang đã cấp 12.000 chữ ký số cho người dân trong năm',
  ])('keeps %j as it is', (line) => expect(withoutPageMeta(line)).toBe(line));

  it('makes the line a dateline, read to its day', () => {
    expect(isDateline('05/03/2024 | Lượt xem: 1.204')).toBe(true);
    expect(parseDateline('05/03/2024 | lượt xem: 1.204')?.iso).toBe('2024-03-05');
    expect(isDateline('05/03/2024 | Tỉnh Bắc Giang đã cấp 12.000 chữ ký số cho người dân trong năm')).toBe(false);
  });
});

describe('round 29a: isCounterLine', () => {
  it.each(['Lượt xem: 512', '1.204 lượt xem', 'Views: 87', ' Lượt đọc: 33 '])('%j is a counter line', (line) => expect(isCounterLine(line)).toBe(true));
  it.each(['Lượt xem tăng 20%', 'Có 512 người xem', 'Lượt xem: 512 | Tin tức'])('%j is not', (line) => expect(isCounterLine(line)).toBe(false));
});

describe('round 30a: isContactLine', () => {
  it.each(['Hà Nội - 0241234567    Đà Nẵng - 0236 987 6543', 'Đường dây nóng: 0912.345.678', 'Tòa soạn - 02812345678   Kênh FM - +84281234567'])(
    '%j is a line of telephone numbers', (line) => expect(isContactLine(line)).toBe(true));
  it.each(['Gọi 0241234567 để được hướng dẫn cách đăng ký tài khoản định danh điện tử', 'Hà Nội - 0241234567, 12 máy', 'Tổng đài 1900 1234', 'Dân sinh'])(
    '%j is not', (line) => expect(isContactLine(line)).toBe(false));
});

describe('round 32: a counter field of a dated header line', () => {
  const at = (line: string, n: string) => isCounterFieldAt(line, line.lastIndexOf(n));
  it.each([
    ['Đăng ngày: 14/02/2024 - Lượt xem: 318', '318'],
    ['Cập nhật 09:45 03/11/2023 · 2.410 lượt đọc', '2.410'],
    ['Ngày đăng 7-8-2022 | Lượt truy cập: 95', '95'],
    ['21/06/2025 – 1.506 views', '1.506'],
  ])('%j: %s is chrome', (line, n) => {
    expect(at(line, n)).toBe(true);
    expect(findNumbers(line).map((m) => m.text)).not.toContain(n);
  });
  it.each([
    ['Lượt xem: 318 - Tỉnh có 40 điểm phát sóng mới', '40'],
    ['Năm 2023 có 318 lượt xem hồ sơ trực tuyến', '318'],
    ['Ngày 14/02/2024 - tỉnh đã cấp 318 chữ ký số', '318'],
  ])('%j: %s is not', (line, n) => expect(at(line, n)).toBe(false));
  it('needs a date or a time on the line', () => expect(at('Tin tức - Lượt xem: 318', '318')).toBe(false));
});

describe('round 35: a counter closing a header field right after its date', () => {
  it.each(['Đăng lúc: 10:05 | 12/04 Lượt đọc: 312', 'Cập nhật 7:40 · 03/11 Lượt xem 1.024'])('%j: the counter is chrome', (line) => {
    expect(isCounterFieldAt(line, line.search(/\d+(?:\.\d+)?$/u))).toBe(true);
    expect(findNumbers(line).map((n) => n.text)).toEqual([]);
  });
  it('a count in a header-like line that is no counter stays', () => {
    const line = 'Đăng lúc: 10:05 | 12/04 Tỉnh có 58 xã';
    expect(isCounterFieldAt(line, line.indexOf('58'))).toBe(false);
  });
});

describe('round 36: a header counter with the page toolbar printed after it', () => {
  it.each(['09:12 - Thứ Hai, 03/06/2024 Lượt xem: 877 In bài viết', 'Thứ Ba | 21/02/2023 Lượt đọc: 65 Chia sẻ Bản in'])('%j: the counter is chrome', (line) => {
    expect(isCounterFieldAt(line, line.search(/\d+(?=\s+\p{L}+(?:\s+\p{L}+)*$)/u))).toBe(true);
    expect(findNumbers(line).map((n) => n.text).filter((t) => !/[/:]/u.test(t))).toEqual([]);
  });
  it('a count followed by other words stays', () => {
    const line = '09:12 - 03/06/2024 Lượt xem: 877 người dân hỏi về thủ tục';
    expect(isCounterFieldAt(line, line.indexOf('877'))).toBe(false);
  });
});

describe('round 35: a dateline whose time has a one-digit minute', () => {
  it.each(['15:8, Thứ Năm, 16-11-2023', '9:5, 03/02/2024'])('%j is a dateline', (line) => expect(isDateline(line)).toBe(true));
  it('a ratio is no dateline', () => expect(isDateline('Tỷ lệ 3:2 giữa hai nhóm')).toBe(false));
});

describe('round 37: a date line closed by a counter, its number first', () => {
  it.each(['14/09/2023 2.310 lượt xem', '08:15 21/3/2024 540 lượt đọc'])('%j: the counter is chrome', (line) => {
    expect(isCounterFieldAt(line, line.search(/\d+(?:\.\d+)?(?=\s+lượt)/u))).toBe(true);
    expect(findNumbers(line).map((n) => n.text).filter((t) => !/[/:]/u.test(t))).toEqual([]);
  });
  it.each([
    ['Ngày 14/09/2023, video hướng dẫn đạt 2.310 lượt xem', '2.310'],
    ['14/09/2023 Tỉnh có 2.310 lượt xem', '2.310'],
  ])('%j: %s in a sentence stays', (line, n) => expect(isCounterFieldAt(line, line.indexOf(n))).toBe(false));
});

describe('round 38: an English "View count" on a Vietnamese date line', () => {
  it('is the page\'s metadata, no figure', () => {
    expect(withoutPageMeta('Ngày đăng 05/09/2023 | 10:20 | View count: 2315')).toBe('Ngày đăng 05/09/2023 | 10:20');
    expect(isDateline('Ngày đăng 05/09/2023 | 10:20 | View count: 2315')).toBe(true);
  });
});
