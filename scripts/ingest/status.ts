/**
 * The status of a number: a result (actual), a goal (target), the comparison value a result is
 * measured against (baseline) or an estimate/forecast (estimate). Pure; positions are UTF-16 offsets
 * in the sentence, text is compared lowercase.
 *
 *  - target: a target word before it ("phấn đấu" / "chỉ tiêu" for its `;`-clause, "mục tiêu" for its
 *    comma-clause); a frame ("đến năm 2025 phấn đấu:", "mục tiêu …:") carries through a `;`-list to
 *    the sentence's end unless an item says it is done ("đã", "đạt được", "kết quả", `goal-turn.ts`); a period after
 *    the article's year; a leader's instruction with no "đã"; a floor opening an item ("; tối thiểu 25% …"). A frame's
 *    list ends at an item that reports results ("…; đến nay, đã hoàn thành …; còn lại …") and skips one measured
 *    against the goal or the same period of the year before ("đạt 78%, vượt chỉ tiêu", "tăng 7,7% so với cùng kỳ").
 *  - estimate: "ước", "ước tính", "ước đạt", "dự kiến", "dự báo", "dự phóng", "dự ước" before it in its `;`-clause
 *    ("ước đạt 45.405 tỷ đồng, giảm 8,66%, đạt 39,6% kế hoạch": all three), unless "đã" follows the word.
 *    A forecast (`forecast.ts`: "có thể lên tới", "sẽ" in a sentence that names a forecast) is one too.
 *    "khoảng" alone is a hedge on a value (qualifier approx), not an estimate: reports use it for
 *    counted results too ("tăng khoảng 26 lần").
 *  - baseline: inside a bracket that compares ("(cùng kỳ năm trước là 25%)"), right after "so với"
 *    ("so với 25% năm 2023") or after "cùng kỳ năm trước là" following a claim (`baseline-value.ts`).
 */
import type { Period } from '../../src/schemas/metric';
import { afterLikely, isFactClause, isForecast, isForecastersView, isReportedEstimate, leavesEstimate, turnsToGoal } from './forecast';
import { isMoveFrom, turnsToResult } from './goal-turn';
import { parenAround, spanAround } from './items';

export { spanAround } from './items';
import { withoutReportedPlanNames } from './plan-scope';
import { AIM_IS, anyOf, CLAUSE_DEADLINE, deadlineLead, DONE as DONE_WORD, GOAL_WORDS, QUOTA, REACHED, RESULTS, WORD_END, WORD_START } from './goal-lexicon';
import { countsWhoSay, countsWhoThink, FUTURE, futureAfter } from './future-after';
import { completesByDeadlineAfter, opensItemUnderDeadline } from './goal-deadline';
import { isFloorGoal } from './goal-floor';
import { calledGoalAfter, goalSetBefore, opensOnYearGoal } from './goal-opening';

