/**
 * Round 34: a single month named inside a figure's subject, its verb right after ("Tốc độ truy cập tháng 5/2024 đạt …") while the current
 * period is a longer run of the same year that holds it (a report's half, quarter, months so far or year) measures that
 * one figure: the paragraphs after it go on in the report's period, not in the month. A month opening its sentence or
 * clause ("Tháng 5/2024, …", "Trong tháng 5, …", "Đến tháng 5/2024 …") still sets the period. Pure; text compared lowercase.
 */
import type { Period } from '../../src/schemas/metric';

/** Words that make a month the time a clause speaks of, not a figure's own: "trong", "riêng", "đến", "tính đến", "hết", "cuối", "từ", "sang". */
const FRAMING_BEFORE = /(?:^|[,;:(]\s*|(?<![\p{L}\p{M}])(?:trong|riêng|đến|tới|tính đến|hết|cuối|đầu|từ|sang|vào|của)\s+)$/u;
/** A noun of a measured quantity right before the month: "tốc độ … ", "chỉ số … ", "giá … ". */
const SUBJECT_WORD = /[\p{L}\p{M})]\s+$/u;
/** The figure right after the month and its verb, past at most a source's bracket: "… tháng 5/2024 (theo X) đạt 90", "… là 12", "… ở mức 3". */
const VALUE_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(?:đạt|là|ở mức|chỉ đạt)\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?\d/u;

/** The first and last month (1–12) of `p` within its year, when `p` is one year's run of months; undefined otherwise. */
function monthsOf(p: Period): [number, number] | undefined {
  const from = p.precision === 'year' ? 1 : Number(p.iso.slice(5, 7));
  if (p.isoEnd) return p.isoEnd.slice(0, 4) === p.iso.slice(0, 4) ? [from, p.isoEnd.length > 4 ? Number(p.isoEnd.slice(5, 7)) : 12] : undefined;
  const span = { year: 12, half: 6, quarter: 3 }[p.precision as string];
  return span ? [from, from + span - 1] : undefined;
}

/** True when `set`, a single month named after a subject's noun in `sentence`, lies inside `latest`, a longer run of the same year. */
export function monthWithinRun(set: Period | null | undefined, latest: Period | undefined, sentence: string): boolean {
  if (!set || !latest || set.precision !== 'month' || set.isoEnd || !set.text || set.iso.slice(0, 4) !== latest.iso.slice(0, 4)) return false;
  const run = monthsOf(latest);
  const month = Number(set.iso.slice(5, 7));
  if (!run || run[0] === run[1] || month < run[0] || month > run[1]) return false;
  const at = sentence.toLowerCase().indexOf(set.text.toLowerCase());
  const before = sentence.toLowerCase().slice(0, Math.max(0, at));
  const after = sentence.toLowerCase().slice(at + set.text.length);
  return at > 0 && SUBJECT_WORD.test(before) && !FRAMING_BEFORE.test(before) && VALUE_AFTER.test(after);
}
