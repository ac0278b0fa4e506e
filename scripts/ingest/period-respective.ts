/**
 * "lần lượt" ("respectively"): the figures listed after it take, one each, the years of a range or the
 * months of a list named before it ("các năm từ 2020 - 2024 lần lượt là …", "hai tháng 3 và 4 … đạt lần
 * lượt …"), and the goal word that governs the list's opening (`inTurnListStart`, metric-status.ts).
 * Pure; `periods.ts` re-exports it.
 */
import type { Period } from '../../src/schemas/metric';
import type { Span } from './items';

/** "lần lượt" ("respectively"), as a phrase of its own. */
const IN_TURN = /(?<![\p{L}\p{M}])lần lượt(?![\p{L}\p{M}])/gu;
/** Words that end a list given in turn before a figure: a new clause that reports something done or turns away. */
const LIST_BREAK = /[;:.!?]|(?<![\p{L}\p{M}])(?:đã|trong khi|nhưng|tuy nhiên|còn)(?![\p{L}\p{M}])/u;

/** Where the sentence's first "lần lượt" stands, or -1. */
function inTurnAt(sentence: string): number {
  return sentence.toLowerCase().search(IN_TURN);
}

/**
 * Where the list given in turn that the figure at `at` belongs to opens (the index of its "lần lượt"), or -1 when
 * the figure stands in no such list of its sentence (no "lần lượt" before it in its clause, or a break between):
 * "với mục tiêu đạt tỷ lệ … lần lượt là 10% vào tháng 5, 15% vào tháng 9" — each item stands where the first does.
 */
export function inTurnListStart(sentence: string, at: number): number {
  const lower = sentence.toLowerCase();
  const m = [...lower.slice(0, at).matchAll(IN_TURN)].at(-1);
  if (!m) return -1;
  return LIST_BREAK.test(lower.slice(m.index + m[0].length, at)) ? -1 : m.index;
}

/**
 * "các năm từ 2020 - 2024 lần lượt là 12,66%, 12,87%, 12,83%, 12,87% và 13,17%": when the numbers
 * after "lần lượt" share a multi-year period and there are as many of them as years, the k-th number
 * gets the k-th year. Returns the year periods in order, or undefined when the rule does not apply.
 */
export function respectiveYears(sentence: string, numbers: Span[], period: Period | undefined): Period[] | undefined {
  if (!period?.isoEnd || period.precision !== 'year') return undefined;
  const from = Number(period.iso.slice(0, 4));
  const years = Number(period.isoEnd.slice(0, 4)) - from + 1;
  const at = inTurnAt(sentence);
  if (at < 0 || years < 2 || numbers.filter((n) => n.start > at).length !== years) return undefined;
  return Array.from({ length: years }, (_, k) => ({ iso: String(from + k), precision: 'year', ...(period.text ? { text: period.text } : {}) }));
}

/** Months listed together: "tháng 3 và 4", "các tháng 7, 8 và 9" (the first written as a month, the rest as numbers). */
const LISTED_MONTHS = /(?<![\p{L}\p{M}])tháng\s+(\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|và)\s*\d{1,2})(?![\d/.,-])/u;

/**
 * "Doanh thu trong hai tháng 3 và 4 … đạt lần lượt 247 tỷ đồng và 243 tỷ đồng": as many listed months
 * before "lần lượt" (`before`) as numbers after it (`count`) give the k-th number the k-th month, of the
 * year of the first number's month (`period`). undefined when the rule does not apply.
 */
export function respectiveMonths(before: string, count: number, period: Period | undefined): Period[] | undefined {
  const m = LISTED_MONTHS.exec(before.toLowerCase());
  if (!m || period?.precision !== 'month') return undefined;
  const months = m[1]!.split(/\s*(?:,|và)\s*/u).map(Number);
  if (months.length !== count || months.some((x, k) => x < 1 || x > 12 || (k > 0 && x <= months[k - 1]!))) return undefined;
  return months.map((x) => ({ iso: `${period.iso.slice(0, 4)}-${String(x).padStart(2, '0')}`, precision: 'month' as const, ...(period.text ? { text: period.text } : {}) }));
}