/** A plan's lead-in ("Theo kế hoạch, …"): what follows is the plan's, even what it "dự kiến" (`isEstimate`). */
const PLAN_LEADS = ['theo kế hoạch,', 'theo lộ trình,', 'theo mục tiêu,', 'theo kế hoạch có', 'theo kế hoạch sẽ', 'theo kế hoạch là']; // round 35: "theo kế hoạch có 800 hộ dùng …" with no comma
/** Target words that govern the rest of their `;`-clause ("phấn đấu … đạt 80%, 40%, 100%", "Theo kế hoạch, năm 2024 đạt 80%"). */
const STRONG_TARGET = ['phấn đấu', 'với mục tiêu', 'nhằm mục tiêu', 'chỉ tiêu đặt ra', 'kế hoạch đặt ra', 'mục tiêu đến', 'mục tiêu là', 'mục tiêu đặt ra là', 'mục tiêu đề ra là', 'đặt mục tiêu', 'đặt ra mục tiêu', 'đề ra mục tiêu', 'đặt kế hoạch', 'đặt ra kế hoạch', 'lên kế hoạch', 'mục tiêu:', 'chỉ tiêu:', 'định hướng đến', 'hướng tới mục tiêu', 'hướng đến mục tiêu', ...PLAN_LEADS]; // round 44: "hướng tới mục tiêu giảm 50% …, và giảm 50% …"
/** Target words that govern only their comma-clause ("…/mục tiêu 48.000 doanh nghiệp, đạt 104,9%"; a requirement, "với yêu cầu … tối thiểu 60 chợ"). */
const WEAK_TARGET = ['mục tiêu', 'chỉ tiêu', 'phải đạt', 'cần đạt', 'cần phải', 'sẽ đạt', 'sẽ chiếm', 'sẽ có', 'kỳ vọng', 'đặt mục tiêu', 'nhằm đạt', 'hướng tới', 'đưa chỉ số này đạt', 'định hướng', 'với yêu cầu', 'đặt ra yêu cầu', 'đặt yêu cầu', 'đang chuẩn bị', 'gấp rút chuẩn bị', 'sẽ chuẩn bị'];
/** A frame that, before a ":" or a ";"-list, makes every item of the list a goal (a plan's or a roadmap's: "Theo lộ trình, …; 100% …"). */
const FRAME = new RegExp(`${WORD_START}(?:${anyOf([...GOAL_WORDS, 'kế hoạch', 'lộ trình', 'phải đạt'])}|${deadlineLead({ space: ' ' })} (\\d{4}))${WORD_END}`, 'gu');
/**
 * Words around a frame word that make it a report on goals, not a goal: "kết quả thực hiện các chỉ tiêu …:", "nhiều chỉ tiêu đạt
 * khá, như: …" (`REACHED`), "nhiều chỉ tiêu còn rất thấp, như …" (how far they stand, round 36).
 */
const REPORT_FRAME = new RegExp(`${WORD_START}${anyOf(['kết quả', ...REACHED, 'tình hình', `so với(?: (?:các|những))? ${anyOf([...GOAL_WORDS, 'kế hoạch', 'cùng kỳ'])}`, 'hoàn thành', 'vượt', 'còn (?:rất |khá |quá )?(?:thấp|chậm|hạn chế)', 'chưa đạt'])}${WORD_END}`, 'u');
/** Round 47: the purpose a lead opens on, "để đạt được mục tiêu …", "nhằm hoàn thành các chỉ tiêu …": a goal still ahead, no result reported. */
const AIMED_FOR = /(?<![\p{L}\p{M}])(?:để|nhằm)\s+(?:đạt được|đạt|hoàn thành|thực hiện)\s+(?:(?:các|những)\s+)?(?:mục tiêu|chỉ tiêu)(?![\p{L}\p{M}])/gu;
/** A plan issued or adopted right before the frame word ("đã ban hành Kế hoạch", "phê duyệt lộ trình"): the plan's name, no goal it sets. */
const ISSUED_BEFORE = /(?<![\p{L}\p{M}])(?:ban hành|phê duyệt|ký|thông qua)(?:\s+(?:xong|các|những|được))?\s+$/u;
/** Round 38: a second plan named after one issued ("đã ban hành kế hoạch … giai đoạn 05 năm tại Quyết định … và kế hoạch năm 2022 …"): issued too. */
const ISSUED_AND_BEFORE = /(?<![\p{L}\p{M}])(?:ban hành|phê duyệt)(?:\s+(?:xong|các|những|được))?\s+[^;:.]{1,180}\svà\s+$/u;
/** The start of a span of years right before a frame's "đến năm …": "từ năm 2018 ", "từ 2020 ". */
const SPAN_START_BEFORE = /(?<![\p{L}\p{M}])từ\s+(?:năm\s+)?(?:19|20)\d\d\s*$/u;
/** "tính" right before a deadline's "đến/tới" ("tính đến hết năm 2022"): the date a stock is counted at. */
const CUT_OFF_BEFORE = /(?<![\p{L}\p{M}])tính\s+$/u;
/** True when the frame word at `m` opens a goal: no report word in its clause before it or between it and the list. */
function opensGoal(lower: string, m: RegExpMatchArray, articleYear?: number): boolean {
  if (m[1] && articleYear !== undefined && Number(m[1]) < articleYear) return false;
  if (m[1] && CUT_OFF_BEFORE.test(lower.slice(Math.max(0, m.index! - 12), m.index))) return false; // round 43: "tính đến hết năm 2022, …; lương bình quân đạt …": a stock's cut-off date, no deadline
  if (/(?:\d\s*%|(?<![\p{L}\p{M}])(?:đạt|vượt|bằng)\s+[\d.,]+|(?<![\p{L}\p{M}])(?:đạt|vượt|hoàn thành))\s*(?:so với\s+)?$/u.test(lower.slice(0, m.index))) return false; // "đạt 76,5% mục tiêu": a share of a goal ("03 mục tiêu:" counts goals)
  if (ISSUED_BEFORE.test(lower.slice(Math.max(0, m.index! - 30), m.index)) || ISSUED_AND_BEFORE.test(lower.slice(Math.max(0, m.index! - 200), m.index))) return false;
  if (SPAN_START_BEFORE.test(lower.slice(Math.max(0, m.index! - 20), m.index))) return false; // round 37: "từ năm 2018 đến năm 2022 lần lượt là …; …": a span's end, no deadline // round 35: "đã ban hành Kế hoạch …; 62/63 …": a plan issued, no goal
  const from = Math.max(lower.lastIndexOf('.', m.index!), lower.lastIndexOf(';', m.index!), 0);
  return !REPORT_FRAME.test(lower.slice(from, leadEnd(lower, m.index! + m[0].length)).replace(AIMED_FOR, ' '));
}

