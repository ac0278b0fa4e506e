/**
 * Session 25 (round 42): a paragraph in the past tense after a goal states results ("The province processed 1.2 million
 * dossiers"), a clause opening on "Last year" / "This year" takes the page's year or the one before (and an undated page's
 * "Last year" takes no year carried from a goal before it), "targets" as a verb sets goals, and the goal a result is measured
 * against ("far exceeding the target of 60 million") belongs to the result's series. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';
import { statesInEnglish } from '../../../scripts/ingest/english-status';
import { englishDates, standsNowInEnglish } from '../../../scripts/ingest/english-dates';

const GOAL = 'The city aims for the digital economy to make up 30% of its GRDP by 2025.';
const metric = (ms: ReturnType<typeof englishMetrics>, text: string) => ms.find((m) => m.text === text)!;

describe('a past-tense paragraph after a goal', () => {
  it('states results, not more goals', () => {
    const ms = englishMetrics([GOAL, 'The district handled 2.4 million online records, up 18%.']);
    expect(metric(ms, '30%').status).toBe('target');
    expect(metric(ms, '2.4 million').status).toBe('actual');
    expect(metric(ms, '18%').status).toBe('actual');
  });
  it('a plan\'s passive or a forecast participle is no past result', () => {
    expect(statesInEnglish('some 3 million records to be digitised by 2026')).toBe(false);
    expect(statesInEnglish('revenue expected 45 billion')).toBe(false);
    expect(statesInEnglish('the agency digitised over 3 million records')).toBe(true);
    expect(statesInEnglish('In the past two years, revenue doubled')).toBe(true);
  });
});

describe('"Last year" and "This year" opening a clause', () => {
  it('give the page\'s year or the one before', () => {
    const [last] = englishDates('Last year, the agency digitised 3 million records.', 2024);
    expect(last).toMatchObject({ iso: '2023', precision: 'year', text: 'Last year' });
    const [now] = englishDates('In the first half, sales grew; this year, the firm aims higher.', 2025);
    expect(now).toMatchObject({ iso: '2025', text: 'this year' });
  });
  it('read as no date on an undated page, and stop a goal\'s year being handed on', () => {
    expect(englishDates('Last year, the agency digitised 3 million records.')).toEqual([]);
    expect(standsNowInEnglish('Last year, the agency digitised 3 million records.', [])).toBe(true);
    const ms = englishMetrics([GOAL, 'Last year, the district handled 2.4 million online records.']);
    expect(metric(ms, '2.4 million').period).toBeUndefined();
    const dated = englishMetrics([GOAL, 'Last year, the district handled 2.4 million online records.'], 2024);
    expect(metric(dated, '2.4 million').period?.iso).toBe('2023');
  });
  it('leave a comparison\'s "last year" alone', () => {
    expect(englishDates('Sales rose 12% compared with last year.', 2024)).toEqual([]);
  });
});

describe('"targets" as a verb', () => {
  it('makes the figures of its clause goals', () => {
    const ms = englishMetrics(['Hue targets online payments reaching 60% of transactions by 2026 and 75% by 2030.']);
    expect(ms.map((m) => [m.text, m.status, m.period?.iso])).toEqual([['60%', 'target', '2026'], ['75%', 'target', '2030']]);
  });
  it('not the noun after a determiner or a possessive', () => {
    const ms = englishMetrics(['The province met the targets last year, with 72% of payments made online.'], 2025);
    expect(metric(ms, '72%').status).toBe('actual');
    expect(metric(englishMetrics(["Hue's targets include 60% of payments online by 2026."]), '60%').status).toBe('target');
  });
});

describe('the goal a result is measured against', () => {
  it('takes the result\'s series', () => {
    const ms = englishMetrics(['About 79 million VNeID accounts had been activated, exceeding the initial target of 55 million.']);
    expect(metric(ms, '79 million')).toMatchObject({ status: 'actual', indicator: 'eid-accounts' });
    expect(metric(ms, '55 million')).toMatchObject({ status: 'target', indicator: 'eid-accounts' });
  });
});
