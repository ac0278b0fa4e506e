/**
 * The status of one number of a sentence (actual / target / estimate / baseline, with the claim a
 * baseline qualifies) and a baseline's own period: the sentence-level rules of `status.ts` and `baseline-value.ts`, the
 * paragraph's lead-in and goal list (`period-carry.ts`) and a plan's goal frame (`goal-frame.ts`),
 * put together for `metrics.ts`. Pure.
 */
import { periodOfDate } from './dates';
import type { Period } from '../../src/schemas/metric';
import { frameStatus } from './goal-frame';
import { goalListHorizon, saysDoneInEnglish } from './english-goal-frame';
import { isStartBracket } from './goal-phase';
import { goalSetPeriod, isGoalProgress, isGoalSetCount, isGoalTally, isMetGoalLevel, isPresentStock, isRequiredLevel } from './goal-progress';
import { isPurposeGoal } from './goal-purpose';
import { partOfGoalsSetBefore } from './goal-opening';
import { isGoalYearFigure } from './goal-years';
import { inGoalBracket } from './goal-bracket';
import { isPlanItemFigure } from './plan-items';
import type { MetricContext } from './metric-context';
import type { Draft, NumberInContext } from './metric-draft';
import { continuesGoalList } from './period-carry';
import { isContrastEarlier, contrastTurn, openingComparedBracket, pointsBackCompared } from './period-compared';
import type { FoundPeriod } from './periods';
import { isOwnChange, isShareOfPlan } from './change-own';
import { isForecastYearLevel, isYearsAheadOnly } from './forecast';
import { isMovedGoalStart, moveRole, startPeriod } from './change-from';
import { isGoalClause, isPlannedFigure, isQuotaItem, isUnmetLevel } from './goal-clause';
import { isGoalListItem, planYearInStage } from './goal-list';
import { inTurnListStart } from './period-respective';
import { doneNearby, isEstimate, isTarget, saysDone, saysDoneAfter, spanAround } from './status';
import { englishHorizon, englishStatus, inOpeningComparison, isYearBeforeInEnglish, statesInEnglish } from './english-status';
import { isEnglishMoveStart, moveEndBeforeStart } from './english-move';
import { ownEnglishDate } from './english-own-date';
import { addendYear } from './estimate-addend';
import { meansYearBefore, periodBefore, sameSpanOfYear, wholeYear, yearBefore } from './period-shift';
import { baselineSpan, datedBracketYear, isBaselineValue, isInSameTimeBracket, isMoveStart, isPlanValue, pointsBack, pointsBackComparative } from './baseline-value';
import { yearPeriod } from './period-set';

/**
 * "từ nhóm cuối (xếp thứ 21/22 sở năm 2023), lên tốp đầu (xếp thứ 6/22 …)": a rank in the bracket of the
 * place a move starts from is the move's start, a baseline (`isMoveStart` reads the unbracketed forms).
 */
function isBracketMoveStart(lower: string, n: { start: number; end: number }): boolean {
  return /(?<![\p{L}\p{M}])từ\s+[^\d(),;]{1,24}\(\s*(?:xếp|đứng)?\s*(?:thứ|hạng|vị trí)\s*$/u.test(lower.slice(Math.max(0, n.start - 48), n.start))
    && /^[^()]{0,48}\)\s*,?\s+(?:lên|xuống)(?![\p{L}\p{M}])/u.test(lower.slice(n.end, n.end + 64));
}

/** A dated bracket after a goal that gives a later year ("tối thiểu 90% … (năm 2030 đạt 100%)"): the goal's value at a later horizon, not its baseline; that year. */
function laterGoalInBracket(text: string, n: { start: number; end: number }, claim: { status: string; period?: Period } | undefined): Period | undefined {
  const year = claim?.status === 'target' && claim.period ? datedBracketYear(text, n) : undefined;
  return year && year > Number(claim!.period!.iso.slice(0, 4)) ? yearPeriod(year) : undefined;
}

