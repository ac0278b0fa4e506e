import type { Direction, MetricKind, Qualifier, Unit } from '../../src/schemas/metric';
import { directionAt, isLossAmount } from './direction';
import { readableCase, restoreCase } from './number-case';
import { isBareTop, isElidedTopGroup, isTopGroup, lendUnits, spelledRankSteps, topGroupWindow } from './number-share';
import { spelledQuantities, spelledRanks } from './number-spelled';
import { isIndexPlaceBracket, isMoveBracketRank, isRankedFieldSize, isRankListFraction, isRankListItem, isRankMoveTo, isRankOutOfField, isRespectiveRank, isScoreOutOf, rankField } from './number-rank';
import { isContestField, isOneOfAims, isOneOfFirst, isSecondCountOfPair, isTopOfCountedGroup } from './number-bands';
import { isPerUnitNorm } from './number-norms';
import { closesDaySpan, dayRangeEnd, daySpanEnd, isDayMonth, isDottedDayMonth, isNamedDay, isListedDay, isListedMonth, yearAfter } from './number-days';
import { inBandDefinition, isEnumerator, isGroupCount, isStructureCount } from './structure';
import { isContextNoClaim } from './context-no-claim';
import { isSecondDocumentNumber } from './legal-text';
import { isAwardListCount, isChosenListSize } from './prize-lists';
import { datelineEnd, isAreaName, isChromeLineNumber, isFileNameDebris, isNameNumber, isPartsCount, isSectionLabel } from './not-claims';
import { isIdiom, isRoundTheClock, SERIES_PART } from './number-idioms';
import { isDoubleDaySale } from './number-names';
import { isAbovePlanCount, readFraction } from './number-fraction';
import { countsNamesBefore, isNamedSetSize, isSuperlativeField } from './set-sizes';
import { isBareRank } from './rank-bare';
import { pieceWithoutBoundFrom, withoutBoundFrom } from './growth-bound';
import { isGrowthLabelBefore } from './growth-label';
import { continuesComparedChange, isLossBefore } from './direction-signs';
import { isSetListItem } from './set-lists';
import { matchAt, NUMERAL, parseVietnameseNumber, readQuantity } from './numeral';
import { isBareMark, isFootnoteAfterShare, isIndexDesign } from './number-marks';
import { halfEnd, impliedUnit, isLevelStep, isLifeSpan, isOccasionCount, isPaddedOccasionCount, isScorePrintedAsPercent, isSubscribersShort } from './implied-units';
import { clauseBefore, isBareFraction, isIndexContext, isIndexValue, isScoreRowCell, isScoreSubjectBefore, isUncountedScore, parentheticalContext } from './number-context';
import {
  CALENDAR_BEFORE, DATE_BEFORE, LABEL_BEFORE, LETTER, PERIOD_AFTER, PHONE_BEFORE, TECH_UNIT,
  isComparisonBefore, isGrowthBefore, isGrowthContext, isGrowthSubjectBefore, isMultiplierBefore, isRankBefore, isRankClause, isRankVerbBefore, isRateBase, qualifierAfter,
  qualifierBefore, isGrowthSentenceItem, pieceBefore,
  wordsOf, type UnitTag,
  countsPlaces, isZeroPaddedCount, namesSitesAfter, setsUpSites,
} from './number-words';
import { isRegionNumber } from './number-labels';
import { CLOCK } from './time-of-day';
import { MOVE_FROM } from './goal-lexicon';

/** A clock time where a number starts ("08:15" in a byline): no figure. */
/** Round 45: "ngày" right before a day and month ("trong ngày 1/7"). */
const DAY_WORD_BEFORE = /(?:^|[^\p{L}\p{M}])ngày$/u;
/** Round 48: "có đến", "có tới" (as many as) before a fraction and its noun ("Cà Mau có đến 6/8 chỉ số tăng điểm"): a count, no day "đến 6/8". */
const AS_MANY_AS = { before: /(?:^|[^\p{L}\p{M}])có\s+(?:đến|tới)$/u, after: /^\s+\p{L}/u };
const CLOCK_AT = new RegExp(`^${CLOCK}`, 'u');

