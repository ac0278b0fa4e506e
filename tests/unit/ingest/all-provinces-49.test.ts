import { describe, expect, it } from 'vitest';
import { isAllProvincesField } from '../../../scripts/ingest/number-places';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };
const texts = (s: string) => extractMetrics([{ text: s, offset: 0 }], { ...lex, fallbackTopic: 'chi-dao-dieu-hanh', headline: false }).map((m) => m.text);

describe('every province as the field a sentence speaks of (round 49)', () => {
  it.each([
    'Tỷ trọng kinh tế số trong GRDP của 63 tỉnh, thành phố dự kiến sẽ được công bố.',
    'Bình Dương vinh dự dẫn đầu 63 tỉnh, thành phố cả nước về chỉ số.',
    'Năm 2023 là năm đầu tiên cả 63 tỉnh, thành phố đều đạt kết quả tốt.',
    'Viettel đã lắp đặt 500 vị trí BTS 5G tại 63 tỉnh, thành phố.',
    'Tổ công tác làm việc với 34 tỉnh, thành phố sau sắp xếp.',
  ])('%s', (s) => {
    expect(texts(s)).not.toContain('63');
    expect(texts(s)).not.toContain('34');
  });
  it('a count reached stays a claim', () => {
    expect(texts('Đến nay, 63/63 tỉnh, thành phố đã kết nối.')).toContain('63/63');
    expect(texts('Cả nước có 63 Sở Thông tin và Truyền thông.')).toContain('63');
    expect(isAllProvincesField('của ', '62', ' tỉnh')).toBe(false);
    expect(isAllProvincesField('có ', '63', ' tỉnh')).toBe(false);
  });
});
