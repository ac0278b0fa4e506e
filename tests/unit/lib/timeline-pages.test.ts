import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline';
import { eventPath, eventPaths, laterPagesFile, laterPagesScript, latestEvents, timelineOf, timelineYearPages, undatedEvents, undatedPages, yearCounts } from '../../../src/lib/timeline-pages';
import { article, metric } from './fixtures';

const day = (iso: string) => ({ iso, precision: 'day' as const, source: 'text' as const, evidence: '' });
const articles = [
  ...Array.from({ length: 5 }, (_, i) => article({ slug: `a${i}`, date: day(`2024-0${i + 1}-10`) })),
  article({ slug: 'old', date: day('2023-06-01'), metrics: [metric({ status: 'target', period: { iso: '2024', precision: 'year' } })] }),
];
const events = buildTimeline(articles);

describe('timelineYearPages', () => {
  const pages = timelineYearPages(events, 2);
  it('timelineYearPages(events, size) pages each year separately, every event exactly once', () => {
    expect(pages.map((p) => [p.year, p.page.number, p.page.total])).toEqual([[2023, 1, 1], [2024, 1, 3], [2024, 2, 3], [2024, 3, 3]]);
    expect(pages.flatMap((p) => p.page.items.map((e) => e.id)).sort()).toEqual(events.map((e) => e.id).sort());
  });
  it('timelineYearPages gives a long year\'s first page the month index and the page of every later event', () => {
    const first = pages[1]!;
    expect(first.page.items.map((e) => e.kind)).toEqual(['deadline', 'article']);
    expect(first.laterPages).toEqual({ 'e-a1': 2, 'e-a2': 2, 'e-a3': 3, 'e-a4': 3 });
    expect(first.monthIndex!.map((m) => [m.month, m.page])).toEqual([[0, 1], [1, 1], [2, 2], [3, 2], [4, 3], [5, 3]]);
    expect(pages[0]!.laterPages).toBeUndefined();
    expect(pages[2]!.monthIndex).toBeUndefined();
  });
  it('timelineYearPages groups a page by month, a deadline without a month first', () => {
    const p = timelineYearPages(events, 10).find((x) => x.year === 2024)!;
    expect(p.months.map((g) => g.month)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(p.months[0]!.items[0]!.kind).toBe('deadline');
  });
});

describe('yearCounts, latestEvents and timelineOf', () => {
  it('yearCounts(events) counts every event of each year', () => {
    expect(yearCounts(events)).toEqual([{ year: 2023, count: 1 }, { year: 2024, count: 6 }]);
  });
  it('latestEvents(events, n) gives the n newest reports, newest first, no deadlines', () => {
    expect(latestEvents(events, 3).map((e) => e.id)).toEqual(['e-a4', 'e-a3', 'e-a2']);
  });
  it('timelineOf(articles) builds once per articles array', () => {
    expect(timelineOf(articles)).toBe(timelineOf(articles));
    expect(timelineOf(articles)).toEqual(events);
  });
});

describe('eventPath', () => {
  it('eventPath(events, id, size) names the year page that holds the event, the same page as timelineYearPages', () => {
    expect(eventPath(events, 'e-old', 2)).toBe('/timeline/2023/#e-old');
    expect(eventPath(events, 'e-a0', 2)).toBe('/timeline/2024/#e-a0');
    expect(eventPath(events, 'e-a4', 2)).toBe('/timeline/2024/3/#e-a4');
    for (const p of timelineYearPages(events, 2)) for (const e of p.page.items) expect(eventPath(events, e.id, 2)).toMatch(new RegExp(`/${p.year}/${p.page.number > 1 ? `${p.page.number}/` : ''}#${e.id}$`));
    expect(eventPath(events, 'e-none', 2)).toBeUndefined();
  });
});

describe('reports of unknown date', () => {
  const unknown = { iso: '', precision: 'unknown' as const, source: 'text' as const, evidence: '' };
  const withUndated = buildTimeline([...articles, ...Array.from({ length: 5 }, (_, i) => article({ slug: `u${i}`, date: unknown }))]);
  it('undatedPages(events, size) pages them like a year, in timeline order, every one once', () => {
    expect(undatedEvents(withUndated).map((e) => e.id)).toEqual(['e-u0', 'e-u1', 'e-u2', 'e-u3', 'e-u4']);
    expect(undatedPages(withUndated, 2).map((p) => [p.number, p.total, p.items.map((e) => e.id)])).toEqual([[1, 3, ['e-u0', 'e-u1']], [2, 3, ['e-u2', 'e-u3']], [3, 3, ['e-u4']]]);
    expect(undatedPages(events, 2)).toEqual([{ number: 1, total: 1, items: [] }]);
  });
  it('eventPaths(events, size) sends an undated report to the undated page that lists it, a dated one to its year page', () => {
    const paths = eventPaths(withUndated, 2);
    expect(paths.get('e-u0')).toBe('/timeline/undated/#e-u0');
    expect(paths.get('e-u4')).toBe('/timeline/undated/3/#e-u4');
    expect(paths.get('e-a4')).toBe('/timeline/2024/3/#e-a4');
    expect(paths.size).toBe(withUndated.length);
  });
});

describe('the later-pages script of a long year', () => {
  it('laterPagesScript() sets window.cdsLaterPages to the map, whatever the ids hold; laterPagesFile() names it by year', async () => {
    const { runInNewContext } = await import('node:vm');
    const map = { 'e-a': 2, 'e-"quoted"</script>': 3, 'e-\u2028x': 4 };
    const window: { cdsLaterPages?: unknown } = {};
    runInNewContext(laterPagesScript(map), { window });
    expect(window.cdsLaterPages).toEqual(map);
    expect(laterPagesFile(2030)).toBe('timeline/2030/later-pages.js');
  });
});
