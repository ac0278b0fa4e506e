/**
 * Round 58 (session 39): an English goal list whose figure-less sentence describes the state aimed at in the present perfect ("some
 * fields … have reached international standards") goes on (`english-goal-frame.ts`), unless the sentence grants a fact ("Though it has
 * gained …"); a part's contribution to growth is a share, not a growth rate (`english-words.ts`); "By October 23, 2025, X was …" is a
 * cut-off its paragraph's next figures take, like "As of" (`period-point.ts`).
 */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const read = (text: string, year?: number) => englishMetrics(text.split(' // '), year);
const of = (text: string, n: string, year?: number) => {
  const m = read(text, year).find((x) => x.text === n || x.text.startsWith(n));
  if (!m) throw new Error(`no ${n} in ${text}`);
  return m;
};

describe('an English goal list goes on past a figure-less state in the present perfect', () => {
  const text = 'The committee set a goal that by 2035, the province will be among the leading localities. // Its universities are above the regional average; several faculties have reached international standards. // The share of firms using cloud services is at least 60%. // The rate of residents using online services is over 85%.';
  it.each(['60%', '85%'])('%s is a goal for 2035', (n) => {
    const m = of(text, n);
    expect(m.status).toBe('target');
    expect(m.period?.iso).toBe('2035');
  });

  it('a granted fact ends it: "Though it has gained …" reports', () => {
    const granted = 'The committee set a goal that by 2035, the province will be among the leading localities. // Though the sector has gained achievements, it faces challenges. // Over 90% of its firms are small enterprises.';
    expect(of(granted, '90%').status).toBe('actual');
  });
});

describe('a contribution to growth is a share', () => {
  it.each([
    ['The contribution of total factor productivity to economic growth is over 48%.', '48%'],
    ['The contribution of the digital economy to GDP growth was 31%.', '31%'],
  ])('%s', (text, n) => expect(of(text, n, 2024).kind).toBe('share'));

  it('growth itself stays growth', () => {
    expect(of('Economic growth was 7.1% last year.', '7.1%', 2024).kind).toBe('growth');
  });
});

describe('"By <day>, X was …" is a cut-off its paragraph takes', () => {
  it('the next figure takes the day', () => {
    const m = of('By March 15, 2025, the province had connected 100% of its communes. The rate of online dossiers reached 88.4%.', '88.4%');
    expect(m.period?.iso).toBe('2025-03-15');
  });
  it('a deadline hands nothing on', () => {
    const m = of('By June 30, 2025, the province must connect 100% of its communes. The rate of online dossiers reached 88.4%.', '88.4%');
    expect(m.period?.iso).not.toBe('2025-06-30');
  });
});
