/**
 * One number of one sentence → a draft metric: its period, status, indicator (or the series it
 * continues), topic and review reasons, with what the paragraph has said so far (`NumberInContext`).
 * Pure; `metrics.ts` walks the paragraphs and finishes the drafts.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import type { Metric, Period } from '../../src/schemas/metric';
import type { DateMatch } from './dates';
import { metricId } from './ids';
import { clauseSpan, contextWindow } from './items';
import { contextBefore, matchIndicator, matchTopics, recentTopic, type IndicatorQuery } from './lexicon';
import { containsPhrase, type TopicSentence } from './series-words';
import { comparedSeries, continuedSeries, refineByGroup } from './series-carry';
import { horizonBefore, horizonOf, type ListFrame } from './period-carry';
import { isCompoundGrowth, isPerYearRate, yearsAheadPeriod } from './forecast';
import { framePeriod, type GoalFrame } from './goal-frame';
import { baselinePeriod, statusOf } from './metric-status';
import { isInProvince, isProvincialGoal, placeBefore, isProvincialSource, opensOnProvince, opensParagraphOnProvince, spanKey, speaksAsOwnProvince } from './plan-scope';
import { countsDistricts, namesOwnerProvinceBefore } from './province-own';
import { isAverageBreakdown, isNoSeriesValue } from './not-series';
import { followsUnseriedFirstItem, isBreakdownItem, isChangeOfFigureBefore, isConvertedAmount, isGrowthOfOtherFigure, isPartInTotal, isPartOfFigureBefore, isPeriodRatio, isSharingPart } from './part-of-whole';
import { isForeignFigure } from './foreign-holder';
import { ranksEnglishItem } from './english-clause';
import { isForeignInEnglish, isInProvinceInEnglish, namesNationInEnglish } from './english-subject';
import { countsOtherNoun, isOtherSubject } from './other-subject';
import { sharesOfUsersDoingElse } from './population-share';
import type { NumberMatch } from './numbers';
import { periodFor } from './periods';
import { withoutOtherGoalClauses } from './period-goal-clause';
import { namesBody, namesListedBody } from './phrases';
import type { Segment } from './segment';
import { splitSentences } from './sentences';
import { memo } from './memo';
import { spanAround } from './status';
import { afterContrast, announcedComparedPeriod, comparedSpanPeriod, comparedYearPeriod, notAfter, yearOverCarriedPoint } from './period-compared';
import { monthAfterCompared } from './period-month-after';
import { movedPeriod, yearOnYearEnd } from './change-from';
import { isSinceUndated, yearBeforePeriod } from './period-relative';
import { yearToDate } from './period-year-to-date';
import { isStandingNow, thisYearAfterGoals, standsNowUndated } from './period-now';
import { isGoalOfResultBefore, isNextYearOfGoal } from './goal-progress';
import { englishHorizon, isScenarioFigure } from './english-status';
import type { MetricContext } from './metric-context';
import { respectiveSubject } from './respective-subjects';
import { phraseWords } from './folded-text';
import { folded } from './indicator-forms';

/** A metric before ids are made unique, with what finishing it needs. */
export interface Draft {
  metric: Omit<Metric, 'id' | 'baselineFor'>;
  id: string;
  /** Index (in the draft list) of the claim a baseline qualifies. */
  claim?: number;
  /** The series a figure that is no value of it (`not-series.ts`) belongs to: what the figures after it continue. */
  series?: string;
}

