import { describe, expect, it } from 'vitest';
import { isOwnChange } from '../../../scripts/ingest/change-own';
import { extractMetrics } from '../../../scripts/ingest/metrics';

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