/** One numeric claim found in a sentence. */
export interface NumberMatch {
  /** The number as written, with its scale word, unit, range or total ("1,92 triệu tỷ đồng", "8 - 10%",
   * "4.422/6.423", "3,5 lần"); qualifier words are not part of it. `input.slice(start, end) === text`. */
  text: string;
  /** UTF-16 offset of `text` in the input. */
  start: number;
  /** UTF-16 offset just after `text`. */
  end: number;
  /** Value in base units: "84,7 triệu" → 84700000, "53 tỷ USD" → 53e9, "68,8%" → 68.8. */
  value: number;
  /** Upper end of a range ("8 - 10%" → 10). */
  valueMax?: number;
  /** The whole of a part ("4.422/6.423" → 6423) or the size of a ranked field ("86/193" → 193). */
  total?: number;
  unit: Unit;
  kind: MetricKind;
  /** gần → nearly, khoảng/ước/xấp xỉ → approx, trên/hơn → over, dưới → under, ít nhất → at-least, tối đa → at-most. */
  qualifier?: Qualifier;
  /** For a change: up ("tăng 8%") or down ("giảm 3%": the value is then negative). */
  direction?: Direction;
}

const FULL_DATE = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y;
const MONTH_YEAR = /(\d{1,2})[/-](\d{4})(?![\d/])/y;
const DOC_SUFFIX = /(?:[/-]\d+)*(?:[/-]|\s\/)\p{Lu}/uy; // "57-NQ/TW", a spaced "Số: 45 /BC-UBND"
/** A fee or price set at nothing ("thu phí 0 đồng", "giá cước 0 đồng"): a policy's figure, unlike any other amount of nothing ("số dư 0 đồng", a condition; round 30a). */
const ZERO_PRICE_BEFORE = /(?<![\p{L}\p{M}])(?:phí|giá|cước|lệ phí)(?:\s+[\p{L}\p{M}]+){0,2}?\s*(?:là|ở mức|bằng|chỉ)?\s*$/iu;
/** A file's extension right after the number, or after the rest of its name ("2022530-u1.jpg", round 31f): an image or document name ("6.jpg", "bao-cao-12.pdf"), no figure (round 30a). */
const FILE_EXTENSION = /\)?(?:[-_][\p{L}\p{N}]+)*\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?)(?![\p{L}\p{N}])/iuy;
/** Session 49: a file's name spaced in plain letters ("cho 40 bac can.jpg"), the number inside it: plain words after it up to the extension,
 *  and before it only plain words from the line's start, a bracket or a colon (review: not "Giá gói cước là 500 USD anh1.jpg"). */
const SPACED_FILE_NAME = { after: /(?:\s[A-Za-z0-9]+){1,8}(?:[-_][A-Za-z0-9]+)*\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?)(?![\p{L}\p{N}])/iuy, before: /(?:^|[\n(:])\s*(?:[A-Za-z0-9_-]+\s+){0,8}$/u };
/** Session 25: a temperature (a weather widget's "27 °C", "26 - 34 °C"; round 63: "24 - 31 ºC", its degree sign the ordinal "º"). */
const TEMPERATURE = /(?:\s*[-–]\s*\d+)?\s*[°º]\s?[CF](?![\p{L}])/uy;
const SLASH = /\s?\/\s?(\d+(?:[.,]\d+)*)/y;
const RANGE = /\s*(?:[-–—÷~]|\s(?:đến|tới))\s*(?=\d)/iuy;
/** "0987 083 838", "(024) 3823 1234", "+84 24 3823 1234", "1900 1234": consumed whole so no group is read alone. */
const PHONE = /\d{1,4}\)?(?:[ .-]?\d{2,4}){1,4}/y;
const URL = /(?:https?:\/\/|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info|io|int)\b(?:\/\S*)?|(?<!\S)[^\s@]+@\S+/giu;