/** The figures of the sentence before, or, when it gave none ("Mỗi cơ sở … đều triển khai …"), those of the last sentence that gave some. */
export function figuresBefore(drafts: Draft[], contextFirst: number, first: number): Draft[] {
  if (contextFirst < first || first === 0) return drafts.slice(contextFirst, first);
  const quote = drafts[first - 1]!.metric.quote;
  return drafts.slice(0, first).filter((d) => d.metric.quote === quote);
}

/** The status of number `i` and the draft index of the claim it qualifies (for a baseline). */
export function statusOf(c: NumberInContext, period: Period | undefined, from: FoundPeriod['from'] | undefined, ctx: MetricContext, drafts: Draft[], first: number) {
  const { sentence, numbers, i } = c;
  const n = numbers[i]!;
  const text = sentence.text;
  const claims = drafts.slice(first).map((d, k) => ({ d, k: first + k })).filter((x) => x.d.metric.status !== 'baseline');
  const baseline = (claim: number) => { // an English start's own date right after it ("from $372 million in the first half of 2022"; session 47)
    const own = ownEnglishDate(text, c.dates, n);
    return { status: 'baseline' as const, claim, ambiguous: false, ...(own ? { period: periodOfDate(own) } : {}) };
  };
  if (ctx.english && isEnglishMoveStart(text, n, numbers[i + 1])) return baseline(drafts.length + 1); // session 40: "from $16.4 billion in 2022 to $20.5 billion"
  if (ctx.english && inOpeningComparison(text, n.start, numbers[i + 1]?.start)) return baseline(drafts.length + 1); // session 47: "As compared to the total funding of $113 million in …, the total funding also dropped 41 percent"
  const moveEnd = ctx.english ? moveEndBeforeStart(text, numbers, i) : undefined;
  if (moveEnd !== undefined) return baseline(drafts.length - (i - moveEnd)); // "to 50th from 53rd in 2023"; session 46: "…, increasing from 51.82 points in 2021"
  const english = ctx.english ? englishStatus(text, n.start, claims.length > 0, ctx.articleYear) : undefined; // round 35: an English page's words
  if (english === 'baseline') {
    const claimed = claims.at(-1)!;
    const before = isYearBeforeInEnglish(text.slice(n.end)) && claimed.d.metric.period ? yearBefore(claimed.d.metric.period) : undefined; // "lower than the 5,200 in the same period last year"
    return { status: english, claim: claimed.k, ambiguous: false, ...(before ? { period: before } : {}) };
  }
  if (english) {
    const item = text.lastIndexOf(';', n.start) + 1; // round 60: a later ';'-item of a goal list with no date of its own takes the list's horizon
    const listed = english === 'target' ? goalListHorizon(text.slice(0, item), c.dates.some((d) => d.start >= item && d.end <= n.start)) : undefined;
    const horizon = english === 'target' ? englishHorizon(text.slice(n.end), text.slice(0, n.start)) ?? listed ?? (period && wholeYear(period)) : undefined;
    return { status: english, ambiguous: false, ...(horizon ? { period: horizon } : {}) }; // none named: the goal before's horizon (session 25, `horizonBefore`)
  }
  const present = isContrastEarlier(text, n, c.dates) ? numbers.findIndex((x) => x.start >= contrastTurn(text)!.turn) : -1;
  if (present > i) return { status: 'baseline' as const, claim: drafts.length + present - i, ambiguous: false, period }; // "Nếu như năm 2017 … X thì đến nay … Y"
  if (isRequiredLevel(text, n) && claims.length) return { status: 'target' as const, ambiguous: false, period: claims.at(-1)!.d.metric.period }; // "đạt 93,55% so với 80% yêu cầu"
  if (isPlanValue(text, n.start)) return { status: 'target' as const, ambiguous: false, period: period && wholeYear(period) }; // "kế hoạch năm (3.880.250 tỷ đồng)"
  const compared = claims.length > 0 ? openingComparedBracket(text, n, c.dates) : undefined;
  if (compared) return { status: 'baseline' as const, claim: claims.at(-1)!.k, ambiguous: false, period: compared }; // "So với năm 2020, … giảm 38,3% (268.515.947 vụ)"
  if (claims.length > 0 && isStartBracket(text, n)) return { status: 'baseline' as const, claim: claims.at(-1)!.k, ambiguous: false }; // "… lên 10% (từ 5% hiện tại)"
  const move = moveRole(text, n);
  if (move?.role === 'start') return { status: 'baseline' as const, claim: drafts.length + numbers.findIndex((x) => x.start === move.endItem.start) - i, ambiguous: false, period: startPeriod(text, n, c.dates) }; // "tăng 57%, từ 647 triệu năm 2023 lên …"
  const later = laterGoalInBracket(text, n, claims.at(-1)?.d.metric);
  if (later) return { status: 'target' as const, ambiguous: false, period: later }; // round 44: "Tối thiểu 90% … (năm 2030 đạt 100%)"
  if (isBaselineValue(text, n, claims.length > 0) && !isOwnChange(text, n) && (!isShareOfPlan(text, n) || isInSameTimeBracket(text, n))) return { status: 'baseline' as const, claim: claims.at(-1)?.k, ambiguous: false };
  if (i + 1 < numbers.length && (isMoveStart(text.toLowerCase(), n) || isBracketMoveStart(text.toLowerCase(), n)) && !isMovedGoalStart(text, n)) return { status: 'baseline' as const, claim: drafts.length + 1, ambiguous: false }; // the rank it moves to, next
  const pointedFrom = claims.length === 0 && pointsBackComparative(text, n) && c.contextFirst === first ? 0 : c.contextFirst; // "Với mức tăng trưởng này, …" may open a paragraph: the figure before is the last one read
  const back = claims.length === 0 && (pointsBack(text, n) || pointsBackCompared(text, n) || pointsBackComparative(text, n)) ? drafts.slice(pointedFrom, first).findLastIndex((d) => d.metric.status !== 'baseline') : -1;
  if (back >= 0) return { status: 'baseline' as const, claim: pointedFrom + back, ambiguous: false };
  if (isUnmetLevel(text, n.start)) return { status: 'target' as const, ambiguous: false, period: from === 'clause' ? period : undefined }; // "chưa đạt trên 5%"
  const added = addendYear(text, n.start, n.end);
  if (added) return { status: 'actual' as const, ambiguous: false, period: added }; // round 34: "dự kiến xây thêm …, cùng với 800 trạm của năm 2023"
  if (isPresentStock(text, n)) return { status: 'actual' as const, ambiguous: false, period: undefined }; // "Với 5 tuyến cáp hiện có, …"
  if (isGoalProgress(text, n) || isGoalTally(text, n)) return { status: 'actual' as const, ambiguous: false }; // "Đến nay, 18 mục tiêu đã hoàn thành (đạt 29%)"
  if (isGoalSetCount(text, n) && !isEstimate(text, n.start)) return { status: 'actual' as const, ambiguous: false, period: goalSetPeriod(text, period) }; // "đưa ra 6 mục tiêu … đến năm 2030"
  if (isPlannedFigure(text, n.start)) return { status: 'target' as const, ambiguous: false, period: from === 'paragraph' ? undefined : period }; // "Có kế hoạch xây dựng 3 trung tâm"
  const previous = figuresBefore(drafts, c.contextFirst, first);
  const planGoesOn = previous.length > 0 && previous.every((d) => d.metric.status === 'target') && isYearsAheadOnly(text, n.start); // "Theo kế hoạch, … đạt X vào năm 2025. Các doanh nghiệp sẽ … trong ba năm tới"
  const estimate = !planGoesOn && (isEstimate(text, n.start) || isForecastYearLevel(text, n.start, period, ctx.forecastYears ?? []));
  const past = !!period && ctx.articleYear !== undefined && Number(period.iso.slice(0, 4)) < ctx.articleYear;
  // "gần 1.000 trạm tạm đã được thu hồi": reported done right after the figure; a goal list's item may say "60% hệ thống đã được
  // kết nối" and stay a goal, a sentence of its own (no ";") that says so is a result
  const doneAfter = saysDoneAfter(text, n.end);
  const [semiFrom, semiTo] = spanAround(text, n.start, /;/g); // the figure's `;`-clause
  const done = saysDone(text, n.start) || doneAfter || (!!ctx.english && saysDoneInEnglish(text.slice(semiFrom, n.end))); // round 50: "… has reached 70%" inside an English plan's frame
  const listed = !estimate && isGoalListItem(text, n.start); // "… chỉ tiêu … gồm: 100% …; ít nhất 70 …"
  const inTurn = inTurnListStart(text, n.start);
  const target = listed || isTarget(text, n.start, from === 'clause' ? period : undefined, ctx.articleYear)
    || (inTurn >= 0 && !saysDone(text, n.start) && isTarget(text, inTurn, undefined, ctx.articleYear)) // "mục tiêu đạt … lần lượt là 10% vào tháng 5, 15% vào tháng 9"
    || (!!c.carry?.target && !done)
    || isGoalClause(text, n.start, period, ctx.articleYear) || isQuotaItem(text, n.start, ctx.lead) || isMetGoalLevel(text, n) // "hoàn thành và vượt cam kết … tối thiểu 20.000 trạm"
    || (!estimate && (isGoalYearFigure(text, n.start, ctx.goalYears ?? []) || inGoalBracket(text, n.start))) // round 31g: "các chỉ tiêu năm 2025 (doanh thu …, lợi nhuận …)"
    || (!!ctx.planItems?.has(c.paragraph) && !estimate && isPlanItemFigure(text, n.start))
    || (!estimate && !past && isPurposeGoal(text, n.start, n.end))
    || (!estimate && partOfGoalsSetBefore(text.toLowerCase(), c.paragraph)) // round 33: "… đề ra 9 chỉ tiêu …. Trong đó, …"
    || (!estimate && from !== 'clause' && from !== 'sentence' && !(doneAfter && !text.includes(';')) && !(ctx.english && (statesInEnglish(text.slice(semiFrom, semiTo)) || saysDoneInEnglish(text.slice(semiFrom, semiTo)))) && continuesGoalList(text.slice(semiFrom, n.start), drafts, previous, period));
  const ambiguous = (target && doneNearby(text, n.start)) || (target && estimate);
  const status = frameStatus(c.goal, estimate ? 'estimate' as const : target ? 'target' as const : 'actual' as const, text, n, done, past);
  const stage = listed && status === 'target' ? planYearInStage(period, ctx.lead) : undefined; // a stage's goals on a page of one year's plan
  return { status, ambiguous, ...(stage ? { period: stage } : {}) };
}

