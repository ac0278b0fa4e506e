/** Round 35: dates on an English page and its dateline (lines written for the test). */
import { describe, expect, it } from 'vitest';
import { englishDates, sentenceDates, standsNowInEnglish } from '../../../scripts/ingest/english-dates';
import { comparedYearInEnglish } from '../../../scripts/ingest/english-compared-years';
import { englishDatelineDate } from '../../../scripts/ingest/english-dateline';
import { attachEnglishDates } from '../../../scripts/ingest/english-own-date';
import { englishMetrics } from '../../support/metrics-of';
import { findArticleDate, findDates } from '../../../scripts/ingest/dates';
import { sentenceNumbers } from '../../../scripts/ingest/english-numbers';

const iso = (s: string, year?: number) => englishDates(s, year).map((d) => [d.iso, d.precision, d.isoEnd]);

describe('englishDates', () => {
  it('reads a day with its month written either way', () => {
    expect(iso('Signed on March 3, 2024 in Hanoi.')).toEqual([['2024-03-03', 'day', undefined]]);
    expect(iso('Signed on 3 March 2024 in Hanoi.')).toEqual([['2024-03-03', 'day', undefined]]);
    expect(iso('Signed on the 21st of Sept. 2022.')).toEqual([['2022-09-21', 'day', undefined]]);
    expect(iso('Signed on February 30, 2024.')).toEqual([]);
  });
  it('reads a month and year, and the first months of a year', () => {
    expect(iso('Sales in October 2023 rose.')).toEqual([['2023-10', 'month', undefined]]);
    expect(iso('In the first seven months of 2025, sales rose.')).toEqual([['2025-01', 'month', '2025-07']]);
    expect(iso('In the first 9 months of this year, sales rose.', 2021)).toEqual([['2021-01', 'month', '2021-09']]);
    expect(iso('In the first 9 months of this year, sales rose.')).toEqual([]);
    expect(iso('In the first three months, sales rose.', 2022)).toEqual([['2022-01', 'quarter', undefined]]); // round 45: as "3 tháng đầu năm" reads
    expect(iso('In the first 6 months of 2023, the rate reached 91%.')).toEqual([['2023-01', 'half', undefined]]); // round 45: as "6 tháng đầu năm" reads
    expect(iso('In the first twelve months of 2023, sales rose.')).toEqual([['2023', 'year', undefined]]);
  });
});

describe('englishDatelineDate', () => {
  it('reads a short line that is a date, a time and a label', () => {
    expect(englishDatelineDate(['Broadband grows fast in rural areas', 'August 2, 2024 | 09:40 pm GMT+7'])?.iso).toBe('2024-08-02');
    expect(englishDatelineDate(['Last updated: 12 January 2025 08:05'])?.iso).toBe('2025-01-12');
  });
  it('reads no sentence and no line with other numbers or many words', () => {
    expect(englishDatelineDate(['On August 2, 2024, the ministry opened 12 centres.'])).toBeUndefined();
    expect(englishDatelineDate(['Province signs its digital plan with three partners on August 2, 2024'])).toBeUndefined();
  });
  it('dates an English page only', () => {
    const paragraphs = ['Fintech lending doubles', 'April 9, 2024 | 10:12 am GMT+7', 'Lending by fintech firms doubled in the first quarter.'];
    expect(findArticleDate({ paragraphs, english: true })?.iso).toBe('2024-04-09');
    expect(findArticleDate({ paragraphs })).toBeNull();
  });
});

describe('sentenceDates', () => {
  const dates = (s: string, english = true) => sentenceDates(s, findDates(s), english).map((d) => d.text);
  it('reads an English month or first months in place of its bare year', () => {
    expect(dates('In the first four months of 2024, fraud fell.')).toEqual(['first four months of 2024']);
    expect(dates('Sales in August 2022 rose by 5 percent.')).toEqual(['August 2022']);
  });
  it('drops the year a figure is compared with', () => {
    expect(dates('Sales in 2023 rose 8 percent compared to 2022.')).toEqual(['2023']);
    expect(dates('Sales rose 8 percent over 2022 and 3 percent against 2021.')).toEqual([]);
  });
  it('keeps what findDates found off an English page', () => {
    expect(dates('Sales rose 8 percent compared to 2022.', false)).toEqual(['2022']);
  });
  it('drops a plan\'s horizon and the span after a plan\'s noun: they name the plan, not a figure (round 46)', () => {
    expect(dates('The city carries out the Scheme of the Government for the period 2021 - 2025, with a vision to 2030; 40 wards joined.')).toEqual([]);
    expect(dates('Under the programme to develop smart cities, population data and e-services in the period 2023-2025, 12 districts signed up.')).toEqual([]);
    expect(dates('The strategy of Hue province to develop the digital economy, phase 2021-2025, orientation towards 2035 covers 9 sectors.')).toEqual([]);
  });
  it('keeps a span no plan names, and a plan\'s span in another sentence part after a semicolon', () => {
    expect(dates('In the period 2021-2025, the province attracted 30 projects.').length).toBeGreaterThan(0);
    expect(dates('The plan was approved; in the period 2021-2025, the province attracted 30 projects.').length).toBeGreaterThan(0);
  });
});

