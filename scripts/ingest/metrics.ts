/**
 * Ingest stage 5, metrics: every numeric claim of the paragraphs → a metric record with its sentence,
 * status, period, subject, indicator, topic, confidence and a stable id. Pure; the word-level rules
 * live in `numbers.ts`, `items.ts` (which words belong to which number), `subject.ts`, `periods.ts`,
 * `status.ts` and `metric-status.ts` (target / estimate / baseline), `goal-frame.ts` (a plan's goals
 * across paragraphs), `structure.ts` (lists and lead-ins) and `ids.ts`.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import type { Metric, Period } from '../../src/schemas/metric';
import { findDates, type DateMatch } from './dates';
import { uniqueIds, metricId } from './ids';
import { clauseSpan, contextWindow } from './items';
import { contextBefore, matchIndicator, matchTopics, recentTopic, type IndicatorQuery } from './lexicon';
import { withoutFigures, type TopicSentence } from './series-words';
import { comparedSeries, continuedSeries, refineByGroup } from './series-carry';
import {
  continuesEnumeration, continuesList, horizonBefore, horizonOf, leadInFrame, nextLatest, releasedPeriods, type ListFrame,
} from './period-carry';

export { continuesList, leadInFrame, type ListFrame } from './period-carry';
import { isCompoundGrowth, isPerYearRate, yearsAheadPeriod } from './forecast';
import { endsPhase } from './goal-phase';
import { continuesDeadlineList, opensDeadlineList } from './goal-deadline';
import { pageScaledValue } from './number-grouped';
import { nowAtEvent, pageMemory, remember, withoutVisions } from './page-memory';
import { detailFrame, endsGoalFrame, framePeriod, opensGoalFrame, ownAimFrame, type GoalFrame } from './goal-frame';
import { baselinePeriod, statusOf } from './metric-status';
import { isInProvince, isProvincialGoal, isProvincialSource, isReportedPlanName, opensOnProvince, opensParagraphOnProvince, spanKey } from './plan-scope';
import { isAverageBreakdown, isNoSeriesValue } from './not-series';
import { isBreakdownItem, isPartInTotal } from './part-of-whole';
import { isForeignFigure } from './foreign-holder';
import { countsOtherNoun, isOtherSubject } from './other-subject';
import { findNumbers, type NumberMatch } from './numbers';
import { asRankCell, readRankTables } from './table-rank';
import {
  fillMissingYears, inheritablePeriod, isDocumentDate, openingPointPeriod, openingRunningTotal, periodFor, pointPeriod, runningTotals, spreadRespectively,
} from './periods';
import { namesBody, namesListedBody } from './phrases';
import { splitSentences, type Segment } from './segment';
import { memo } from './memo';
import { spanAround } from './status';
import { isHeading, isLeadIn } from './structure';
import { afterContrast, comparedYearPeriod, handedOn, onlyRanksBefore, opensNewReport, opensOnNow } from './period-compared';
import { subjectFor } from './subject';
import { eventYear, fallbackYear, forwardYear, openingUndatedPeriod, pageYear } from './page-year';
import { afterReview, reviewedPeriod, yearCap } from './period-review';
import { pastEditionHandOn } from './period-edition';
import { movedPeriod, withoutMoveStarts } from './change-from';
import { isStandingNow, standsAtNow, thisYearAfterGoals } from './period-now';
import { sinceAsYear } from './period-since';
import { pagePeriodPasses } from './period-passes';
import { stockYearAfterMonths } from './period-stock-year';
import { isReleaseDate } from './release-date';

export { isTarget, spanAround } from './status';
import { pageContext, type MetricContext } from './metric-context';
export type { MetricContext } from './metric-context';

/** A metric before ids are made unique, with what finishing it needs. */
export interface Draft {
  metric: Omit<Metric, 'id' | 'baselineFor'>;
  id: string;
  /** Index (in the draft list) of the claim a baseline qualifies. */
  claim?: number;
  /** The series a figure that is no value of it (`not-series.ts`) belongs to: what the figures after it continue. */
  series?: string;
}

