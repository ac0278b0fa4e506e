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
    expect(statuses(['Hết năm 2022: 90% xã có điểm Internet công cộng', 'Hết năm 2022: 90% xã có điểm Internet công cộng', 'Chương trình đặt mục tiêu trong năm 2022, tỷ lệ xã có điểm truy cập Internet công cộng đạt 90%.'], '90%')).toEqual(['target', 'target', 'target']));
  it('a headline whose figure the body reports done stays a result', () =>
    expect(statuses(['Năm 2022: 90% xã có điểm Internet công cộng', 'Năm 2022, tỷ lệ xã có điểm truy cập Internet công cộng đã đạt 90%.'], '90%')).toEqual(['actual', 'actual']));
  it('a headline figure the body does not restate is left alone', () =>
    expect(statuses(['Năm 2022: 90% xã có điểm Internet công cộng', 'Kế hoạch đặt mục tiêu năm 2025 đạt 99%.'], '90%')).toEqual(['actual']));
});

describe('headlineGoals on a subheading (the paragraph right below it)', () => {
  it('a subheading stating the goal below it as done becomes the goal', () =>
    expect(statuses(['Bình Định đẩy mạnh chuyển đổi số', '95% hộ dân được phủ sóng 4G', 'Theo Sở TT-TT, mục tiêu năm 2023, tỉnh phấn đấu 80% hộ có cáp quang; 95% hộ dân được phủ sóng 4G.'], '95%', 2023)).toEqual(['target', 'target']));
  it('a subheading over a result stays a result', () =>
    expect(statuses(['Bình Định đẩy mạnh chuyển đổi số', '95% hộ dân được phủ sóng 4G', 'Năm 2023, 95% hộ dân đã được phủ sóng 4G.'], '95%', 2023)).toEqual(['actual', 'actual']));
});
