/** headline-status.ts: a headline that states the body's goal as if done (round 43). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { LEXICON, segments } from './metrics-support';

/** The statuses of the figures written `n`, in reading order, on a page whose first paragraph is its headline. */
function statuses(paragraphs: string[], n: string, year = 2022): string[] {
  return extractMetrics(segments(paragraphs), { articleYear: year, headline: true, ...LEXICON, fallbackTopic: 'chi-dao-dieu-hanh' }).filter((m) => m.text === n).map((m) => m.status);
}

describe('headlineGoals', () => {
  it('a headline restating the body goal becomes a goal, printed again as the first paragraph too', () =>
    expect(statuses(['Cuối năm 2022: 80% hộ gia đình có internet cáp quang', 'Cuối năm 2022: 80% hộ gia đình có internet cáp quang', 'Kế hoạch đặt mục tiêu trong năm 2022, tỷ lệ hộ gia đình có cáp quang đạt 80%.'], '80%')).toEqual(['target', 'target', 'target']));
  it('a headline whose figure the body reports done stays a result', () =>
    expect(statuses(['Năm 2022: 80% hộ gia đình có internet cáp quang', 'Năm 2022, tỷ lệ hộ gia đình có cáp quang đã đạt 80%.'], '80%')).toEqual(['actual', 'actual']));
  it('a headline figure the body does not restate is left alone', () =>
    expect(statuses(['Năm 2022: 80% hộ gia đình có internet cáp quang', 'Kế hoạch đặt mục tiêu năm 2025 đạt 90%.'], '80%')).toEqual(['actual']));
});

describe('headlineGoals on a subheading (the paragraph right below it)', () => {
  it('a subheading stating the goal below it as done becomes the goal', () =>
    expect(statuses(['Bình Định đẩy mạnh chuyển đổi số', '100% dân số được phủ sóng mạng di động', 'Theo Sở TT-TT, mục tiêu năm 2023, tỉnh phấn đấu 70% hộ có cáp quang; 100% dân số được phủ sóng bởi mạng di động.'], '100%', 2023)).toEqual(['target', 'target']));
  it('a subheading over a result stays a result', () =>
    expect(statuses(['Bình Định đẩy mạnh chuyển đổi số', '100% dân số được phủ sóng mạng di động', 'Năm 2023, 100% dân số đã được phủ sóng bởi mạng di động.'], '100%', 2023)).toEqual(['actual', 'actual']));
});