/** Years listed together: "các năm 2022 và 2021", "năm 2021, 2022 và 2023" (in any order). */
const LISTED_YEARS = /(?<![\p{L}\p{M}])năm\s+((?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*(?:,|và)\s*(?:19|20)\d\d)(?![\d/.-])/u;

/**
 * "vào các năm 2022 và 2021, số vụ … lần lượt là gần 42 triệu và 63,5 triệu vụ": as many listed years before "lần lượt"
 * (`before`) as numbers after it (`count`) give the k-th number the k-th year; not years compared with. undefined when the rule does not apply.
 */
export function respectiveListedYears(before: string, count: number): Period[] | undefined {
  const lower = before.toLowerCase();
  const m = LISTED_YEARS.exec(lower);
  if (!m || /(?<![\p{L}\p{M}])(?:so với|cùng kỳ)[^,;]{0,30}$/u.test(lower.slice(0, m.index))) return undefined; // "so với cùng kỳ năm 2019 và 2020": the years compared with
  const years = m[1]!.split(/\s*(?:,|và)\s*/u);
  return years.length === count ? years.map((y) => ({ iso: y, precision: 'year' as const, text: `năm ${y}` })) : undefined;
}

/** "lần lượt" over a range of years: each listed number (`drafts[k]` is `numbers[k]`'s) gets its own year (see `respectiveYears`). */
export function spreadRespectively(sentence: string, numbers: Span[], drafts: readonly { metric: RespectiveFields }[]): void {
  const at = inTurnAt(sentence);
  if (at < 0) return;
  const listed = numbers.map((n, k) => ({ n, d: drafts[k]! })).filter((x) => x.n.start > at);
  const years = respectiveMonths(sentence.slice(0, at), listed.length, listed[0]?.d.metric.period) ?? respectiveYears(sentence, numbers, listed[0]?.d.metric.period)
    ?? respectiveListedYears(sentence.slice(0, at), listed.length);
  if (!years || !listed.every((x) => x.d.metric.period?.isoEnd === listed[0]!.d.metric.period?.isoEnd)) return;
  listed.forEach((x, k) => { x.d.metric.period = years[k]!; });
  spreadSeries(listed.map((x) => x.d.metric));
}

/** What a figure listed in turn carries that the list may share: its period, unit, kind and series. */
interface RespectiveFields { period?: Period; unit?: string; kind?: string; indicator?: string }

/**
 * Session 25: the figures of one measure listed in turn over its years ("Tốc độ tăng GDP các năm 2011 - 2013 lần lượt là 6,41%,
 * 5,50% và 5,55%"), all of one unit, share the one series (and kind) any of them was given (no two different): in place.
 */
function spreadSeries(listed: RespectiveFields[]): void {
  const given = listed.filter((m) => !!m.indicator);
  if (given.length === 0 || given.some((m) => m.indicator !== given[0]!.indicator) || !listed.every((m) => m.unit === given[0]!.unit)) return;
  for (const m of listed) Object.assign(m, { indicator: given[0]!.indicator, kind: given[0]!.kind }); // "lần lượt là 6,41%, 5,50%": the bare later items are the first's growth too
}

/** Session 25: a span whose years a list given in turn spreads over its figures ("Tốc độ tăng GDP các năm 2011 - 2021 lần lượt là …"):
 *  each figure has its own year, and the span is no period of the sentences after it. */
export function isSpreadSpan(sentence: string, d: { end: number; isoEnd?: string }): boolean {
  return d.isoEnd !== undefined && /^[^\d.;:]{0,30}?(?<![\p{L}\p{M}])lần lượt(?![\p{L}\p{M}])/iu.test(sentence.slice(d.end));
}
