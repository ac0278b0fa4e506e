/**
 * A change followed by the two values it moves between (round 19): "tăng 57%, từ 647 triệu năm 2023 lên 1.013 triệu
 * giao dịch trong 2024", "gấp 1,4 lần – tăng từ 3.552 USD năm 2020 lên hơn 5.000 USD …". The start, dated by its own
 * year, is the value the change is measured from (a baseline of the end value); the change and the end value are of
 * the end's period, when its item names one with a year. Pure; text is compared lowercase.
 */
import type { Period } from '../../src/schemas/metric';
import { periodOfDate, type DateMatch } from './dates';
import type { Span } from './items';
import { yearPeriod } from './period-set';

/** A qualifier a value may have before it. */
const Q = '(?:(?:mức|khoảng|gần|hơn|trên)\\s+)?';
/** Groups: 1 the change, 2 the start, 3 the end, 4 the rest of the end's item. */
const MOVE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:tăng|giảm|gấp)\\s+${Q}(\\d[\\d.,]*)\\s*(?:%|lần)\\s*[,–—-]\\s*(?:(?:tăng|giảm)\\s+)?từ\\s+${Q}(\\d[\\d.,]*)`
  + `[^\\d,;()]{0,24}?\\s+năm\\s+(?:19|20)\\d\\d\\s*,?\\s+(?:lên|xuống)\\s+${Q}(\\d[\\d.,]*)([^,;()]*)`,
  'gdu',
);


/** The role of the number at `n` in such a move, and where the end value's item runs. */
export interface MoveRole { role: 'change' | 'start' | 'end'; endItem: Span }

/** The role of the number starting at `n.start` in a change spelled out as a move (`MOVE`), or undefined. */
export function moveRole(sentence: string, n: Pick<Span, 'start'>): MoveRole | undefined {
  for (const m of sentence.toLowerCase().matchAll(MOVE)) {
    const at = (g: number) => m.indices![g]![0];
    const role = at(1) === n.start ? 'change' : at(2) === n.start ? 'start' : at(3) === n.start ? 'end' : undefined;
    if (role) return { role, endItem: { start: at(3), end: m.indices![4]![1] } };
  }
  return undefined;
}

/** The own year of the dated start at `n` (the date between it and the end value), or undefined when `n` is no start. */
export function startPeriod(sentence: string, n: Pick<Span, 'start'>, dates: readonly DateMatch[]): Period | undefined {
  const move = moveRole(sentence, n);
  const d = move?.role === 'start' ? dates.find((x) => x.start > n.start && x.end <= move.endItem.start && !x.yearMissing) : undefined;
  return d && periodOfDate(d);
}

/** Round 38: a move with no change figure, from its dated start to the word before its end: "co lại từ mức 50% quý 1/2022 xuống ", "từ 12 triệu năm 2023 lên ". */
const BARE_MOVE = new RegExp(`(?<![\\p{L}\\p{M}])từ\\s+${Q}\\d[\\d.,]*[^;()]{0,30}?(?:19|20)\\d\\d[^\\d;()]{0,6}?\\s+(?:lên|xuống)\\s`, 'gu');

/** `dates` without the start years of the moves a sentence spells out ("tăng từ 3.552 USD năm 2020 lên …", `BARE_MOVE`): no period the sentences after it take. */
export function withoutMoveStarts(sentence: string, dates: DateMatch[]): DateMatch[] {
  const lower = sentence.toLowerCase();
  const starts = [...lower.matchAll(MOVE)].map((m) => ({ start: m.indices![2]![1], end: m.indices![3]![0] }))
    .concat([...lower.matchAll(BARE_MOVE)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
  return dates.filter((d) => !starts.some((s) => d.start >= s.start && d.end <= s.end));
}

/** True when the number at `n` is the dated start of the move a change figure before it spells out. */
export function isChangeStart(sentence: string, n: Pick<Span, 'start'>): boolean {
  return moveRole(sentence, n)?.role === 'start';
}

/**
 * The period of a change figure or an end value in such a move: a date with a year in the end value's item ("… lên
 * 1.013 triệu giao dịch trong 2024"); null when the item has none ("lên hơn 5.000 USD vào cuối năm nay": no date of
 * the start's); undefined when the number is neither.
 */
export function movedPeriod(sentence: string, n: Pick<Span, 'start'>, dates: readonly DateMatch[]): Period | null | undefined {
  const move = moveRole(sentence, n);
  if (!move || move.role === 'start') return undefined;
  const d = dates.find((x) => x.start >= move.endItem.start && x.end <= move.endItem.end && !x.yearMissing && !x.iso.startsWith('0000'));
  return d ? periodOfDate(d) : null;
}

/**
 * Round 47: a change over two consecutive years written right after it ("thương mại điện tử … tăng 11% từ năm 2022 đến 2023", "tăng
 * 19% từ năm 2022 đến năm 2023"): the year it ends in, the change's year. undefined otherwise.
 */
export function yearOnYearEnd(sentence: string, n: Pick<Span, 'end'>, dates: readonly DateMatch[]): Period | undefined {
  const d = dates.find((x) => x.start >= n.end && /^\s*$/u.test(sentence.slice(n.end, x.start)) && /^từ\s/iu.test(x.text));
  if (!d || d.precision !== 'year' || d.yearMissing || !d.isoEnd || Number(d.isoEnd) !== Number(d.iso) + 1) return undefined;
  return yearPeriod(d.isoEnd);
}

/** A goal moved to a new level: "Mục tiêu tăng trưởng … được nâng từ", "chỉ tiêu … điều chỉnh từ", "kế hoạch … hạ từ". */
const GOAL_MOVED = /(?<![\p{L}\p{M}])(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|kịch\s+bản)(?![\p{L}\p{M}])[^,;.]{0,80}?(?<![\p{L}\p{M}])(?:được\s+|đã\s+được\s+)?(?:nâng|điều\s+chỉnh|hạ|giảm|tăng)(?:\s+(?:lên|xuống))?\s+từ\s+(?:mức\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$/iu;

/**
 * Round 19: the level a goal is moved from ("Mục tiêu tăng trưởng … cả năm được nâng từ 20 - 22% lên 25,5%") is the old
 * goal, itself a goal (of the same horizon), not a result the new one is compared with.
 */
export function isMovedGoalStart(sentence: string, n: Pick<Span, 'start'>): boolean {
  return GOAL_MOVED.test(sentence.slice(Math.max(0, n.start - 120), n.start));
}

/** A sentence that opens on the value compared with: "So với năm 2018 là 110 triệu vụ, …", "So với cuối quý I/2023 là khoảng 40%, …". */
const OPENS_ON_COMPARED = /^\s*so với\s+(?:(?:cùng kỳ|cuối|hết|đầu)\s+)?(?:năm|tháng|quý)\s+[\divx/]+\s+(?:là|đạt|ở mức|chỉ có|có)\s*(?:khoảng|gần|hơn|trên)?\s*$/u;

/** True when `before` (the sentence up to a number, lowercase) opens the sentence on a dated comparison whose value the number is: a baseline, set before the result it is compared with. */
export function opensOnComparedValue(before: string): boolean {
  return OPENS_ON_COMPARED.test(before);
}
