/** Round 66 (session 47, after the first read of sets KT, KU and KV): English goals named "ambitious goals:" or "goals to rank", a goal's
 *  own "by 2030" before the clause's other years (not one past "and", the next goal's), the start of a change said right after its
 *  percentage ("a plunge of 97 percent from $289 million"), a move's start after its end's own date, a start's own date with "the" ("in
 *  the first half of 2022"), a compared value opening the sentence; and a Vietnamese "kể từ" over quoted words. Sentences written for this
 *  test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics, metricsOf } from '../../support/metrics-of';

const rows = (text: string, year?: number) =>
  englishMetrics([text], year).map((m) => [m.text, m.status, m.period ? m.period.iso : 'none'].join(' '));

describe('English goals', () => {
  it.each([
    ['These are prerequisites for the ambitious goals: ranking in the global top 30 by 2045, with a digital economy at least 30% of GDP by 2030 and 50% by 2045.', undefined,
      ['30 target 2045', '30% target 2030', '50% target 2045']],
    ['Resolution 57 outlines the goals to rank among the top 3 in Southeast Asia.', undefined, ['3 target none']],
    ['By 2025, the digital economy must reach 20 per cent of regional GDP and by 2030, it must reach 30 per cent.', 2023, ['20 per cent target 2025', '30 per cent target 2030']],
  ])('%s', (text, year, want) => expect(rows(text, year)).toEqual(want));
  it.each([
    ['The city achieved its goals to have 50% of dossiers online.', ['50% actual none']],
    ['The city has met its goals to date, with 50% of dossiers online.', ['50% actual none']],
  ])('a goal met or "to date" is no goal: %s', (text, want) => expect(rows(text)).toEqual(want));
});

describe('English starts of a change', () => {
  it.each([
    ['Total funding fell 82 percent to $66 million in the first half of 2023 from $372 million in the first half of 2022.',
      ['82 percent actual 2023-01', '66 million actual 2023-01', '372 million baseline 2022-01']],
    ['It raised $8.5 million in the second quarter of 2023, a plunge of 97 percent from $289 million in the second quarter of 2022.',
      ['8.5 million actual 2023-04', '97 percent actual 2023-04', '289 million baseline 2022-04']],
    ['As compared to the total funding of $113 million in the second half of 2022, the funding dropped 41 percent.',
      ['113 million baseline 2022-07', '41 percent actual 2022-07']],
  ])('%s', (text, want) => expect(rows(text, 2023)).toEqual(want));
  it.each([
    ['Exports rose 20% to $5 billion, from which $1 billion came from phones.', ['20% actual none', '5 billion actual none', '1 billion actual none']],
    ['Compared to 2022, 60% of firms now sell online.', ['60% actual none']],
  ])('no start: %s', (text, want) => expect(rows(text)).toEqual(want));
});

describe('a Vietnamese "kể từ" over quoted words', () => {
  it('the year after "kể từ thời kỳ "tiền rẻ"" dates nothing after it', () => {
    const text = 'Thị trường năm 2025 chưa khởi sắc. Số thương vụ giảm còn khoảng 41 giao dịch, tiếp diễn đà đi xuống kể từ thời kỳ "tiền rẻ" năm 2021.';
    expect(metricsOf([text]).map((m) => `${m.text} ${m.period?.iso ?? 'none'}`)).toEqual(['41 2025']);
  });
});

describe('an image name and crop box left in the text', () => {
  it('its numbers are no figures; the sentence after is read', () =>
    expect(metricsOf(['Cụ thể:  grab5d838congchung 1747821015331682793631 57 0 557 800 crop 17478210190231096290372 Cả nước có 35 văn phòng công chứng.'], 2025).map((m) => m.text)).toEqual(['35']));
  it('a 12-digit code beside words leaves the counts after them', () =>
    expect(metricsOf(['Số định danh 001234567890 của ông có 57 hồ sơ.'], 2025).map((m) => m.text)).toEqual(['57']));
});

describe('an English goal at its next horizons', () => {
  const goals = (text: string) => englishMetrics([text], 2023).map((m) => `${m.text} ${m.period?.iso ?? 'none'} ${m.indicator ?? 'none'}`);
  it('each item after a joiner keeps the series, at its own year', () =>
    expect(goals('The city aims for digital economic value-added contributions of 22 per cent in 2024, 25 per cent by 2025 and 40 per cent by 2030.'))
      .toEqual(['22 per cent 2024 digital-economy-grdp-share', '25 per cent 2025 digital-economy-grdp-share', '40 per cent 2030 digital-economy-grdp-share']));
  it('a deadline after a long name of the measure is the goal\'s', () =>
    expect(goals('The programme, issued in July 2020, sets a target that the digital economy will make up 25 percent of its gross regional domestic product (GRDP) by 2025.'))
      .toEqual(['25 percent 2025 digital-economy-grdp-share']));
});

describe('sites set up, counted in "điểm"', () => {
  it.each([
    ['Nâng cấp băng thông với quy mô triển khai 236 điểm cho các cơ quan.', ['236 điểm count']],
    ['Mạng đã kết nối tới 193 điểm xã, phường, thị trấn.', ['193 count']],
    ['Tỉnh đạt 85 điểm, xếp thứ 5.', ['85 điểm index', '5 rank']],
  ])('%s', (text, want) => expect(metricsOf([text], 2024).map((m) => `${m.text} ${m.kind}`)).toEqual(want));
});
