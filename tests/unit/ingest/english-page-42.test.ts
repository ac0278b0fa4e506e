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
import { englishDatelineDate } from '../../../scripts/ingest/english-dateline';
import { sentenceNumbers } from '../../../scripts/ingest/english-numbers';

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

describe('set BX lessons (round 42e)', () => {
  it('a dateline whose zone is in brackets', () => {
    expect(englishDatelineDate(['March 4, 2025, 09:12 [GMT+7]'])?.iso).toBe('2025-03-04');
    expect(englishDatelineDate(['March 4, 2025, 09:12 (GMT+7)'])?.iso).toBe('2025-03-04');
  });
  it('"an estimate of" makes an estimate', () => {
    expect(metric(englishMetrics(['The sector earned an estimate of VND12,400 billion in revenue in 2024.']), '12,400 billion').status).toBe('estimate');
  });
  it('a goal\'s year before its noun dates no figure, and is the goal\'s period', () => {
    const ms = englishMetrics(['Online payments in 2023 reached 70% of all payments.', 'That is 93% of the 2026 target, the bank said.', 'Some 74% of adults use a banking app, already above the 2026 target of 65%.']);
    expect(metric(ms, '93%').period?.iso).toBe('2023');
    expect(metric(ms, '74%').period?.iso).toBe('2023');
    expect(metric(ms, '65%')).toMatchObject({ status: 'target', period: { iso: '2026' } });
  });
  it('the goal a share beats takes the share\'s series', () => {
    const ms = englishMetrics(['Some 74% of adults have a bank account, already higher than the 2026 target of 65%.']);
    expect(metric(ms, '74%').indicator).toBe(metric(ms, '65%').indicator);
    expect(metric(ms, '65%').indicator).toBeDefined();
  });
  it('a quoted title\'s years date nothing', () => {
    const ms = englishMetrics(['The ministry reviewed the programme ‘Smart Hamlets for the 2022–2026 Stage and Vision 2035’ last month. Some 460 villages joined it.']);
    expect(metric(ms, '460').period).toBeUndefined();
  });
  it('objectives, and a second objective joined after a comma and "and"', () => {
    const ms = englishMetrics(['One of the plan\'s objectives is for over 40% of farms to sell on e-commerce platforms by 2026, and more than 65% by 2030.']);
    expect(ms.map((m) => [m.text, m.status, m.period?.iso])).toEqual([['40%', 'target', '2026'], ['65%', 'target', '2030']]);
  });
  it('a plan\'s set of goals and the whole after a part are no figures', () => {
    const ms = englishMetrics(['The city adopted a resolution to achieve 12 smart city goals by 2027.', 'By June, 5 of the 12 goals had been met.']);
    expect(ms.map((m) => m.text)).toEqual(['5']);
  });
  it('"between X and Y" is one range, and a goal named as the subject sets it', () => {
    const ms = englishMetrics(['The province aims for its digital economy to reach 25% of GRDP by 2027. The target for annual revenue growth is set between 9% and 10%.']);
    const range = metric(ms, '9% and 10%');
    expect(range).toMatchObject({ value: 9, valueMax: 10, unit: 'percent', status: 'target', period: { iso: '2027' } });
  });
});

describe('a province\'s GRDP in English (round 42g)', () => {
  it('"gross regional domestic product" and "the city\'s" mark a province\'s figure, not the nation\'s GDP', () => {
    const [m] = englishMetrics(['In 2023, the city\'s digital economy made up 19.4% of its gross regional domestic product (GRDP).']);
    expect(m!.indicator).toBe('digital-economy-grdp-share');
    const [n] = englishMetrics(['In 2023, the digital economy accounted for 16.5% of the gross domestic product.']);
    expect(n!.indicator).toBe('digital-economy-gdp-share');
  });
});

describe('ranks written in other ways (round 42h)', () => {
  it('"up N" / "down N" after a position is its move', () => {
    const ms = sentenceNumbers('Quang Tri ranked 27th out of 63 provinces in the DTI, down 4 from a year earlier.', true);
    expect(ms.map((m) => [m.text, m.unit, m.kind, m.value])).toEqual([['27th', 'rank', 'rank', 27], ['4', 'rank', 'rank-change', -4]]);
    expect(sentenceNumbers('Sales rose sharply, up 4 in May.', true)[0]).toMatchObject({ unit: 'count' });
  });
  it('"one of (the) Top N" and "in the top N" are places in a top', () => {
    expect(sentenceNumbers('The province wants to be one of the Top 10 localities in e-government.', true)[0]).toMatchObject({ value: 10, unit: 'rank' });
    expect(sentenceNumbers('Top 10 localities: Hanoi, Hue, Da Nang.', true)).toEqual([]);
  });
  it('Vietnamese: a "top N" after a rank and "và" is a place in a top', () => {
    expect(sentenceNumbers('Tỷ lệ này đứng thứ ba khu vực và top 12 thế giới.', false).map((m) => [m.text, m.unit])).toEqual([['thứ ba', 'rank'], ['12', 'rank']]);
  });
});

describe('set CA lessons (round 42m)', () => {
  it('a hyphenated span, a temperature, a picture\'s file name and the whole "out of the" names are no figures', () => {
    expect(sentenceNumbers('Growth was slow over the next 10-year period.', true)).toEqual([]);
    expect(sentenceNumbers('Da Nang 29 °C / 24 - 31 °C', true)).toEqual([]);
    expect(sentenceNumbers('Photo: cong-dan (2).jpg', true)).toEqual([]);
    expect(sentenceNumbers('Out of the 40 craft villages, 31 sell online.', true).map((m) => m.text)).toEqual(['31']);
    expect(sentenceNumbers('Out of 40 craft villages, 31 sell online.', true).map((m) => m.text)).toEqual(['40', '31']);
    expect(sentenceNumbers('Huế 28 °C / 23 - 30 °C; ảnh chụp (3).jpg; tỷ lệ đạt 61%', false).map((m) => m.text)).toEqual(['61%']);
  });
  it('"the target of having at least …" and "is set to have" make goals', () => {
    expect(metric(englishMetrics(['Reaching the target of having at least 60 percent of dossiers filed online will be hard.']), '60 percent').status).toBe('target');
    expect(metric(englishMetrics(['The province is set to have 500 more digital villages by 2026.']), '500').status).toBe('target');
  });
});
