import type { Period, Precision } from '../../src/schemas/metric';
import { DOCUMENT_NUMBER, RULES, type Candidate, type Point } from './dates-rules';
import { blankedSourceTwice, PUBLICATION_LABEL, withoutPageMeta } from './dateline-meta';
import { memo } from './memo';

/** A date or period expression found in a text. */
export interface DateMatch {
  /** YYYY | YYYY-MM | YYYY-MM-DD; quarters and halves use their first month ("Q2 2024" → "2024-04"). */
  iso: string;
  precision: Precision;
  /**
   * Last unit of a range, written like `iso`: "2022 - 2024" → "2024", "9 tháng năm 2024" → "2024-09",
   * "quý I-III/2024" → "2024-07" (first month of the last quarter), "từ ngày 1/7 đến 31/12/2024" → "2024-12-31".
   */
  isoEnd?: string;
  /** The expression as written: `input.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  /** The text gives no year ("sáng 19/7"); `iso` then uses `defaultYear`, or "0000". */
  yearMissing?: boolean;
  /** Time of day written with the date ("05:07, 14/07/2023" → "05:07"). */
  time?: string;
}

/** A found date as a metric's period (its span end and the text it was read from kept). */
export function periodOfDate(d: DateMatch): Period {
  return { iso: d.iso, precision: d.precision, ...(d.isoEnd ? { isoEnd: d.isoEnd } : {}), text: d.text };
}

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** Year for expressions that give none ("sáng 19/7", "6 tháng đầu năm"). */
  defaultYear?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function formatPoint(p: Point, precision: Precision, fallbackYear: string): string {
  const y = p.y === null ? fallbackYear : String(p.y).padStart(4, '0');
  if (precision === 'year' || p.m === undefined) return y;
  if (precision === 'day' && p.d !== undefined) return `${y}-${pad(p.m)}-${pad(p.d)}`;
  return `${y}-${pad(p.m)}`;
}

/** All candidates of all rules, outside document numbers. */
function candidates(text: string): Candidate[] {
  const blocked = [...text.matchAll(DOCUMENT_NUMBER)].map((m) => [m.index, m.index + m[0].length] as const);
  const found: Candidate[] = [];
  const lower = text.toLowerCase();
  for (const rule of RULES) {
    if (rule.needs !== undefined && !(typeof rule.needs === 'string' ? lower.includes(rule.needs) : rule.needs.test(text))) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const read = rule.read(m.groups ?? {});
      const start = m.index;
      const end = start + m[0].length;
      if (read && !blocked.some(([s, e]) => start < e && s < end)) found.push({ ...read, start, end });
    }
  }
  return found;
}

/** Longest first, then leftmost; keeps the ones that overlap nothing kept before. */
function longestNonOverlapping(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const byLength = [...found].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  for (const c of byLength) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

const FROM_BEFORE = /(?<![\p{L}])(?:(?:giai\s+đoạn|thời\s+kỳ)\s+)?từ\s+$/iu;
/** The gap of "từ A đến B", a gloss of A in brackets allowed: "từ ngày 5/3/2024 (hội nghị lần 2) đến ngày 18/6/2024". */
const TO_GAP = /^\s+(?:\([^()]{1,80}\)\s*)?(?:đến|tới)\s+$/iu;
const DASH_GAP = /^\s*[-–—]\s*$/u;
/** "2022, 2023", "2020 và 2021": two consecutive years listed together are one span. */
const LIST_GAP = /^\s*(?:,|và)\s*$/u;

const key = (p: Point) => (p.y ?? 0) * 10000 + (p.m ?? 1) * 100 + (p.d ?? 1);

/** Joins "từ A đến B", same-precision "A – B" and two consecutive listed years ("2022, 2023") into one range; a missing year is taken from the other end. */
function joinRanges(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    if (!b || a.last || b.last) { out.push(a); continue; }
    const gap = text.slice(a.end, b.start);
    const from = FROM_BEFORE.exec(text.slice(Math.max(0, a.start - 30), a.start));
    const consecutiveYears = a.precision === 'year' && b.precision === 'year' && a.y !== null && b.y === a.y + 1;
    const isRange = (from && TO_GAP.test(gap)) || (DASH_GAP.test(gap) && a.precision === b.precision && a.precision !== 'year')
      || (LIST_GAP.test(gap) && consecutiveYears);
    if (!isRange) { out.push(a); continue; }
    const first: Point = { y: a.y ?? b.y, m: a.m, d: a.d };
    const last: Point = { y: b.y ?? a.y, m: b.m, d: b.d };
    if (a.y === null && b.y !== null && first.y !== null && key(first) > key(last)) first.y -= 1;
    if (a.y !== null && b.y === null && last.y !== null && key(first) > key(last)) last.y += 1;
    if (key(first) > key(last)) { out.push(a); continue; }
    out.push({ ...first, precision: a.precision, last, start: from ? a.start - from[0].length : a.start, end: b.end });
    i++;
  }
  return out;
}

/** The expressions of a text before years are filled in, once per text (the rules ask again of each sentence and paragraph). Read-only. */
const expressions = memo(1024, (text: string) => joinRanges(text, longestNonOverlapping(candidates(withQuarterSpelled(text)))));

