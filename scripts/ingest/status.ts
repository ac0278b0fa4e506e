/**
 * The status of a number: a result (actual), a goal (target), the comparison value a result is
 * measured against (baseline) or an estimate/forecast (estimate). Pure; positions are UTF-16 offsets
 * in the sentence, text is compared lowercase.
 *
 *  - target: a target word before it ("phấn đấu" / "chỉ tiêu" for its `;`-clause, "mục tiêu" for its
 *    comma-clause); a frame ("đến năm 2025 phấn đấu:", "mục tiêu …:") carries through a `;`-list to
 *    the sentence's end unless an item says it is done ("đã", "đạt được", "kết quả", `goal-turn.ts`); a period after
 *    the article's year; a leader's instruction with no "đã".
 *  - estimate: "ước", "ước tính", "ước đạt", "dự kiến", "dự báo", "dự ước" before it in its `;`-clause
 *    ("ước đạt 45.405 tỷ đồng, giảm 8,66%, đạt 39,6% kế hoạch": all three), unless "đã" follows the word.
 *    A forecast (`forecast.ts`: "có thể lên tới", "sẽ" in a sentence that names a forecast) is one too.
 *    "khoảng" alone is a hedge on a value (qualifier approx), not an estimate: reports use it for
 *    counted results too ("tăng khoảng 26 lần").
 *  - baseline: inside a bracket that compares ("(cùng kỳ năm trước là 25%)"), right after "so với"
 *    ("so với 25% năm 2023") or after "cùng kỳ năm trước là" following a claim.
 */
import type { Period } from '../../src/schemas/metric';
import { opensOnComparedValue } from './change-from';
import { afterLikely, isFactClause, isForecast, isReportedEstimate, leavesEstimate, turnsToGoal } from './forecast';
import { isMoveFrom, turnsToResult } from './goal-turn';
import { parenAround, type Span } from './items';
import { withoutReportedPlanNames } from './plan-scope';
import { AIM_IS, anyOf, CLAUSE_DEADLINE, deadlineLead, DONE as DONE_WORD, GOAL_WORDS, MOVE_FROM, REACHED, RESULTS, WORD_END, WORD_START } from './goal-lexicon';
import { futureAfter } from './future-after';

/** Target words that govern the rest of their `;`-clause ("phấn đấu … đạt 80%, 40%, 100%", "Theo kế hoạch, năm 2024 đạt 80%"). */
const STRONG_TARGET = ['phấn đấu', 'chỉ tiêu đặt ra', 'kế hoạch đặt ra', 'mục tiêu đến', 'mục tiêu là', 'mục tiêu đặt ra là', 'mục tiêu đề ra là', 'đặt mục tiêu', 'mục tiêu:', 'chỉ tiêu:', 'định hướng đến', 'theo kế hoạch,', 'theo lộ trình,', 'theo mục tiêu,'];
/** Target words that govern only their comma-clause ("…/mục tiêu 48.000 doanh nghiệp, đạt 104,9%"). */
const WEAK_TARGET = ['mục tiêu', 'chỉ tiêu', 'phải đạt', 'cần đạt', 'cần phải', 'sẽ đạt', 'sẽ chiếm', 'sẽ có', 'kỳ vọng', 'đặt mục tiêu', 'nhằm đạt', 'hướng tới', 'đưa chỉ số này đạt', 'định hướng'];
/** A frame that, before a ":" or a ";"-list, makes every item of the list a goal. */
const FRAME = new RegExp(`${WORD_START}(?:${anyOf([...GOAL_WORDS, 'kế hoạch', 'phải đạt'])}|${deadlineLead({ space: ' ' })} (\\d{4}))${WORD_END}`, 'gu');
/** Words around a frame word that make it a report on goals, not a goal: "kết quả thực hiện các chỉ tiêu …:". */
const REPORT_FRAME = new RegExp(`${WORD_START}${anyOf(['kết quả', ...REACHED, 'tình hình', 'so với', 'hoàn thành', 'vượt'])}${WORD_END}`, 'u');
/** True when the frame word at `m` opens a goal: no report word in its clause before it or between it and the list. */
function opensGoal(lower: string, m: RegExpMatchArray, articleYear?: number): boolean {
  if (m[1] && articleYear !== undefined && Number(m[1]) < articleYear) return false;
  if (/(?:\d\s*%|(?<![\p{L}\p{M}])(?:đạt|vượt|bằng)\s+[\d.,]+|(?<![\p{L}\p{M}])(?:đạt|vượt|hoàn thành))\s*(?:so với\s+)?$/u.test(lower.slice(0, m.index))) return false; // "đạt 76,5% mục tiêu": a share of a goal ("03 mục tiêu:" counts goals)
  const from = Math.max(lower.lastIndexOf('.', m.index!), lower.lastIndexOf(';', m.index!), 0);
  const colon = lower.indexOf(':', m.index!);
  return !REPORT_FRAME.test(lower.slice(from, colon < 0 ? lower.length : colon));
}

