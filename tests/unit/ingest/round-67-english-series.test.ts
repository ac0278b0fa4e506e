/** Round 67 (session 48, after sets LG–LI's first reads): English figures that a catalogue series took for its own and should not — a
 *  steering committee's tasks counted as committees set up. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics, metricsOf } from '../../support/metrics-of';

const series = (text: string) => englishMetrics([text], 2025).map((m) => `${m.text} ${m.indicator ?? 'none'}`);

describe('steering committees: only those set up', () => {
  it.each([
    ['The Steering Committee has assigned a total of 1,287 tasks, of which 601 (47%) have been completed.', ['1,287 none', '601 none', '47% none']],
    ['The steering committee held 12 meetings this year.', ['12 none']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
  it('a committee set up is counted', () => expect(series('All 63 provinces have set up steering committees on digital transformation.')).toEqual(['63 steering-committees']));
});

describe('a firm named as "the company" owns its figure', () => {
  it.each([
    ['The company aims to expand 5G coverage to 99 percent of the population by 2030.', ['99 percent none']],
    ["The operator's 5G network now covers 100 per cent of communes.", ['100 per cent none']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
  it('the country\'s own coverage keeps its series', () =>
    expect(series('Viet Nam aims to expand 5G coverage to 99 percent of the population by 2030.')).toEqual(['99 percent mobile-5g-coverage-share']));
});

describe("the internet economy's other segments are no e-commerce", () => {
  it.each([
    ["In addition to e-commerce, Vietnam's online travel sector is projected to grow 16% year-on-year, reaching US$5 billion by 2024.", ['16% none', '5 billion none']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
  it('Vietnamese: online travel is no e-commerce nor the whole digital economy', () =>
    expect(metricsOf(['Năm 2021, doanh thu TMĐT đạt 13 tỷ USD, bên cạnh 1,4 tỷ USD doanh thu du lịch trực tuyến của kinh tế internet.'], 2021).map((m) => `${m.text} ${m.indicator ?? 'none'}`))
      .toEqual(['13 tỷ USD ecommerce-revenue', '1,4 tỷ USD none']));
});

describe("review of round 67: a segment's own revenue", () => {
  it('"doanh thu du lịch trực tuyến" after the amount is no whole digital economy; the parts named beside the total leave it', () =>
    expect([
      ...metricsOf(['Năm 2021, kinh tế internet có 1,4 tỷ USD doanh thu du lịch trực tuyến.'], 2021),
      ...metricsOf(['Năm 2024, kinh tế số Internet của Việt Nam với các lĩnh vực thương mại điện tử, du lịch trực tuyến, gọi xe đạt 36 tỷ USD.'], 2024),
    ].map((m) => `${m.text} ${m.indicator ?? 'none'}`)).toEqual(['1,4 tỷ USD none', '36 tỷ USD digital-economy-revenue']));
});
