/**
 * Session 40: the start of a move an English page spells out, "from X (in 2022) to Y": "grew from $16.4 billion in 2022 to $20.5 billion
 * in 2023", "rose from 28 percent in 2021 to 51.5 percent", "moved from 59th to 57th", "increased from 1,280 to 1,500 firms". The start is
 * the value the move began at, a baseline of the figure it ends on; as `baseline-value.ts`' "từ X lên Y" on a Vietnamese page. A range ("from
 * 10 to 15 per cent", "high growth rates, from 45% to 55%"), a revision ("adjusted from 19 to 20 per cent") and a goal's move ("aims to raise …
 * from 16.25% in 2024 to 30% by 2030": its start is where things stand) are not. Pure; text is compared lowercase.
 */
import type { Period } from '../../src/schemas/metric';
import type { NumberMatch } from './numbers';
import { periodOfDate, type DateMatch } from './dates-find';
import { BY_YEAR_END } from './english-dates';
import { MOVE_VERBS } from './english-direction';
import { speaksOfFuture } from './english-goal-years';
import { ownEnglishDate } from './english-own-date';
import { clearPeriod, setPeriod, type PeriodFields } from './period-set';

/** The words a value of a move may carry before it ("the", "about", "position", "a mere", "last year's") and its currency sign. */
const VALUE_LEAD = String.raw`(?:(?:the|a|an|about|around|nearly|almost|over|some|just|only|approximately|roughly|more\s+than|less\s+than|under|position|place|its|their|mere|record|new|last\s+year['’]s)\s+)*(?:us\s*\$|\$|usd\s*|vnd\s*)?`;
/** "from" right before the figure, with the words a start may carry ("from the", "from about", "from position", "from last year's"). */
const FROM_BEFORE = new RegExp(String.raw`(?<![\p{L}])from\s+${VALUE_LEAD}$`, 'u');

/** What may stand between the start and "to": its own date and words ("in 2022", "in H1/2022", "last year", "place", "in the previous
 *  edition"), no figure but a year, no clause break. */
const TO_AFTER = new RegExp(String.raw`^[^.;:!?\d]{0,48}?(?<![\p{L}])to\s+${VALUE_LEAD}$`, 'u');

/** Session 55: verbs of making a figure smaller or larger ("has reduced the number of procedures from 115 to 25", "raised the share from … to …"). */
const MADE_SMALLER = String.raw`(?:reduc(?:e|ed|es|ing)|cut(?:s|ting)?|lower(?:ed|s|ing)|narrow(?:ed|s|ing)?|shorten(?:ed|s|ing)?)`;
const MADE_LARGER = String.raw`(?:rais(?:e|ed|es|ing)|boost(?:ed|s|ing)?|widen(?:ed|s|ing)?)`;
/** `verbs` in the clause before "from", at most 90 characters before its end, no clause break after them. */
const inClauseEnd = (verbs: string) => new RegExp(String.raw`(?<![\p{L}])${verbs}(?![\p{L}])(?:[^,;:.]|\.\d){0,90}$`, 'u');
/** A verb or noun of movement in the clause before "from" ("grew", "rose", "moved up three places", "an increase"), or one of making a
 *  figure move: a move, not a range ("high growth rates, from 45% to 55%") nor a revision ("growth was adjusted from 19 per cent to 20 per cent"). */
const MOVED_BEFORE = inClauseEnd(String.raw`(?:${MOVE_VERBS}|${MADE_SMALLER}|${MADE_LARGER})`);
/** A move's own verb (`MOVE_VERBS`): it moves whichever way its figures go. */
const MOVE_VERB_BEFORE = inClauseEnd(MOVE_VERBS);
/** Every verb of making a figure move, the smaller ones in group 1: the last one in the clause says which way. */
const MADE_VERB = new RegExp(String.raw`(?<![\p{L}])(?:(${MADE_SMALLER})|${MADE_LARGER})(?![\p{L}])`, 'gu');
/** Session 40 review: a revision of a figure ('revised down its forecast from 6.3% to 5.5%') or a range ('ranging from 20% to 25%') before "from": no move. */
const NOT_A_MOVE = /(?<![\p{L}])(?:revis(?:e|ed|es|ing)|adjust(?:ed|s|ing)?|correct(?:ed|s|ing)?|amend(?:ed|s|ing)?|upgrad(?:e|ed|es|ing)|downgrad(?:e|ed|es|ing)|rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))(?![\p{L}])/u;
/** A goal's deadline right after the figure a move ends on ('from 18.3% to 30% by 2030'): a goal's move, whose start is where things stand. */
const DEADLINE_AFTER = new RegExp(`^[^.;]{0,30}?${BY_YEAR_END}`, 'u');

