/** Round 47 (set DI): a share after ranks in its own sentence continues the share of the sentence before; a province named whose
 *  name shares a syllable with the series' words ("nội") names no subject. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { namesOwnSubject } from '../../../scripts/ingest/indicator-own-subject';
import { seriesWords } from '../../../scripts/ingest/series-words';
import { loadIndicators } from '../../../src/lib/lexicon';
import { metricsByText } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const share = loadIndicators(ROOT).find((x) => x.id === 'digital-economy-grdp-share')!;

describe('namesOwnSubject with the series\' own words left out', () => {
  it.each(['hà nội xếp sau với tỷ trọng lần lượt ', 'tp.hcm và hà nội đứng thứ 6 và 7 xếp hạng với tỷ trọng tương ứng '])('%s names no subject', (s) =>
    expect(namesOwnSubject(s, seriesWords(share))).toBe(false));
  it('a subject of its own is still one', () => expect(namesOwnSubject('hà nội có doanh thu thương mại điện tử ', seriesWords(share))).toBe(true));
});

describe('a share after ranks continues the share before', () => {
  const m = metricsByText('Đứng thứ 3 là Bắc Giang với tỷ trọng kinh tế số trong GRDP 38,4%; tiếp đó là Hải Phòng (27,9%). Đà Nẵng và Hà Nội đứng thứ 5 và 6 với tỷ trọng tương ứng 19,2% và 16,8%.');
  it.each(['38,4%', '27,9%', '19,2%', '16,8%'])('%s', (t) => expect(m[t]?.indicator).toBe('digital-economy-grdp-share'));
  it('the ranks take no share series', () => expect(m['5']?.indicator).toBeUndefined());
});
