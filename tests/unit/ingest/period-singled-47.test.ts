/** Round 47 (set DG): "tính riêng" after a clause with no figure counts the span a sentence reports; after a whole it singles out a
 *  part. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { isSingledOut } from '../../../scripts/ingest/periods';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };
const singled = (s: string) => isSingledOut(s, findDates(s).at(-1)!);

describe('isSingledOut: "tính riêng"', () => {
  it.each([
    'Theo Sở Thông tin và Truyền thông, qua công tác giám sát, chỉ tính riêng 9 tháng đầu năm 2024',
    'Theo Công an tỉnh, tính riêng quý III/2023',
  ])('%s counts the span reported', (s) => expect(singled(s)).toBe(false));
  it.each([
    'Năm 2023, toàn tỉnh có 5.000 vụ; tính riêng tháng 12/2023',
    'Cả năm đạt 120 tỷ đồng, riêng quý IV/2023',
    'Trong năm, doanh thu tăng, trong đó riêng tháng 12/2023',
  ])('%s singles out a part', (s) => expect(singled(s)).toBe(true));
  it('the span counted dates the next paragraph of an undated page', () => {
    const ms = extractMetrics(segments([
      'Theo Sở Thông tin và Truyền thông, qua công tác giám sát, chỉ tính riêng 9 tháng đầu năm 2024, hệ thống đã ngăn chặn 4,2 triệu lượt tấn công.',
      'Cùng với đó, đã cảnh báo lỗ hổng cho 85 đơn vị.',
    ]), { ...lex, fallbackTopic: 'chi-dao-dieu-hanh', headline: false });
    expect(ms.find((m) => m.text === '85')?.period).toMatchObject({ iso: '2024-01', isoEnd: '2024-09', precision: 'month' });
  });
});