/** `drafts` without those at the indices `drop`, the claims baselines point to renumbered (a table's row numbers, a page's counters). */
export function withoutDrafts(drafts: readonly Draft[], drop: ReadonlySet<number>): Draft[] {
  const index = new Map<number, number>();
  drafts.forEach((_, k) => { if (!drop.has(k)) index.set(k, index.size); });
  return drafts.flatMap((d, k) => (drop.has(k) ? [] : [d.claim === undefined ? d : { ...d, claim: index.get(d.claim) }]));
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
function readMatch(m: IndicatorMatch): { indicator?: Indicator; reasons: string[] } {
  if (!m) return { reasons: [] };
  if ('id' in m) return { indicator: m as Indicator, reasons: [] };
  return { ...(m.indicator ? { indicator: m.indicator } : {}), reasons: m.reasons ?? [] };
}

/** A paragraph's first sentence, lowercase, once per paragraph (every number of it asks). */
const openingOf = memo(64, (paragraph: string) => splitSentences(paragraph)[0]?.text.toLowerCase());

/** The period a comparison of the number closes ("… cùng kỳ năm 2023" → 2024; "so với tháng 5 trước đó" → June; `comparedYearPeriod`, `monthAfterCompared`). */
const closedComparison = (c: NumberInContext, ctx: MetricContext) => comparedYearPeriod(c.sentence.text, c.numbers[c.i]!, c.dates, ctx.articleYear) ?? monthAfterCompared(c.sentence.text, c.dates) ?? earlierItemComparison(c, ctx);

/** Round 50: a `;`-item that names no date of its own after an item whose comparison closed a year ("… (tăng 56% … so với năm 2022); qua kênh
 *  điện thoại di động đạt hơn 7 tỷ giao dịch … (tăng hơn 61% …); …"): the same year, the list's. */
function earlierItemComparison(c: NumberInContext, ctx: MetricContext): Period | undefined {
  const text = c.sentence.text;
  const [from, to] = spanAround(text, c.numbers[c.i]!.start, /;/g);
  if (from === 0 || c.dates.some((d) => d.start >= from && d.start < to)) return undefined;
  for (let k = c.i - 1; k >= 0; k--) {
    const p = c.numbers[k]!.start < from ? comparedYearPeriod(text, c.numbers[k]!, c.dates, ctx.articleYear) : undefined;
    if (p) return p;
  }
  return undefined;
}

/**
 * The period a number finds in its sentence (`periodFor` over `dates`) or takes from the paragraph (`c.inherited`, unless `contrasted`,
 * the sentence's dates after a contrast, left some out), else the period a comparison closes.
 */
function foundPeriod(c: NumberInContext, ctx: MetricContext, drafts: Draft[], dates: DateMatch[], contrasted: DateMatch[]): ReturnType<typeof periodFor> {
  const { sentence: { text }, numbers, i } = c;
  const n = numbers[i]!;
  const compared = closedComparison(c, ctx);
  const moved = movedPeriod(text, n, dates); // "tăng 57%, từ … năm 2023 lên … trong 2024": the end's period, or none
  const spanCompared = notAfter(comparedSpanPeriod(text, n, c.dates), ctx.articleYear ?? (c.inherited && Number(c.inherited.iso.slice(0, 4)))); // round 44: "giảm 11,3% so với 7 tháng đầu năm 2024"
  const announced = announcedComparedPeriod(text, n, dates); // round 46: "Ngày 12.7, Bộ … công bố …, tăng 4 bậc so với năm 2021": 2022, not the day
  const yearOnYear = n.kind === 'growth' ? yearOnYearEnd(text, n, dates) : undefined; // round 47: "tăng 11% từ năm 2022 đến 2023": 2023
  const own = moved !== undefined ? (moved ? { period: moved, from: 'clause' as const } : undefined) : yearOnYear ? { period: yearOnYear, from: 'clause' as const } : announced ? { period: announced, from: 'sentence' as const } : spanCompared && !periodFor(dates, text, n) ? { period: spanCompared, from: 'sentence' as const } : periodFor(dates, text, n, contrasted === c.dates && !isStandingNow(text, n) && !(ctx.articleYear === undefined && (thisYearAfterGoals(text, dates, c.inherited, drafts) || standsNowUndated(text, dates, c.inherited))) ? c.inherited : undefined) ?? (compared && { period: compared, from: 'sentence' as const });
  const yearOver = own?.from === 'paragraph' ? yearOverCarriedPoint(text, n, dates, own.period) : undefined; // round 46: "… hồi tháng 2/2023 …. …, tăng hơn 7% so với năm 2022": 2023
  if (yearOver) return { period: yearOver, from: 'sentence' };
  return own?.from === 'clause' || !isCompoundGrowth(text) ? own : undefined; // a compound growth is over years: no inherited year
}

/** Session 42: the series of a figure listed in turn (`respectiveSubject`) is read in its own subject's words: when they name a series of
 *  their own, whole (`namesSeriesWhole`), it replaces the sentence's reading; else the sentence's reading stands. */
function respectiveMatch(match: ReturnType<typeof readMatch>, query: IndicatorQuery, respective: { clause: string; at: number } | undefined, indicators: Indicator[]): ReturnType<typeof readMatch> {
  if (!respective) return match;
  const own: IndicatorQuery = { ...query, clause: respective.clause.toLowerCase(), sentence: respective.clause.toLowerCase(), at: respective.at };
  for (const key of ['previous', 'opening', 'earlier', 'topic', 'lead'] as const) delete own[key]; // the subject's own words only
  const subject = readMatch(matchIndicator(own, indicators) as IndicatorMatch);
  const named = subject.indicator && namesSeriesWhole(respective.clause, subject.indicator); // "the digital tourism economy" is no "digital economy"
  return named && subject.indicator!.id !== match.indicator?.id ? subject : match; // subjects that name no series (places: "Trà Vinh và Bạc Liêu lần lượt xếp thứ 2 và 3") keep the sentence's
}

/** True when `text` holds one of the series' concept forms (`indicator-forms.ts`' folded forms: an English page's catalogue holds its English
 *  forms) with its words side by side (a subject named in a list is short: a word between names another thing). */
function namesSeriesWhole(text: string, ind: Indicator): boolean {
  const words = phraseWords(text);
  return folded(ind).concepts.flat().some((f) => containsPhrase(words, f));
}

/** One number of one sentence → a draft metric. */
export function toDraft(c: NumberInContext, ctx: MetricContext, drafts: Draft[], first: number): Draft {
  const { sentence, numbers, i } = c;
  const n = numbers[i]!;
  const text = sentence.text;
  const clauseRange = clauseSpan(text, n.start);
  const clause = text.slice(clauseRange.start, clauseRange.end).toLowerCase();
  const window = contextWindow(text, numbers, i);
  const contrasted = afterContrast(text, n, c.dates);
  const full = foundPeriod(c, ctx, drafts, contrasted, contrasted);
  const itemBefore = text.slice(Math.max(clauseRange.start, numbers[i - 1]?.end ?? 0), n.start);
  const st = statusOf(c, full?.period, full?.from, ctx, drafts, first);
  const goalFree = withoutOtherGoalClauses(text, n.start, contrasted); // round 45: "Mục tiêu năm 2023 đạt 84% …; Số thuê bao … đạt 22,3 triệu": no goal's year for a result
  const found = st.status !== 'target' && goalFree !== contrasted ? foundPeriod(c, ctx, drafts, goalFree, contrasted) : full;
  const compared = closedComparison(c, ctx);
  const [semiStart, semiEnd] = spanAround(text, n.start, /;/g); // the number's `;`-clause
  const semiClause = text.slice(semiStart, semiEnd);
  const query: IndicatorQuery = {
    clause: window.text,
    sentence: text.toLowerCase(),
    at: window.at,
    unit: n.unit,
    kind: n.kind,
    noun: text.slice(n.end, n.end + 40).trimStart().toLowerCase(),
    foreign: isForeignFigure(text, n.start, itemBefore) || (!!ctx.english && isForeignInEnglish(itemBefore)),
    namedBody: namesBody(itemBefore) || namesListedBody(text, n.start),
    previous: contextBefore(c.paragraph, text)?.toLowerCase(),
    opening: openingOf(c.paragraph),
    earlier: c.before?.toLowerCase(),
    ...(c.topic ? { topic: { text: c.topic.text.toLowerCase(), after: c.topic.after.toLowerCase() } } : {}),
    ...(ctx.lead ? { lead: ctx.lead } : {}),
    ...(n.total !== undefined ? { total: n.total } : {}),
    provincialGoal: isProvincialGoal(!!ctx.provincialPlan, st.status, semiClause),
    ...(ctx.english ? { english: true } : {}),
    ...(countsDistricts(text.slice(semiStart, n.start)) ? { districts: true } : {}),
    inProvince: (!!ctx.english && (isInProvinceInEnglish(`${placeBefore(c.paragraph, text, n.start)} ${text.slice(0, n.start)}`, semiClause) || (!!ctx.provincialReport && !namesNationInEnglish(semiClause)))) || isInProvince(placeBefore(c.paragraph, text, n.start), semiClause, (!ctx.english && ctx.provincialReport) || isProvincialSource(text) || opensOnProvince(text) || opensParagraphOnProvince(c.paragraph) || speaksAsOwnProvince(c.paragraph) || namesOwnerProvinceBefore(text, n.start), n.start - semiStart),
  };
  const respective = respectiveSubject(text, numbers, i); // session 42: "e-commerce, …, and online payments … rising 11%, 82%, and 20% respectively"
  const match = respectiveMatch(readMatch(matchIndicator(query, ctx.indicators) as IndicatorMatch), query, respective, ctx.indicators);
  if (!match.indicator && !respective) {
    const before = { sentence: text.slice(0, n.start).toLowerCase(), item: itemBefore.toLowerCase() };
    const prior = drafts.slice(c.contextFirst).map((d) => ({ ...d.metric, indicator: d.series ?? d.metric.indicator }));
    const ownItem = !!ctx.english && n.unit === 'rank' && ranksEnglishItem(text.slice(0, n.start)); // round 52: "patent applications (74th)" is the item's place
    const series = ownItem ? undefined : continuedSeries(query, before, prior, first - c.contextFirst, ctx.indicators);
    const earlier = drafts.slice(first).find((d) => d.claim === drafts.length && d.metric.indicator)?.metric.indicator; // "Nếu như … X thì đến nay, con số này … Y": X's series
    if (series && (st.status !== 'target' || isGoalOfResultBefore(itemBefore) || isNextYearOfGoal(itemBefore, drafts.at(-1)?.metric.status, drafts.length > first, ctx.english ? text.slice(n.end) : ''))) match.indicator = series; // a goal item names its own measure, but the goal a result beats is its series' ("…, vượt mục tiêu 60 triệu"), and so is the next year's of the goal before it (round 46)
    else if (st.status === 'baseline') match.indicator = comparedSeries(drafts.slice(first), n, ctx.indicators);
    else if (earlier) match.indicator = ctx.indicators.find((x) => x.id === earlier);
  }
  if (match.indicator) match.indicator = refineByGroup(match.indicator, itemBefore.toLowerCase(), ctx.indicators);
  const prior = numbers.slice(0, i).map((x, k) => ({ ...x, indicator: drafts[first + k]?.metric.indicator }));
  if (match.indicator && (isBreakdownItem(text, n, prior, match.indicator.id) || isSharingPart(text, n, prior, match.indicator.id) || isPartInTotal(text, n) || isPartOfFigureBefore(text, n, drafts.slice(c.contextFirst, first).map((d) => d.metric), match.indicator.id) || followsUnseriedFirstItem(text, n, prior) || isGrowthOfOtherFigure(text, n, prior, match.indicator) || isChangeOfFigureBefore(text, n, prior, match.indicator) || isConvertedAmount(text, n, prior, match.indicator.id) || isOtherSubject(match.indicator, text, n.start, c.paragraph, ctx.lead, ctx.local, n.end) || (n.unit === 'percent' && (countsOtherNoun(match.indicator, window.text, text.slice(n.end)) || sharesOfUsersDoingElse(match.indicator, text.slice(n.end)) || isPeriodRatio(text, n))))) delete match.indicator;
  const series = isNoSeriesValue(text, n, found?.period, st.status) || isAverageBreakdown(text, query.previous) || (!!ctx.english && st.status === 'estimate' && isScenarioFigure(text)) ? match.indicator : undefined; // round 50: a scenario's projection
  if (series) delete match.indicator;
  const claim = 'claim' in st ? st.claim : undefined;
  const stated = st.status === 'actual' && found && found.from !== 'clause' && (isPerYearRate(text, n.end) || isSinceUndated(text, n.kind)) ? undefined // a rate per year, a change since an undated start: no period handed on
    : 'period' in st ? st.period : st.status === 'baseline' ? baselinePeriod(c, claim !== undefined ? drafts[claim] : undefined, ctx.articleYear)
    : st.status === 'target' ? horizonOf((ctx.english ? englishHorizon(text.slice(n.end), text.slice(0, n.start)) : undefined) ?? framePeriod(c.goal, found) ?? found?.period ?? horizonBefore(drafts)) // session 47: an English goal's own "by 2030" right after it, before the clause's other years
    : (st.status === 'estimate' && (framePeriod(c.goal, found) ?? (found?.from !== 'clause' && yearsAheadPeriod(text, ctx.articleYear ?? ctx.baseYear)))) || (found && !ctx.planSpans?.has(spanKey(found.period)) ? found.period : compared); // a plan's name dates nothing: the year a comparison closes may
  const period = yearToDate(text, n.start, st.status === 'actual' && found?.from !== 'clause' ? yearBeforePeriod(text.slice(0, n.start), stated) ?? stated : stated); // "lắp đặt năm trước là 4.200"; "lũy kế từ đầu năm …"
  const reasons = [
    ...match.reasons,
    ...(st.ambiguous ? ['ambiguous-status'] : []),
    ...(!period && (st.status === 'target' || ctx.articleYear === undefined) ? ['no-period'] : []),
    ...(ctx.english && period !== undefined && found?.from === 'paragraph' && period.iso === found.period.iso && period.precision === found.period.precision ? ['carried-period'] : []), // session 47: an English figure dated only by an earlier sentence (compared by value: a goal's period is rebuilt from the carried one) (right in 47 % of the corpus' charted rows, own dates 69 %) waits for review
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