describe('standsNowInEnglish', () => {
  const now = (s: string) => standsNowInEnglish(s, sentenceDates(s, findDates(s), true));
  it('reads a now-word before the first figure of an undated sentence', () => {
    expect(now('To date, 84% of communes have a portal.')).toBe(true);
    expect(now('Up to now, the city has 41 data centres.')).toBe(true);
    expect(now('The country currently has 18 million e-wallets.')).toBe(true);
  });
  it('reads no now when the sentence is dated or the word comes after the figure', () => {
    expect(now('To date, 84% of communes had a portal in 2024.')).toBe(false);
    expect(now('Some 84% of communes have a portal now.')).toBe(false);
  });
});

describe('attachEnglishDates', () => {
  const periods = (s: string) => {
    const numbers = sentenceNumbers(s, true);
    const drafts = numbers.map(() => ({ metric: { reasons: [] as string[], confidence: 'high' } as { period?: { iso: string }; reasons: string[]; confidence: string } }));
    attachEnglishDates(s, sentenceDates(s, findDates(s), true), numbers, drafts as never);
    return drafts.map((d) => d.metric.period?.iso);
  };
  it('gives a figure the date right after it', () => {
    expect(periods('Use rose from 21% in 2017 to 48% in 2020.')).toEqual(['2017', '2020']);
    expect(periods('Use was about 12% (in 2018) and 19% (in 2021).')).toEqual(['2018', '2021']);
    expect(periods('Use reached 7.5 percent in March 2024, a record.')).toEqual(['2024-03']);
  });
  it('gives the figures of a "respectively" sentence the years it lists, one by one', () => {
    expect(periods('The shares for 2021, 2022 and 2023 were 3.4%, 3.9% and 4.6%, respectively.')).toEqual(['2021', '2022', '2023']);
  });
  it('leaves a figure whose date belongs to something else', () => {
    expect(periods('Use reached 48% in 2020 households, the ministry said.')).toEqual([undefined]);
  });
});

describe('attachEnglishDates: a dated figure loses its "no-period" reason', () => {
  it('"12 percent in 2018" on an undated page becomes high confidence', () => {
    const s = 'The share rose from 12 percent in 2018 to 40 percent.';
    const numbers = [{ start: s.indexOf('12'), end: s.indexOf('12') + 10 }];
    const metric = { reasons: ['no-period'], confidence: 'low' as const } as { period?: { iso: string; precision: 'year' }; reasons: string[]; confidence: 'low' | 'high' };
    attachEnglishDates(s, sentenceDates(s, findDates(s), true), numbers, [{ metric }] as never);
    expect(metric).toMatchObject({ period: { iso: '2018' }, reasons: [], confidence: 'high' });
  });
});

describe('round 45: "this year" on an undated English page', () => {
  it('"for this year" mid-sentence is the page\'s year', () => {
    expect(iso('Total revenue for this year is estimated at VND4 quadrillion.', 2024)).toEqual([['2024', 'year', undefined]]);
    expect(iso('Total revenue for this year is estimated at VND4 quadrillion.')).toEqual([]);
  });
  it('the year a change is measured from gives the page its year', () => {
    expect(comparedYearInEnglish(['Revenue for this year rose to VND4 quadrillion, a 13 per cent increase from 2023.', 'The 2026 goal is an 11 per cent increase from 2025.'])).toBe(2024);
    expect(comparedYearInEnglish(['Firms grew 16 per cent from the same period in 2022.'])).toBe(2023);
    expect(comparedYearInEnglish(['Attacks fell sharply compared to 2021.'])).toBeUndefined();
  });
  it('the figures of the sentence take it', () => {
    const m = new Map(englishMetrics(['HÀ NỘI — The sector\'s total revenue for this year is estimated at VNĐ3.9 quadrillion, marking a 12 per cent increase from 2022.']).map((x) => [x.text, x]));
    expect(m.get('3.9 quadrillion')?.period).toMatchObject({ iso: '2023', precision: 'year' });
  });
});

