/**
 * Pages that stay small at any archive size: lists are cut into numbered pages of a fixed size, the
 * first page at the list's own URL (`/timeline/2024/`), later ones below it (`/timeline/2024/2/`).
 * The full data always stays in the dataset (CSV/JSON).
 */

/** Events per page of a timeline year (each event card is ~200 B gzipped). */
export const TIMELINE_PAGE_SIZE = 80;
/** Latest events shown on the all-years timeline page, which otherwise lists years only. */
export const TIMELINE_LATEST = 12;
/** Rows per page of an indicator's table (~30 B gzipped a row); older rows are on "more" pages. */
export const TABLE_PAGE_SIZE = 250;
/** Reports per page of a topic's list (title, date, link: ~25 B gzipped each); older ones on "more" pages. */
export const REPORTS_PAGE_SIZE = 250;
/** Newest numbers on a topic's first page; all of them are on its indicators' pages and in its CSV. */
export const TOPIC_NUMBERS = 50;
/** Newest reports in the data page's table of sources; articles.json lists every one. */
export const DATA_REPORTS = 50;

/** One page of a list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages of the list (at least 1). */
  total: number;
  items: T[];
}

/** `items` cut into pages of `size` (the last may be shorter); one empty page for an empty list. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * size, (i + 1) * size) }));
}

/** The URL path of page `n` of a list whose first page is at `base` (ending in "/"): `base` or `base` + "n/". */
export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** The page numbers a pager shows around page `current` of `total`: the first, the last, and
 * `around` on each side of the current one; `null` marks a gap ("…"). */
export function pagerNumbers(current: number, total: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= around) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/** Items of one month of one year, in the list's order. `month` is 1–12, or 0 when the date has no month. */
export interface MonthGroup<T> { year: number; month: number; items: T[] }

/** The year and month (0 when unknown) of an ISO date of any precision ("2024", "2024-03", "2024-03-05"). */
export function yearMonthOf(iso: string): { year: number; month: number } {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
  return { year: m ? Number(m[1]) : 0, month: m?.[2] ? Number(m[2]) : 0 };
}

/** Consecutive runs of items of the same year and month (by `isoOf`), in the order given. */
export function groupByMonth<T>(items: readonly T[], isoOf: (item: T) => string): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const { year, month } = yearMonthOf(isoOf(item));
    const last = groups.at(-1);
    if (last && last.year === year && last.month === month) last.items.push(item);
    else groups.push({ year, month, items: [item] });
  }
  return groups;
}

/** Which page holds each item (by `idOf`), for items beyond the first page: id → page number. */
export function laterPageOf<T>(pages: readonly Page<T>[], idOf: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of pages) if (p.number > 1) for (const item of p.items) out[idOf(item)] = p.number;
  return out;
}

/** The months of a paginated list and the page where each one starts, for a month index. */
export function monthStarts<T>(pages: readonly Page<T>[], isoOf: (item: T) => string): { year: number; month: number; page: number; count: number }[] {
  const out: { year: number; month: number; page: number; count: number }[] = [];
  for (const p of pages) {
    for (const g of groupByMonth(p.items, isoOf)) {
      const last = out.at(-1);
      if (last && last.year === g.year && last.month === g.month) last.count += g.items.length;
      else out.push({ year: g.year, month: g.month, page: p.number, count: g.items.length });
    }
  }
  return out;
}

/** Page `n` (1-based) of `items` newest first, where `items` are oldest first; an empty page past the end. */
export function newestFirstPage<T>(items: readonly T[], n: number, size = TABLE_PAGE_SIZE): Page<T> {
  const pages = paginate([...items].reverse(), size);
  return pages[n - 1] ?? { number: n, total: pages.length, items: [] };
}

/** How many pages lists of these lengths need together (at least 1): the longest decides. */
export function pageCount(lengths: number[], size = TABLE_PAGE_SIZE): number {
  return Math.max(1, ...lengths.map((l) => Math.ceil(l / size)));
}
