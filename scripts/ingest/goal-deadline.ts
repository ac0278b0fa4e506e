/**
 * A deadline stated once over a list of goals: a sentence that opens on a deadline year ("Theo đó, đến năm
 * 2025, tối thiểu 80% …; 100% …", "Phấn đấu đến năm 2027, …") and gives only goals, in `;`-items, frames the
 * item paragraphs after it ("100% hồ sơ …; tối thiểu 60% …", "- Trên 50% …"): each is a goal of that year
 * until a paragraph is no list (prose, a heading) or a sentence turns to results (`endsGoalFrame`). A sentence that
 * opens on a report's cutoff day ("Đến ngày 30/6/2025, toàn tỉnh có …") ends any goal frame.
 * Pure; text is compared lowercase.
 */
import type { Period } from '../../src/schemas/metric';
import { anyOf, GOAL_WORDS, WORD_END, WORD_START } from './goal-lexicon';
import { yearPeriod } from './period-set';

/**
 * An opening deadline year, captured: "Đến năm 2025, …", "Theo đó, đến năm 2025, …", "Phấn đấu tới hết năm 2027: …"
 * (a lead of up to 40 characters without figures, with its comma).
 */
const DEADLINE = /^\s*(?:[^,;.:\d]{0,40}?,?\s+)?(?:đến|tới|vào)(?:\s+(?:hết|cuối))?(?:\s+năm)?\s+((?:19|20)\d\d)\s*[,:]/u;

/** A paragraph of list items: `;`-items, or a line that opens on a dash, bullet or plus. */
const ITEMS = /;|^\s*[-–•+*]\s/u;

/** What an opening deadline list gives the paragraphs after it: its year, and that only list paragraphs continue it. */
export interface DeadlineList {
  horizon: Period;
  list: true;
}

/**
 * The frame a sentence opens when it opens on a deadline year not before the article's (`DEADLINE`),
 * holds `;`-items and every figure it gave (`statuses`, non-empty) is a goal. Undefined otherwise.
 */
export function opensDeadlineList(sentence: string, statuses: readonly string[], articleYear?: number): DeadlineList | undefined {
  const lower = sentence.toLowerCase();
  if (statuses.length === 0 || statuses.some((s) => s !== 'target') || !lower.includes(';')) return undefined;
  const year = Number(DEADLINE.exec(lower)?.[1]);
  if (!Number.isFinite(year) || (articleYear !== undefined && year < articleYear)) return undefined;
  return { horizon: yearPeriod(year), list: true };
}

/** True when a paragraph goes on with a deadline list's items (`ITEMS`): `;`-items or a dashed line. */
export function continuesDeadlineList(paragraph: string): boolean {
  return ITEMS.test(paragraph);
}

/**
 * A report's cutoff day opening a sentence: "(Tính) đến (hết) ngày 30/6/2025, …", "Đến 15/9, …" — a day other than a
 * year's end (31/12, a deadline's usual day), in a sentence with no goal or obligation word.
 */
const CUTOFF_DAY = /^\s*(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*((?:19|20)\d\d))?(?!\d)/u;
const GOAL_OR_OWED = new RegExp(`${WORD_START}${anyOf([...GOAL_WORDS, 'kế hoạch', 'phải', 'cần', 'sẽ', 'bảo đảm', 'đảm bảo'])}${WORD_END}`, 'u');

/**
 * True when a sentence opens on a report's cutoff day (`CUTOFF_DAY`) not in a year after the article's: what it counts
 * stands at that day, no goal frame goes on over it.
 */
export function opensOnCutoffDay(sentence: string, articleYear?: number): boolean {
  const lower = sentence.toLowerCase();
  const m = CUTOFF_DAY.exec(lower);
  if (!m || (Number(m[1]) === 31 && Number(m[2]) === 12) || GOAL_OR_OWED.test(lower)) return false;
  return articleYear === undefined || m[3] === undefined || Number(m[3]) <= articleYear;
}