/** Where a frame's lead ends: at the ":" or ";" that opens its list ("phấn đấu … đạt 50% so với số trạm 4G; …": the list's own words are no report's). */
function leadEnd(lower: string, from: number): number {
  const m = /[:;]/u.exec(lower.slice(from));
  return m ? from + m.index : lower.length;
}

/** A sentence that opens on a condition ("Nếu xét chỉ số trước khi sáp nhập, thứ hạng sẽ …"): its "sẽ" is what would be, not a goal. */
const CONDITIONAL = /^\s*(?:nếu|giả sử|trong trường hợp)(?![\p{L}\p{M}])(?!\s+như)/u;

/**
 * True when the sentence speaks of the future around the number: "sẽ" before it in the sentence
 * ("… kỳ vọng sẽ chiếm trên 10% …, và năng suất tăng tối thiểu 7%"), or after it in its own
 * `;`-clause ("trên 50% doanh nghiệp sẽ sử dụng nền tảng số; 80% người dân …"), with nothing
 * reported done in its comma-clause and no condition opening the sentence (`CONDITIONAL`).
 */
export function isFuture(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase().replace(HOPES_OF_ALL, (m) => ' '.repeat(m.length)); // session 50: someone's expectations (`HOPES_OF`), no future
  if (DONE.test(commaClauseBefore(lower, at)) || CONDITIONAL.test(lower)) return false;
  const [, ce] = spanAround(lower, at, /;/g);
  if (isFactClause(commaClauseBefore(lower, at))) return false; // "…, khi 90% người dùng cho biết sẽ …": a present fact
  if (countsWhoSay(lower.slice(at, ce))) return false; // "40% người được hỏi dự đoán giá sẽ tăng": those who say it, counted
  return FUTURE.test(lower.slice(0, at)) || futureAfter(lower.slice(at, ce));
}

/** Round 64: a survey before the figure ("Khảo sát về mục tiêu chuyển đổi số … cho thấy 37,2% …"): what its respondents say is its finding. */
const SURVEY = /(?<![\p{L}\p{M}])(?:khảo\s+sát|điều\s+tra|thăm\s+dò)(?![\p{L}\p{M}])/u;

