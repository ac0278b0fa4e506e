import type { Indicator, Topic } from '../../src/schemas/lexicon';
import type { Metric, Period } from '../../src/schemas/metric';
import { findDates, type DateMatch } from './dates';
import { matchIndicator, matchTopics } from './lexicon';
import { findNumbers, type NumberMatch } from './numbers';
import { splitSentences, type Segment } from './segment';

/** Everything metric extraction needs besides the text. */
export interface MetricContext {
  /** Year of the article, to resolve "6 tháng đầu năm" and to tell targets from results. */
  articleYear?: number;
  indicators: Indicator[];
  topics: Topic[];
  /** Topic for numbers whose sentence names none (the article's main topic). */
  fallbackTopic: string;
}

/** Target words that govern the rest of their `;`-clause ("phấn đấu … đạt 80%, 40%, 100%"). */
const STRONG_TARGET = ['phấn đấu', 'chỉ tiêu đặt ra', 'kế hoạch đặt ra', 'mục tiêu đến', 'mục tiêu là', 'mục tiêu:'];
/** Target words that govern only their comma-clause ("…/mục tiêu 48.000 doanh nghiệp, đạt 104,9%"). */
const WEAK_TARGET = ['mục tiêu', 'phải đạt', 'cần đạt', 'cần phải', 'sẽ đạt', 'dự kiến đạt', 'đặt mục tiêu', 'nhằm đạt', 'hướng tới', 'đưa chỉ số này đạt'];

/** Start and end of the span around `at` delimited by any of `stops` (exclusive). */
export function spanAround(text: string, at: number, stops: RegExp): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(stops)) {
    const i = m.index ?? 0;
    if (i < at) start = i + m[0].length;
    else if (i >= at) { end = i; break; }
  }
  return [start, end];
}

/** True when the number at `at` is stated as a goal rather than a result. */
export function isTarget(sentence: string, at: number, period: Period | undefined, articleYear?: number): boolean {
  const lower = sentence.toLowerCase();
  const [cs] = spanAround(lower, at, /;/g);
  const [ss] = spanAround(lower, at, /[,;]|\s[–-]\s/g);
  const before = (from: number) => lower.slice(from, at);
  if (STRONG_TARGET.some((w) => before(cs).includes(w))) return true;
  if (WEAK_TARGET.some((w) => before(ss).includes(w))) return true;
  if (period && articleYear !== undefined && Number(period.iso.slice(0, 4)) > articleYear) return true;
  return /\b(đến|tới|vào) (hết )?năm \d{4}/.test(before(ss)) && period !== undefined && articleYear !== undefined && Number(period.iso.slice(0, 4)) >= articleYear;
}

/** The period a number refers to: the nearest date expression before it in its clause, else after. */
export function periodFor(dates: DateMatch[], sentence: string, at: number): Period | undefined {
  const [cs, ce] = spanAround(sentence, at, /;/g);
  const inClause = dates.filter((d) => d.start >= cs && d.end <= ce && !d.iso.startsWith('0000'));
  const before = inClause.filter((d) => d.end <= at).at(-1);
  const after = inClause.find((d) => d.start >= at);
  const d = before ?? after;
  if (!d) return undefined;
  return { iso: d.iso, precision: d.precision, ...(d.isoEnd ? { isoEnd: d.isoEnd } : {}), text: d.text };
}

/** What is counted, in the article's words: the words after a count, or the clause before a rate. */
export function subjectFor(sentence: string, n: NumberMatch): string {
  const [ss, se] = spanAround(sentence, n.start, /[,;:()]|\s[–-]\s|\.\s/g);
  const after = sentence.slice(n.end, se).trim();
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const useAfter = (n.unit === 'count' || n.unit === 'rank' && n.total !== undefined) && after && !/^(so với|trong|tại|vào|năm|từ)\b/i.test(after);
  if (useAfter) return words(after).slice(0, 8).join(' ').replace(/[.…]+$/, '');
  const beforeWords = words(sentence.slice(ss, n.start).replace(/\b(đạt|là|có|chiếm|khoảng|gần|trên|hơn|dưới|ước|tăng|giảm)\s*$/i, ''));
  const text = beforeWords.slice(-12).join(' ');
  return text || words(after).slice(0, 8).join(' ') || n.text;
}

/** Every numeric claim of the given paragraphs, classified, in reading order, with its sentence. */
export function extractMetrics(paragraphs: Segment[], ctx: MetricContext): Metric[] {
  const metrics: Metric[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph.text, paragraph.offset)) {
      const dates = findDates(sentence.text, ctx.articleYear ? { defaultYear: ctx.articleYear } : {});
      for (const n of findNumbers(sentence.text)) metrics.push(toMetric(sentence, n, dates, ctx, metrics.length + 1));
    }
  }
  return metrics;
}

/** One number of one sentence → a metric record. */
function toMetric(sentence: Segment, n: NumberMatch, dates: DateMatch[], ctx: MetricContext, index: number): Metric {
  const lower = sentence.text.toLowerCase();
  const [cs, ce] = spanAround(lower, n.start, /;/g);
  const clause = lower.slice(cs, ce);
  const period = periodFor(dates, sentence.text, n.start);
  const indicator = matchIndicator(
    { clause, sentence: lower, at: n.start - cs, unit: n.unit, kind: n.kind, ...(n.total !== undefined ? { total: n.total } : {}) },
    ctx.indicators,
  );
  const topic = indicator?.topic ?? matchTopics(clause, ctx.topics)[0] ?? matchTopics(lower, ctx.topics)[0] ?? ctx.fallbackTopic;
  return {
    id: `m-${String(index).padStart(2, '0')}`,
    value: n.value,
    ...(n.valueMax !== undefined ? { valueMax: n.valueMax } : {}),
    ...(n.total !== undefined ? { total: n.total } : {}),
    unit: n.unit,
    kind: n.kind,
    ...(n.qualifier ? { qualifier: n.qualifier } : {}),
    status: isTarget(sentence.text, n.start, period, ctx.articleYear) ? 'target' : 'actual',
    ...(period ? { period } : {}),
    subject: subjectFor(sentence.text, n),
    ...(indicator ? { indicator: indicator.id } : {}),
    topic,
    text: n.text,
    quote: sentence.text,
    offset: sentence.offset + n.start,
  };
}
