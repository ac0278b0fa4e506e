/**
 * Ingest stage 5, metrics: every numeric claim of the paragraphs → a metric record with its sentence,
 * status, period, subject, indicator and topic. Pure; the word-level rules live in `numbers.ts`,
 * `items.ts` (which words belong to which number), `subject.ts` and `periods.ts`.
 */
import type { Indicator, Topic } from '../../src/schemas/lexicon';
import type { Metric } from '../../src/schemas/metric';
import { findDates, type DateMatch } from './dates';
import { clauseSpan, contextWindow } from './items';
import { matchIndicator, matchTopics, previousSentence } from './lexicon';
import { findNumbers, type NumberMatch } from './numbers';
import { inheritablePeriod, periodFor, type FoundPeriod } from './periods';
import { foreignCountry } from './phrases';
import { splitSentences, type Segment } from './segment';
import { subjectFor } from './subject';

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
/** A leader's instruction near the start of a sentence: what follows is to be done, not done. */
const DIRECTIVE = /^.{0,60}?(?:thủ tướng|chính phủ|bộ trưởng|chủ tịch|đồng chí|ủy ban|ubnd|ban chỉ đạo|lãnh đạo)[^,.;:]{0,40}?\s(?:yêu cầu|đề nghị|chỉ đạo|lưu ý|kêu gọi|giao)(?![\p{L}\p{M}])(?!\s+(?:khách quan|của))/u;
/** A result marker: the number is reported as done even in an instruction ("nhiệm vụ mà UBND tỉnh đã giao cho 33 sở"). */
const DONE = /(?<![\p{L}\p{M}])(?:đã|đạt được)(?![\p{L}\p{M}])/u;

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

/**
 * True when the number at `at` is stated as a goal rather than a result: a target word before it
 * ("phấn đấu" for its `;`-clause, "mục tiêu" for its comma-clause), a period after the article's
 * year, "đến năm …" of this year or later, or a leader's instruction ("Thủ tướng … yêu cầu …") with
 * no "đã" before the number in its comma-clause.
 */
export function isTarget(sentence: string, at: number, period: FoundPeriod['period'] | undefined, articleYear?: number): boolean {
  const lower = sentence.toLowerCase();
  const [cs] = spanAround(lower, at, /;/g);
  const [ss] = spanAround(lower, at, /[,;]|\s[–-]\s/g);
  const before = (from: number) => lower.slice(from, at);
  if (STRONG_TARGET.some((w) => before(cs).includes(w))) return true;
  if (WEAK_TARGET.some((w) => before(ss).includes(w))) return true;
  if (period && articleYear !== undefined && Number(period.iso.slice(0, 4)) > articleYear) return true;
  const directive = DIRECTIVE.exec(lower);
  if (directive && directive[0].length <= at && !DONE.test(before(ss))) return true;
  return /(?:đến|tới|vào) (?:hết )?năm \d{4}/u.test(before(ss)) && period !== undefined && articleYear !== undefined && Number(period.iso.slice(0, 4)) >= articleYear;
}

/** Every numeric claim of the given paragraphs, classified, in reading order, with its sentence. */
export function extractMetrics(paragraphs: Segment[], ctx: MetricContext): Metric[] {
  const metrics: Metric[] = [];
  for (const paragraph of paragraphs) {
    let inherited: FoundPeriod['period'] | undefined;
    let lastTopic: string | undefined;
    for (const sentence of splitSentences(paragraph.text, paragraph.offset)) {
      const dates = findDates(sentence.text, ctx.articleYear ? { defaultYear: ctx.articleYear } : {});
      const numbers = findNumbers(sentence.text);
      let previous = '';
      numbers.forEach((_, i) => {
        const subject = subjectFor(sentence.text, numbers, i, previous);
        const m = toMetric({ sentence, numbers, i, dates, inherited, subject, paragraph: paragraph.text, lastTopic }, ctx, metrics.length + 1);
        metrics.push(m);
        previous = m.subject;
        lastTopic = m.topic;
      });
      const set = inheritablePeriod(sentence.text, dates, ctx.articleYear);
      if (set !== undefined) inherited = set ?? undefined;
    }
  }
  return metrics;
}

/** One number of one sentence, with what the paragraph has said so far. */
interface NumberInContext {
  sentence: Segment;
  numbers: NumberMatch[];
  i: number;
  dates: DateMatch[];
  /** The period set by an earlier sentence of the paragraph ("Theo báo cáo … năm 2022, …"). */
  inherited: FoundPeriod['period'] | undefined;
  subject: string;
  paragraph: string;
  /** Topic of the number before it in the paragraph. */
  lastTopic: string | undefined;
}

/** The topic of a number: its indicator's, else the terms of its words, clause, the previous number, sentence, paragraph. */
function topicFor(window: string, clause: string, c: NumberInContext, indicator: Indicator | undefined, ctx: MetricContext): string {
  return indicator?.topic
    ?? matchTopics(window, ctx.topics)[0]
    ?? matchTopics(clause, ctx.topics)[0]
    ?? c.lastTopic
    ?? matchTopics(c.sentence.text, ctx.topics)[0]
    ?? matchTopics(c.paragraph, ctx.topics)[0]
    ?? ctx.fallbackTopic;
}

/** One number of one sentence → a metric record. */
function toMetric(c: NumberInContext, ctx: MetricContext, index: number): Metric {
  const { sentence, numbers, i } = c;
  const n = numbers[i]!;
  const text = sentence.text;
  const clauseRange = clauseSpan(text, n.start);
  const clause = text.slice(clauseRange.start, clauseRange.end).toLowerCase();
  const window = contextWindow(text, numbers, i);
  const found = periodFor(c.dates, text, n, c.inherited);
  const itemBefore = text.slice(Math.max(clauseRange.start, numbers[i - 1]?.end ?? 0), n.start);
  const indicator = matchIndicator({
    clause: window.text,
    sentence: text.toLowerCase(),
    at: window.at,
    unit: n.unit,
    kind: n.kind,
    noun: text.slice(n.end, n.end + 40).trimStart().toLowerCase(),
    foreign: foreignCountry(itemBefore) !== undefined,
    previous: previousSentence(c.paragraph, text)?.toLowerCase(),
    ...(n.total !== undefined ? { total: n.total } : {}),
  }, ctx.indicators).indicator;
  const period = found?.period;
  return {
    id: `m-${String(index).padStart(2, '0')}`,
    value: n.value,
    ...(n.valueMax !== undefined ? { valueMax: n.valueMax } : {}),
    ...(n.total !== undefined ? { total: n.total } : {}),
    unit: n.unit,
    kind: n.kind,
    ...(n.qualifier ? { qualifier: n.qualifier } : {}),
    status: isTarget(text, n.start, found?.from === 'clause' ? period : undefined, ctx.articleYear) ? 'target' : 'actual',
    ...(period ? { period } : {}),
    subject: c.subject,
    ...(indicator ? { indicator: indicator.id } : {}),
    topic: topicFor(window.text, clause, c, indicator, ctx),
    text: n.text,
    quote: text,
    offset: sentence.offset + n.start,
  };
}
