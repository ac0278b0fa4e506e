/**
 * Round 45 (session 28): a goal's horizon named in a `;`-clause that opens on a goal word dates the goal, never the results
 * the sentence goes on to give nor the sentences after it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';
import { isGoalClauseDate, withoutGoalClauses, withoutOtherGoalClauses } from '../../../scripts/ingest/period-goal-clause';
import { aimsAtHorizonOnly } from '../../../scripts/ingest/period-carry';

const undatedOf = (paragraphs: string[]) => new Map(englishMetrics(paragraphs, undefined, false).map((m) => [m.text, m]));
const datedOf = (paragraphs: string[], year: number) => new Map(englishMetrics(paragraphs, year, false).map((m) => [m.text, m]));
const at = (s: string, part: string) => ({ start: s.indexOf(part) });

describe('isGoalClauseDate: a date in a `;`-clause opening on a goal word, before its figures', () => {
  it.each([
    ['Mục tiêu năm 2024 đạt 70% hộ gia đình có cáp quang; số thuê bao đạt 5 triệu.', 'năm 2024'],
    ['Chỉ tiêu đến tháng 12/2024 là 30 thuê bao/100 dân.', 'tháng 12/2024'],
    ['Tỷ lệ đạt 61%; phấn đấu đến năm 2026 đạt 80%.', 'năm 2026'],
  ])('%s → %s', (s, d) => expect(isGoalClauseDate(s, at(s, d))).toBe(true));
  it.each([
    ['Năm 2024, mục tiêu đề ra là 70%.', 'Năm 2024'], // the year opens the sentence: it dates what follows
    ['Mục tiêu 80% đến năm 2026 đã đạt.', 'năm 2026'], // a figure stands between the goal word and the date
    ['Kết quả năm 2024 vượt mục tiêu.', 'năm 2024'],
  ])('not %s → %s', (s, d) => expect(isGoalClauseDate(s, at(s, d))).toBe(false));
});

describe('the goal clause\'s dates are left out for the results after it', () => {
  const s = 'Mục tiêu năm 2024 đạt 70% hộ gia đình có cáp quang; số thuê bao đạt 5 triệu.';
  const dates = [at(s, 'năm 2024')];
  it('a figure in another `;`-clause does not see them', () => expect(withoutOtherGoalClauses(s, s.indexOf('5 triệu'), dates)).toEqual([]));
  it('a figure in the goal clause keeps them (the same array)', () => expect(withoutOtherGoalClauses(s, s.indexOf('70%'), dates)).toBe(dates));
  it('they set no period for later sentences once a result follows', () => expect(withoutGoalClauses(s, dates, [s.indexOf('5 triệu')])).toEqual([]));
  it('a sentence of goals only hands its horizon on', () => expect(withoutGoalClauses(s, dates, [])).toBe(dates));
});

describe('on whole paragraphs', () => {
  const paragraph = 'Tỷ lệ hộ gia đình dùng cáp quang đạt 81,4%. Mục tiêu năm 2024 đạt 85% hộ gia đình; số thuê bao Internet cố định đạt 24,6 triệu, tăng 6,1% so với cùng kỳ. Số thuê bao di động đạt 88,2 triệu.';
  it('an undated page: the results after the goal take no year from it', () => {
    const m = undatedOf([paragraph]);
    expect(m.get('85%')?.period?.iso).toBe('2024');
    expect(m.get('85%')?.status).toBe('target');
    for (const n of ['24,6 triệu', '6,1%', '88,2 triệu']) expect(m.get(n)?.period, n).toBeUndefined();
  });
  it('a dated page: the results keep the period of the paragraph before', () => {
    const m = datedOf(['Trong quý III/2023, ngành thông tin và truyền thông có nhiều kết quả.', paragraph], 2023);
    expect(m.get('85%')?.period?.iso).toBe('2024');
    expect(m.get('24,6 triệu')?.period?.iso).not.toBe('2024');
    expect(m.get('88,2 triệu')?.period?.iso).not.toBe('2024');
  });
  it('the goals after a goal clause keep its horizon', () => {
    const m = undatedOf(['Phấn đấu đến năm 2026, 90% hồ sơ được số hóa; 75% người dân có chữ ký số; thu nhập tăng ít nhất 1,4 lần so với năm 2021.']);
    for (const n of ['90%', '75%', '1,4 lần']) expect(m.get(n)?.period?.iso, n).toBe('2026');
  });
  it('a month horizon: "Mục tiêu đến tháng 12/2024 đạt …; … ước đạt …"', () => {
    const m = undatedOf(['Mục tiêu đến tháng 12/2024 đạt 30 thuê bao/100 dân; số thuê bao dùng điện thoại thông minh ước đạt 102,3 triệu, tăng 5,2%.']);
    expect(m.get('30')?.period?.iso).toBe('2024-12');
    expect(m.get('102,3 triệu')?.period).toBeUndefined();
  });
});

describe('round 45: "Hiện …" after a figure-less aim toward a horizon stands now (aimsAtHorizonOnly)', () => {
  it('the aim, no figure', () => {
    expect(aimsAtHorizonOnly('Huyện phấn đấu đến năm 2026, tất cả xã đạt chuẩn nông thôn mới nâng cao.')).toBe(true);
    expect(aimsAtHorizonOnly('Huyện phấn đấu đến năm 2026, 90% xã đạt chuẩn.')).toBe(false);
    expect(aimsAtHorizonOnly('Năm 2026, huyện có 12 xã đạt chuẩn.')).toBe(false);
  });
  it('an undated page: the results after it take no horizon year', () => {
    const m = undatedOf(['Huyện Hòa Bình phấn đấu đến năm 2026, tất cả xã đạt chuẩn nông thôn mới nâng cao. Hiện 9/12 xã của huyện đã đạt chuẩn, trong đó có 4 xã đạt chuẩn nâng cao.']);
    expect(m.get('9/12')?.period).toBeUndefined();
    expect(m.get('4')?.period).toBeUndefined();
  });
  it('goals listed after it keep the horizon', () => {
    const m = undatedOf(['Huyện phấn đấu đến năm 2026, tất cả xã đạt chuẩn nông thôn mới nâng cao; ít nhất 40% thôn đạt chuẩn kiểu mẫu.']);
    expect(m.get('40%')?.period?.iso).toBe('2026');
  });
});

describe('aimsAtHorizonOnly: a count is a figure too', () => {
  it('"phấn đấu đến năm 2026 có 12 xã …" gives a figure', () => expect(aimsAtHorizonOnly('Huyện phấn đấu đến năm 2026 có 12 xã đạt chuẩn.')).toBe(false));
});

describe('round 47: the date of a goal a result exceeds is the goal\'s', () => {
  const s = 'Tỷ lệ này tăng 3,2% so với tháng 9/2023 và vượt mục tiêu tối thiểu 70% của tỉnh vào cuối năm 2023.';
  const dates = [at(s, 'cuối năm 2023')];
  it('a figure before the goal does not see it', () => expect(withoutOtherGoalClauses(s, s.indexOf('3,2%'), dates)).toEqual([]));
  it('the goal\'s own figure keeps it', () => expect(withoutOtherGoalClauses(s, s.indexOf('70%'), dates)).toBe(dates));
  it('it sets no period for later sentences beside a result', () => expect(withoutGoalClauses(s, dates, [s.indexOf('3,2%')])).toEqual([]));
  it('on a page: the result keeps the day its paragraph opened on', () => {
    const m = datedOf(['Tính đến ngày 20/11/2023, tỷ lệ hồ sơ trực tuyến đạt 74%. Tỷ lệ này tăng 3,2% so với tháng 9/2023 và vượt mục tiêu tối thiểu 70% của tỉnh vào cuối năm 2023.'], 2023);
    expect(m.get('3,2%')?.period).toMatchObject({ iso: '2023-11-20', precision: 'day' });
    expect(m.get('70%')?.period?.iso).toBe('2023');
  });
});
