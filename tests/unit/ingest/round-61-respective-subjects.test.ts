/** Round 61 (session 42): figures listed in turn after their subjects ("e-commerce, the digital tourism economy, and online payments …
 *  rising 11%, 82%, and 20% respectively") take no series the sentence names for another subject; a list of places keeps the sentence's.
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { respectiveSubject } from '../../../scripts/ingest/respective-subjects';
import { englishMetrics, metricsOf } from '../../support/metrics-of';

const english = 'Vietnam continues to lead the region in digital economic growth, with e-commerce, the digital tourism economy, and online payments in 2023 rising 11%, 82%, and 20% respectively compared to the previous year.';
const vietnamese = 'Kinh tế số Việt Nam dẫn đầu khu vực, với thương mại điện tử, du lịch số và thanh toán trực tuyến năm 2023 lần lượt tăng 11%, 82% và 20% so với năm trước.';
const seriesOf = (ms: { text: string; indicator?: string }[], n: string) => ms.find((m) => m.text === n)?.indicator ?? 'none';

describe('respectiveSubject', () => {
  it('the k-th subject named before the list', () => {
    const spans = ['11%', '82%', '20%'].map((t) => ({ start: english.indexOf(t), end: english.indexOf(t) + t.length }));
    expect(respectiveSubject(english, spans, 1)?.clause).toBe('the digital tourism economy 82%');
  });
  it('years listed in turn are no subjects', () => {
    const s = 'Doanh thu năm 2022, 2023 lần lượt tăng 10% và 12%.';
    const spans = ['10%', '12%'].map((t) => ({ start: s.indexOf(t), end: s.indexOf(t) + t.length }));
    expect(respectiveSubject(s, spans, 0)).toBeUndefined();
  });
});

describe('the later subjects take no series of the sentence', () => {
  it.each(['82%', '20%'])('English %s', (n) => expect(seriesOf(englishMetrics([english], 2024), n)).toBe('none'));
  it.each(['82%', '20%'])('Vietnamese %s', (n) => expect(seriesOf(metricsOf([vietnamese], 2024), n)).toBe('none'));
  it('the subject that names a series keeps it', () => expect(seriesOf(metricsOf([vietnamese], 2024), '11%')).toBe('ecommerce-growth'));
  it('review: in English too (an English page\'s catalogue holds the English forms)', () => expect(seriesOf(englishMetrics([english], 2024), '11%')).toBe('ecommerce-growth'));
  it('places listed in turn keep the sentence\'s ranking', () =>
    expect(seriesOf(metricsOf(['Trong bảng xếp hạng DTI cấp tỉnh năm 2022, Trà Vinh và Bạc Liêu lần lượt xếp thứ 2 và 3.'], 2023), '3')).toBe('dti-province-rank'));
});
