/**
 * A period singled out with "riêng" ("Riêng năm 2023 có thêm 3.100 hộ kinh doanh …", "Riêng trong tháng 3, …"): it
 * dates its own sentence only, an aside from what the paragraph reports, so it is not handed on to the sentences and
 * paragraphs after it (round 32, the lead).
 */

/** "Riêng" (with "trong"/"vào"/"tính") right before a date, at the start of a sentence or of a clause. */
const SINGLED_BEFORE = /(?:^|[,;:(]\s*)riêng(?:\s+(?:trong|vào|tính|tính riêng))?\s+$/iu;

/** `dates` without those singled out with "riêng" (see the module note). */
export function withoutSingledOut<D extends { start: number }>(sentence: string, dates: readonly D[]): D[] {
  return dates.filter((d) => !SINGLED_BEFORE.test(sentence.slice(Math.max(0, d.start - 40), d.start)));
}
