import { describe, expect, it } from 'vitest';
import {
  anyOf, CLAUSE_DEADLINE, DEADLINE_BEFORE_DATE, DEADLINE_YEAR, deadlineLead, DONE, HORIZON, MOVE_FROM, NOW, OPENS_ON_DEADLINE, PHASE_HEADING, RESULTS, WORD_END, WORD_START,
} from '../../../scripts/ingest/goal-lexicon';

const word = (source: string) => new RegExp(`${WORD_START}${source}${WORD_END}`, 'u');

describe('the words of results', () => {
  it('reads "hiện" as now, not inside another word', () => {
    for (const s of ['hiện nay xã có', 'hiện tỉnh đã có', 'hiện đạt 60%']) expect(word(NOW).test(s), s).toBe(true);
    for (const s of ['thực hiện kế hoạch', 'xuất hiện thêm', 'hiện đại hóa', 'văn bản hiện hành', 'phát hiện sai sót']) expect(word(NOW).test(s), s).toBe(false);
  });

  it('reads "kết quả" of results, not the handling of a case', () => {
    expect(word(RESULTS).test('kết quả năm 2024 cho thấy')).toBe(true);
    expect(word(RESULTS).test('trả kết quả giải quyết hồ sơ')).toBe(false);
    expect(word(RESULTS).test('kết quả xử lý vi phạm')).toBe(false);
    expect(word(RESULTS).test('doanh nghiệp hình thành từ kết quả nghiên cứu của viện')).toBe(false);
  });

  it('reads "đã" of something done, not of a goal set', () => {
    expect(word(DONE).test('tỉnh đã hoàn thành')).toBe(true);
    for (const s of ['đề án đã xác định mục tiêu', 'nghị quyết đã đề ra', 'kế hoạch đã đặt ra', 'văn bản đã nêu rõ']) expect(word(DONE).test(s), s).toBe(false);
  });

  it('joins words into one alternation', () => {
    expect(new RegExp(`^${anyOf(['a', 'bc'])}$`, 'u').test('bc')).toBe(true);
  });
});

describe('the words of deadlines and horizons', () => {
  it('builds a lead from its shape', () => {
    expect(new RegExp(`^${deadlineLead()}$`, 'u').test('tới hết năm')).toBe(true);
    expect(new RegExp(`^${deadlineLead()}$`, 'u').test('đến')).toBe(false);
    expect(new RegExp(`^${deadlineLead({ year: 'optional' })}$`, 'u').test('đến')).toBe(true);
    expect(new RegExp(`^${deadlineLead({ lead: ['vào'], endOf: ['cuối'] })}$`, 'u').test('vào cuối năm')).toBe(true);
  });

  it('finds a horizon ahead', () => {
    for (const s of ['phấn đấu đến năm 2030', 'tới hết năm 2027 hoàn thành']) expect(HORIZON.test(s), s).toBe(true);
    for (const s of ['vào năm 2030', 'từ năm 2020', 'đến 2030']) expect(HORIZON.test(s), s).toBe(false);
  });

  it('captures every deadline year, not a date or a school year', () => {
    const years = (s: string) => [...s.matchAll(DEADLINE_YEAR)].map((m) => m[1]);
    expect(years('đến năm 2025 đạt 80%, tới cuối năm 2030 đạt 100%')).toEqual(['2025', '2030']);
    expect(years('hoàn thành trước 2027 và vào hết năm 2028')).toEqual(['2027', '2028']);
    expect(years('năm học 2024/2025, đến 2024/2025')).toEqual([]);
  });

  it('tells a sentence that opens on a deadline', () => {
    for (const s of ['đến năm 2025, 100% xã', 'cũng tới cuối năm 2030, tỉnh', 'vào 2026, mỗi huyện']) expect(OPENS_ON_DEADLINE.test(s), s).toBe(true);
    for (const s of ['trong năm 2025, tỉnh', 'đến năm 2025 tỉnh có']) expect(OPENS_ON_DEADLINE.test(s), s).toBe(false);
  });

  it('finds a deadline year in a clause', () => {
    for (const s of ['đến năm 2026 đạt', 'vào 2027 có', 'tới hết năm 2028']) expect(CLAUSE_DEADLINE.test(s), s).toBe(true);
    for (const s of ['đến 12/2026', 'vào cuối năm 2027', 'năm 2028']) expect(CLAUSE_DEADLINE.test(s), s).toBe(false);
  });

  it('reads a phase or vision heading with its years', () => {
    expect(PHASE_HEADING.exec('giai đoạn 2026 – 2030: tăng trưởng')?.slice(1, 3)).toEqual(['2026', '2030']);
    expect(PHASE_HEADING.exec('tầm nhìn đến năm 2045: thu nhập cao')?.[1]).toBe('2045');
    expect(PHASE_HEADING.exec('đến hết năm 2027: mỗi xã')?.[1]).toBe('2027');
    expect(PHASE_HEADING.test('trong giai đoạn 2026 – 2030, tỉnh')).toBe(false);
  });

  it('tells the words that make a date a deadline', () => {
    for (const s of ['hoàn thành trước ', 'chậm nhất ', 'tới hết ', 'đến ']) expect(DEADLINE_BEFORE_DATE.test(s), s).toBe(true);
    for (const s of ['báo cáo ', 'từ ']) expect(DEADLINE_BEFORE_DATE.test(s), s).toBe(false);
  });
});

describe('where a move starts', () => {
  it('is "từ (mức) (a hedge or a bound)" right before a value', () => {
    for (const s of ['tăng từ ', 'giảm từ mức ', 'tăng từ dưới ', 'nâng từ mức khoảng ']) expect(MOVE_FROM.test(s), s).toBe(true);
    for (const s of ['kể từ năm ', 'cách đây ', 'từ đó ']) expect(MOVE_FROM.test(s), s).toBe(false);
  });
});
