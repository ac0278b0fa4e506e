/**
 * Goals listed after a colon in one sentence: "… có 8 chỉ tiêu cần tập trung thực hiện gồm: 100% …; hỗ trợ
 * ít nhất 50 …; duy trì 100% …". The words before the colon name goals ("chỉ tiêu", "mục tiêu") and report
 * nothing done; every `;`-item after the colon that reports nothing done is a goal. A stage of years in the
 * lead-in ("… hoàn thành nhiệm vụ giai đoạn 2021 - 2025 gồm:") is the stage the goals serve: when the page's
 * top names a plan or goals of one year inside that stage ("kế hoạch … năm 2024"), they are that year's. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import { anyOf, QUOTA, REACHED, WORD_END, WORD_START } from './goal-lexicon';

/** Goal nouns in a lead-in; not the groups of an index's components ("các nhóm chỉ tiêu về hạ tầng số") nor notable figures (`QUOTA`). */
const GOAL_NOUN = new RegExp(`${WORD_START}(?<!nhóm )(?:${QUOTA}|mục tiêu)${WORD_END}`, 'u');
/** Words of a result, in the lead-in or the item: "đã", the lexicon's `REACHED` ("đạt được", "đạt khá" …), "kết quả", "tình hình", "hoàn thành vượt", a year-on-year "cùng kỳ", a comparison with goals. */
const DONE = new RegExp(`${WORD_START}${anyOf(['đã', ...REACHED, 'kết quả', 'tình hình', 'hiện có', 'hiện nay', 'hoàn thành vượt', 'vượt', 'cùng kỳ', 'so với(?: (?:các|những))? (?:chỉ tiêu|mục tiêu|kế hoạch)'])}${WORD_END}`, 'u'); // round 37: "… rất thấp so với chỉ tiêu được giao như: …", results compared with goals

/** Words after the figure in its item that report it done ("… đã được số hóa", "… đạt được chứng nhận"). */
const DONE_AFTER = /(?<![\p{L}\p{M}])(?:đã|đạt được)(?![\p{L}\p{M}])/u;

/** The lead-in of the goal list the figure at `at` stands in (the sentence up to its last colon before `at`), or undefined. */
function leadIn(lower: string, at: number): string | undefined {
  const colon = lower.lastIndexOf(':', at);
  if (colon < 0) return undefined;
  const head = lower.slice(0, colon);
  return GOAL_NOUN.test(head) && !DONE.test(head) ? head : undefined;
}

/** True when the figure at `at` is an item of a goal list after a colon (see the module comment). */
export function isGoalListItem(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  const head = leadIn(lower, at);
  if (head === undefined) return false;
  const item = lower.slice(Math.max(lower.lastIndexOf(';', at), head.length) + 1, at);
  const end = lower.indexOf(';', at);
  return !DONE.test(item) && !DONE_AFTER.test(lower.slice(at, end < 0 ? undefined : end));
}

/** "kế hoạch … năm 2024", "chỉ tiêu … trong năm 2024": a plan or goals of one year named in the page's top. */
const PLAN_OF_YEAR = /(?<![\p{L}\p{M}])(?:kế hoạch|chỉ tiêu|mục tiêu|nhiệm vụ)[^.;:\d]{0,80}?năm\s+((?:19|20)\d\d)(?!\s*[-–—]\s*\d)(?![\p{N}])/gu;

/**
 * The year a goal list's stage of years (`period`, with its end) narrows to: the one year of a plan or goals the
 * page's top (`lead`, lowercase) names inside the stage, else undefined.
 */
export function planYearInStage(period: Pick<Period, 'iso' | 'isoEnd'> | undefined, lead: string | undefined): Period | undefined {
  if (!period?.isoEnd || !lead) return undefined;
  const [from, to] = [Number(period.iso.slice(0, 4)), Number(period.isoEnd.slice(0, 4))];
  const years = new Set([...lead.matchAll(PLAN_OF_YEAR)].map((m) => Number(m[1])).filter((y) => y >= from && y <= to));
  if (years.size !== 1) return undefined;
  const year = String([...years][0]);
  return { iso: year, precision: 'year', text: `năm ${year}` };
}