/** A baseline's own period: a date in its bracket or comparison, else the year before its claim's (or the article's) for "cùng kỳ năm trước". */
export function baselinePeriod(c: NumberInContext, claim: Draft | undefined, articleYear: number | undefined): Period | undefined {
  const span = baselineSpan(c.sentence.text, c.numbers[c.i]!);
  const near = c.dates.filter((x) => x.start >= span.start && x.end <= span.end && !x.iso.startsWith('0000'));
  const num = c.numbers[c.i]!;
  const closing = near.find((x) => x.start >= num.end && /^[^(),;]*$/u.test(c.sentence.text.slice(num.end, x.start)) && /^\s*\)/u.test(c.sentence.text.slice(x.end))); // round 43: "so với năm ngoái (41.989.163 vụ vào năm 2022)": the date that closes the value's own bracket
  const d = closing ?? near.filter((x) => x.end <= num.start).at(-1) ?? near[0]; // "năm 2022 là 55% và năm 2023 là 60%": the nearest before
  if (d) return sameSpanOfYear(periodOfDate(d), claim?.metric.period, c.sentence.text.slice(0, d.start)); // "cùng kỳ 2021 (…)": that year's same months
  const p = claim?.metric.period ?? (articleYear !== undefined ? { iso: String(articleYear), precision: 'year' as const } : undefined);
  const words = c.sentence.text.slice(span.start, span.end);
  const just = p && periodBefore(p, words);
  if (just) return just;
  return p && meansYearBefore(words) ? yearBefore(p) : undefined;
}

