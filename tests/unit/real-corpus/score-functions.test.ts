/** The dev-corpus scorer's pure parts: locating gold numbers, matching metrics to claims, the figures. */
import { describe, expect, it } from 'vitest';
import { digitRuns, locate, notMetricSpans, overlaps, parseGold, type GoldArticle, type GoldClaim } from '../../support/real-corpus/gold';
import { figuresOf, percent, sameClaimValue, sameDate, samePeriod, sameValue, scoreArticle, type PredictedMetric } from '../../support/real-corpus/score';
import { articleRows, missRows, totalRows } from '../../support/real-corpus/table';

const text = 'Năm 2024, tỷ lệ đạt 45,8% (cuối năm 2023 là 17%); mục tiêu 50%. 1. Doanh thu giảm 4%.';
const y = (iso: string) => ({ iso, precision: 'year' as const });
const claim = (over: Partial<GoldClaim> & Pick<GoldClaim, 'text' | 'quote' | 'value'>): GoldClaim => ({
  unit: 'percent', status: 'actual', period: y('2024'), indicator: 'none', ...over,
});
const gold: GoldArticle = {
  file: '01-test.txt',
  date: 'unknown',
  headline: false,
  language: 'vi',
  claims: [
    claim({ text: '45,8%', quote: 'đạt 45,8%', value: 45.8, indicator: 'online-dossier-share' }),
    claim({ text: '17%', quote: 'là 17%', value: 17, status: 'baseline', period: y('2023') }),
    claim({ text: '50%', quote: 'mục tiêu 50%', value: 50, status: 'target' }),
    claim({ text: '4%', quote: 'giảm 4%', value: -4 }),
  ],
  not_metric: [{ text: '1', quote: '1. Doanh', reason: 'list marker' }, { text: '2024', all: true, reason: 'year' }],
};
const at = (t: string, from = 0) => text.indexOf(t, from);
const metric = (t: string, over: Partial<PredictedMetric> = {}): PredictedMetric => ({
  text: t, offset: at(t), value: Number(t.replace(',', '.').replace('%', '')), unit: 'percent', status: 'actual', period: { iso: '2024', precision: 'year' }, ...over,
});

describe('locate', () => {
  it('finds the number inside its quote', () => {
    expect(locate(text, { text: '17%', quote: 'là 17%' })).toEqual({ start: at('17%'), end: at('17%') + 3 });
  });

  it('rejects a quote that is missing, repeated, or without the number', () => {
    expect(() => locate(text, { text: '9%', quote: 'là 9%' })).toThrow(/not in the article/u);
    expect(() => locate(text, { text: '%', quote: '%' })).toThrow(/more than once/u);
    expect(() => locate(text, { text: '18%', quote: 'là 17%' })).toThrow(/not in its quote/u);
  });
});

