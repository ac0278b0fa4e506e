/** Round 67 (session 48, after sets LG–LI's first reads) and its reviews: figures a catalogue series took for its own and should not — a
 *  steering committee's tasks counted as committees set up, a firm's own coverage, another internet-economy segment's amount or growth.
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics, metricsOf } from '../../support/metrics-of';

const series = (text: string) => englishMetrics([text], 2025).map((m) => `${m.text} ${m.indicator ?? 'none'}`);

describe('steering committees: only those set up', () => {
  it("a committee's tasks are no committees", () =>
    expect(series('The Steering Committee has assigned a total of 1,287 tasks, of which 601 (47%) have been completed.')).toEqual(['1,287 none', '601 none', '47% none']));
  it('a committee set up is counted', () => expect(series('All 63 provinces have set up steering committees on digital transformation.')).toEqual(['63 steering-committees']));
});

describe('a firm named as "the company" owns its figure', () => {
  it.each([
    ['The company aims to expand 5G coverage to 99 percent of the population by 2030.', ['99 percent none']],
    ['Viettel launched 5G in October. The company said its 5G network now covers 99% of the population.', ['99% none']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
});

describe("the internet economy's other segments are no e-commerce (economy-segments.ts)", () => {
  it.each([
    ["In addition to e-commerce, Vietnam's online travel sector is projected to grow 16% year-on-year, reaching US$5 billion by 2024.", ['16% none', '5 billion none']],
    ["Vietnam's e-commerce revenue, excluding online travel, reached 20 billion USD in 2024.", ['20 billion USD ecommerce-revenue']],
    ['E-commerce revenue, which also counts online travel bookings, reached 20 billion USD in 2024.', ['20 billion USD ecommerce-revenue']],
  ])('%s', (text, want) => expect(series(text)).toEqual(want));
  it('Vietnamese: online travel is no e-commerce nor the whole digital economy', () =>
    expect(metricsOf(['Năm 2021, doanh thu TMĐT đạt 13 tỷ USD, bên cạnh 1,4 tỷ USD doanh thu du lịch trực tuyến của kinh tế internet.'], 2021).map((m) => `${m.text} ${m.indicator ?? 'none'}`))
      .toEqual(['13 tỷ USD ecommerce-revenue', '1,4 tỷ USD none']));
});

describe("review of round 67: a segment's own revenue", () => {
  it('"doanh thu du lịch trực tuyến" after the amount is no whole digital economy; the parts named beside the total leave it its series', () =>
    expect([
      ...metricsOf(['Năm 2021, kinh tế internet có 1,4 tỷ USD doanh thu du lịch trực tuyến.'], 2021),
      ...metricsOf(['Năm 2024, kinh tế số Internet của Việt Nam với các lĩnh vực thương mại điện tử, du lịch trực tuyến, gọi xe đạt 36 tỷ USD.'], 2024),
    ].map((m) => `${m.text} ${m.indicator ?? 'none'}`)).toEqual(['1,4 tỷ USD none', '36 tỷ USD digital-economy-revenue']));
});