describe('round 47: a month or a quarter with no year of its own', () => {
  it('is that month or quarter of the page\'s year', () => {
    expect(iso('July growth climbed to 25 per cent.', 2025)).toEqual([['2025-07', 'month', undefined]]);
    expect(iso('August and September each reached 28 per cent.', 2025)).toEqual([['2025-08', 'month', undefined], ['2025-09', 'month', undefined]]);
    expect(iso('The ministry expects third-quarter growth of 27 per cent.', 2025)).toEqual([['2025-07', 'quarter', undefined]]);
    expect(iso('For the final quarter, growth is forecast at 33 per cent; Q2 was weaker.', 2025)).toEqual([['2025-10', 'quarter', undefined], ['2025-04', 'quarter', undefined]]);
  });
  it('with no year known, it is left for the sentence or the paragraph to fill', () => {
    const [d] = englishDates('October is projected at 32 per cent.');
    expect(d).toMatchObject({ iso: '0000-10', precision: 'month', yearMissing: true });
  });
  it('"May" is a month only after a word of time', () => {
    expect(iso('Growth may slow, analysts said.', 2025)).toEqual([]);
    expect(iso('May growth reached 20 per cent.', 2025)).toEqual([]);
    expect(iso('Sales rose in May to 1.2 billion USD.', 2025)).toEqual([['2025-05', 'month', undefined]]);
  });
  it('a month with its day or year is read as before', () => {
    expect(iso('On July 4, 2024, the portal opened.', 2025)).toEqual([['2024-07-04', 'day', undefined]]);
    expect(iso('In July 2024, growth was 20 per cent.', 2025)).toEqual([['2024-07', 'month', undefined]]);
  });
  it('on a page: the months a paragraph names date its figures', () => {
    const ms = englishMetrics(['At the start of 2025, the industry had set a target of 20 per cent. July growth climbed to 25 per cent, while October is projected at 32 per cent.'], undefined);
    expect(ms.find((m) => m.text === '25 per cent')?.period).toMatchObject({ iso: '2025-07', precision: 'month' });
    expect(ms.find((m) => m.text === '32 per cent')?.period).toMatchObject({ iso: '2025-10', precision: 'month' });
  });
});

describe('round 47: a sentence opening on what happened in a year ("After … in 2023, …")', () => {
  const s = 'After a 9.4 per cent decline in 2022, exports rebounded to $120.5 billion, a 12.3 per cent increase from $107.3 billion in 2022.';
  it('sets the year after it for the main clause, and keeps the start\'s own year', () => {
    const ds = sentenceDates(s, findDates(s), true, 2024).map((d) => d.iso);
    expect(ds).toEqual(['2022', '2023', '2022']);
  });
  it('on a page: the level and the rise are of the year after, the start keeps its year', () => {
    const ms = englishMetrics([s], 2024);
    expect(ms.find((m) => m.text === '12.3 per cent')?.period?.iso).toBe('2023');
    expect(ms.find((m) => m.text === '9.4 per cent')?.period?.iso).toBe('2022');
  });
  it('a main clause naming its own year keeps it', () => {
    const t = 'After a decline in 2022, exports reached $120.5 billion in 2024.';
    expect(sentenceDates(t, findDates(t), true, 2024).map((d) => d.iso)).toEqual(['2022', '2024']);
  });
});

describe('round 60: a year to date ("From the beginning of the year to April 8")', () => {
  it.each([
    ['From the beginning of the year to April 8, the department issued 17,758 licences.', 2024, ['2024-01', 'month', '2024-04']],
    ['Since the start of the year until the end of May, sales rose.', 2023, ['2023-01', 'month', '2023-05']],
    ['From the beginning of 2022 to June 30, sales rose.', undefined, ['2022-01', 'half', undefined]],
    ['From the beginning of the year to January 20, sales rose.', 2025, ['2025-01', 'month', undefined]],
    // review: a day written first, a last day with its own year, whole quarters and halves as "the first six months" reads
    ['From the beginning of the year to 8 April, sales rose.', 2024, ['2024-01', 'month', '2024-04']],
    ['From the start of the year through May 15, 2024, sales rose.', undefined, ['2024-01', 'month', '2024-05']],
    ['From the beginning of the year to the end of June, sales rose.', 2024, ['2024-01', 'half', undefined]],
    ['From the beginning of the year to the end of March, sales rose.', 2024, ['2024-01', 'quarter', undefined]],
    ['From the beginning of the year to the end of December, sales rose.', 2024, ['2024', 'year', undefined]],
  ])('%s (page of %s) → %j', (text, year, want) => expect(iso(text, year)).toEqual([want]));

  it('an undated page leaves its year to be filled', () => {
    const d = englishDates('From the beginning of the year to April 8, sales rose.');
    expect(d.map((x) => [x.iso, x.yearMissing])).toEqual([['0000-01', true]]);
  });
  it('a day that is no day of the month, or two years that differ, is no span', () => {
    expect(iso('From the beginning of the year to February 30, sales rose.', 2023).some(([, , end]) => end === '2023-02')).toBe(false);
    expect(iso('From the beginning of 2022 to June 30, 2023, sales rose.').some(([i, p]) => i === '2022-01' && p === 'month')).toBe(false);
  });
  it('the figures of the sentence and of the next one take it', () => {
    const ms = englishMetrics(['From the beginning of the year to April 8, the department issued a total of 17,758 driving licences. Of which, 9,601 were new.'], 2024);
    expect(ms.map((m) => m.period?.iso)).toEqual(['2024-01', '2024-01']);
  });
});
