/**
 * Ingest stage 5, metrics: every numeric claim of the paragraphs → a metric record with its sentence,
 * status, period, subject, indicator, topic, confidence and a stable id. Pure; the word-level rules
 * live in `numbers.ts`, `items.ts` (which words belong to which number), `subject.ts`, `periods.ts`,
 * `status.ts`, `baseline-value.ts` and `metric-status.ts` (target / estimate / baseline), `goal-frame.ts`
 * (a plan's goals across paragraphs), `structure.ts` (lists and lead-ins) and `ids.ts`; one number
 * becomes a draft metric in `metric-draft.ts`.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { findDates, type DateMatch } from './dates';
import { isReferenceDate } from './period-reference';
import { statedDayYears, withStatedDayYears } from './page-days';
import { readScoreTables, scoreTableRows } from './score-table';
import { lineTables, readLineTables } from './table-line';
import { counterSpans, withoutCounters } from './page-counters';
import { uniqueIds } from './ids';
import { recentTopic } from './lexicon';
import { withoutFigures } from './series-words';
import { aimsAtHorizonOnly, continuesEnumeration, continuesList, forecastsWholeYear, leadInFrame, nextLatest, releasedPeriods, type ListFrame } from './period-carry';

export { continuesList, leadInFrame, type ListFrame } from './period-carry';
import { endsPhase } from './goal-phase';
import { continuesDeadlineList, opensDeadlineList } from './goal-deadline';
import { decimalCommaPageValue, pageScaledValue } from './number-grouped';
import { nowAtEvent, pageMemory, remember, withoutVisions } from './page-memory';
import { afterHeadlineAim, detailFrame, endsGoalFrame, headlineFrame, opensGoalFrame, ownAimFrame, type GoalFrame } from './goal-frame';
import { goalFrameUnderEnglishHeading } from './english-status';
import { endsEnglishGoalFrame, englishGoalFrame } from './english-goal-frame';
import { thenFrame } from './goal-then';
import { isReportedPlanName, spanKey, withoutPlanHorizons } from './plan-scope';
import { sentenceNumbers } from './english-numbers';
import { isVietnameseLine } from './english-page'; // session 55: a Vietnamese caption on an English page
import { sentenceDates, standsNowInEnglish } from './english-dates';
import { comparedYearInEnglish } from './english-compared-years';
import { attachEnglishDates, withoutItemDates } from './english-own-date';
import { releaseMoveStartDates } from './english-move';
import { asRankCell, readRankTables } from './table-rank';
import { fillMissingYears, inheritablePeriod, spreadRespectively } from './periods';
import { resultsAt, withoutGoalClauses } from './period-goal-clause';
import { isDocumentDate } from './period-baseline';
import { openingPointPeriod, openingReportSpan, openingRunningTotal, pointPeriod, reportsDone, runningTotals, withinSpanFrame } from './period-point';
import type { Segment } from './segment';
import { splitSentences } from './sentences';
import { isHeading, isLeadIn } from './structure';
import { closesGoalFrame } from './goal-section';
import { goalLastBefore, handedOn, onlyRanksBefore, opensNewReport, opensOnNow, opensOnSoFar, recallsPast } from './period-compared';
import { subjectFor } from './subject';
import { withoutEnglishGoalYears } from './english-goal-years';
import { comparedPageYear, eventYear, fallbackYear, forwardYear, openingUndatedPeriod, pageYear } from './page-year';
import { isChartCaption } from './period-chart-caption';
import { isCutOffAtEnd } from './not-claims';
import { afterReview, reviewedPeriod, yearCap } from './period-review';
import { pastEditionHandOn } from './period-edition';
import { withoutMoveStarts } from './change-from';
import { standsAtNow, thisYearOfCurrent } from './period-now';
import { sinceAsYear } from './period-since';
import { pagePeriodPasses } from './period-passes';
import { stockYearAfterMonths } from './period-stock-year';
import { withoutMilestones, yearReportedAt } from './period-relative';
import { withoutSingledOut } from './period-singled';
import { withCurrentYearStated } from './period-current-year';
import { isReleaseDate } from './release-date';
import { isStoreLabelDate } from './dates-page-lines';
import { isBirthDate } from './period-birth';
import { horizonBackPeriods, horizonPointedBack, spanBackPeriods, spanPointedBack } from './period-span-back';
import { deadlineOf, releaseDeadline } from './period-deadline';
import { monthAfterCompared } from './period-month-after';
import { monthInSpan } from './period-month-in-span';
import { atSameTime } from './period-meanwhile';
import { eventNames, isEventNameYear } from './period-event-name';

export { isTarget, spanAround } from './status';
import { pageContext, type MetricContext } from './metric-context';
import { toDraft, type Draft } from './metric-draft';
import { carryScores } from './number-scores';
import { isNumberedPlaceName, numberedPlaceNames } from './number-place-names';
import { isQuotedStoryAmount } from './anecdote';
import { withoutAddendYears } from './estimate-addend';
import { monthWithinRun } from './period-within';
import { restatedTwinSeries, scoresOfRankedSeries } from './indicator-twins';
import { headlineGoals, subheadingGoals } from './headline-status';
import { goalsNamedAfter } from './goal-after';
import { isForeseenYearOnly } from './period-foreseen';


/** A date in `sentence` that dates none of its figures: a cited document's, a release's, a birth year, the year in an
 * event's name (`events`), a reference's (constant prices' base year, a standard's span), a stored page's label (session 48). */
