import { describe, expect, it } from 'vitest';
import { parseRouteTimes, routeGroup, routeTimesByGroup } from '../../../scripts/bench/route-times';

const LOG = [
  ' generating static routes ',
  '13:45:58   ├─ /404.html (+17ms) ',
  '13:45:58   ├─ /data/indicators/egdi-rank.csv (+6ms) ',
  '13:45:58 \x1b[32m▶\x1b[39m src/pages/[...lang]/articles/[slug].astro',
  '13:45:58   ├─ /articles/a/index.html (+40ms) ',
  '13:45:58   └─ /en/articles/b/index.html (+1.2s) ',
  '13:45:58   ├─ /timeline/index.html (+300ms) ',
  '13:45:59 ✓ Completed in 1.89s.',
].join('\n');

describe('parseRouteTimes', () => {
  it('parseRouteTimes reads every route with its time in ms', () => {
    expect(parseRouteTimes(LOG)).toEqual([
      ['/404.html', 17], ['/data/indicators/egdi-rank.csv', 6], ['/articles/a/index.html', 40], ['/en/articles/b/index.html', 1200], ['/timeline/index.html', 300],
    ]);
  });
});

describe('routeGroup', () => {
  it.each([
    ['/articles/a/index.html', 'article'], ['/en/timeline/2024/index.html', 'timeline'], ['/index.html', 'home'], ['/en/', 'home'],
    ['/data/index.html', 'data'], ['/data/metrics.csv', 'data files'], ['/404.html', 'other pages'], ['/rss.xml', 'other files'],
  ])('routeGroup(%s) is %s', (route, group) => {
    expect(routeGroup(route)).toBe(group);
  });
});

describe('routeTimesByGroup', () => {
  it('routeTimesByGroup adds times per group, slowest group first, with its slowest route', () => {
    const out = routeTimesByGroup(parseRouteTimes(LOG));
    expect(out[0]).toEqual({ group: 'article', routes: 2, ms: 1240, slowest: '/en/articles/b/index.html', slowestMs: 1200 });
    expect(out.map((g) => g.group)).toEqual(['article', 'timeline', 'other pages', 'data files']);
  });
});
