/**
 * Which pages dominate the Astro stage: Astro's info log prints every generated route with its
 * time ("  ├─ /articles/x/index.html (+15ms)"); `astro build` logs at info level, so the bench can
 * add those times up per page kind.
 */
import { pageKindOf } from './pages';

/** Each route and its milliseconds, from Astro's build log (colour codes allowed). */
export function parseRouteTimes(log: string): [string, number][] {
  const out: [string, number][] = [];
  for (const m of log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)\s*(ms|s)\)/g)) {
    out.push([m[1]!, Number(m[2]) * (m[3] === 's' ? 1000 : 1)]);
  }
  return out;
}

/** The group a route belongs to: its page kind ("/en/articles/x/index.html" → "article"), "data
 * files" for other files below /data/, else "other pages" or "other files". */
export function routeGroup(route: string): string {
  const file = route.replace(/^\/+/, '').replace(/(^|\/)$/, '$1index.html');
  const kind = pageKindOf(file);
  if (kind && file.endsWith('.html')) return kind;
  if (file.startsWith('data/')) return 'data files';
  return file.endsWith('.html') ? 'other pages' : 'other files';
}

/** Time per group of routes. */
export interface RouteGroupTime { group: string; routes: number; ms: number; slowest: string; slowestMs: number }

/** Routes added up per group, slowest group first. */
export function routeTimesByGroup(routes: [string, number][]): RouteGroupTime[] {
  const groups = new Map<string, RouteGroupTime>();
  for (const [route, ms] of routes) {
    const name = routeGroup(route);
    const g = groups.get(name) ?? { group: name, routes: 0, ms: 0, slowest: route, slowestMs: -1 };
    g.routes++;
    g.ms += ms;
    if (ms > g.slowestMs) [g.slowest, g.slowestMs] = [route, ms];
    groups.set(name, g);
  }
  return [...groups.values()].sort((a, b) => b.ms - a.ms);
}