/** A sentence opening on a deadline year, "by …": "Đến năm 2030, …", "Theo đó, tới hết năm 2025: …" (not "Tính đến năm 2024, …", a cutoff, nor "Từ năm 2020 đến năm 2024, …", a span). */
const OPENING_DEADLINE = /^\s*(?:(?:theo đó|cụ thể|trong đó)\s*,?\s*)?(?:đến|tới)(?:\s+(?:hết|cuối))?(?:\s+năm)?\s+(?:19|20)\d\d\s*[,:]/u;
/** A number opening its item: only a floor or a hedge between the item's start and it ("; tối thiểu 60% …", ", trên 80% …"). */
const OPENS_ITEM = /^\s*(?:-\s*)?(?:(?:tối thiểu|ít nhất|trên|hơn|khoảng|gần|từ)\s+)?$/u;

/**
 * True, on an undated page, when the sentence (lowercase) opens on a deadline year (`OPENING_DEADLINE`) and the number at
 * `at` opens the first clause after it or a `;`-item: "Đến năm 2030, 100% cơ quan …; 90% người dân …" states goals. A
 * result has its verb before the figure ("Đến năm 2021, tỷ lệ hộ dùng cáp quang đạt 62%", "…, có khoảng 5 triệu người
 * dùng"); a dated page reads the year against its own (`isTarget`). The caller checks that nothing in the number's clause
 * is reported done.
 */
export function opensItemUnderDeadline(lower: string, at: number, articleYear?: number): boolean {
  const m = OPENING_DEADLINE.exec(lower);
  if (!m || articleYear !== undefined || m[0].length > at) return false;
  const itemStart = Math.max(m[0].length, lower.lastIndexOf(';', at - 1) + 1);
  return OPENS_ITEM.test(lower.slice(itemStart, at));
}

/** Round 64: a task's completion deadline after its figure, in the figure's `;`-item, with the deadline's year: "thực hiện toàn trình tại
 *  100% các cảng hàng không, hoàn thành trong tháng 10/2025", "…, hoàn thành trước 31/12/2025" (not "đã hoàn thành trong tháng 10", a
 *  result; the date in words too: "chậm nhất ngày 30 tháng 9 năm 2025"). The year is captured. Lowercase. */
const COMPLETES_BY_AFTER = /^([^;.]{0,200}?)(?<![\p{L}\p{M}])(?<!(?:đã|đều|cơ\s+bản)\s)hoàn\s+thành(?:\s+xong)?\s+(?:trong|trước|chậm\s+nhất(?:\s+(?:trong|trước|vào))?)\s+(?:(?:ngày|tháng|quý|năm)\s+)?(?:[\divx]{1,4}(?:[/.-]|\s+(?:tháng|năm)\s+))*((?:19|20)\d\d)(?!\d)/u;
/** Something reported done or held in the item: "đã", "đạt", "được", "có" before the figure, "đã", "được" between it and the deadline; a
 *  size ("tổng mức đầu tư 250 tỷ đồng", "trị giá 350 tỷ đồng") is no task either. */
const DONE_IN_ITEM = /(?<![\p{L}\p{M}])(?:đã|đạt|được|có(?!\s+(?:trách\s+nhiệm|nhiệm\s+vụ))|trị\s+giá|tổng\s+(?:vốn|mức\s+đầu\s+tư)|kinh\s+phí)(?![\p{L}\p{M}])/u;
const DONE_BETWEEN = /(?<![\p{L}\p{M}])(?:đã|được)(?![\p{L}\p{M}])/u;

/** True when the figure ending at `end` of `lower` is a task to complete by a deadline written after it (`COMPLETES_BY_AFTER`), no earlier
 *  than the article's year (`articleYear`, when known), and its item says nothing done or held before it (`before`: the item up to the figure). */
export function completesByDeadlineAfter(lower: string, end: number, before: string, articleYear?: number): boolean {
  const m = COMPLETES_BY_AFTER.exec(lower.slice(end));
  return !!m && !DONE_IN_ITEM.test(before) && !DONE_BETWEEN.test(m[1]!) && (articleYear === undefined || Number(m[2]) >= articleYear);
}
