import { describe, expect, it } from 'vitest';
import { resolveStory } from '../../../src/lib/stories';
import { chartData, checkChart, describeChart } from '../../../src/lib/stories-charts';
import { articles, indicators, story } from './stories-fixtures';

const r = resolveStory(story(), articles, indicators);
const chart = (kind: 'bars' | 'progress' | 'ranks' | 'years', rows: string[], highlight: string[] = []) => ({ kind, title: { vi: 'T', en: 'T' }, rows, highlight });

describe('checkChart', () => {
  it('checkChart(ranks) accepts ranks only', () => {
    expect(() => checkChart(chart('ranks', ['vn', 'sg']), r.refs, 'w')).not.toThrow();
    expect(() => checkChart(chart('ranks', ['vn', 'cards']), r.refs, 'w')).toThrow('w: chart of kind ranks draws only ranks, not count');
  });
  it('checkChart(bars) refuses ranks and mixed units', () => {
    expect(() => checkChart(chart('bars', ['vn']), r.refs, 'w')).toThrow(/cannot draw ranks/);
    expect(() => checkChart(chart('years', ['vn', 'eid']), r.refs, 'w')).toThrow(/mixes units \(rank, count\)/);
  });
  it('checkChart(progress) needs parts of a whole or percentages', () => {
    expect(() => checkChart(chart('progress', ['cards']), r.refs, 'w')).toThrow(/needs parts of a whole or percentages; "cards" is count/);
  });
  it('checkChart(bars|years) refuses parts of different wholes on one axis (progress draws each on its own track)', () => {
    const part = (name: string, total?: number) => { const ref = r.refs.get(name)!; return [name, { ...ref, metric: { ...ref.metric, ...(total !== undefined ? { total } : {}) } }] as const; };
    const refs = new Map([...r.refs, part('cards', 21), part('eid', 63)]);
    for (const kind of ['bars', 'years'] as const) expect(() => checkChart(chart(kind, ['cards', 'eid']), refs, 'w')).toThrow(/parts of different wholes \(21, 63\)/);
    expect(() => checkChart(chart('bars', ['cards', 'eid']), new Map([...r.refs, part('cards', 63), part('eid', 63)]), 'w')).not.toThrow();
    expect(() => checkChart(chart('bars', ['cards', 'eid']), new Map([...r.refs, part('cards', 63)]), 'w')).toThrow(/wholes \(63, —\)/);
    expect(() => checkChart(chart('bars', ['cards', 'eid']), r.refs, 'w')).not.toThrow();
  });
  it('checkChart(chart) refuses an undeclared row', () => {
    expect(() => checkChart(chart('bars', ['cards'], ['nope']), r.refs, 'w')).toThrow('w: chart names reference "nope", which the story does not declare under refs');
  });
});

describe('chartData', () => {
  it('chartData(chart, refs, lang) labels, dates and formats each row, dimming the others', () => {
    const [cards, eid] = chartData(chart('bars', ['cards', 'eid'], ['eid']), r.refs, 'en');
    expect(cards).toMatchObject({ key: 'cards', label: 'Indicator cards', period: 'December 2023', year: 2023, text: 'over 84.7 million', highlight: false, status: 'actual' });
    expect(eid).toMatchObject({ key: 'eid', period: 'reported 14 July 2023', year: 2023, text: '45.4 million', highlight: true });
  });
});

describe('describeChart', () => {
  it('describeChart(data, lang) reads each row with its period and value', () => {
    expect(describeChart(chartData(chart('ranks', ['vn', 'sg']), r.refs, 'vi'), 'vi')).toBe('Việt Nam, 2022: hạng 55; Singapore, 2022: hạng 2.');
  });
});
