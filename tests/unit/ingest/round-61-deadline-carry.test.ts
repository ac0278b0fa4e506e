/** Round 61 (session 42): a goal's deadline is no period for the results after it ("Theo kế hoạch, đến năm 2026, … sẽ phủ 55% dân số. //
 *  Trong khi đó, nhà mạng đã có 20.000 trạm."); later goals and forecasts keep it. Left: a multiple that the
 *  deadline's year makes a goal ("… gấp 3 lần so với 4G") is read a goal before this rule runs.
 *  Pages written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const periodOf = (paragraphs: string[], n: string, year?: number) => metricsOf(paragraphs, year).find((m) => m.text === n)?.period?.iso ?? 'none';
const goal = 'Theo kế hoạch, đến năm 2026, mạng 5G của nhà mạng sẽ phủ 55% dân số.';

describe('a deadline is no period for later results', () => {
  it('an undated page: the result takes none', () => expect(periodOf([goal, 'Trong khi đó, nhà mạng đã có 20.000 trạm.'], '20.000')).toBe('none'));
  it('a page of 2025: the result takes none', () => expect(periodOf([goal, 'Trong khi đó, nhà mạng đã có 20.000 trạm.'], '20.000', 2025)).toBe('none'));
  it('"đến giữa 2026" too', () => expect(periodOf(['Theo kế hoạch, đến giữa 2026, mạng 5G sẽ phủ 60% dân số.', 'Nhà mạng đã có 20.000 trạm.'], '20.000')).toBe('none'));
});

describe('what keeps the deadline', () => {
  it('a later goal', () => expect(periodOf([goal, 'Phấn đấu 100% xã có sóng 5G.'], '100%')).toBe('2026'));
  it('a forecast for it', () => expect(periodOf([goal, 'Khi đó, số thuê bao 5G ước đạt khoảng 20 triệu.'], '20 triệu')).toBe('2026'));
});

describe('second review: results reported against the plan keep its deadline', () => {
  it.each([
    [['Kế hoạch đặt mục tiêu đến năm 2025, 100% xã có hạ tầng cáp quang.', 'Kết quả thực hiện, tỷ lệ xã có cáp quang đạt 98%, vượt kế hoạch.'], '98%'],
    [['Mục tiêu đến hết năm 2025 có 80% hồ sơ trực tuyến.', 'Thực tế, tỷ lệ này chỉ đạt 60%.'], '60%'],
  ])('%s', (paragraphs, n) => expect(periodOf(paragraphs, n)).toBe('2025'));
});

describe('review: the deadline words are the goal lexicon\'s ("vào năm", "trước", "đến hết")', () => {
  it('"vào năm 2026"', () => expect(periodOf(['Tỉnh phấn đấu tỷ lệ thu học phí không dùng tiền mặt đạt 80% vào năm 2026.', 'Cấp mầm non đã có 150/160 trường thực hiện.'], '150/160')).toBe('none'));
});
