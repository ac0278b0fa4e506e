/**
 * The years an undated page sets goals for, and the figures such a page dates to them. A page with no
 * date cannot tell "Đến năm 2025, 100% xã có cáp quang" (a goal) from "Đến năm 2020, 100% xã có cáp
 * quang" (a result) by the article's year; it can by its own words: a year the page names as a goal's
 * deadline ("mục tiêu … cần hoàn thành vào năm 2025", "Theo định hướng đến năm 2025", "Đề án … giai
 * đoạn 2021 – 2025 … đặt ra các mục tiêu") is a goal year, and a figure whose sentence opens on that
 * deadline ("Đến năm 2025, …", "Đến 2025, …") or whose clause names it ("… chiếm 70% thị phần vào năm
 * 2025") is a goal, unless its clause says it is done. Pure; text is compared lowercase.
 */
import { ownPart } from './future-after';
import { anyOf, DEADLINE_YEAR, DONE as DONE_WORD, GOAL_WORDS, OPENS_ON_DEADLINE, REACHED, RESULTS, SHORT_OF, SO_FAR, WORD_END, WORD_START } from './goal-lexicon';

/** Words of a goal in a sentence. */
const GOAL = new RegExp(`${WORD_START}${anyOf(GOAL_WORDS)}${WORD_END}`, 'u');
/**
 * Round 31g: a goal met, "đạt / hoàn thành (các) mục tiêu (đề ra | đặt ra | được giao)" closing its clause or bracket ("…
 * (đạt mục tiêu đề ra tại Nghị quyết …)", round 37: "hoàn thành 100% chỉ tiêu được giao"), not one still aimed at ("nhằm / để / phải đạt mục tiêu …").
 */
const MET_GOAL = '(?<!(?:nhằm|để|phải|cần|sẽ|đấu|tiêu)\\s)(?:đạt|hoàn thành)\\s+(?:\\d+(?:,\\d+)?\\s*%\\s+)?(?:các\\s+|những\\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)(?:\\s+(?:đề ra|đặt ra|được giao)|\\s*[).,;]|$)';
/** Words of a result: a sentence with them names no goal year ("vượt mục tiêu năm 2020", "cuối năm 2024 chỉ đạt 45%, trong khi mục tiêu là 50%"). */
const RESULT = new RegExp(`${WORD_START}${anyOf(['đã đạt', ...REACHED, ...SO_FAR, RESULTS, 'vượt', ...SHORT_OF, 'chưa đạt', 'trong khi', MET_GOAL])}${WORD_END}`, 'u');
/** The end of a span of years: "giai đoạn 2021 – 2025", "2026-2030". */
const SPAN_END = /(?<!\d)(?:19|20)\d{2}\s*[-–—]\s*((?:19|20)\d{2})(?!\d)/gu;
/** "đã" and other marks of something done in a figure's clause. */
const DONE = new RegExp(`${WORD_START}${anyOf([DONE_WORD, ...REACHED, ...SO_FAR, RESULTS, 'hiện nay', ...SHORT_OF, 'chưa'])}${WORD_END}`, 'u');

/** The sentences of a text (split after . ! ? and at line breaks). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/u);
}

/** The years the text names as a goal's deadline or a goal span's end, in sentences with a goal word and no result word. */
export function goalYears(paragraphs: readonly string[]): number[] {
  const years = new Set<number>();
  for (const s of paragraphs.flatMap(sentencesOf)) {
    const lower = s.toLowerCase();
    if (!GOAL.test(lower) || RESULT.test(lower)) continue;
    for (const m of [...lower.matchAll(DEADLINE_YEAR), ...lower.matchAll(SPAN_END)]) years.add(Number(m[1]));
  }
  return [...years].sort();
}

/** The deadline years in `text`. */
function deadlines(text: string): number[] {
  return [...text.matchAll(DEADLINE_YEAR)].map((m) => Number(m[1]));
}

/**
 * True when the number at `at` of an undated page's sentence is a goal for one of the page's goal years
 * (`years`): the sentence opens on the deadline ("Đến năm 2025, …"), or the number's `;`-clause names it
 * before or after the number ("… vào năm 2025"; not after a goal word of its own there: "là 700 và mục tiêu đến năm 2025 còn
 * 500", nor in a later comma-clause with a future of its own: "đạt 25 tỷ USD năm 2024, dự báo sẽ đạt 60 tỷ USD vào năm 2030"),
 * and nothing before it in its clause says it is done.
 */
export function isGoalYearFigure(sentence: string, at: number, years: readonly number[]): boolean {
  if (years.length === 0) return false;
  const lower = sentence.toLowerCase();
  const start = lower.lastIndexOf(';', at - 1) + 1;
  const stop = lower.indexOf(';', at) < 0 ? lower.length : lower.indexOf(';', at);
  const next = lower.slice(at, stop).search(GOAL); // "… là 51.200 và mục tiêu đến cuối năm 2024 …": a later goal's deadline
  const end = next < 0 ? stop : at + next;
  if (DONE.test(lower.slice(start, at))) return false;
  const opening = OPENS_ON_DEADLINE.exec(lower)?.[0] ?? '';
  return [...deadlines(opening), ...deadlines(lower.slice(start, at) + ownPart(lower.slice(at, end)))].some((y) => years.includes(y)); // not a later clause's own forecast's year (`ownPart`)
}
