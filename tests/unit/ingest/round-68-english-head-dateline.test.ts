/** Round 68 (session 49): an English date line further down a page's head — under a sapo, a byline printed twice, an image's file name and
 *  a caption ("April 29, 2022") — dates the page; a date inside the body's sentences does not. Texts written for this test. */
import { describe, expect, it } from 'vitest';
import { findArticleDate } from '../../../scripts/ingest/dates-article';

const head = ['The digital economy has a growth rate of 28%, reaching US$8 billion in revenue.', 'Viet Nam News', 'Viet Nam News', '213927_PMCHINH.jpeg', 'The Prime Minister delivers his speech at the meeting. — '];

describe('a date line under the head', () => {
  it('dates the page', () => {
    expect(findArticleDate({ title: 'Digital economy revenue reaches $53 billion', paragraphs: [...head, 'April 29, 2022', 'HÀ NỘI — The committee met on Wednesday.'], english: true })?.iso).toBe('2022-04-29');
  });
  it('a date in a sentence does not', () => {
    expect(findArticleDate({ title: 'Digital economy revenue reaches $53 billion', paragraphs: [...head, 'The committee met on April 29, 2022 to review the quarter.', 'It set new goals.'], english: true })).toBeNull();
  });
});