/** Years, halves and quarters written with digits, as letters, so `TO_AFTER` reads over them ("in 2022", "in h1/2022", "q3/2023"). */
const DATE_DIGITS = /(?<![\d.,])(?:(?:h|q)[1-4]\s*\/\s*)?(?:19|20)\d\d(?![\d.,])/gu;

/** "to" right before a figure a move ends on, with the words it may carry ("to the 50th", "to about", a currency sign). */
const TO_BEFORE = new RegExp(String.raw`(?<![\p{L}])to\s+${VALUE_LEAD}$`, 'u');
/** Between the end and a start said after it: words only, then "from" ("to 50th from 53rd in 2023", "to $20.5 billion, up from …"). */
const FROM_AFTER_END = new RegExp(String.raw`^[^.;:!?\d]{0,56}?${FROM_BEFORE.source}`, 'u'); // session 47: the end's own date may stand between, its digits read as letters ("to $66 million in the first half of 2023 from $372 million")

/** The clause of `lower` before offset `at`, without a "from …" or "to …" it ends on: what may say it is a move, or a goal's. */
function clauseBefore(lower: string, at: number): string {
  return lower.slice(0, at).split(/[;:.!?]\s/u).at(-1)!.replace(/(?<![\p{L}])(?:from|to)(?:\s+(?!(?:from|to)(?![\p{L}]))[^\s\d,;]+)*\s*$/u, ''); // only the "from"/"to" it ends on ("exports to the US increased from ")
}

/** True when a move from `from` to `to` goes the way the clause's verb says: any way after a move's own verb; after one of making a figure
 *  move (the last in the clause: "reduced costs and boosted revenue from $5 million to $8 million"), down from more to less after a smaller
 *  one ("cut costs from 20% to 40%" is a range of cuts), up after a larger one; a rank any way ("raised its ranking from 86th to 71st"). */
function goesTheVerbsWay(clause: string, from: number, to: number, unit: string): boolean {
  if (unit === 'rank' || MOVE_VERB_BEFORE.test(clause)) return true;
  const made = [...clause.matchAll(MADE_VERB)].at(-1);
  return made?.[1] ? to < from : to > from;
}

/** True when the clause says it moves and is no goal's (`MOVED_BEFORE`; no future or goal words, `speaksOfFuture`). */
function movesInClause(clause: string): boolean {
  return MOVED_BEFORE.test(clause) && !speaksOfFuture(clause) && !NOT_A_MOVE.test(clause);
}

/** True when the figure `n` of English sentence `s` is the start of a move said after its end `previous` ("moved up three spots to 50th from 53rd in 2023"). */
function isEnglishMoveStartAfterEnd(s: string, n: Pick<NumberMatch, 'start' | 'unit' | 'value'>, previous: Pick<NumberMatch, 'start' | 'end' | 'unit' | 'value'> | undefined): boolean {
  if (!previous || previous.unit !== n.unit) return false;
  const lower = s.toLowerCase();
  const clause = clauseBefore(lower, previous.start);
  return TO_BEFORE.test(lower.slice(Math.max(0, previous.start - 40), previous.start)) && !DEADLINE_AFTER.test(lower.slice(previous.end)) && FROM_AFTER_END.test(lower.slice(previous.end, n.start).replace(DATE_DIGITS, (y) => 'y'.repeat(y.length))) && movesInClause(clause) && goesTheVerbsWay(clause, n.value, previous.value, n.unit);
}

/**
 * True when the figure `n` of English sentence `s` starts a move to the next figure `next` ("from $16.4 billion in 2022 to $20.5 billion"):
 * "from" right before it, "to" right before the next with nothing but a date and words between, and the two of one unit (not a range).
 */
export function isEnglishMoveStart(s: string, n: Pick<NumberMatch, 'start' | 'end' | 'unit' | 'value'>, next: Pick<NumberMatch, 'start' | 'unit' | 'value'> | undefined): boolean {
  if (!next || next.unit !== n.unit) return false;
  const lower = s.toLowerCase();
  if (!FROM_BEFORE.test(lower.slice(Math.max(0, n.start - 40), n.start))) return false;
  const clause = clauseBefore(lower, n.start);
  if (!movesInClause(clause) || !goesTheVerbsWay(clause, n.value, next.value, n.unit) || DEADLINE_AFTER.test(lower.slice(next.start))) return false;
  return TO_AFTER.test(lower.slice(n.end, next.start).replace(DATE_DIGITS, (y) => 'y'.repeat(y.length)));
}