/** The future: "sẽ", "kỳ vọng" (what will be, in a plan). */
const FUTURE = /(?<![\p{L}\p{M}])(?:sẽ|kỳ vọng|dự định)(?![\p{L}\p{M}])/u;

/** A sentence that opens on a condition ("Nếu xét chỉ số trước khi sáp nhập, thứ hạng sẽ …"): its "sẽ" is what would be, not a goal. */
const CONDITIONAL = /^\s*(?:nếu|giả sử|trong trường hợp)(?![\p{L}\p{M}])(?!\s+như)/u;

/**
 * True when the sentence speaks of the future around the number: "sẽ" before it in the sentence
 * ("… kỳ vọng sẽ chiếm trên 10% …, và năng suất tăng tối thiểu 7%"), or after it in its own
 * `;`-clause ("trên 50% doanh nghiệp sẽ sử dụng nền tảng số; 80% người dân …"), with nothing
 * reported done in its comma-clause and no condition opening the sentence (`CONDITIONAL`).
 */
export function isFuture(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  if (DONE.test(commaClauseBefore(lower, at)) || CONDITIONAL.test(lower)) return false;
  const [, ce] = spanAround(lower, at, /;/g);
  if (isFactClause(commaClauseBefore(lower, at))) return false; // "…, khi 90% người dùng cho biết sẽ …": a present fact
  return FUTURE.test(lower.slice(0, at)) || futureAfter(lower.slice(at, ce));
}

