/**
 * Session 42: a goal's deadline is no period for the results after it. "Theo kế hoạch, đến giữa 2026, mạng 5G của VNPT sẽ phủ 55-60% dân
 * số. // Trong khi đó, … nhà mạng đã triển khai 5G …. Ông cho hay mức độ đầu tư cho 5G cao gấp 3-4 lần so với 4G": the sentence of goals
 * hands its year on (later goal items need it), but a result or a baseline of a later sentence with no date of its own did
 * not happen by the deadline. Only a deadline ahead of the page's year, or on a page with no year. Pure but for the metrics it clears.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { clearPeriod, type PeriodFields } from './period-set';
import { BY, deadlineLead, END_OF, WORD_START } from './goal-lexicon';

/** The words of a deadline right before its year: goal-lexicon.ts' deadline lead ("đến (hết|cuối|giữa) (năm) ", "tới năm ", "trước ",
 *  "vào năm "), or English "by (the end of) ", "until ". */
const DEADLINE_BEFORE = new RegExp(`${WORD_START}(?:${deadlineLead({ lead: BY, endOf: [...END_OF, 'giữa'], year: 'optional' })}|by(?:\\s+the\\s+end\\s+of)?|until)\\s+$`, 'iu');

/** The deadline `set` is, when every figure of `sentence` is a goal (`statuses`) and `set`'s year is written after deadline words and is
 *  later than `articleYear` (or the page has none); else undefined. */
export function deadlineOf(sentence: string, set: Period | null | undefined, statuses: readonly string[], articleYear: number | undefined): Period | undefined {
  if (!set || statuses.length === 0 || !statuses.every((s) => s === 'target')) return undefined;
  const year = set.iso.slice(0, 4);
  if (articleYear !== undefined && Number(year) <= articleYear) return undefined;
  const at = sentence.indexOf(year);
  return at > 0 && DEADLINE_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) ? set : undefined;
}

/** Second review of round 61: a sentence that reports against the plan ("Kết quả thực hiện, …", "vượt kế hoạch", "so với mục tiêu", "Thực
 *  tế, …", "exceeding the target"): its results are the deadline's. */
const AGAINST_PLAN = /(?<![\p{L}\p{M}])(?:kết\s+quả|(?:vượt|đạt|hoàn\s+thành)\s+(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)|so\s+với\s+(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)|thực\s+tế|against\s+the\s+(?:target|plan|goal)|exceed(?:s|ed|ing)?\s+the\s+(?:target|plan|goal))(?![\p{L}\p{M}])/iu;

/** Takes the deadline off the results and baselines (not the estimates: "khoảng 2 triệu" by the deadline is a forecast for it) of a
 *  sentence with no date of its own that took it as their period, unless the sentence reports against the plan (`AGAINST_PLAN`). */
export function releaseDeadline(drafts: readonly { metric: PeriodFields & Pick<Metric, 'status'> }[], deadline: Period | undefined, undated: boolean, sentence: string): void {
  if (!deadline || AGAINST_PLAN.test(sentence)) return;
  for (const { metric: m } of drafts) if ((m.status === 'actual' || m.status === 'baseline') && m.period?.iso === deadline.iso) clearPeriod(m, undated);
}
