import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** The status of each metric of `paragraph`, by its text. */
function statuses(paragraph: string): Record<string, Metric['status']> {
  const out: Record<string, Metric['status']> = {};
  for (const m of extractMetrics(segments([paragraph]), { articleYear: 2025, ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] ??= m.status;
  return out;
}

describe('statusOf: a rank in the bracket of the place a move starts from', () => {
  it('is the baseline of the rank it moves to', () => {
    const got = statuses('Chỉ số của Sở đi từ nhóm cuối (xếp thứ 18/20 sở năm 2023) lên nhóm đầu (xếp thứ 3/20 sở năm 2024).');
    expect(got['18/20']).toBe('baseline');
    expect(got['3/20']).toBe('actual');
  });
  it('not without a move after the bracket', () => {
    expect(statuses('Sở đứng ở nhóm cuối (xếp thứ 18/20 sở năm 2023) và nhóm đầu về chi tiêu.')['18/20']).toBe('actual');
  });
});

describe('periodFor: a plan\'s phase dates its goals, not its vision', () => {
  it('takes the phase\'s last year after "giai đoạn A - B, định hướng đến năm C"', () => {
    const got: Record<string, string | undefined> = {};
    const s = 'Kế hoạch chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030 đề ra các chỉ tiêu: 90% hồ sơ được số hóa; tối thiểu 70% người dân dùng dịch vụ công trực tuyến.';
    for (const m of extractMetrics(segments([s]), { articleYear: 2022, ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) got[m.text] = m.period?.iso;
    expect(got).toMatchObject({ '90%': '2025', '70%': '2025' });
  });
  it('keeps the vision\'s year when no phase stands before it', () => {
    const s = 'Tầm nhìn đến năm 2030, 90% hồ sơ được số hóa.';
    expect(extractMetrics(segments([s]), { articleYear: 2022, ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })[0]?.period?.iso).toBe('2030');
  });
});

describe('statusOf: a plan\'s goals go on in a sentence that counts years ahead', () => {
  const PLAN = 'Theo kế hoạch, Sở dự kiến doanh thu dịch vụ số sẽ đạt 12 tỷ USD vào năm 2026, tăng lên 15 tỷ USD vào năm 2028.';
  it('"… sẽ … trong ba năm tới" right after the plan\'s goals is a goal too', () => {
    const got = statuses(`${PLAN} Theo đó, các doanh nghiệp số sẽ đóng góp 4% vào tăng trưởng chung trong ba năm tới.`);
    expect(got).toMatchObject({ '12 tỷ USD': 'target', '15 tỷ USD': 'target', '4%': 'target' });
  });
  it('stays a forecast after results, or when a forecast is named', () => {
    expect(statuses('Năm 2024, doanh thu đạt 9 tỷ USD. Các doanh nghiệp số sẽ đóng góp 4% vào tăng trưởng trong ba năm tới.')['4%']).toBe('estimate');
    expect(statuses(`${PLAN} Theo dự báo, các doanh nghiệp số sẽ đóng góp 4% vào tăng trưởng trong ba năm tới.`)['4%']).toBe('estimate');
  });
});