/** A leader's instruction near the start of a sentence: what follows is to be done, not done. */
const DIRECTIVE = /^(?:để [^,.;:]{0,100},\s*)?.{0,60}?(?:thủ tướng|chính phủ|bộ trưởng|chủ tịch|đồng chí|ủy ban|ubnd|ban chỉ đạo|lãnh đạo)[^,.;:]{0,40}?\s(?:yêu cầu|đề nghị|chỉ đạo|lưu ý|kêu gọi|giao)(?![\p{L}\p{M}])(?!\s+(?:khách quan|của))/u;
/** A result marker: the number is reported as done even in an instruction ("nhiệm vụ mà UBND tỉnh đã giao cho 33 sở"). */
const DONE = new RegExp(`${WORD_START}${anyOf([DONE_WORD, ...REACHED, RESULTS, '(?<!nhỏ và )vừa(?! và nhỏ)'])}${WORD_END}`, 'u');
/** A result or the present in a clause: no forecast there ("hiện đã đạt 23 tỷ USD và có thể lên tới …": the first is done). */
const DONE_OR_NOW = /(?<![\p{L}\p{M}])(?:đã|hiện|năm nay|thống kê)(?![\p{L}\p{M}])/u;
/** Estimate words (see the module comment); not "công ước", "hiệp ước", "điều ước", "mong ước", "quy ước". */
const ESTIMATE = /(?<![\p{L}\p{M}])(?<!(?<![\p{L}\p{M}])(?:công|hiệp|điều|mong|quy|thỏa|thoả) )(?:ước(?: tính| đạt| khoảng)?|dự kiến|dự báo|dự ước|dự tính)(?![\p{L}\p{M}])/u;
/** Words in a bracket or before a value that make it the comparison value of a claim. */
const BASELINE_PAREN = /(?<![\p{L}\p{M}])(?:cùng kỳ|năm trước|năm ngoái|kỳ trước|tháng trước|quý trước|so với|trước đó)(?![\p{L}\p{M}])/u;
/** A bracket that opens with an earlier date and "là": "(cuối năm 2023 là 17%)", "(năm 2022: 12%)", "(năm 2022 con số này là 55/181)". */
const DATED_PAREN = /^\((?:\s*(?:cuối|đầu|hết|giữa)?\s*(?:năm|quý|tháng)\s+[\divx/.-]+|\s*\d{4})(?:\s+(?:con số|t[ỷỉ] lệ|chỉ số|thứ hạng|vị trí|điểm số)(?:\s+này)?)?\s*(?:là|đạt(?: mức)?|:)\s*$/u;
const BASELINE_BEFORE = /(?:so với(?: mức| con số| t[ỷỉ] lệ)?(?: của)?|so với (?:(?:cùng kỳ|cuối|hết) )?(?:năm|tháng|quý) [\divx/]+ (?:là|đạt|ở mức|chỉ có|có)|(?:cùng kỳ|năm trước|năm ngoái|kỳ trước)(?:(?!\svà\s)[^,;()\d]){0,20}?\s(?:là|đạt|ở mức|mới đạt|chỉ đạt|chỉ có|có))\s*(?:khoảng|gần|hơn|trên)?\s*$/u;

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

/** The comma-clause (between , ; : " – ") around `at`, lowercase, up to `at`. */
function commaClauseBefore(lower: string, at: number): string {
  const [ss] = spanAround(lower, at, /,(?!\d)|[;:]|\s[–-]\s/g);
  return lower.slice(ss, at);
}

/**
 * True when a target frame before the number governs it through a `;`/`:` list: the frame word stands
 * before a ":" or ";" that comes before the number, its year (if any) is not before the article's, and
 * the number's own clause does not report something done.
 */
export function inTargetFrame(lower: string, at: number, articleYear?: number): boolean {
  const [cs] = spanAround(lower, at, /;/g);
  if (DONE.test(lower.slice(cs, at))) return false;
  for (const m of lower.slice(0, at).matchAll(FRAME)) {
    if (opensGoal(lower, m, articleYear) && (m[1] ? /[:;]/u : /[:;(]/u).test(lower.slice(m.index + m[0].length, at))) return true; // a year: ":" / ";" only
  }
  return false;
}

/** True when a target frame word stands in `text` (a lead-in: "Mục tiêu đến năm 2025:"). */
export function hasTargetFrame(text: string, articleYear?: number): boolean {
  const lower = text.toLowerCase();
  return [...lower.matchAll(FRAME)].some((m) => opensGoal(lower, m, articleYear));
}

/** True when the number's own clause reports a result ("đã", "đạt được", "kết quả"). */
export function saysDone(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  const [cs] = spanAround(lower, at, /;/g);
  return DONE.test(lower.slice(cs, at));
}

/**
 * True when the number at `at` is stated as a goal rather than a result (see the module comment).
 * `period` is the period found in the number's own clause.
 */
export function isTarget(sentence: string, at: number, period: Period | undefined, articleYear?: number): boolean {
  const lower = withoutReportedPlanNames(sentence.toLowerCase()); // "báo cáo kết quả … Chiến lược … định hướng đến năm 2030": a name's goal words
  const [cs] = spanAround(lower, at, /;/g);
  const before = (from: number) => lower.slice(from, at);
  const comma = commaClauseBefore(lower, at);
  if (turnsToResult(before(cs)) || isMoveFrom(lower, at)) return false; // "đặt mục tiêu 85% và đã đạt 87%", "nâng từ 45% năm 2024 lên 80%"
  if (STRONG_TARGET.some((w) => before(cs).includes(w)) || AIM_IS.test(before(cs))) return true;
  if (WEAK_TARGET.some((w) => comma.includes(w))) return true;
  if (inTargetFrame(lower, at, articleYear) || isFuture(sentence, at)) return true;
  if (period && articleYear !== undefined && Number(period.iso.slice(0, 4)) > articleYear) return true;
  const directive = DIRECTIVE.exec(lower);
  if (directive && directive[0].length <= at && !DONE.test(comma)) return true;
  return CLAUSE_DEADLINE.test(comma) && period !== undefined && articleYear !== undefined && Number(period.iso.slice(0, 4)) >= articleYear;
}

/** True when the number's comma-clause, before it, reports something done ("đã đạt 80%"): a target there is ambiguous. */
export function doneNearby(sentence: string, at: number): boolean {
  return DONE.test(commaClauseBefore(sentence.toLowerCase(), at));
}

/** True when an estimate word stands before the number in its `;`-clause ("ước đạt 22,4%", "dự kiến 80%"), with no "đã" after it. */
export function isEstimate(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  const [cs] = spanAround(lower, parenAround(lower, at)?.start ?? at, /;/g); // a ";" inside its bracket splits no clause
  const clause = lower.slice(cs, at);
  const m = ESTIMATE.exec(clause);
  if (!m) return (isForecast(sentence, at) || isReportedEstimate(lower, at)) && !DONE_OR_NOW.test(afterLikely(commaClauseBefore(lower, at).split(/\svà\s/u).at(-1)!));
  return !/(?<![\p{L}\p{M}])đã(?![\p{L}\p{M}])/u.test(clause.slice(m.index)) && !turnsToGoal(clause.slice(m.index)) && !leavesEstimate(clause.slice([...clause.matchAll(new RegExp(ESTIMATE.source, 'gu'))].at(-1)!.index)); // from the last estimate word
}

/**
 * True when the number `n` is the comparison value of a claim before it: in a comparing bracket
 * ("(cùng kỳ năm trước là 25%)"), right after "so với" ("so với 25% năm 2023"), after "cùng kỳ
 * năm trước là", or where a rank move starts ("từ vị trí 57 lên 53"), when a number stands before it
 * in the sentence (`hasClaimBefore`).
 */
export function isBaselineValue(sentence: string, n: Span, hasClaimBefore: boolean): boolean {
  const lower = sentence.toLowerCase();
  if (!hasClaimBefore && !opensOnComparedValue(lower.slice(0, n.start))) return false;
  if (isRankMoveStart(lower, n)) return true;
  const paren = parenAround(lower, n.start);
  if (paren && BASELINE_PAREN.test(lower.slice(paren.start, n.start))) return true;
  if (paren && DATED_PAREN.test(lower.slice(paren.start, n.start)) && /\d[^\d,;]{0,30}$/u.test(lower.slice(0, paren.start).trimEnd())) return true;
  if (paren && comparedBracket(lower, paren, n) >= 0) return true;
  const before = lower.slice(Math.max(0, n.start - 60), n.start);
  return BASELINE_BEFORE.test(before) || COMPARATIVE_BEFORE.test(before);
}

/** A comparative with the noun of the value compared with: "cao hơn mức 8,5% của năm 2022", "thấp hơn tỷ lệ tương ứng 7,2%". */
const COMPARATIVE = /(?:cao|thấp|nhiều|ít|lớn|nhỏ) hơn (?:mức|t[ỷỉ] lệ|con số|t[ỷỉ] trọng)(?: tương ứng)?(?: của)?/gu;
/** `COMPARATIVE` right before a value, or with what it is of and "là" between ("cao hơn mức trung bình của thế giới là 4,3%"). */
const COMPARATIVE_BEFORE = new RegExp(`(?:${COMPARATIVE.source})(?:[^,;()\\d]{0,40}?\\s(?:là|ở mức))?\\s*(?:khoảng|gần|hơn|trên)?\\s*$`, 'u');

/** A sentence that opens by pointing back at the figure before with an earlier date: "Con số này năm 2022 là 288 USD", "Tỷ lệ này cùng kỳ năm trước đạt 40%". */
const POINTS_BACK = /^\s*(?:con số|t[ỷỉ] lệ|chỉ số|mức|giá trị) (?:này|đó)\s+(?:(?:của\s+)?(?:cuối\s+|đầu\s+)?(?:năm|tháng|quý|cùng kỳ|kỳ)(?![\p{L}\p{M}]))[^,;.]{0,30}?\s(?:là|đạt|ở mức|chỉ là|chỉ đạt|mới đạt)\s*(?:khoảng|gần|hơn|trên)?\s*$/u;

/** True when the number is the earlier value of the figure of the sentence before ("Con số này năm 2022 là 288 USD"): a baseline of that figure. */
export function pointsBack(sentence: string, n: Span): boolean {
  const before = sentence.slice(0, n.start).toLowerCase();
  return POINTS_BACK.test(before) && !FORECAST.test(before);
}

/** Words of a forecast or a goal: a value after them is no earlier value ("Con số này năm 2026 dự kiến đạt …"). */
export const FORECAST = /(?<![\p{L}\p{M}])(?:dự kiến|dự báo|ước|sẽ|kỳ vọng|mục tiêu|phấn đấu)(?![\p{L}\p{M}])/u;

/**
 * "tăng 4 bậc so năm 2023, từ vị trí 57 lên 53", "tăng từ vị trí 59 (năm 2016) lên 42": the position a
 * rank move starts from is the rank of the year compared with, a baseline (`lower` is the sentence, lowercase).
 */
export function isRankMoveStart(lower: string, n: Span): boolean {
  return /(?<![\p{L}\p{M}])từ\s+(?:vị\s+trí|thứ\s+hạng|hạng|vị\s+thứ)(?:\s+thứ)?\s*$/u.test(lower.slice(Math.max(0, n.start - 24), n.start))
    && /^(?:\s*\([^()]{0,30}\))?\s+(?:lên|xuống)\s+(?:(?:vị\s+trí|hạng|thứ)\s+)?(?:thứ\s+)?\d/u.test(lower.slice(n.end, n.end + 56));
}

/** A span of years the sentence reports over: "giai đoạn 2021 - 2025", "2020-2024", "từ năm 2020 đến năm 2024". */
const YEAR_SPAN = /(?<!\d)(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d)|từ\s+năm\s+\d{4}\s+(?:đến|tới)/u;

/**
 * "tỷ trọng tăng từ 21% lên 29%", "giảm từ khoảng 30% xuống 25%": the undated value a move starts from is
 * the earlier value of the one it moves to, a baseline, like a rank move's start (`isRankMoveStart`); a
 * start with its own date ("từ 4,75% của GDP năm 2020 lên …") or over a span of years the sentence names
 * ("giai đoạn 2022 - 2024, … từ 3% lên 13,5%") is a dated point of the series instead.
 */
export function isMoveStart(lower: string, n: Span): boolean {
  if (isRankMoveStart(lower, n)) return true;
  if (YEAR_SPAN.test(lower.slice(0, n.start))) return false; // "trong giai đoạn 2022 - 2024, … tăng từ 3% lên 13,5%": the first year's value (`splitFromTo`)
  return MOVE_FROM.test(lower.slice(Math.max(0, n.start - 24), n.start))
    && /^\s+(?:lên|xuống)\s+(?:mức\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?\d/u.test(lower.slice(n.end, n.end + 40));
}

/** "so với tháng trước (", "so với tháng 9/2022 (khoảng ", "so với tỷ lệ bình quân cả nước (": a comparison whose value follows in a bracket alone. */
const COMPARED_BEFORE_PAREN = /(?<![\p{L}\p{M}])so với\s+(?:cùng\s+kỳ|tháng|quý|năm|kỳ|mức|t[ỷỉ] lệ|con số|trung bình|bình quân)(?![\p{L}\p{M}])[^,;()%]{0,25}$/u;

/**
 * Where the comparison starts when the number stands alone in a bracket right after it ("tăng 0,71%
 * so với tháng trước (50,61%)", "so với tháng 9/2022 (khoảng 230 tỷ đồng)", "(là 982 cuộc)"): the bracket
 * is the value compared with. -1 otherwise.
 */
export function comparedBracket(lower: string, paren: Span, n: Span): number {
  if (!/^\(\s*(?:(?:là|đạt|ở mức)\s+)?(?:khoảng|gần|hơn|trên)?\s*$/u.test(lower.slice(paren.start, n.start))) return -1;
  const m = COMPARED_BEFORE_PAREN.exec(lower.slice(Math.max(0, paren.start - 40), paren.start));
  return m ? Math.max(0, paren.start - 40) + m.index : -1;
}

/** A dated bracket right after a value: "từ vị trí 59 (năm 2016) lên …". */
const OWN_DATED_PAREN = /^\s*\([^()\d]{0,12}(?:19|20)\d\d[^()]{0,16}\)/u;

/** The span whose dates are a baseline's own period: a dated bracket right after it, its bracket (with the comparison before a bare one), else from its comparison word to 30 characters after it. */
export function baselineSpan(sentence: string, n: Span): Span {
  const lower = sentence.toLowerCase();
  const own = OWN_DATED_PAREN.exec(lower.slice(n.end));
  if (own) return { start: n.end, end: n.end + own[0].length };
  const paren = parenAround(lower, n.start);
  if (paren) {
    const from = comparedBracket(lower, paren, n);
    return from >= 0 ? { start: from, end: paren.end } : paren;
  }
  const comparative = [...lower.slice(0, n.start).matchAll(COMPARATIVE)].at(-1)?.index ?? -1;
  const from = Math.max(lower.lastIndexOf('so với', n.start), lower.lastIndexOf('so năm', n.start), lower.lastIndexOf('cùng kỳ', n.start), lower.lastIndexOf('năm trước', n.start), comparative, 0);
  const stop = /[,;()]/u.exec(lower.slice(n.end));
  return { start: from, end: Math.min(lower.length, n.end + Math.min(30, stop ? stop.index : 30)) };
}

/** "(so với) kế hoạch năm (4.171.172 tỷ đồng)", "chỉ tiêu cả năm (302.400 tỷ đồng)", "mục tiêu đề ra (85%)": the plan's own value in brackets; or, where no result is set against the plan ("vượt / bằng / so với kế hoạch"), right after "kế hoạch / chỉ tiêu (năm N) giao / là / :" ("Kế hoạch năm 2024 giao 500 tỷ đồng"). */
const PLAN_VALUE_BEFORE = /(?:(?<![\p{L}\p{M}])(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+(?:cả\s+|của\s+)?năm)?(?:\s+\d{4})?(?:\s+(?:đề ra|đặt ra|được giao))?\s*\(\s*|(?<![\p{L}\p{M}])(?<!(?:so với|vượt|bằng|đạt|hoàn thành|thực hiện)\s+)(?:kế hoạch|chỉ tiêu)(?:\s+được\s+giao)?(?:\s+(?:cả\s+)?năm)?(?:\s+\d{4})?\s*(?:(?:được\s+)?giao\s*|là\s*|:\s*)+)$/u;

/** True when the number at `start` is a plan's value given in brackets after the plan ("đạt 15,7% so với kế hoạch
 * năm (4.171.172 tỷ đồng)"): a target for the year (`wholeYear`), whatever the sentence reports. */
export function isPlanValue(sentence: string, start: number): boolean {
  return PLAN_VALUE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start).toLowerCase());
}

/** The calendar year a period ends in ("2 tháng đầu năm 2024" → 2024), e.g. the year a plan's value is for. */
export function wholeYear(p: Period): Period {
  return { iso: (p.isoEnd ?? p.iso).slice(0, 4), precision: 'year' };
}

/** A period shifted back one year (for "cùng kỳ năm trước", "năm ngoái"). */
export function yearBefore(p: Period): Period {
  const shift = (iso: string) => `${String(Number(iso.slice(0, 4)) - 1).padStart(4, '0')}${iso.slice(4)}`;
  return { iso: shift(p.iso), precision: p.precision, ...(p.isoEnd ? { isoEnd: shift(p.isoEnd) } : {}) };
}

/** A month's period shifted back one month (for "so với tháng trước"); other periods are returned as they are. */
export function monthBefore(p: Period): Period {
  if (p.precision !== 'month' || p.isoEnd) return p;
  const [y, m] = [Number(p.iso.slice(0, 4)), Number(p.iso.slice(5, 7))];
  const iso = m === 1 ? `${String(y - 1).padStart(4, '0')}-12` : `${p.iso.slice(0, 4)}-${String(m - 1).padStart(2, '0')}`;
  return { iso, precision: 'month' };
}

/** A quarter's period shifted back one quarter (for "so với quý trước"). */
function quarterBefore(p: Period): Period {
  const [y, m] = [Number(p.iso.slice(0, 4)), Number(p.iso.slice(5, 7))];
  const iso = m === 1 ? `${String(y - 1).padStart(4, '0')}-10` : `${p.iso.slice(0, 4)}-${String(m - 3).padStart(2, '0')}`;
  return { iso, precision: 'quarter' };
}

/**
 * The period just before a claim's that a baseline's words name: the month before a month for "tháng
 * trước", the quarter before a quarter for "quý trước" / "quý liền kề"; undefined otherwise.
 */
export function periodBefore(p: Period, words: string): Period | undefined {
  if (p.isoEnd) return undefined;
  if (p.precision === 'month' && meansMonthBefore(words)) return monthBefore(p);
  return p.precision === 'quarter' && /(?<![\p{L}\p{M}])quý\s+(?:trước|liền\s+kề)(?![\p{L}\p{M}])/u.test(words.toLowerCase()) ? quarterBefore(p) : undefined;
}

/** True when the words of a baseline say "the month before" ("tháng trước", "tháng trước đó"). */
export function meansMonthBefore(text: string): boolean {
  return /(?<![\p{L}\p{M}])tháng\s+trước(?![\p{L}\p{M}])/u.test(text.toLowerCase());
}

/** True when the words of a baseline say "the year before" ("cùng kỳ năm trước", "năm ngoái", "cùng kỳ"). */
export function meansYearBefore(text: string): boolean {
  return /(?<![\p{L}\p{M}])(?:cùng kỳ|năm trước|năm ngoái)(?![\p{L}\p{M}])/u.test(text.toLowerCase());
}