/** Every numeric claim of the given paragraphs, classified, in reading order, with its sentence. */
export function extractMetrics(paragraphs: Segment[], context: MetricContext): Metric[] {
  const ctx = pageContext(paragraphs, context);
  const textYear = pageYear(paragraphs.map((p) => p.text));
  const review = reviewedPeriod(paragraphs.map((p) => p.text));
  if (ctx.baseYear === undefined && textYear) ctx.baseYear = Number(textYear);
  const rankCells = readRankTables(paragraphs);
  const drafts: Draft[] = [];
  let frame: ListFrame | undefined;
  /** The goal frame of a plan named earlier (`goal-frame.ts`), open until the text turns to results. */
  let goal: GoalFrame | undefined;
  /**
   * Periods that outlive a paragraph, each a "current period" the paragraphs after it take until
   * another is set: `framed` is set by a heading (a new heading replaces it, even with none) and by
   * a point in time that opens a sentence ("Đến tháng 9/2024, …"); `latest` by those and by any
   * sentence's own period, and is used when the article has no date (a dated article's "đến nay" is
   * its date). A goal with no period at all takes the horizon of the goal before it (`horizonBefore`).
   */
  let framed: Period | undefined;
  let latest: Period | undefined;
  /** The event day and the vision years read so far (`page-memory.ts`). */
  const memory = pageMemory(ctx.articleYear, ctx.articleYear === undefined ? eventYear(paragraphs.map((p) => p.text)) : textYear);
  /** The last sentence of the paragraph before: what a paragraph's first sentence points back to ("Nhóm hàng này …"). */
  let before: string | undefined;
  /** Every sentence read so far (`recentTopic`). */
  const read: string[] = [];
  /** Index of the first draft of the last sentence read (the current series, `series-carry.ts`). */
  let sentenceFirst = 0;
  for (const paragraph of paragraphs) {
    if (isHeading(paragraph.text)) {
      framed = leadInFrame(paragraph.text, ctx.articleYear).period;
      latest = framed ?? latest;
      goal = undefined;
    }
    if (goal?.list && !continuesDeadlineList(paragraph.text)) goal = undefined;
    if (endsPhase(paragraph.text, before, goal)) [goal, framed, latest] = [{}, undefined, undefined]; // the sections after a phase: goals of the plan, no period
    const carry = frame && continuesList(paragraph.text) ? frame : undefined;
    let inherited = carry?.period ?? (ctx.articleYear === undefined || continuesEnumeration(paragraph.text) ? latest : framed);
    const own = findDates(paragraph.text);
    if (ctx.articleYear === undefined && standsAtNow(paragraph.text, own, inherited)) inherited = undefined; // "Cả nước hiện có …" after "Trong tháng 4/2025, …"
    inherited = stockYearAfterMonths(paragraph.text, own, inherited) ?? inherited; // "Hiện … có 113 ATM" after "đến cuối tháng 9/2022, …"
    const paragraphFirst = drafts.length;
    let lastTopic: string | undefined;
    const sentences = splitSentences(paragraph.text, paragraph.offset);
    for (const sentence of sentences) {
      const found = findDates(sentence.text, ctx.articleYear ? { defaultYear: ctx.articleYear } : {}).filter((d, _, all) => !isDocumentDate(sentence.text, d) && !isReleaseDate(sentence.text, d, all));
      for (const d of found) if (isReportedPlanName(sentence.text, d)) ctx.planSpans.add(spanKey(d));
      if (sentence === sentences[0] && (opensNewReport(sentence.text, found) || (ctx.articleYear === undefined && (goal || onlyRanksBefore(drafts)) && opensOnNow(sentence.text, found)))) [inherited, latest] = [undefined, undefined];
      const now = sentence === sentences[0] ? nowAtEvent(memory, sentence.text, found) : undefined; // an undated page's "Đến nay" at the event it reports
      if (now) [inherited, latest] = [now, now];
      const dates = runningTotals(sentence.text, fillMissingYears(sentence.text, found, forwardYear(inherited ?? latest, textYear, found) ?? fallbackYear(inherited ?? latest, textYear), inherited && fallbackYear(inherited, textYear)));
      const numbers = findNumbers(sentence.text).map((n) => asRankCell({ ...n, value: pageScaledValue(n.text, n.value, !!ctx.englishNumbers) }, sentence.offset + n.start, rankCells));
      remember(memory, sentence.text, dates);
      if (goal && endsGoalFrame(sentence.text, ctx.articleYear)) goal = undefined;
      const first = drafts.length;
      const contextFirst = sentenceFirst;
      sentenceFirst = first;
      let previous = '';
      const topic = recentTopic(read);
      read.push(ctx.headline && paragraph === paragraphs[0] ? withoutFigures(sentence.text) : sentence.text);
      numbers.forEach((_, i) => {
        const subject = subjectFor(sentence.text, numbers, i, previous);
        const d = toDraft({ sentence, numbers, i, dates, inherited, contextFirst, subject, paragraph: paragraph.text, before, topic, lastTopic, carry, goal: goal ?? detailFrame(sentence.text, drafts.slice(contextFirst, first)) ?? ownAimFrame(sentence.text, numbers[i]!.start, ctx.articleYear) }, ctx, drafts, first);
        drafts.push(d);
        previous = d.metric.subject;
        lastTopic = d.metric.topic;
      });
      spreadRespectively(sentence.text, numbers, drafts.slice(first));
      goal = opensGoalFrame(sentence.text, ctx.articleYear) ?? opensDeadlineList(sentence.text, drafts.slice(first).map((d) => d.metric.status), ctx.articleYear) ?? goal;
      const set = inheritablePeriod(sentence.text, withoutVisions(memory, withoutMoveStarts(sentence.text, handedOn(sentence.text, dates))), yearCap(ctx.articleYear, review)) ?? (ctx.articleYear === undefined ? openingUndatedPeriod(sentence.text, dates) : undefined)
        ?? sinceAsYear(sentence.text, dates, drafts.slice(first).map((d) => d.metric));
      if (set) releasedPeriods(drafts.slice(paragraphFirst, first), sentence.text, set);
      if (set !== undefined) inherited = set ?? undefined;
      inherited = pointPeriod(sentence.text, dates) ?? inherited;
      const goals = drafts.length > first && drafts.slice(first).every((d) => d.metric.status === 'target'); // "Đến hết tháng 12/2023, … phải …": a deadline
      const opening = goals ? undefined : openingPointPeriod(sentence.text, dates) ?? openingRunningTotal(sentence.text, dates);
      latest = opening ?? nextLatest(pastEditionHandOn(set, latest, sentence.text, drafts.slice(first).map((d) => d.metric.unit)), latest, sentence.text, drafts.slice(first).map((d) => d.metric.status));
      framed = opening ?? framed;
    }
    const last = sentences.at(-1)?.text ?? '';
    latest = afterReview(latest, review, paragraphs.indexOf(paragraph), ctx.articleYear === undefined);
    before = last || before;
    if (isLeadIn(last)) frame = leadInFrame(last, ctx.articleYear);
    else if (!carry) frame = undefined;
  }
  pagePeriodPasses(drafts, paragraphs, { headline: !!ctx.headline, articleYear: ctx.articleYear, review });
  const ids = uniqueIds(drafts.map((d) => d.id));
  return drafts.map((d, k) => ({
    id: ids[k]!,
    ...d.metric,
    ...(d.claim !== undefined ? { baselineFor: ids[d.claim]! } : {}),
  }) as Metric);
}

