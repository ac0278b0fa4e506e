/**
 * Times a figure's words give relative to others (round 27b): "năm trước" / "năm ngoái" (the year before) in its own
 * clause, before it ("số điểm wifi lắp năm trước là 3.100", "doanh thu năm ngoái đạt …"): the figure is of the year
 * before the one the text reports (a comparison's "so với năm trước", "cùng kỳ năm trước", "hơn năm trước" dates a
 * baseline, not the figure); a milestone's year ("đạt chuẩn … vào năm 2017"), handed on to nothing; a change since an
 * undated start ("Từ khi có cổng dịch vụ mới, … tăng 12%", "tăng 30% so với trước đây"), which takes no period handed on; "hiện nay"
 * within a year already reported, not at the event's month. Pure.
 */
import type { Period } from '../../src/schemas/metric';

/** "năm trước" or "năm ngoái" in the figure's clause before it, not after a comparison word (lowercase, up to the number). */
const YEAR_BEFORE = /(?<!(?:so\s+với|cùng\s+kỳ|hơn|bằng|với|kém|từ|các|những|nhiều|mấy)\s+)(?<![\p{L}\p{M}])năm\s+(?:trước|ngoái)(?![\p{L}\p{M}])[^,;:()\d]{0,30}$/u;
/** Where the figure's clause starts: after the last comma, ";" or ":" (a decimal comma cuts nothing). */
const CLAUSE_CUT = /[,;:](?!\d)/gu;

/** The year before `period` when the clause before the figure (`before`, the sentence up to it) dates it "năm trước" (`YEAR_BEFORE`) and `period` is a year; undefined otherwise. */
export function yearBeforePeriod(before: string, period: Period | undefined): Period | undefined {
  if (!period || period.precision !== 'year' || period.isoEnd) return undefined;
  const lower = before.toLowerCase();
  const cut = Math.max(-1, ...[...lower.matchAll(CLAUSE_CUT)].map((m) => m.index));
  if (!YEAR_BEFORE.test(lower.slice(cut + 1))) return undefined;
  return { iso: String(Number(period.iso) - 1), precision: 'year', text: 'năm trước' };
}

/** A milestone's verb before its year in the clause: "đạt chuẩn … vào năm 2017", "được công nhận năm 2019", "thành lập từ năm 2010", "ra đời năm 2015". */
const MILESTONE_BEFORE = /(?<![\p{L}\p{M}])(?:đạt\s+chuẩn|được\s+công\s+nhận|thành\s+lập|ra\s+đời|khánh\s+thành|đi\s+vào\s+hoạt\s+động)(?![\p{L}\p{M}])[^,;.\d]{0,60}?(?:(?:vào|từ|trong)\s+)?(?:năm\s+)?$/iu;

/**
 * The dates a sentence may hand on, without the year of a milestone ("Là xã đầu tiên được công nhận đạt chuẩn vào năm
 * 2015, xã … tiếp tục …"): the time something was reached or founded, not the period the paragraphs after it report.
 * No figure stands between the verb and its year (`MILESTONE_BEFORE`): "thành lập 500 tổ … năm 2023" reports a year's count.
 */
export function withoutMilestones<D extends { start: number; precision: string }>(sentence: string, dates: readonly D[]): D[] {
  return dates.filter((d) => d.precision !== 'year' || !MILESTONE_BEFORE.test(sentence.slice(Math.max(0, d.start - 80), d.start)));
}

/** An undated start a change is measured from: "so với trước đây / trước kia / trước khi …", "(kể) từ khi …". */
const UNDATED_START = /(?<![\p{L}\p{M}])(?:so\s+với\s+(?:thời\s+kỳ\s+|giai\s+đoạn\s+)?trước\s+(?:đây|kia|khi)|(?:kể\s+)?từ\s+khi)(?![\p{L}\p{M}])/iu;

/** True when the growth's sentence measures it from an undated start (`UNDATED_START`): over no period the paragraph hands on. */
export function isSinceUndated(sentence: string, kind: string): boolean {
  return kind === 'growth' && UNDATED_START.test(sentence);
}

/**
 * True when the period carried (`latest`) is a year that results were already reported for (`metrics`: an actual figure
 * of that year) and the page's event (`eventAt`) falls in it: a paragraph opening on "hiện nay" then stands in that year
 * ("Trong năm 2024 … đã lắp 1.800 điểm. … Hiện nay người dùng … chiếm 40%"), not in the event's month. A year
 * named only by a plan or a deadline ("theo kế hoạch … trong năm 2025") leaves "Đến nay" at the event's month.
 */
export function yearReportedAt(latest: Period | undefined, eventAt: Period | undefined, metrics: readonly { status: string; period?: Period }[]): boolean {
  if (latest?.precision !== 'year' || latest.isoEnd || !eventAt?.iso.startsWith(latest.iso)) return false;
  return metrics.some((m) => m.status === 'actual' && m.period?.iso === latest.iso && m.period.precision === 'year');
}
