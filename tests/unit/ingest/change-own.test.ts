import { describe, expect, it } from 'vitest';
import { isOwnChange, isShareOfPlan } from '../../../scripts/ingest/change-own';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { segments } from './metrics-support';

const at = (s: string, fig: string) => { const start = s.indexOf(fig); return isOwnChange(s, { start, end: start + fig.length }); };

describe('isOwnChange', () => {
  it.each([
    ['Chỉ số xếp thứ 20/63 (tăng 3 bậc so với năm 2023, tăng 9 bậc so với năm 2021).', '9 bậc'],
    ['Doanh thu đạt 500 tỷ đồng, giảm 2% so với quý trước, tăng 7,5% so với cùng kỳ.', '7,5%'],
    ['Tỉnh xếp hạng 15 (giảm 1 bậc so năm 2022 và tụt 4 bậc so với năm 2020).', '4 bậc'],
  ])('%j: a change with its own comparison is a claim', (s, fig) => {
    expect(at(s, fig)).toBe(true);
  });
  it.each([
    ['Doanh thu tăng 12% (so với cùng kỳ là 300 tỷ đồng).', '300 tỷ'],
    ['Tỷ lệ đạt 80%, cao hơn mức 70% của năm 2022.', '70%'],
    ['Số thuê bao tăng 5% trong quý, so với năm trước.', '5%'],
  ])('%j: a compared value, or a change whose comparison is not its own clause’s, is not', (s, fig) => {
    expect(at(s, fig)).toBe(false);
  });
  it('extractMetrics reads the second move of a bracket as a move of the year, not a baseline', () => {
    const text = 'Năm 2024, huyện đạt 0,55 điểm và xếp hạng 8/12 huyện (tăng 2 bậc so với năm 2023, tăng 6 bậc so với năm 2022).';
    const ms = extractMetrics([{ text, offset: 0 }], { indicators: [], topics: [], fallbackTopic: 'x', articleYear: 2025 });
    const m = ms.find((x) => x.text === '6 bậc');
    expect(m?.status).toBe('actual');
    expect(m?.period?.iso).toBe('2024');
  });
});

describe('isShareOfPlan', () => {
  const of = (s: string, fig: string, unit = 'percent') => isShareOfPlan(s, { end: s.indexOf(fig) + fig.length, unit });
  it.each([
    ['Thu đạt 80 tỷ đồng (giảm 4% so với năm trước, bằng 96% kế hoạch).', '96%'],
    ['Doanh thu đạt 70 tỷ đồng, tăng 9%, đạt 104,5% so với kế hoạch năm.', '104,5%'],
    ['Số hồ sơ trực tuyến đạt 120% chỉ tiêu được giao.', '120%'],
  ])('a percentage of the plan: %j', (s, fig) => {
    expect(of(s, fig)).toBe(true);
  });
  it.each([
    ['Thu đạt 80 tỷ đồng (so với cùng kỳ là 76 tỷ đồng) theo kế hoạch.', '76 tỷ đồng', 'VND'],
    ['Tỷ lệ tăng 4% so với năm trước.', '4%', 'percent'],
    ['Kế hoạch giao 96% hồ sơ trực tuyến.', '96%', 'percent'],
  ])('money, another comparison or a plan named before: %j', (s, fig, unit) => {
    expect(of(s, fig, unit)).toBe(false);
  });
});

describe('a share of the plan after a year-on-year change in one bracket (extractMetrics)', () => {
  it('is an estimate of the year like the change, not the value compared with', () => {
    const ms = extractMetrics(segments(['Năm 2024, thu ngân sách ước đạt 2.400 tỷ đồng (tăng 7% so với cùng kỳ, đạt 108% kế hoạch).']), { indicators: [], topics: [], fallbackTopic: 'x' });
    expect(ms.find((m) => m.text === '108%')).toMatchObject({ status: 'estimate', period: { iso: '2024' } });
  });
});