/** Session 46: a move's verb said after its end, then "from" and its start, no "to" ("reached 54.96 points in 2022, increasing from 51.82
 *  points in 2021", "5.7% in 2021, increased sharply from 2.2% in 2020", "averaged 0.7688, up 8.6% from 0.7326 in 2023": the change's
 *  figure may stand between); its end's year read as letters (`YEAR_DIGITS`: "in 2022, increasing"). */
const YEAR_DIGITS = /(?<![\d.,])(?:19|20)\d\d(?!\d)/gu;
const MOVED_FROM_AFTER_END = new RegExp(String.raw`^[^.;:!?\d]{0,30}?,\s*(?:and\s+)?(?:an?\s+)?${MOVE_VERBS}(?:\s+\p{L}+ly)?(?:\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent))?\s+from\s+${VALUE_LEAD}$`, 'u');

/** A figure as the move rules read it: where it stands, its unit and the direction a change has. */
type MoveNumber = Pick<NumberMatch, 'start' | 'end' | 'unit' | 'direction' | 'value'>;

/** Session 47: "from" and a value right after a change's percentage ("a plunge of 97 percent from $289 million in the second quarter of
 *  2022", "down 41% from 372"): the value the change is measured from, a baseline of it (whatever the change's own end). */
const FROM_RIGHT_AFTER = new RegExp(String.raw`^\s+${FROM_BEFORE.source}`, 'u');
function isStartAfterChange(lower: string, n: MoveNumber, change: MoveNumber | undefined): boolean {
  return !!change && change.unit === 'percent' && change.direction !== undefined && n.unit !== 'percent' && FROM_RIGHT_AFTER.test(lower.slice(change.end, n.start));
}

/** The index of the figure a move ends on when figure `i` of English sentence `s` is its start said after it: "to 50th from 53rd"
 *  (`isEnglishMoveStartAfterEnd`), or with the move's verb (`MOVED_FROM_AFTER_END`), the figure before or the one before a change's
 *  percentage; of one unit, in no goal's clause. Undefined otherwise. */
export function moveEndBeforeStart(s: string, numbers: readonly MoveNumber[], i: number): number | undefined {
  const n = numbers[i]!;
  if (isEnglishMoveStartAfterEnd(s, n, numbers[i - 1])) return i - 1;
  const lower = s.toLowerCase();
  if (isStartAfterChange(lower, n, numbers[i - 1])) return i - 1;
  for (const j of [i - 1, i - 2]) {
    const end = numbers[j];
    if (!end || end.unit !== n.unit || (j === i - 2 && numbers[i - 1]!.unit !== 'percent')) continue;
    const between = lower.slice(end.end, n.start).replace(YEAR_DIGITS, 'yyyy');
    if (MOVED_FROM_AFTER_END.test(between) && !speaksOfFuture(clauseBefore(lower, n.start))) return j;
  }
  return undefined;
}

/** True when the `k`th figure of English sentence `s` starts a move (`isEnglishMoveStart` before its end, `moveEndBeforeStart` after it). */
function startsMove(s: string, numbers: readonly MoveNumber[], k: number): boolean {
  return isEnglishMoveStart(s, numbers[k]!, numbers[k + 1]) || moveEndBeforeStart(s, numbers, k) !== undefined;
}

/**
 * A move's start dates only itself: the other figures of English sentence `s` that took its own date ("moved up three spots to 50th from
 * 53rd in 2023": "three" and "50th" read 2023) take `inherited` instead, or none, with the "no-period" reason a figure with none gets on
 * an undated page (`undated`) or as a goal. In place; `numbers` and `drafts` in the same order.
 */
export function releaseMoveStartDates(
  s: string, dates: readonly DateMatch[], numbers: readonly MoveNumber[],
  drafts: readonly { metric: PeriodFields & { status: string } }[], inherited: Period | undefined, undated: boolean,
): void {
  const own = numbers.map((n) => ownEnglishDate(s, dates, n));
  const startDates = numbers.map((_, k) => (own[k] && startsMove(s, numbers, k) ? periodOfDate(own[k]!) : undefined)).filter((p) => p !== undefined);
  drafts.forEach((d, j) => {
    const p = d.metric.period;
    if (ownEnglishDate(s, dates, numbers[j]!, true) || !p || !startDates.some((x) => x.iso === p.iso && x.precision === p.precision)) return;
    if (inherited) setPeriod(d.metric, inherited);
    else clearPeriod(d.metric, undated || d.metric.status === 'target');
  });
}