/** One number of one sentence, with what the paragraph has said so far. */
export interface NumberInContext {
  sentence: Segment;
  numbers: NumberMatch[];
  i: number;
  dates: DateMatch[];
  /** Index of the first draft that may set the current series (`series-carry.ts`): the sentence before's first, or this sentence's. */
  contextFirst: number;
  /** The period set by an earlier sentence of the paragraph ("Theo báo cáo … năm 2022, …") or by a lead-in. */
  inherited: Period | undefined;
  subject: string;
  paragraph: string;
  /** The last sentence of the paragraph before, if any. */
  before: string | undefined;
  /** The nearest figure-less sentence of the last two read (`recentTopic`). */
  topic: TopicSentence | undefined;
  /** Topic of the number before it in the paragraph. */
  lastTopic: string | undefined;
  /** The frame of the lead-in whose list this paragraph continues. */
  carry: ListFrame | undefined;
  /** The goal frame a plan named before this sentence opened (`goal-frame.ts`). */
  goal: GoalFrame | undefined;
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

/** An indicator match as the lexicon returns it: the indicator, or the indicator with review reasons. */
type IndicatorMatch = Indicator | { indicator?: Indicator; reasons?: string[] } | undefined;

/** The indicator and its review reasons, whatever shape the matcher returns. */
export function readMatch(m: IndicatorMatch): { indicator?: Indicator; reasons: string[] } {
  if (!m) return { reasons: [] };
  if ('id' in m) return { indicator: m as Indicator, reasons: [] };
  return { ...(m.indicator ? { indicator: m.indicator } : {}), reasons: m.reasons ?? [] };
}

/** A paragraph's first sentence, lowercase, once per paragraph (every number of it asks). */
const openingOf = memo(64, (paragraph: string) => splitSentences(paragraph)[0]?.text.toLowerCase());

/** One number of one sentence → a draft metric. */
function toDraft(c: NumberInContext, ctx: MetricContext, drafts: Draft[], first: number): Draft {
  const { sentence, numbers, i } = c;
  const n = numbers[i]!;
  const text = sentence.text;
  const clauseRange = clauseSpan(text, n.start);
  const clause = text.slice(clauseRange.start, clauseRange.end).toLowerCase();
  const window = contextWindow(text, numbers, i);
  const dates = afterContrast(text, n, c.dates);
  const compared = comparedYearPeriod(text, n, c.dates, ctx.articleYear);
  const moved = movedPeriod(text, n, dates); // "tăng 57%, từ … năm 2023 lên … trong 2024": the end's period, or none
  const own = moved !== undefined ? (moved ? { period: moved, from: 'clause' as const } : undefined) : periodFor(dates, text, n, dates === c.dates && !isStandingNow(text, n) && !(ctx.articleYear === undefined && thisYearAfterGoals(text, dates, c.inherited, drafts)) ? c.inherited : undefined) ?? (compared && { period: compared, from: 'sentence' as const });
  const found = own?.from === 'clause' || !isCompoundGrowth(text) ? own : undefined; // a compound growth is over years: no inherited year
  const itemBefore = text.slice(Math.max(clauseRange.start, numbers[i - 1]?.end ?? 0), n.start);
  const st = statusOf(c, found?.period, found?.from, ctx, drafts, first);
  const query: IndicatorQuery = {
    clause: window.text,
    sentence: text.toLowerCase(),
    at: window.at,
    unit: n.unit,
    kind: n.kind,
    noun: text.slice(n.end, n.end + 40).trimStart().toLowerCase(),
    foreign: isForeignFigure(text, n.start, itemBefore),
    namedBody: namesBody(itemBefore) || namesListedBody(text, n.start),
    previous: contextBefore(c.paragraph, text)?.toLowerCase(),
    opening: openingOf(c.paragraph),
    earlier: c.before?.toLowerCase(),
    ...(c.topic ? { topic: { text: c.topic.text.toLowerCase(), after: c.topic.after.toLowerCase() } } : {}),
    ...(ctx.lead ? { lead: ctx.lead } : {}),
    ...(n.total !== undefined ? { total: n.total } : {}),
    provincialGoal: isProvincialGoal(!!ctx.provincialPlan, st.status, text.slice(...spanAround(text, n.start, /;/g))),
    inProvince: isInProvince(c.paragraph.slice(0, Math.max(0, c.paragraph.indexOf(text))), text.slice(...spanAround(text, n.start, /;/g)), ctx.provincialReport || isProvincialSource(text) || opensOnProvince(text) || opensParagraphOnProvince(c.paragraph)),
  };
  const match = readMatch(matchIndicator(query, ctx.indicators) as IndicatorMatch);
  if (!match.indicator) {
    const before = { sentence: text.slice(0, n.start).toLowerCase(), item: itemBefore.toLowerCase() };
    const prior = drafts.slice(c.contextFirst).map((d) => ({ ...d.metric, indicator: d.series ?? d.metric.indicator }));
    const series = continuedSeries(query, before, prior, first - c.contextFirst, ctx.indicators);
    const earlier = drafts.slice(first).find((d) => d.claim === drafts.length && d.metric.indicator)?.metric.indicator; // "Nếu như … X thì đến nay, con số này … Y": X's series
    if (series && st.status !== 'target') match.indicator = series; // a goal item names its own measure
    else if (st.status === 'baseline') match.indicator = comparedSeries(drafts.slice(first), n, ctx.indicators);
    else if (earlier) match.indicator = ctx.indicators.find((x) => x.id === earlier);
  }
  if (match.indicator) match.indicator = refineByGroup(match.indicator, itemBefore.toLowerCase(), ctx.indicators);
  const prior = numbers.slice(0, i).map((x, k) => ({ ...x, indicator: drafts[first + k]?.metric.indicator }));
  if (match.indicator && (isBreakdownItem(text, n, prior, match.indicator.id) || isPartInTotal(text, n) || isOtherSubject(match.indicator, text, n.start, c.paragraph, ctx.lead, ctx.local) || (n.unit === 'percent' && countsOtherNoun(match.indicator, window.text, text.slice(n.end))))) delete match.indicator;
  const series = isNoSeriesValue(text, n, found?.period, st.status) || isAverageBreakdown(text, query.previous) ? match.indicator : undefined;
  if (series) delete match.indicator;
  const claim = 'claim' in st ? st.claim : undefined;
  const period = st.status === 'actual' && found && found.from !== 'clause' && isPerYearRate(text, n.end) ? undefined // a rate per year reported: over years, no year handed on
    : 'period' in st ? st.period : st.status === 'baseline' ? baselinePeriod(c, claim !== undefined ? drafts[claim] : undefined, ctx.articleYear)
    : st.status === 'target' ? horizonOf(framePeriod(c.goal, found) ?? found?.period ?? horizonBefore(drafts))
    : (st.status === 'estimate' && (framePeriod(c.goal, found) ?? (found?.from !== 'clause' && yearsAheadPeriod(text, ctx.articleYear ?? ctx.baseYear)))) || (found && !ctx.planSpans?.has(spanKey(found.period)) ? found.period : compared); // a plan's name dates nothing: the year a comparison closes may
  const reasons = [
    ...match.reasons,
    ...(st.ambiguous ? ['ambiguous-status'] : []),
    ...(!period && (st.status === 'target' || ctx.articleYear === undefined) ? ['no-period'] : []),
  ];
  const nth = numbers.slice(0, i).filter((x) => x.text === n.text).length + 1;
  const indicator = match.indicator;
  return {
    id: metricId(text, n.text, nth),
    ...(claim !== undefined ? { claim } : {}),
    ...(series ? { series: series.id } : {}),
    metric: {
      value: n.value,
      ...(n.valueMax !== undefined ? { valueMax: n.valueMax } : {}),
      ...(n.total !== undefined ? { total: n.total } : {}),
      unit: n.unit,
      kind: n.kind,
      ...(n.direction ? { direction: n.direction } : {}),
      ...(n.qualifier ? { qualifier: n.qualifier } : {}),
      status: st.status,
      ...(period ? { period } : {}),
      subject: c.subject,
      ...(indicator ? { indicator: indicator.id } : {}),
      topic: topicFor(window.text, clause, c, indicator, ctx),
      text: n.text,
      quote: text,
      offset: sentence.offset + n.start,
      confidence: reasons.length ? 'low' : 'high',
      reasons,
      review: 'auto',
    },
  };
}