/** End of the digits, letters and separators glued to a skipped numeral ("57-NQ/TW", "27/04/2022"). */
function gluedEnd(s: string, i: number): number {
  return matchAt(/(?:[/\-:.][\p{L}\p{N}]+)*/uy, s, i)![0].length + i;
}

const isYear = (raw: string) => /^\d{4}$/.test(raw) && +raw >= 1900 && +raw <= 2100;
/** A day word right before "D-M" ("ngày 1-3", "sáng 2-9"): the hyphen writes a date, not a range. */
const isDayBefore = (lower: string, dash: string) => dash.trim() === '-' && /(?:^|[^\p{L}\p{M}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|mồng|mùng)\s*$/u.test(lower);

/** A level on a scale ("cấp độ 6/10", "mức độ 3/5"): a score, not a label as "cấp độ 4" is. */
const isLevelOutOf = (lower: string, after: string) => /(?:cấp|mức)\s+độ\s*$/u.test(lower) && /^\/(?:5|10|100)(?!\d)/u.test(after);

/** "D-M" alone in brackets ("hôm qua (10-10)"): a date, not a range. */
const inBrackets = (lower: string, s: string, end: number) => /\(\s*$/u.test(lower) && /^\s*\)/u.test(s.slice(end));

const UNIT_OF: Record<UnitTag, Unit> = {
  percent: 'percent', ppoints: 'points', VND: 'VND', USD: 'USD', times: 'times', rankstep: 'rank', points: 'points',
};

type Scan = { end: number; match?: NumberMatch };

/**
 * A common word a number may be typed against with no space ("là12,1%", "đạt95%"), or a verb of change glued to the word
 * before it as well ("chế tạotăng1,36%", round 31f; these verbs' marks are Vietnamese only, so no code ends so; not "giảm", whose fall the
 * glued word would hide from `direction.ts`): the number is read; any other letter before a digit makes a name ("COVID-19").
 */
const GLUED_WORD = /(?:(?:^|[^\p{L}\p{M}])(?:là|đạt|chiếm|khoảng|tăng|giảm|gần|hơn|trên|dưới|mức)|\p{Ll}(?:tăng|đạt|chiếm))$/u;

/** Session 46: a code glued before a dot and the number: a capital, then letters with a digit ("nhánh S1H.1"), or an abbreviation that
 *  numbers ("Q.1", "P.3", "Tr.5", "No.06", "Art.5", "Vol.3"): the number is the code's. Review: not a word a page glued to the next sentence
 *  ("của UBND.95% hồ sơ", "tại Hà Nội.120 đại biểu", "sang Mỹ.30%", "Long An.95%", "Trạm 5G.30%"). */
const CODE_BEFORE_DOT = /(?<![\p{L}\p{M}\d.,&])(?:\p{Lu}[\p{L}]*\d[\p{L}\d]*|Q|P|X|Tr|No|Art|Vol|Fig|Ch|Sec|Ph)\.$/u;

/** Reads what stands at the digit at `p`: a metric, or something to skip (and how far). */
function scanAt(s: string, p: number, prev: NumberMatch | undefined): Scan {
  const raw = matchAt(NUMERAL, s, p)![0];
  const skip = (from = p + raw.length): Scan => ({ end: gluedEnd(s, from) });
  const lower = s.slice(Math.max(0, p - 48), p).toLowerCase();
  const c1 = s[p - 1] ?? '';
  if ((LETTER.test(c1) && !GLUED_WORD.test(lower)) || (c1 === '.' && CODE_BEFORE_DOT.test(s.slice(Math.max(0, p - 8), p))) || (/[-/]/.test(c1) && LETTER.test(s[p - 2] ?? '') && !(c1 === '/' && isSecondCountOfPair(s.slice(Math.max(0, p - 60), p), s.slice(p + raw.length, p + raw.length + 100))))) return skip(); // "COVID-19", "I/2022", not "15 lớp/2.400 học viên"
  if (PHONE_BEFORE.test(lower.trimEnd())) return { end: matchAt(/[\d\s.()+-]*\d/y, s, p)![0].length + p };
  const phone = raw[0] === '0' || c1 === '+' || /^1[89]00$/.test(raw) ? matchAt(PHONE, s, p) : null;
  if (phone && phone[0].replace(/\D/g, '').length >= 8) return { end: p + phone[0].length };
  if (isEnumerator(s, p, raw) || inBandDefinition(s, p)) return skip(p + raw.length);
  const field = prev && rankField(s, prev, p);
  if (field) {
    const size = readQuantity(s, p);
    if (size && !size.tag && !size.scaled) { prev.total = size.value; return skip(size.end); }
  }
  if ((/^0\d/.test(raw) && !isZeroPaddedCount(raw, lower, s.slice(p + raw.length, p + raw.length + 48), s.slice(Math.max(0, p - 200), p).toLowerCase()) && !isPaddedOccasionCount(lower, s.slice(p + raw.length, p + raw.length + 48))) || /^\d{8,}$/.test(raw) || CLOCK_AT.test(s.slice(p, p + 5))) return skip();
  if (isFootnoteAfterShare(s, p, raw)) return skip();
  const dateline = datelineEnd(s, p);
  if (dateline >= 0) return skip(dateline);
  if (isChromeLineNumber(s, p) || isFileNameDebris(s, p)) return skip(); // session 47: an image's name and crop box
  const full = matchAt(FULL_DATE, s, p);
  if (full && isDayMonth(+full[1]!, +full[3]!)) return skip(p + full[0].length);
  const my = matchAt(MONTH_YEAR, s, p);
  if (my && +my[1]! >= 1 && +my[1]! <= 12 && isYear(my[2]!)) return skip(p + my[0].length);
  if (matchAt(DOC_SUFFIX, s, p + raw.length) || matchAt(FILE_EXTENSION, s, p + raw.length) || (matchAt(SPACED_FILE_NAME.after, s, p + raw.length) && SPACED_FILE_NAME.before.test(s.slice(Math.max(0, p - 80), p))) || matchAt(TEMPERATURE, s, p + raw.length) || (LABEL_BEFORE.test(lower) && !isLevelOutOf(lower, s.slice(p + raw.length, p + raw.length + 8))) || isNameNumber(s, p, raw) || isAreaName(s, p, raw) || isPartsCount(s, p, raw) || isSectionLabel(s, p, raw) || isAwardListCount(s, p, raw) || isChosenListSize(s, p, raw)) return skip();
  if (isIdiom(raw, s.slice(Math.max(0, p - 96), p).toLowerCase(), s.slice(p + raw.length, p + raw.length + 24)) /* a ratio's base may be named at length */ || isRateBase(raw, lower, s.slice(p + raw.length, p + raw.length + 24)) || isRankedFieldSize(lower, s.slice(p + raw.length, p + raw.length + 40)) || isRegionNumber(lower, s.slice(p + raw.length, p + raw.length + 24).toLowerCase())) return skip(); // round 63: "VKSND khu vực 12"

  const clause = clauseBefore(s, p);
  const words = wordsOf(clause);
  const qualifier = qualifierBefore(words);
  const slash = matchAt(SLASH, s, p + raw.length);
  if (slash) {
    const end = p + raw.length + slash[0].length;
    const a = parseVietnameseNumber(raw);
    const b = parseVietnameseNumber(slash[1]!);
    if (a === null || b === null || s[end] === '/' || LETTER.test(s[end] ?? '')) return skip(end);
    if (CALENDAR_BEFORE.test(lower) && isYear(slash[1]!)) return skip(end); // round 49: a calendar unit of a year ("TUẦN 26/2024", "kỳ 1/2025"): no count
    const open = /\(\s*$/u.test(lower) ? s.lastIndexOf('(', p) : -1;
    const rank = isRankBefore(words) || isRankVerbBefore(words) || isRankClause(clause) || (open >= 0 && isRankClause(clauseBefore(s, open))) || isTopGroup(lower, '', true) || isRankMoveTo(lower) || isRankListFraction(s.slice(0, p), b, s.slice(end, end + 60)) || isIndexPlaceBracket(s.slice(Math.max(0, p - 120), p), a, b, s.slice(end, end + 4));
    if (isDayMonth(a, b) && ((!rank && ((DATE_BEFORE.test(lower.trimEnd()) && !(AS_MANY_AS.before.test(lower.trimEnd()) && AS_MANY_AS.after.test(s.slice(end, end + 4)))) || a > b || /\($/.test(lower) || isNamedDay(s.slice(Math.max(0, p - 60), p), s.slice(end, end + 12)) || isDoubleDaySale(s, p, end, s.slice(p, end)) || isListedDay(lower, s.slice(end, end + 30)))) || DAY_WORD_BEFORE.test(lower.trimEnd()))) return skip(end); // round 45: "đứng thứ 4 … trong ngày 1/7": a day even in a ranking's clause
    if ((a > b && !isAbovePlanCount(raw, b)) || isSecondDocumentNumber(s.slice(0, p), b)) return skip(end); // "Nghị định 72/2013 và 27/2018": a document's number
    if (SERIES_PART.before.test(lower) && SERIES_PART.after.test(s.slice(end, end + 4))) return skip(end); // "Bài 2/3: …": a series' part
    if (isRoundTheClock(a, b, s.slice(end, end + 16))) return skip(end); // round 45: "trả kết quả 24/24 mà không cần …"
    const fraction = rank ? null : readFraction(lower, a, b, s.slice(end, end + 24));
    if (fraction) return { end, match: make(s, p, end, fraction.value, fraction.unit, fraction.unit === 'times' ? 'multiplier' : 'share', qualifier, {}) };
    const kind = rank ? 'rank' : isScoreOutOf(lower, b, s.slice(end, end + 12), a) ? 'index' : 'count'; // "tổng điểm 54,96/100": a score
    return { end, match: make(s, p, end, a, kind, kind, qualifier, { total: b }) };
  }

  const q1 = readQuantity(s, p);
  if (!q1) return skip();
  const half = halfEnd(s, raw, q1.end);
  if (half >= 0) return { end: half, match: make(s, p, half, 50, 'percent', 'share', qualifier, {}) }; // "1 nửa": one half
  let end = q1.end;
  let value = q1.value;
  let valueMax: number | undefined;
  let tag = q1.tag;
  const r = matchAt(RANGE, s, q1.end);
  if (r) {
    const q2 = readQuantity(s, q1.end + r[0].length);
    if (q2 && (isDayBefore(lower, r[0]) || inBrackets(lower, s, q2.end) || (r[0] === '-' && q1.value >= q2.value)) && !q1.tag && !q2.tag && !q1.scaled && !q2.scaled && isDayMonth(q1.value, q2.value)) return skip(q2.end); // "ngày 1-3", "tính đến 8-5", "… quốc gia 10-10" (no range falls or stands still): a day, not a range
    if (q2 && CALENDAR_BEFORE.test(lower) && !q1.tag && !q2.tag && !q1.scaled && !q2.scaled && q1.value < q2.value && q2.value <= 31) return skip(q2.end); // "từ tháng 4 - 6/2024": a span of months or days, no count
    const span = q2 && r[0].trim() === '-' && !q1.tag && !q2.tag && !q1.scaled && !q2.scaled && isDayMonth(q1.value, q2.value) ? (closesDaySpan(lower) ? q2.end : daySpanEnd(s, q2.end)) : -1;
    if (span >= 0) return skip(span); // round 52: "(1-7 đến 31-7)", "từ ngày 1-9 đến 3-10"
    const days = q2 && !q1.tag && !q2.tag && !q1.scaled && !q2.scaled ? dayRangeEnd(s, lower, q1.value, q2) : -1;
    if (days >= 0) return skip(days);
    const compatible = q2 && (!q1.tag || q1.tag === q2.tag) && (!q1.scaled || q2.scaled) && !(isYear(q2.raw) && !q2.tag);
    if (q2 && compatible && !isYear(q1.raw)) {
      const lo = q1.scaled ? q1.value : Number(`${q1.norm}e${q2.exp}`); // "3 - 5 triệu": the scale is shared
      if (lo < q2.value) {
        if (matchAt(PERIOD_AFTER, s, q2.end) && !q2.tag && !q2.scaled) return skip(q2.end);
        [value, valueMax, end, tag] = [lo, q2.value, q2.end, q2.tag];
      }
    }
  }
  const moved = !tag && !q1.scaled && valueMax === undefined && !Number.isInteger(q1.value) ? scaledMoveEnd(s, lower, end, q1.value) : undefined;
  if (moved) [value, tag] = [Number(`${q1.norm}e${moved.exp}`), moved.tag]; // round 55: "tăng từ 1,06 lên trên 1,1 triệu": the start in the end's scale
  const implied = tag || valueMax !== undefined ? undefined : impliedUnit(s, lower, end, q1.exp);
  if (implied) [tag, end] = [implied.tag, implied.end];
  if (tag === 'times' && isOccasionCount(lower, s.slice(end, end + 30))) return { end, match: make(s, p, end, value, 'count', 'count', qualifier, {}) }; // "có 6 lần đứng đầu": occasions counted
  if (tag === 'points' && (countsPlaces(s) || (Number.isInteger(value) && valueMax === undefined && (namesSitesAfter(lower, s.slice(end, end + 80)) || setsUpSites(lower))))) tag = undefined; // "số điểm chấp nhận thanh toán lên 450.000 điểm": places named in the sentence; session 43: "duy trì 12 điểm “Bình dân học vụ số”"
  if (!tag && matchAt(TECH_UNIT, s, end) && !isSubscribersShort(s, end, q1.scaled)) return skip(end);
  if (isContextNoClaim(s, { p, end, raw, numberEnd: q1.end, value, tag, scaled: q1.scaled, plain: !q1.scaled && valueMax === undefined })) return skip(end);
  const bare = !tag && !q1.scaled && valueMax === undefined;
  if (bare && matchAt(PERIOD_AFTER, s, end) && !yearAfter(s, end) && !isLifeSpan(lower)) return skip();
  if ((bare && isBareMark(lower, raw, s.slice(end, end + 24))) || ((bare || tag === 'points') && isIndexDesign(s, p, raw))) return skip(end); // round 52: numbers that mark, not count
  const topGroup = bare && (isTopGroup(topGroupWindow(s, p, lower), s.slice(end, end + 80)) || isElidedTopGroup(s.slice(Math.max(0, p - 240), p), s.slice(end, end + 80)) || isBareTop(lower, s.slice(end, end + 40)));
  if (bare && !tag && Number.isInteger(value) && (isStructureCount(lower, s.slice(end, end + 80)) || isGroupCount(s.slice(0, p), s.slice(end, end + 800), value) || isNamedSetSize(lower, s.slice(end, end + 800), value) || countsNamesBefore(s.slice(0, p), value)) && !topGroup) return skip(end); // a fraction sizes no group ("DTI đạt 0,8241 và dẫn đầu …")
  if (tag === 'rankstep' && isSuperlativeField(lower)) return skip(end); // round 50: "(bậc cao nhất trong 5 bậc)"
  if (bare && (isTopOfCountedGroup(s.slice(Math.max(0, p - 120), p).toLowerCase()) || isContestField(lower, s.slice(end, end + 40)) || isOneOfAims(lower, s.slice(end, end + 40), value) || isOneOfFirst(lower, s.slice(end, end + 60)))) return skip(end);
  if (!tag && !q1.scaled && isPerUnitNorm(s.slice(Math.max(0, p - 200), p), s.slice(end, end + 40), value)) return skip(end); // "mỗi xã thành lập 1 tổ", "mỗi tổ có 5 thành viên": a plan's norm
  if (bare && !tag && isSetListItem(s.slice(0, p).toLowerCase(), s.slice(end, end + 120), value)) return skip(end);
  if (bare && (isYear(raw) || /^\d{1,2}\.0$/.test(raw) || CALENDAR_BEFORE.test(lower) || isListedMonth(lower, value) || isDottedDayMonth(lower, raw))) return skip();
  if (tag === 'times' && value <= 1 && !isComparisonBefore(words)) return skip(end);
  if ((tag === 'VND' || tag === 'USD') && value === 0 && valueMax === undefined && !ZERO_PRICE_BEFORE.test(lower)) return skip(end); // "số dư 0 đồng": an amount of nothing is a condition, no figure

  let unit: Unit = tag ? UNIT_OF[tag] : 'count';
  let kind: MetricKind;
  const listContext = parentheticalContext(s, p);
  const growth = isGrowthBefore(withoutBoundFrom(words, s.slice(end))) || (listContext !== undefined && isGrowthContext(listContext)) || (tag === 'percent' && (isGrowthSentenceItem(s, words) || isGrowthSubjectBefore(pieceWithoutBoundFrom(pieceBefore(s, p), s.slice(end))) || isGrowthLabelBefore(s.slice(0, p))));
  if (tag === 'percent') kind = growth ? 'growth' : 'share';
  else if (tag === 'VND' || tag === 'USD') kind = 'money';
  else if (tag === 'times') kind = 'multiplier';
  else if (tag === 'rankstep') kind = 'rank-change';
  else if (tag === 'ppoints') kind = 'growth';
  else if (tag === 'points') kind = growth ? 'growth' : 'index';
  else if (bare && isMultiplierBefore(words)) [unit, kind] = ['times', 'multiplier'];
  else if (bare && isLevelStep(lower, s.slice(end, end + 40))) [unit, kind] = ['index', 'index'];
  else if (!tag && !q1.scaled && (isRankBefore(words) || (bare && (isRankListItem(s, p, prev) || topGroup || isRespectiveRank(s, p) || isMoveBracketRank(lower) || isRankOutOfField(s.slice(end, end + 60), value) || isBareRank(words, s.slice(Math.max(0, p - 4), p), s.slice(end, end + 40)))))) [unit, kind] = ['rank', 'rank']; // a band too: "thứ hạng 25 đến 30"
  else if (bare && isScoreRowCell(s, p, raw)) [unit, kind] = ['index', 'index'];
  else if (bare && /[.,]/.test(raw) && !Number.isInteger(value) && ((value < 10 && isIndexContext(s, p, clause, pieceBefore(s, p))) || isIndexValue(s.slice(Math.max(0, p - 24), p), value) || isBareFraction(raw, s.slice(end, end + 12), s.slice(Math.max(0, p - 160), p)) || (value < 1000 && (isScoreSubjectBefore(s, p) || isUncountedScore(s, p, end, clause, pieceBefore(s, p))))))
    [unit, kind] = ['index', 'index'];
  else kind = 'count';
  if (tag === 'percent' && isScorePrintedAsPercent(lower, value)) [unit, kind] = ['index', 'index'];
  const money = tag === 'VND' || tag === 'USD';
  const direction = money && isLossAmount(words) ? undefined : money && isLossBefore(lower) ? 'down' : directionAt(s, p, end, words, prev, tag === 'rankstep', tag === 'percent'); // round 49: "lỗ 77 tỷ đồng", a negative amount
  if (unit === 'percent' && kind === 'share' && (direction || (prev?.unit === 'percent' && prev.kind === 'growth' && continuesComparedChange(s.slice(prev.end, p), s.slice(end, end + 40))))) kind = 'growth'; // round 44: "mức tăng trưởng lên tới 50% so với tháng trước và 11% so với cùng kỳ"
  const sign = direction === 'down' ? -1 : 1;
  const extra = { ...(valueMax !== undefined ? { valueMax: sign * valueMax } : {}), ...(direction ? { direction } : {}) };
  const lo = direction === 'down' && valueMax !== undefined ? -valueMax : sign * value;
  const comparative = qualifier === 'over' && /(?:cao|thấp|nhiều|ít|nhanh|chậm)\s+hơn\s*$/u.test(lower);
  const match = make(s, p, end, lo, unit, kind, comparative ? undefined : qualifier ?? qualifierAfter(s.slice(end, end + 60)), extra);
  if (direction === 'down' && valueMax !== undefined) match.valueMax = -value;
  return { end, match };
}

/** Builds a match whose `text` is exactly `s.slice(start, end)`. */
function make(
  s: string, start: number, end: number, value: number, unit: Unit, kind: MetricKind,
  qualifier: Qualifier | undefined, extra: { valueMax?: number; total?: number; direction?: Direction },
): NumberMatch {
  return { text: s.slice(start, end), start, end, value, ...extra, unit, kind, ...(qualifier ? { qualifier } : {}) };
}

/** Round 55: a move's start before its end, the end scaled or with its unit ("từ 1,06 lên trên 1,1 triệu", "từ 2,4 xuống 1,9 tỷ đồng", "từ 1,5 lên 2,5%"). */
const MOVE_END_AFTER = /^\s+(?:lên|xuống)\s+(?:mức\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?(?=\d)/u;

/** The scale and unit of a move's end when the bare decimal `value` at `end` of `s` starts that move (goal-lexicon's `MOVE_FROM`, `MOVE_END_AFTER`)
 *  and, in that scale, lies within a tenth to ten times the end: a decimal start takes the end's scale and unit. */
function scaledMoveEnd(s: string, lower: string, end: number, value: number): { exp: number; tag: UnitTag | undefined } | undefined {
  const to = MOVE_FROM.test(lower) ? MOVE_END_AFTER.exec(s.slice(end, end + 40)) : null;
  const q2 = to ? readQuantity(s, end + to[0].length) : null;
  if (!q2 || (!q2.scaled && !q2.tag)) return undefined;
  const lo = value * 10 ** q2.exp;
  return lo >= q2.value / 10 && lo <= q2.value * 10 ? { exp: q2.exp, tag: q2.tag } : undefined;
}

/**
 * Finds every numeric claim in a sentence, in reading order, and skips what is not a metric: years,
 * dates and times, periods ("6 tháng"), ages, ordinal labels ("lần thứ 10", "mức độ 4"), document
 * numbers ("Nghị quyết số 57-NQ/TW", "Đề án 06"), phone numbers, versions ("4.0"), "5G", URLs. Reads rank steps and
 * quantities spelled in words too ("tăng một bậc", "hơn một triệu văn bằng": `number-share.ts`, `number-spelled.ts`).
 */
export function findNumbers(original: string): NumberMatch[] {
  const sentence = readableCase(original);
  const out: NumberMatch[] = [];
  const urls = [...sentence.matchAll(URL)].map((m) => [m.index, m.index + m[0].length] as const);
  const digit = /\d/g;
  for (let i = 0; ; ) {
    digit.lastIndex = i;
    const d = digit.exec(sentence);
    if (!d) break;
    const url = urls.find(([a, b]) => d.index >= a && d.index < b);
    if (url) { i = url[1]; continue; }
    const r = scanAt(sentence, d.index, out.at(-1));
    if (r.match) out.push(r.match);
    i = Math.max(r.end, d.index + 1);
  }
  const spelled = spelledQuantities(sentence, (q) => !isContextNoClaim(sentence, q)); // session 54: the not-claim tests a figure in digits meets (round 73 had asked one: "và không quá một triệu đồng")
  const all = [...out, ...spelledRankSteps(sentence), ...spelled, ...spelledRanks(sentence)].sort((a, b) => a.start - b.start);
  lendUnits(sentence, all);
  return restoreCase(original, sentence, all);
}
