import { describe, expect, it } from 'vitest';
import { containsPhrase, recentTopic, seriesWords, topicBefore, topicsBefore, withoutFigures } from '../../../scripts/ingest/series-words';
import { loadIndicators } from '../../../src/lib/lexicon';

const CATALOGUE = loadIndicators(new URL('../../../', import.meta.url).pathname);

describe('series words', () => {
  it('containsPhrase finds a phrase word for word inside a form, never an empty one', () => {
    expect(containsPhrase(['xuat', 'khau', 'dien', 'thoai', 'va', 'linh', 'kien', 'dien', 'thoai'], ['linh', 'kien', 'dien', 'thoai'])).toBe(true);
    expect(containsPhrase(['linh', 'kien', 'dien', 'tu'], ['linh', 'kien', 'dien', 'thoai'])).toBe(false);
    expect(containsPhrase(['dien', 'thoai'], [])).toBe(false);
  });

  it('seriesWords holds the folded words of concepts and optional words', () => {
    const words = seriesWords(CATALOGUE.find((i) => i.id === 'ecommerce-revenue')!);
    expect([...words]).toEqual(expect.arrayContaining(['thuong', 'mai', 'dien', 'tu', 'doanh', 'thu', 'quy', 'mo']));
    expect(words.has('xuat')).toBe(false); // a `without` word is none of its words
  });

  it('topicBefore is the paragraph before\'s last sentence when it states no figure but years', () => {
    expect(topicBefore({ earlier: 'bước sang giai đoạn 2020 - 2024, thương mại điện tử bứt phá.' })).toBe('bước sang giai đoạn 2020 - 2024, thương mại điện tử bứt phá.');
    expect(topicBefore({ earlier: 'thương mại điện tử chiếm 8% tổng mức bán lẻ.' })).toBeUndefined();
    expect(topicBefore({})).toBeUndefined();
  });

  it('recentTopic is the nearest figure-less sentence of the last two read, with what was read after it', () => {
    const topic = 'Thương mại điện tử tiếp tục bứt phá trong giai đoạn 2020 - 2024.';
    const size = 'Quy mô thị trường tăng từ 11 tỷ USD lên 25 tỷ USD.';
    expect(recentTopic([topic])).toEqual({ text: topic, after: '' });
    expect(recentTopic([topic, size])).toEqual({ text: topic, after: size });
    expect(recentTopic([topic, size, 'Số người mua sắm đạt 60 triệu.'])).toBeUndefined();
    expect(recentTopic([])).toBeUndefined();
  });

  it('topicsBefore tries the recent topic, then the paragraph before\'s last sentence', () => {
    const recent = { text: 'thanh toán số tăng mạnh.', after: '' };
    expect(topicsBefore({ topic: recent, earlier: 'thương mại điện tử bứt phá.', previous: 'x' })).toEqual([recent, { text: 'thương mại điện tử bứt phá.', after: 'x' }]);
    expect(topicsBefore({ topic: recent, earlier: 'thanh toán số tăng mạnh.' })).toEqual([recent]);
    expect(topicsBefore({})).toEqual([]);
  });

  it('withoutFigures reads a headline as a topic sentence: its words without its figures', () => {
    expect(withoutFigures('Doanh thu TMĐT năm 2024 đạt 25,5 tỷ USD, tăng 20%')).toBe('Doanh thu TMĐT năm đạt tỷ USD, tăng ');
    expect(recentTopic([withoutFigures('Xuất khẩu điện thoại đạt 30 tỷ USD')])?.text).toBe('Xuất khẩu điện thoại đạt tỷ USD');
  });
});