describe('notMetricSpans and digitRuns', () => {
  it('covers every whole occurrence with all: true, and no part of a longer number', () => {
    expect(notMetricSpans('2024 và 20245 và 2024', { text: '2024', all: true, reason: 'year' })).toEqual([{ start: 0, end: 4 }, { start: 17, end: 21 }]);
  });

  it('lists each run of digits', () => {
    expect(digitRuns('a 12,5% b 3')).toEqual([{ start: 2, end: 4 }, { start: 5, end: 6 }, { start: 10, end: 11 }]);
  });

  it('tells overlapping spans from touching ones', () => {
    expect(overlaps({ start: 0, end: 3 }, { start: 2, end: 5 })).toBe(true);
    expect(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
  });
});

describe('comparisons', () => {
  it('compares values, periods and dates', () => {
    expect(sameValue(2.7e15, 2.7e15 + 1)).toBe(true);
    expect(sameValue(-4, 4)).toBe(false);
    expect(samePeriod('none', undefined)).toBe(true);
    expect(samePeriod(y('2024'), { iso: '2024', precision: 'half' })).toBe(false);
    expect(sameDate('unknown', undefined)).toBe(true);
    expect(sameDate('unknown', { iso: '', precision: 'unknown' })).toBe(true);
    expect(sameDate('unknown', { iso: '2024', precision: 'year' })).toBe(false);
    expect(sameDate({ iso: '2024-09-19', precision: 'day' }, { iso: '2024-09-19', precision: 'day' })).toBe(true);
  });

  it("matches a fall's range by the first bound the gold writes ('giảm 30-50%' → -30), a rise's by its lower end only", () => {
    expect(sameClaimValue({ value: -50, valueMax: -30, direction: 'down' }, -30)).toBe(true);
    expect(sameClaimValue({ value: -50, valueMax: -30, direction: 'down' }, -50)).toBe(true);
    expect(sameClaimValue({ value: 30, valueMax: 50, direction: 'up' }, 50)).toBe(false);
    expect(sameClaimValue({ value: 30, valueMax: 50 }, 50)).toBe(false);
    expect(sameClaimValue({ value: -50, direction: 'down' }, -30)).toBe(false);
  });
});

describe('scoreArticle and figuresOf', () => {
  const predicted: PredictedMetric[] = [
    metric('45,8%', { indicator: 'online-dossier-share' }),
    metric('17%', { period: { iso: '2023', precision: 'year' } }),
    metric('50%', { status: 'target' }),
    metric('4%', { value: 4 }),
    { ...metric('1'), text: '1', offset: at('1. Doanh'), value: 1, unit: 'count' },
    { ...metric('2024'), text: '2024', offset: at('2024'), value: 2024, unit: 'count' },
  ];
  const s = scoreArticle(gold, text, { metrics: predicted, date: { iso: '2024', precision: 'year' }, titleSource: 'inferred' });
  const f = figuresOf([s]);

  it('matches metrics to claims by position and checks each field', () => {
    expect(s.claims.map((c) => [c.claim.text, c.found, c.statusRight, c.periodRight])).toEqual([
      ['45,8%', true, true, true], ['17%', true, false, true], ['50%', true, true, true], ['4%', false, true, true],
    ]);
    expect(s.notClaimRows.map((m) => m.text)).toEqual(['2024', '1']);
    expect(s.unlistedRows).toEqual([]);
    expect(s.dateRight).toBe(false);
  });

  it('sums the figures', () => {
    expect(f.recall).toEqual({ hit: 3, total: 4 });
    expect(f.precision).toEqual({ hit: 4, total: 6 });
    expect(f.status).toEqual({ hit: 3, total: 4 });
    expect(f.indicator).toEqual({ hit: 1, total: 1 });
    expect(f.indicatorPrecision).toEqual({ hit: 1, total: 1 });
    expect(f.targets).toEqual({ hit: 1, total: 1 });
    expect(f.datesUnknown).toEqual({ hit: 0, total: 1 });
    expect(f.datesHeadless).toEqual({ hit: 0, total: 1 });
    expect(f.headlines).toEqual({ hit: 1, total: 1 });
    expect(figuresOf([{ ...s, headlineRight: false }]).headlines).toEqual({ hit: 0, total: 1 });
    expect(percent(f.recall)).toBe(75);
    expect(percent({ hit: 0, total: 0 })).toBe(100);
  });

  it('counts as charted only rows with a series that pass the review gate, right only when every charted field is', () => {
    expect(f.charted).toEqual({ hit: 1, total: 1 });
    const labelled = [
      metric('45,8%', { indicator: 'online-dossier-share', confidence: 'low' }), // held back by the gate
      metric('17%', { indicator: 'online-dossier-share' }), // charted, wrong status and series
      metric('50%', { status: 'target', indicator: 'online-dossier-share', confidence: 'low', review: 'confirmed' }), // confirmed: charted
      { ...metric('1'), text: '1', offset: at('1. Doanh'), value: 1, unit: 'count', indicator: 'online-dossier-share' }, // a false row charted
    ];
    const g = figuresOf([scoreArticle(gold, text, { metrics: labelled })]);
    expect(g.charted).toEqual({ hit: 0, total: 3 });
  });

  it('counts a row the gold does not list as unlisted, and a build error as a wrong date', () => {
    const extra = scoreArticle(gold, text, { metrics: [{ ...metric('Doanh'), text: 'Doanh', value: 0, unit: 'count' }], error: 'boom' });
    expect(extra.unlistedRows).toHaveLength(1);
    expect(extra.dateRight).toBe(false);
    expect(figuresOf([extra]).recall.hit).toBe(0);
  });

  it('prints a row per article, the totals with their targets, and the misses', () => {
    expect(articleRows([s])).toHaveLength(2);
    expect(totalRows([s]).join('\n')).toMatch(/recall.*75%\s+3\/4\s+floor\s+\d+%\s+target\s+97%/u);
    expect(totalRows([s]).join('\n')).toMatch(/period.*100%.*\(ratchet: raise floor to 100\)/u);
    expect(missRows([s]).join('\n')).toMatch(/"17%" \[status\]/u);
    expect(missRows([s]).join('\n')).toMatch(/"4%" \[value\/unit\]/u);
  });
});

describe('parseGold', () => {
  it('names the file and the field of an invalid gold', () => {
    expect(() => parseGold('g.yaml', 'file: 01-a.txt\ndate: unknown\nclaims:\n  - { text: "1", quote: "1", value: 1, unit: km, status: actual, period: none, indicator: none }\n'))
      .toThrow(/g\.yaml: claims\.0\.unit/u);
    expect(() => parseGold('g.yaml', 'file: 01-a.txt\ndate: unknown\nclaims: []\nnot_metric:\n  - { text: "1", reason: x }\n')).toThrow(/quote or all/u);
  });
});
