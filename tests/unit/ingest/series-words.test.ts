import { describe, expect, it } from 'vitest';
import { containsPhrase, seriesWords, topicBefore } from '../../../scripts/ingest/series-words';
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
});