/** A leader's instruction near the start of a sentence: what follows is to be done, not done; no figure between the leader and the verb ("… có 412 nhiệm vụ giao cho …": tasks handed out, counted), and "Ban Chỉ đạo" is a leader's name, not its verb "chỉ đạo". */
const DIRECTIVE = /^(?:để [^,.;:]{0,100},\s*)?.{0,60}?(?:thủ tướng|chính phủ|bộ trưởng|chủ tịch|đồng chí|ủy ban|ubnd|ban chỉ đạo|lãnh đạo)[^,.;:\d]{0,40}?\s(?:yêu cầu|đề nghị|(?<!ban\s)chỉ đạo|lưu ý|kêu gọi|giao)(?![\p{L}\p{M}])(?!\s+(?:khách quan|của|trung ương|chính phủ))/u;
/** Round 51: the tasks or goals an instruction hands out, counted ("UBND tỉnh giao 53 chỉ tiêu và 235 nhiệm vụ cụ thể cho các sở"): how many were given, a fact. */
const TASKS_AFTER = /^\s+(?:nhiệm vụ|chỉ tiêu|mục tiêu|đầu việc|nhóm nhiệm vụ)(?![\p{L}\p{M}])/u;
/** Round 33: "giao" closing a plan's name, not an instruction: "so với kế hoạch (vốn) Thủ tướng Chính phủ giao", "dự toán HĐND tỉnh giao". */
const PLAN_GIVEN = /(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)(?:\s+vốn)?\s+(?:được\s+|do\s+|mà\s+)?[^,.;:\d]{0,50}?\sgiao$/u;
/** A result marker: the number is reported as done even in an instruction ("nhiệm vụ mà UBND tỉnh đã giao cho 33 sở"). */
const DONE = new RegExp(`${WORD_START}${anyOf([DONE_WORD, ...REACHED, RESULTS, '(?<!nhỏ và )vừa(?! và nhỏ)'])}${WORD_END}`, 'u');
/** A result or the present in a clause: no forecast there ("hiện đã đạt 23 tỷ USD và có thể lên tới …": the first is done). */
const DONE_OR_NOW = /(?<![\p{L}\p{M}])(?:đã|hiện|năm nay|thống kê)(?![\p{L}\p{M}])/u;
/** Estimate words (see the module comment); not "công ước", "hiệp ước", "điều ước", "mong ước", "quy ước". */
const ESTIMATE = /(?<![\p{L}\p{M}])(?<!(?<![\p{L}\p{M}])(?:công|hiệp|điều|mong|quy|thỏa|thoả) )(?:ước(?: tính| đạt| khoảng)?|dự kiến|dự báo|dự phóng|dự ước|dự tính)(?![\p{L}\p{M}])/u;

/** The comma-clause (between , ; : " – ", not a range's dash: "từ 20 - 22% lên 25%") around `at`, lowercase, up to `at`. */
function commaClauseBefore(lower: string, at: number): string {
  const [ss] = spanAround(lower, at, /,(?!\d)|[;:]|(?<!\d)\s[–-]\s|\s[–-]\s(?!\d)/g);
  return lower.slice(ss, at);
}

/** A result measured against the goal or the same period of the year before, in an item: "đạt 78%, vượt chỉ tiêu", "tăng 7,7% so với cùng kỳ". */
const MEASURED = new RegExp(`${WORD_START}(?:(?:vượt|so với)(?: (?:các|những))? ${anyOf(['chỉ tiêu', 'mục tiêu', 'kế hoạch', 'cùng kỳ'])})${WORD_END}`, 'u');

/** `text` with the closed brackets right after a figure blanked (same length): "11,27% (kế hoạch là 7%)" qualifies that figure only
 *  (a heading's bracket, "Chính quyền số (06 chỉ tiêu: …): 50% …", stays). */
function blankFigureBrackets(text: string): string {
  return text.replace(/(\d\s*%?\s*)(\([^()]*\))/gu, (_, figure: string, bracket: string) => figure + ' '.repeat(bracket.length));
}

/** `text` without its closed brackets, inner ones first: an item's "(Kết quả: … đạt 62%)" reports on that item only. */
function withoutClosedBrackets(text: string): string {
  let out = text;
  for (let prev = ''; prev !== out;) [prev, out] = [out, out.replace(/\([^()]*\)/gu, '')];
  return out;
}

/**
 * True when a target frame before the number governs it through a `;`/`:` list: the frame word stands
 * before a ":" or ";" that comes before the number, its year (if any) is not before the article's, and
 * neither the number's own clause nor an item between the list's start and it reports something done, and its clause does
 * not measure it against the goal or the same period of the year before (`MEASURED`).
 */