function datesNothing(sentence: string, d: DateMatch, all: DateMatch[], events: ReturnType<typeof eventNames>): boolean {
  return isDocumentDate(sentence, d) || isReleaseDate(sentence, d, all) || isStoreLabelDate(sentence, d) || isBirthDate(sentence, d) || isEventNameYear(sentence, d, events) || isReferenceDate(sentence, d);
}

/** Every numeric claim of the given paragraphs, classified, in reading order, with its sentence. */
export function extractMetrics(paragraphs: Segment[], context: MetricContext): Metric[] {
  const ctx = pageContext(paragraphs, context);
  const yearText = paragraphs.map((p) => (ctx.english ? withoutEnglishGoalYears(p.text) : p.text)); // session 46: an English page's goals and laws name no year it reports on
  const statedYear = pageYear(yearText);
  const textYear = (ctx.articleYear === undefined ? comparedPageYear(paragraphs.map((p) => p.text), statedYear) : undefined) ?? statedYear; // round 43
  const review = reviewedPeriod(paragraphs.map((p) => p.text));
  const englishYear = ctx.english && ctx.articleYear === undefined ? comparedYearInEnglish(paragraphs.map((p) => p.text)) : undefined; // round 45: an undated English page's "this year"
  if (ctx.baseYear === undefined && textYear) ctx.baseYear = Number(textYear);
  const rankCells = readRankTables(paragraphs);
  const events = eventNames(paragraphs.map((p) => p.text));
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
  /** The frame a quarter or half opening a sentence set (`openingReportSpan`), while it is `framed`: a sentence on now leaves it (`withinSpanFrame`). */
  let spanFrame: Period | undefined;
  /** The event day and the vision years read so far (`page-memory.ts`). */
  const memory = pageMemory(ctx.articleYear, ctx.articleYear === undefined ? eventYear(yearText) : textYear);
  /** The last sentence of the paragraph before: what a paragraph's first sentence points back to ("Nhóm hàng này …"). */
  let before: string | undefined;
  /** The hamlets the page names with a number ("thôn Vân Sa 1"): named again without "thôn", the number is no count. */
  const placeNames = numberedPlaceNames(paragraphs.map((p) => p.text).join('\n'));
  /** The years of the days the page writes in full (a yearless day written again takes its year, `page-days.ts`). */
  const dayYears = statedDayYears(paragraphs.map((p) => p.text), !!ctx.english);
  /** Every sentence read so far (`recentTopic`). */
  const read: string[] = [];
  /** Index of the first draft of the last sentence read (the current series, `series-carry.ts`). */
  let sentenceFirst = 0;
  /** The deadline of the last sentence of goals that set a period (`period-deadline.ts`). */
  let deadline: Period | undefined;
  for (const paragraph of paragraphs) {
    if (isChartCaption(paragraph.text)) continue; // round 33: a chart's title and source, no period for what follows
    if (isHeading(paragraph.text)) {
      framed = leadInFrame(paragraph.text, ctx.articleYear).period;
      spanFrame = undefined;
      latest = framed ?? latest;
      goal = undefined;
    }
    if (goal?.weak && !ctx.english && closesGoalFrame(paragraph.text)) goal = undefined; // round 63: a section's title closes a plan's weak frame above it
    if (ctx.english) goal = goalFrameUnderEnglishHeading(paragraph.text, goal); // round 47: "Targets by 2025" over its items, to the next short title ("Tasks")
    if (goal?.list && !continuesDeadlineList(paragraph.text)) goal = undefined;
    if (goal?.headline) [goal, latest] = afterHeadlineAim(goal, latest, paragraph.text, paragraph === paragraphs[1]);
    if (endsPhase(paragraph.text, before, goal)) [goal, framed, latest] = [{}, undefined, undefined]; // the sections after a phase: goals of the plan, no period
    const carry = frame && continuesList(paragraph.text) ? frame : undefined;
    let inherited = carry?.period ?? (ctx.articleYear === undefined || continuesEnumeration(paragraph.text, before) || atSameTime(paragraph.text) ? latest : framed);
    const own = findDates(paragraph.text);
    if (ctx.articleYear === undefined && standsAtNow(paragraph.text, own, inherited)) inherited = undefined; // "Cả nước hiện có …" after "Trong tháng 4/2025, …"
    inherited = stockYearAfterMonths(paragraph.text, own, inherited) ?? inherited; // "Hiện … có 113 ATM" after "đến cuối tháng 9/2022, …"
    const paragraphFirst = drafts.length;
    let lastTopic: string | undefined;
    const sentences = splitSentences(paragraph.text, paragraph.offset);
    for (const sentence of sentences) {
      const found = withStatedDayYears(sentenceDates(sentence.text, findDates(sentence.text, ctx.articleYear ? { defaultYear: ctx.articleYear } : {}), !!ctx.english, ctx.articleYear ?? englishYear, ctx.articleYear !== undefined), dayYears, sentence.text).filter((d, _, all) => !datesNothing(sentence.text, d, all, events));
      for (const d of found) if (isReportedPlanName(sentence.text, d)) ctx.planSpans.add(spanKey(d));
      const noFigureYet = drafts.length === paragraphFirst; // round 44: "Theo Sở …, tỉnh đã ban hành …. Đến nay, toàn tỉnh có …": now opens the paragraph's first figures
      if ((sentence === sentences[0] && opensNewReport(sentence.text, found)) || ((sentence === sentences[0] || noFigureYet) && ctx.articleYear === undefined && (goal || onlyRanksBefore(drafts) || goalLastBefore(drafts) || aimsAtHorizonOnly(sentences[sentences.indexOf(sentence) - 1]?.text)) && opensOnNow(sentence.text, found, true))) [inherited, latest] = [undefined, undefined];
      if (ctx.english && standsNowInEnglish(sentence.text, found)) [inherited, latest] = [undefined, undefined]; // round 35: "To date, …", "… currently has …"
      const now = sentence === sentences[0] && !yearReportedAt(latest, memory.eventAt, drafts.map((d) => d.metric)) ? nowAtEvent(memory, sentence.text, found) : undefined; // an undated page's "Đến nay" at the event it reports
      if (now) [inherited, latest] = [now, now];
      inherited = withinSpanFrame(sentence.text, found, inherited, spanFrame);
      if (ctx.articleYear === undefined && opensOnSoFar(sentence.text, found)) [inherited, latest] = [undefined, sentence === sentences[0] ? undefined : latest]; // round 38: "… năm 2022 …. Đến nay, …" on an undated page; round 43: opening a paragraph too (and then for the paragraphs after it), even after the event the page reports (the gold of 13 real readings against 3)
      const carriedYear = (inherited ?? latest)?.iso.slice(0, 4); // the year a month written without one may take to open a period
      const dates = runningTotals(sentence.text, fillMissingYears(sentence.text, withoutAddendYears(sentence.text, found), forwardYear(inherited ?? latest, textYear, found) ?? fallbackYear(inherited ?? latest, textYear), inherited && fallbackYear(inherited, textYear)));
      const numbers = sentenceNumbers(sentence.text, !!ctx.english && !isVietnameseLine(sentence.text)).filter((n) => !isNumberedPlaceName(sentence.text, n.start, n.text, placeNames) && !(paragraph === paragraphs.at(-1) && sentence === sentences.at(-1) && isCutOffAtEnd(sentence.text, n.end, n.text)) && !(n.unit === 'VND' && isQuotedStoryAmount(paragraph.text, sentence.offset - paragraph.offset + n.start))).map((n) => asRankCell({ ...n, value: decimalCommaPageValue(n.text, pageScaledValue(n.text, n.value, !!ctx.englishNumbers), n.unit, !!ctx.decimalCommas) }, sentence.offset + n.start, rankCells));
      remember(memory, sentence.text, dates);
      if (goal && (ctx.english ? endsEnglishGoalFrame(sentence.text, ctx.articleYear, goal, numbers.length > 0) : endsGoalFrame(sentence.text, ctx.articleYear))) goal = undefined;
      const first = drafts.length;
      const contextFirst = sentenceFirst;
      sentenceFirst = first;
      let previous = '';
      const topic = recentTopic(read);
      read.push(ctx.headline && paragraph === paragraphs[0] ? withoutFigures(sentence.text) : sentence.text);
      const sentenceInherited = (ctx.articleYear === undefined && thisYearOfCurrent(sentence.text, dates, inherited)) || inherited; // round 49: "Năm nay, …" after part-year figures
      numbers.forEach((_, i) => {
        const subject = subjectFor(sentence.text, numbers, i, previous);
        const d = toDraft({ sentence, numbers, i, dates, inherited: sentenceInherited, contextFirst, subject, paragraph: paragraph.text, before, topic, lastTopic, carry, goal: goal ?? detailFrame(sentence.text, drafts.slice(contextFirst, first)) ?? ownAimFrame(sentence.text, numbers[i]!.start, ctx.articleYear) ?? thenFrame(sentence.text, sentences[sentences.indexOf(sentence) - 1]?.text ?? before, ctx.articleYear) }, ctx, drafts, first);
        drafts.push(d);
        previous = d.metric.subject;
        lastTopic = d.metric.topic;
      });
      spreadRespectively(sentence.text, numbers, drafts.slice(first));
      if (found.length === 0) releaseDeadline(drafts.slice(first), deadline, ctx.articleYear === undefined, sentence.text); // "Theo kế hoạch, đến năm 2026, … sẽ phủ 55% dân số. // … đã có 20.000 trạm"
      if (ctx.english) attachEnglishDates(sentence.text, dates, numbers, drafts.slice(first)); // round 35: "30% in 2016"
      if (ctx.english) releaseMoveStartDates(sentence.text, dates, numbers, drafts.slice(first), sentenceInherited, ctx.articleYear === undefined); // session 40: "to 50th from 53rd in 2023"
      spanBackPeriods(drafts.slice(first), spanPointedBack(sentence.text, found, sentences[sentences.indexOf(sentence) - 1]?.text ?? before)); // "… giai đoạn này …"
      if (ctx.english) horizonBackPeriods(drafts.slice(first), horizonPointedBack(sentence.text, found, sentences[sentences.indexOf(sentence) - 1]?.text ?? before)); // "The plan to 2025 was approved. By then, …"
      goal = headlineFrame(opensGoalFrame(sentence.text, ctx.articleYear), ctx.headline && paragraph === paragraphs[0]) ?? opensDeadlineList(sentence.text, drafts.slice(first).map((d) => d.metric.status), ctx.articleYear) ?? (ctx.english ? englishGoalFrame(sentence.text, ctx.articleYear) : undefined) ?? goal; // round 50: an English plan's goals
      const set = inheritablePeriod(sentence.text, withoutGoalClauses(sentence.text, withoutPlanHorizons(sentence.text, withoutVisions(memory, withoutMoveStarts(sentence.text, handedOn(sentence.text, withoutMilestones(sentence.text, withoutSingledOut(sentence.text, withCurrentYearStated(ctx.english ? withoutItemDates(sentence.text, dates, numbers) : dates, inherited ?? latest, textYear))))))), resultsAt(drafts.slice(first), sentence.offset)), yearCap(ctx.articleYear, review)) ?? (ctx.articleYear === undefined ? openingUndatedPeriod(sentence.text, dates) : undefined)
        ?? sinceAsYear(sentence.text, dates, drafts.slice(first).map((d) => d.metric)) ?? monthAfterCompared(sentence.text, dates) ?? monthInSpan(sentence.text, dates, inherited ?? latest);
      if (recallsPast(sentence.text)) continue; // round 46: "Hồi tháng 6/2024, Internet cố định từng …": its date is its own figures', not the next sentences'
      if (set) releasedPeriods(drafts.slice(paragraphFirst, first), sentence.text, set);
      const foreseenOnly = isForeseenYearOnly(sentence.text, set, drafts.slice(first).map((d) => d.metric.status), textYear); // "… sẽ đạt 70-80 tỷ USD vào năm 2025" on a page of 2021: no current period
      if (set !== undefined) deadline = deadlineOf(sentence.text, set, drafts.slice(first).map((d) => d.metric.status), ctx.articleYear);
      if (set !== undefined && !foreseenOnly) inherited = set && inherited && forecastsWholeYear(set, inherited, sentence.text, drafts.slice(first).map((d) => d.metric.status)) ? inherited : set ?? undefined; // round 46: "Trong Q1/2024 … Theo nhiều dự báo, doanh số … năm 2024 sẽ chỉ tăng khoảng 35% …. Đồng thời, 766,7 triệu …": the quarter goes on
      inherited = pointPeriod(sentence.text, dates) ?? inherited;
      const goals = drafts.length > first && drafts.slice(first).every((d) => d.metric.status === 'target'); // "Đến hết tháng 12/2023, … phải …": a deadline
      const span = openingReportSpan(sentence.text, dates);
      const reportSpan = drafts.slice(first).some((d) => d.metric.status === 'actual') || (drafts.length === first && reportsDone(sentence.text)) ? span : undefined; // not "Trong quý II/2022 và thời gian tới, … yêu cầu …"; round 39: a figure-less "Trong 6 tháng đầu năm 2025, tỉnh đã đạt được nhiều kết quả …"
      if (spanFrame && span && !reportSpan) [framed, spanFrame] = [undefined, undefined]; // … which ends the quarter reported before
      const opening = goals ? undefined : openingPointPeriod(sentence.text, dates, carriedYear) ?? openingRunningTotal(sentence.text, dates, carriedYear) ?? reportSpan;
      if (!opening && monthWithinRun(set, latest, sentence.text)) continue; // round 34: "Tốc độ … tháng 5/2024 đạt …" inside the report's half
      latest = opening ?? nextLatest(pastEditionHandOn(foreseenOnly ? undefined : set, latest, sentence.text, drafts.slice(first).map((d) => d.metric.unit)), latest, sentence.text, drafts.slice(first).map((d) => d.metric.status));
      if (opening) spanFrame = opening === reportSpan ? opening : undefined;
      framed = opening ?? framed;
    }
    carryScores(drafts.slice(paragraphFirst)); // "… DTI đạt 0,6961. … Kinh tế số đạt 0,7723": the paragraph's scores go on
    const last = sentences.at(-1)?.text ?? '';
    latest = afterReview(latest, review, paragraphs.indexOf(paragraph), ctx.articleYear === undefined);
    before = last || before;
    if (isLeadIn(last)) frame = leadInFrame(last, ctx.articleYear);
    else if (!carry) frame = undefined;
  }
  pagePeriodPasses(drafts, paragraphs, { headline: !!ctx.headline, articleYear: ctx.articleYear, review });
  if (ctx.headline && paragraphs.length > 1) headlineGoals(drafts, paragraphs[0]!, paragraphs.slice(1)); // round 43: "Cuối năm 2022: 75% …" above the plan's goal of 75%
  subheadingGoals(drafts, paragraphs); // a subheading over the paragraph of its goal
  restatedTwinSeries(drafts, ctx.indicators);
  scoresOfRankedSeries(drafts, ctx.indicators);
  goalsNamedAfter(drafts, paragraphs);
  const tabled = withoutCounters(readLineTables(readScoreTables(drafts, scoreTableRows(paragraphs)), lineTables(paragraphs)), counterSpans(paragraphs)); // round 48: a flattened score table's rows; round 52: a table run into one paragraph, a page's counters
  const ids = uniqueIds(tabled.map((d) => d.id));
  return tabled.map((d, k) => ({
    id: ids[k]!,
    ...d.metric,
    ...(d.claim !== undefined ? { baselineFor: ids[d.claim]! } : {}),
  }) as Metric);
}