/** `text` with the quarter's word mistyped with its tone on the "u" ("Qúy I/2024", round 31g) spelt "Quý": same length, so offsets hold. */
function withQuarterSpelled(text: string): string {
  return text.replace(/(?<![\p{L}\p{M}])([Qq])úy(?![\p{L}\p{M}])/gu, '$1uý').replace(/(?<![\p{L}\p{M}])QÚY(?![\p{L}\p{M}])/gu, 'QUÝ');
}

/** Round 53: the tasks of the half after, between a report's first half and its second ("6 tháng đầu năm, định hướng nhiệm vụ 6 tháng
 *  cuối năm 2022", "… và phương hướng nhiệm vụ 6 tháng cuối năm 2023", "… và nhiệm vụ trọng tâm 6 tháng cuối năm 2025"): no figure between. */
const TASKS_OF_NEXT_HALF = /^\s*(?:,|và)?\s*(?:(?:phương hướng|định hướng|kế hoạch)\s*,?\s*)?nhiệm vụ(?:\s+(?:trọng tâm|chủ yếu|trọng điểm))?\s*$/iu;

/** A report's yearless first half ("6 tháng đầu năm") before the tasks of its second half of a stated year (`TASKS_OF_NEXT_HALF`): that year's. */
function withReportHalfYear(text: string, list: Candidate[]): Candidate[] {
  return list.map((c, i) => {
    const next = list[i + 1];
    const half = c.y === null && c.precision === 'half' && c.m === 1 && !c.last;
    return half && next && next.y !== null && next.precision === 'half' && next.m === 7 && TASKS_OF_NEXT_HALF.test(text.slice(c.end, next.start)) ? { ...c, y: next.y } : c;
  });
}

/** Finds every date or period expression in `text`, in order, non-overlapping (longest wins). */
export function findDates(text: string, options: FindDatesOptions = {}): DateMatch[] {
  const fallbackYear = options.defaultYear === undefined ? '0000' : String(options.defaultYear).padStart(4, '0');
  return withReportHalfYear(text, expressions(text)).map((c) => {
    const year = c.shift && options.defaultYear !== undefined ? String(options.defaultYear + c.shift).padStart(4, '0') : fallbackYear;
    const match: DateMatch = { iso: formatPoint(c, c.precision, year), precision: c.precision, text: text.slice(c.start, c.end), start: c.start, end: c.end };
    if (c.last) match.isoEnd = formatPoint(c.last, c.last.d !== undefined ? 'day' : c.last.m !== undefined ? 'month' : 'year', fallbackYear);
    if (c.y === null || c.last?.y === null) match.yearMissing = true;
    if (c.time) match.time = c.time;
    return match;
  });
}

/** Round 57: a date line's parts split by pipes ("24 | 03 | 2022"), read as slashes. */
const PIPED_DATE = /(\d)(\s?)\|(\s?)(?=\d)/gu;
/** What may stand around a date on a dateline: punctuation, "Cập nhật:", a time zone; round 50: an English clock ("2:20:02 PM | "); round 53: a
 *  Vietnamese one ("12:40 CH", SA/CH for a.m./p.m.) and a portal's font-size widget ("Xem cỡ chữ"). */
const DATELINE_REST = new RegExp(String.raw`^(?:[\s,.;:|()[\]\-–—/]|\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|sa|ch)(?![\p{L}])|xem\s+cỡ\s+chữ|${PUBLICATION_LABEL}|đăng|gmt\s*[+-]\s*\d{1,2}(?::?\d{2})?|utc\s*[+-]?\s*\d{0,2})*$`, 'iu');

/** A 12-hour clock ("2:20:02 PM") beside a date written month first where only that reading is a date ("11/15/2022"). */
const US_STAMP = /^(?=.*\d:\d{2}(?::\d{2})?\s*(?:am|pm)(?![\p{L}]))(.*?)(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/isu;

/** Round 50: a dateline with a 12-hour clock is written the American way ("2:20:02 PM | 11/15/2022"): its month-first day is
 *  rewritten day first, of the same length, when only that reading is a date. Other lines are returned as they are. */
function dayFirstOfClockedLine(line: string): string {
  const m = US_STAMP.exec(line);
  if (!m || Number(m[3]) <= 12 || Number(m[2]) > 12) return line;
  const at = m[1]!.length;
  return `${line.slice(0, at)}${m[3]}/${m[2]}${line.slice(at + m[2]!.length + 1 + m[3]!.length)}`; // the two parts swapped: the same length
}

/**
 * Parses a text that is only a date — a dateline such as "27/04/2022", "05:07, 14/07/2023",
 * "Thứ Hai, 06/02/2025 10:15" or "Ngày 6-2-2025" — into a day-precision match; null otherwise
 * (no date, a date without a year, a period, or other words around it). The page's metadata after a "|"
 * ("05/03/2024 | Lượt xem: 120") is set aside first.
 */
export function parseDateline(text: string): DateMatch | null {
  const printed = withoutPageMeta(blankedSourceTwice(text));
  const written = printed.replace(PIPED_DATE, (_, d: string, a: string, b: string) => `${d}${a}/${b}`); // same length: offsets hold
  const line = dayFirstOfClockedLine(written);
  const found = findDates(line);
  if (found.length !== 1) return null;
  const m = found[0]!;
  if (m.precision !== 'day' || m.yearMissing || m.isoEnd) return null;
  return DATELINE_REST.test(line.slice(0, m.start) + ' ' + line.slice(m.end)) ? { ...m, text: printed.slice(m.start, m.end) } : null;
}
