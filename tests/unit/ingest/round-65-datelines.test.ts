/** Round 65 (session 46, after sets KJ–KL's first reads): an English lead opening on a numeric date and the place or agency is a dateline
 *  ("17-6-2024 (HANOI) …", "date 2023-08-14 Da Nang (VNA) – …"); a dateline with no year ("Hanoi, Oct 30") dates no page. Lines written for this test. */
import { describe, expect, it } from 'vitest';
import { englishDatelineDate } from '../../../scripts/ingest/english-dateline';
import { findArticleDate } from '../../../scripts/ingest/dates-article';

const dateOf = (lines: string[]) => englishDatelineDate(lines)?.iso ?? 'none';

describe('English datelines', () => {
  it.each([
    [['17-6-2024 (HANOI) Vietnam’s digital connectivity with the rest of the world has taken a severe hit this weekend.'], '2024-06-17'],
    [['date 2023-08-14 Da Nang (VNA) – The city on August 14 inaugurated an intelligent operation centre.'], '2023-08-14'],
    [['5/3/2024 (VNA) The ministry said 1,000 firms joined.'], '2024-03-05'],
    [['Hanoi, Oct 30'], 'none'],
    [['May 30, 2024 | 10:15 am GMT+7'], '2024-05-30'],
    [['31-2-2024 (HANOI) A day that does not exist.'], 'none'],
    [['In 17-6-2024 the ministry said 1,000 firms joined.'], 'none'],
  ])('%j', (lines, want) => expect(dateOf(lines)).toBe(want));
});

describe('a labelled ISO date opening the lead (read by findArticleDate for both languages since session 47)', () => {
  const pageDate = (lines: string[]) => findArticleDate({ paragraphs: lines, english: true })?.iso ?? 'none';
  it('dates the page', () => expect(pageDate(['date 2025-01-01 Over 1.1 million dwellers in Ho Chi Minh City have integrated their health records.'])).toBe('2025-01-01'));
  it('"Data 2025-01-01" is no dateline', () => expect(dateOf(['Data 2025-01-01 shows 1.1 million dwellers.'])).toBe('none'));
});

describe('the "date" label before a day-first agency dateline', () => {
  it.each([
    [['date 14-08-2023 Da Nang (VNA) – The city on August 14 inaugurated an intelligent operation centre.'], '2023-08-14'],
    [['date 17/6/2024 (HANOI) Vietnam’s digital connectivity took a hit.'], '2024-06-17'],
    [['date 2025-13-40 Over 1 million people joined.'], 'none'],
  ])('%j', (lines, want) => expect(dateOf(lines)).toBe(want));
});