export function inTargetFrame(text: string, at: number, articleYear?: number): boolean {
  const lower = blankFigureBrackets(text.slice(0, at)) + text.slice(at); // round 51: a plan named in a figure's closed bracket ("11,27% (kế hoạch là 7%); … đạt 66%") frames no item after it
  const [cs, ce] = spanAround(lower, at, /;/g);
  if (DONE.test(lower.slice(cs, at)) || MEASURED.test(lower.slice(cs, ce))) return false;
  for (const m of lower.slice(0, at).matchAll(FRAME)) {
    const list = leadEnd(lower, m.index + m[0].length);
    const saysDoneIn = (from: number, to: number) => DONE.test(withoutClosedBrackets(lower.slice(from, to)));
    if (list < cs && (saysDoneIn(list, cs) || (m[1] && saysDoneIn(m.index + m[0].length, list)))) continue; // "…; đến nay, đã hoàn thành 30/34 chỉ tiêu; còn lại 4 …": the list turned to results; round 40: "… thì đến năm 2016 tỷ lệ này đã lên 20,2% … (2017 là 31,6%; 2018 là 42,3%)": a year its lead reports reached, no deadline
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

/** Round 37: the figure's noun, then "đã (được)" in its own clause ("gần 1.000 trạm tạm đã được thu hồi"): reported done, even under a plan's frame;
 *  round 39: a noun of two places joined by a comma too ("21/21 xã, thị trấn đã thành lập", "149/149 thôn, tổ dân phố đã …"). */
const DONE_RIGHT_AFTER = new RegExp(`^(?:[^\\d,;.:()]{0,40}?,\\s*(?:thị trấn|phường|thành phố|tổ dân phố|bản|ấp|khu phố|đơn vị|ngành|địa phương)(?![\\p{L}\\p{M}]))?[^\\d,;.:()]{0,40}?${WORD_START}${DONE_WORD}(?:\\s+được)?\\s+\\p{L}`, 'u'); // the lexicon's "đã", not "đã đề ra"

/** True when the number's own clause, right after it, reports it done (`DONE_RIGHT_AFTER`). */
export function saysDoneAfter(sentence: string, end: number): boolean {
  return DONE_RIGHT_AFTER.test(sentence.slice(end).toLowerCase());
}

/** Round 37: a requirement opening the sentence ("Theo yêu cầu của Bộ Y tế, "), and the duty after the figure ("… phải hoàn tất …"). */
const REQUIREMENT_LEAD = /^\s*theo\s+yêu\s+cầu(?:\s+của\s+[^,;]{1,50})?\s*,/u;
const DUTY_AFTER = /(?<![\p{L}\p{M}])(?:phải|cần|buộc phải)(?![\p{L}\p{M}])/u;

/** A share of a goal or a plan reached: "90% mục tiêu doanh thu", "85% kế hoạch năm". */
const SHARE_OF_GOAL = /(\d\s*%\s*(?:của\s+)?)(mục tiêu|chỉ tiêu|kế hoạch)(?![\p{L}\p{M}])/gu;

/** Round 51: goals counted ("giao 53 chỉ tiêu và 235 nhiệm vụ; … đã hoàn thành 32 chỉ tiêu (60,38%) và 88 nhiệm vụ"): the noun a count counts, no goal frame;
 *  not when a colon after it in its sentence lists the goals ("thống nhất 29 chỉ tiêu chủ yếu, trong đó: …", "(06 chỉ tiêu: …): 50% …", `listedAfter`). */
const COUNT_OF_GOALS = new RegExp(`((?<![\\d.,])\\d{1,4}\\s+)(mục tiêu|${QUOTA})${WORD_END}`, 'gu');

/** True when a colon follows `end` of `text` in its sentence: the goals a count counts are listed after it. */
function listedAfter(text: string, end: number): boolean {
  return /^[^.:]*:/u.test(text.slice(end));
}

/** `lower` with the goal word of a share of a goal ("thực hiện được 90% mục tiêu … và 63%") or of a count of goals (`COUNT_OF_GOALS`) blanked (same
 *  length): it names no goal of its own. */
function withoutSharesOfGoals(lower: string): string {
  return lower.replace(SHARE_OF_GOAL, (_, share: string, word: string) => share + ' '.repeat(word.length))
    .replace(COUNT_OF_GOALS, (m: string, count: string, word: string, at: number, all: string) => (listedAfter(all, at + m.length) ? m : count + ' '.repeat(word.length)));
}

/** Round 48: an aim at a figure ("Toàn huyện hướng đến 100% thủ tục …, 90% hồ sơ … và 70% …"): governs the rest of its `;`-clause
 *  as "phấn đấu" does; not "hướng tới chính quyền số" (a direction, no figure after it). */
const AIMS_AT_FIGURE = /(?<![\p{L}\p{M}])hướng\s+(?:đến|tới)\s+(?:(?:mức|khoảng|trên|tối thiểu|ít nhất)\s+)?\d/u;

/** Round 33: the national target programmes' name ("3 Chương trình mục tiêu quốc gia", "các chương trình mục tiêu"): no goal word. */
const PROGRAMME_NAME = /chương trình mục tiêu(?: quốc gia)?/gu;
/** Round 48: "mục tiêu" as what attacks aim at ("ngành tài chính ngân hàng là mục tiêu số một", "mục tiêu tấn công của tin tặc"): no goal word. */
const AIMED_AT = /mục tiêu\s+(?:số\s+một|số\s+1|hàng\s+đầu|tấn\s+công|của\s+(?:các\s+|những\s+)?(?:cuộc\s+tấn\s+công|tin\s+tặc|hacker|kẻ\s+gian|tội\s+phạm|lừa\s+đảo))/gu;

/** Round 54: a job fair's openings ("hơn 29.000 chỉ tiêu tuyển dụng đến từ 98 doanh nghiệp"): vacancies offered, no goal's "chỉ tiêu". */
const JOB_OPENINGS = /chỉ tiêu tuyển dụng/u;
/** Round 54: an office named after planning ("Bộ Kế hoạch và Đầu tư cho biết, … (ĐTQM), chiếm 96,82%", "Phòng Tài chính - Kế hoạch"; not the work
 *  "công tác kế hoạch - tài chính"): a name, no plan. */
const PLANNING_OFFICE = /(?<![\p{L}\p{M}])(?:bộ|sở|phòng|vụ)\s+(?:kế hoạch\s+(?:và|&)\s+đầu tư|tài chính\s*[-–&]\s*kế hoạch|kế hoạch\s*[-–&]\s*tài chính)/u;
/** Session 50: "kỳ vọng" as a noun of whose it is, beside other nouns of what people think or met by a verb ("ý kiến và kỳ vọng của hơn
 *  19.500 người dân", "đáp ứng kỳ vọng của người dân"): their expectations, no goal of the figure (review: not "Kỳ vọng của tỉnh là … đạt 80%",
 *  which states the goal, nor "vượt kỳ vọng của ngành (80%)"). */
const HOPES_OF = /(?<![\p{L}\p{M}])(?:(?:ý kiến|mong muốn|nguyện vọng|cảm nhận|trải nghiệm|đánh giá|niềm tin)(?:\s*,\s*|\s+và\s+|\s+)|(?:đáp ứng|phù hợp với|đúng với)\s+(?:(?:mức|sự)\s+)?)kỳ vọng\s+của/u;
const HOPES_OF_ALL = new RegExp(HOPES_OF.source, 'gu');
/** Goal words that are names, blanked before a figure's goal words are read: a programme's name, what attacks aim at, job openings, planning offices, someone's expectations. */
const NOT_GOAL_WORDS = new RegExp([PROGRAMME_NAME, AIMED_AT, JOB_OPENINGS, PLANNING_OFFICE, HOPES_OF].map((r) => r.source).join('|'), 'gu');

/**
 * True when the number at `at` is stated as a goal rather than a result (see the module comment).
 * `period` is the period found in the number's own clause.
 */
export function isTarget(sentence: string, at: number, period: Period | undefined, articleYear?: number): boolean {
  const lower = withoutSharesOfGoals(withoutReportedPlanNames(sentence.toLowerCase())).replace(NOT_GOAL_WORDS, (m) => ' '.repeat(m.length)); // "báo cáo kết quả … Chiến lược … định hướng đến năm 2030": a name's goal words
  const [cs] = spanAround(lower, at, /;/g);
  const before = (from: number) => lower.slice(from, at);
  const comma = commaClauseBefore(lower, at);
  if (turnsToResult(before(cs)) || isMoveFrom(lower, at)) return false; // "đặt mục tiêu 85% và đã đạt 87%", "nâng từ 45% năm 2024 lên 80%"
  if (STRONG_TARGET.some((w) => before(cs).includes(w))) return true;
  if (countsWhoThink(lower.slice(at, spanAround(lower, at, /;/g)[1])) && (SURVEY.test(before(cs)) || (!WEAK_TARGET.some((w) => before(cs).includes(w)) && !AIM_IS.test(before(cs))))) return false; // round 64: "37,2% DN cho rằng chuyển đổi số là mục tiêu chiến lược": a survey's finding (not "Mục tiêu 80% người dân cho biết hài lòng"; a survey's topic may name a goal)
  if (AIM_IS.test(before(cs)) || AIMS_AT_FIGURE.test(lower.slice(cs, at + 1)) || opensOnYearGoal(lower, at) || calledGoalAfter(lower, at)) return true;
  if (REQUIREMENT_LEAD.test(before(cs)) && DUTY_AFTER.test(lower.slice(at, spanAround(lower, at, /[;,]/g)[1]))) return true; // round 37: "Theo yêu cầu của Bộ Y tế, khoảng 1.800 bệnh viện … phải hoàn tất …"
  if (WEAK_TARGET.some((w) => comma.includes(w)) || isFloorGoal(lower, at, cs, DONE, articleYear)) return true; // a floor a plan, a duty or an instruction sets (goal-floor.ts)
  if (inTargetFrame(lower, at, articleYear) || isFuture(sentence, at)) return true;
  if (opensItemUnderDeadline(lower, at, articleYear) && !DONE.test(lower.slice(0, spanAround(lower, at, /;/g)[1]))) return true; // "Đến năm 2030, 100% …; 90% …"
  if (period && articleYear !== undefined && Number(period.iso.slice(0, 4)) > articleYear) return true;
  if (completesByDeadlineAfter(lower, numberEnd(lower, at), before(cs), articleYear)) return true; // round 64: "…, hoàn thành trong tháng 10/2025"
  const directive = DIRECTIVE.exec(lower);
  if (directive && directive[0].length <= at && !DONE.test(comma) && !PLAN_GIVEN.test(directive[0]) && !(directive[0].endsWith('giao') && TASKS_AFTER.test(lower.slice(numberEnd(lower, at)))) && !saysDoneAfter(lower, numberEnd(lower, at)) && !reportsItsState(lower, at)) return true; // round 39: "… chỉ đạo … thành lập tổ … với 21/21 xã, thị trấn đã thành lập"
  return CLAUSE_DEADLINE.test(comma) && period !== undefined && articleYear !== undefined && Number(period.iso.slice(0, 4)) >= articleYear;
}

/** Where the number written at `at` of `lower` ends (its digits, separators, "/" and "%"). */
function numberEnd(lower: string, at: number): number {
  return at + (/^[\d.,/%]+/u.exec(lower.slice(at))?.[0].length ?? 0);
}

/** Round 39: a `;`-item after an instruction that reports its own state ("… đã giao 309 nhiệm vụ; trong đó 189 nhiệm vụ đã hoàn thành, đạt
 *  61%; 93 nhiệm vụ đang thực hiện …"): done or under way, a result of the instruction, no goal. Lowercase. */
const ONGOING = /(?<![\p{L}\p{M}])đang\s+(?:thực hiện|triển khai|được thực hiện|được triển khai)(?![\p{L}\p{M}])/u;

/** True when the number at `at` stands in a later `;`-item of its sentence whose words say it done or under way (`DONE`, `ONGOING`). */
function reportsItsState(lower: string, at: number): boolean {
  const [start, end] = spanAround(lower, at, /;/g);
  const item = lower.slice(start, end);
  return start > 0 && (DONE.test(item) || ONGOING.test(item));
}

/**
 * True when the number's comma-clause, before it, reports something done ("đã đạt 80%"): a target there is ambiguous; not when
 * a figure stands between the done word and the number (round 37: "… mới chỉ đạt 39,5% vẫn còn xa so với mục tiêu 80%": that figure's).
 */
export function doneNearby(sentence: string, at: number): boolean {
  const clause = commaClauseBefore(sentence.toLowerCase(), at);
  const done = new RegExp(DONE.source, 'gu');
  return [...clause.matchAll(done)].some((m) => !/\d/u.test(clause.slice(m.index + m[0].length)));
}

/**
 * An estimate word opening the sentence, with at most its period or the present it counts to, before its comma: "Ước tính
 * năm 2025, …", "Dự kiến trong tháng 12, …", "Ước tính đến nay, …", "Ước tính tới thời điểm hiện tại, …" (round 34); whose estimate it
 * is ("Theo ước tính của Bộ TT&TT, …", round 43).
 */
const OPENING_ESTIMATE = /^\s*(?:theo\s+(?:(?:số liệu|kết quả)\s+)?(?:ước tính|dự báo|dự tính)\s+(?:của|từ)\s+[^,;:.]{1,60}?\s*,|(?:theo\s+)?(?:ước tính|dự kiến|dự báo|dự tính)(?:\s+(?:trong|đến|tới|hết|cuối|đầu)?\s*(?:năm|tháng|quý)[^,;:.]{0,30}|\s+(?:đến|tới|cho đến)\s+(?:nay|hiện nay|hiện tại|(?:thời điểm|lúc)\s+(?:này|hiện tại|hiện nay)))?\s*,)/u;

/** What a plan expects, after its lead-in: "Theo kế hoạch, Sở dự kiến … sẽ đạt 90%" (not "ước": an estimate of a result). */
const PLAN_EXPECTS = /(?<![\p{L}\p{M}])(?:dự kiến|dự tính)(?![\p{L}\p{M}])/u;

/** Round 44: the goal named right before its level ("có thể đạt mục tiêu 20% GDP", "khó đạt chỉ tiêu 80%"): a forecast of meeting it leaves the level a goal. */
const GOAL_NAMED_RIGHT_BEFORE = /(?<![\p{L}\p{M}])(?:mục tiêu|chỉ tiêu)(?:\s+(?:là|đề ra|đặt ra))?\s*(?:(?:khoảng|hơn|trên|tối thiểu|ít nhất)\s+)?$/u;

/** A clause that only restates the figure before it in other terms: "; tương đương 22 thuê bao/100 dân", "; tức khoảng 5%". */
const RESTATED = /^\s*(?:tương\s+(?:đương|ứng)(?:\s+với)?|tức(?:\s+là)?)\s*(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s*)?$/u;

/**
 * True when an estimate word stands before the number in its `;`-clause ("ước đạt 22,4%", "dự kiến 80%"), with no "đã" after it
 * unless the estimate opens the sentence and governs all of it ("Ước tính năm 2025, doanh thu đã vượt …"); not what a plan
 * named before it expects ("Theo kế hoạch, Bộ dự kiến … sẽ đạt …": the plan's goals, `PLAN_LEADS`).
 */
export function isEstimate(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  const [cs] = spanAround(lower, parenAround(lower, at)?.start ?? at, /;/g); // a ";" inside its bracket splits no clause
  const clause = lower.slice(cs, at);
  if (cs === 0 && OPENING_ESTIMATE.test(clause)) return true;
  if (cs > 1 && RESTATED.test(clause)) return isEstimate(sentence, cs - 2); // round 35: "ước … đạt 21,7 triệu; tương đương 22 …": the estimate restated
  const m = ESTIMATE.exec(clause);
  if (m && PLAN_EXPECTS.test(m[0]) && (PLAN_LEADS.some((w) => clause.slice(0, m.index).includes(w)) || goalSetBefore(clause.slice(0, m.index)))) return false; // round 32: "đặt mục tiêu …, lợi nhuận dự kiến …"
  if (!m) return (isForecast(sentence, at) || isReportedEstimate(lower, at) || isForecastersView(lower, at)) && !DONE_OR_NOW.test(afterLikely(commaClauseBefore(lower, at).split(/\svà\s/u).at(-1)!)) && !GOAL_NAMED_RIGHT_BEFORE.test(clause);
  return !/(?<![\p{L}\p{M}])đã(?![\p{L}\p{M}])/u.test(clause.slice(m.index)) && !turnsToGoal(clause.slice(m.index)) && !leavesEstimate(clause.slice([...clause.matchAll(new RegExp(ESTIMATE.source, 'gu'))].at(-1)!.index)); // from the last estimate word
}

