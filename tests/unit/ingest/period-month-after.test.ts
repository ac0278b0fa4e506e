/** A month named only by the month just before it, and a span of days handed on (round 26b forms, written for the test). */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { monthAfterCompared } from '../../../scripts/ingest/period-month-after';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** The period of each metric of undated paragraphs, keyed by the number as written. */
function periodsOf(...paragraphs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of extractMetrics(segments(paragraphs), { ...lex, fallbackTopic: 'chi-dao-dieu-hanh', headline: false }) as Metric[]) {
    out[m.text] ??= m.period ? `${m.period.iso}/${m.period.precision}` : 'none';
  }
  return out;
}

describe('a span of days hands its period on', () => {
  it('the sentence after "Tính từ ngày … đến …" takes the span; an event\'s day still hands nothing on', () => {
    const got = periodsOf('Tính từ ngày 1/3 đến 20/4/2024, cả nước tiếp nhận 2,1 triệu hồ sơ. Tỉnh nhiều nhất có 95.000 hồ sơ.');
    expect(got['95.000']).toBe('2024-03-01/day');
    expect(periodsOf('Ngày 20/4/2024, Bộ tổ chức hội nghị. Tỉnh nhiều nhất có 95.000 hồ sơ.')['95.000']).toBe('none');
  });
});

describe('monthAfterCompared', () => {
  it.each([
    ['So với tháng 3/2024 trước đó, lượng giao dịch qua ví điện tử tăng 12%.', '2024-04'],
    ['Doanh thu bán lẻ trực tuyến giảm 5% so với tháng 11/2023 liền trước.', '2023-12'],
    ['Nếu so với tháng 12/2021 trước, số vụ lừa đảo đã giảm 9%.', '2022-01'],
  ])('%s → %s', (sentence, want) => {
    expect(monthAfterCompared(sentence, findDates(sentence))?.iso).toBe(want);
  });

  it.each([
    'So với tháng 1/2020, số doanh nghiệp số hiện đã tăng gấp đôi.', // a starting point, not the month before
    'Trong quý II/2024, doanh thu tăng 4% so với tháng 3/2024 trước đó.', // the sentence names its own period
    'Lượng thuê bao tăng 2% so với tháng trước.', // no month named
  ])('none: %s', (sentence) => {
    expect(monthAfterCompared(sentence, findDates(sentence))).toBeUndefined();
  });

  it('dates the figures of the sentence and of the paragraph after it, the year from the page', () => {
    const got = periodsOf(
      'So với tháng 8 trước đó, số tên miền bị giả mạo đã giảm 6,2%.',
      'Trong số đó có 240 tên miền của ngân hàng.',
      'Lũy kế 9 tháng đầu năm 2023, cả nước ghi nhận 1.830 vụ.',
    );
    expect(got['6,2%']).toBe('2023-09/month');
    expect(got['240']).toBe('2023-09/month');
  });
});
