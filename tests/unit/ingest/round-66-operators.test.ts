/** Round 66 (session 47, from wave 3's first read): an operator's own revenue (Viettel, VNPT, MobiFone, a group's consolidated revenue) is no
 *  national telecom or postal series; the sector's revenue still is. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics, metricsOf } from '../../support/metrics-of';

const english = (text: string) => englishMetrics([text], 2024).map((m) => `${m.text} ${m.indicator ?? 'none'}`);
const vietnamese = (text: string) => metricsOf([text], 2024).map((m) => `${m.text} ${m.indicator ?? 'none'}`);

describe('an operator is not the sector', () => {
  it.each([
    ['Viettel said its consolidated revenue reached VND 172.5 trillion in 2023.', ['172.5 trillion none']],
    ['VNPT, a major telecom group, had revenue of VND 26.32 trillion in the first half.', ['26.32 trillion none']],
    ['Telecom revenue in 2023 reached VND 156,556 billion.', ['156,556 billion telecom-revenue']],
  ])('%s', (text, want) => expect(english(text)).toEqual(want));
  it.each([
    ['Doanh thu hợp nhất của VNPT năm 2023 đạt 58.540 tỷ đồng.', ['58.540 tỷ đồng none']],
    ['Doanh thu dịch vụ viễn thông năm 2023 đạt 147.000 tỷ đồng.', ['147.000 tỷ đồng telecom-revenue']],
    ['Doanh thu bưu chính năm 2023 đạt 56.000 tỷ đồng.', ['56.000 tỷ đồng postal-revenue']],
  ])('%s', (text, want) => expect(vietnamese(text)).toEqual(want));
});
