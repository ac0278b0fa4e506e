/**
 * The timeline cut into pages that stay small: one page series per year (`/timeline/2024/`,
 * `/timeline/2024/2/`, …) with month sections, and the all-years page as an index of years with
 * counts and the latest events only.
 */
import type { Article } from '../schemas/article';
import { groupByMonth, laterPageOf, monthStarts, pagePath, paginate, TIMELINE_LATEST, TIMELINE_PAGE_SIZE, type MonthGroup, type Page } from './paginate';
import { buildTimeline, timelineYears, type TimelineEvent } from './timeline';

const memo = new WeakMap<Article[], TimelineEvent[]>();

/** `buildTimeline(articles)`, computed once per articles array (every timeline page of a build shares it). */
export function timelineOf(articles: Article[]): TimelineEvent[] {
  let events = memo.get(articles);
  if (!events) memo.set(articles, (events = buildTimeline(articles)));
  return events;
}

/** The month, in the event's own year, an event is listed under (its date's month; 0 when it has none). */
const isoOf = (e: TimelineEvent) => e.date.iso;

/** One page of a year: its events grouped by month, and on the first page of a year of several pages,
 * the month index and which later page holds each event (so `/timeline/<year>/#<id>` can be followed). */
export interface TimelineYearPage {
  year: number;
  page: Page<TimelineEvent>;
  months: MonthGroup<TimelineEvent>[];
  /** First page only, when the year has several: each month, its count and the page it starts on. */
  monthIndex?: ReturnType<typeof monthStarts<TimelineEvent>>;
  /** First page only, when the year has several: event id → page number for events on later pages. */
  laterPages?: Record<string, number>;
}

/** Every page of every year, oldest year first. Events keep the timeline's order (oldest first). */
export function timelineYearPages(events: TimelineEvent[], size = TIMELINE_PAGE_SIZE): TimelineYearPage[] {
  return timelineYears(events).flatMap((year) => {
    const pages = paginate(events.filter((e) => e.year === year), size);
    const several = pages.length > 1;
    return pages.map((page) => ({
      year,
      page,
      months: groupByMonth(page.items, isoOf),
      ...(several && page.number === 1 ? { monthIndex: monthStarts(pages, isoOf), laterPages: laterPageOf(pages, (e) => e.id) } : {}),
    }));
  });
}

/** Path (from the site root, no leading "/") of the script holding a year's `laterPages` map. */
export function laterPagesFile(year: number): string {
  return `timeline/${year}/later-pages.js`;
}

/** The script that gives public/js/anchor-pages.js a year's map of later events (id → page). */
export function laterPagesScript(map: Record<string, number>): string {
  return `window.cdsLaterPages = ${JSON.stringify(map)};\n`;
}

/** Each year with its number of events, for the all-years index. */
export function yearCounts(events: TimelineEvent[]): { year: number; count: number }[] {
  return timelineYears(events).map((year) => ({ year, count: events.filter((e) => e.year === year).length }));
}

/** The latest `n` dated reports (article events, not deadlines; `timelineYears` leaves undated ones out), newest first, for the all-years page. */
export function latestEvents(events: TimelineEvent[], n = TIMELINE_LATEST): TimelineEvent[] {
  return events.filter((e) => e.kind === 'article' && timelineYears([e]).length > 0).slice(-n).reverse();
}

/** Reports of unknown date (they have no year), in timeline order. */
export function undatedEvents(events: TimelineEvent[]): TimelineEvent[] {
  return events.filter((e) => e.year === undefined);
}

/** The pages of the reports of unknown date (/timeline/undated/, /timeline/undated/2/ …): a list
 * that grows with the archive has pages, like a year. */
export function undatedPages(events: TimelineEvent[], size = TIMELINE_PAGE_SIZE): Page<TimelineEvent>[] {
  return paginate(undatedEvents(events), size);
}

/** The path below the locale of the timeline page that holds each event ("/timeline/2024/#e-x",
 * "/timeline/2024/3/#e-x", "/timeline/undated/#e-y"), by event id: for links to an event from
 * other pages (an article's breadcrumb), so that the link works without JavaScript. */
export function eventPaths(events: TimelineEvent[], size = TIMELINE_PAGE_SIZE): Map<string, string> {
  const paths = new Map<string, string>();
  const seen = new Map<number | undefined, number>();
  for (const e of events) {
    const index = seen.get(e.year) ?? 0;
    seen.set(e.year, index + 1);
    const base = e.year === undefined ? '/timeline/undated/' : `/timeline/${e.year}/`;
    paths.set(e.id, `${pagePath(base, Math.floor(index / size) + 1)}#${e.id}`);
  }
  return paths;
}

/** eventPaths for one event; undefined when no page lists it. */
export function eventPath(events: TimelineEvent[], id: string, size = TIMELINE_PAGE_SIZE): string | undefined {
  return eventPaths(events, size).get(id);
}
