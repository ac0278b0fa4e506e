/**
 * A growth rate written as a label before a colon, as list items and tables write it ("- Tăng trưởng: 20%",
 * "Kinh tế số tăng trưởng: 20%", "Tốc độ tăng trưởng bình quân: 15%/năm"): the percentage after the colon is the
 * rate, though the piece before the number (cut at ":") is empty. Pure.
 */

/** The label right before the number: "(tốc độ|mức) tăng trưởng", a few words of its own after it, then ":" (lowercase). */
const GROWTH_LABEL = /(?<![\p{L}\p{M}])(?:(?:tốc độ|mức)\s+)?tăng trưởng(?:\s+[\p{L}\p{M}]+){0,3}\s*:\s*(?:(?:khoảng|gần|hơn|trên|đạt|ước)\s+)?$/u;
/** Words in the label that make it a share or a level, not a rate ("tăng trưởng tỷ trọng: …"). */
const NOT_RATE = /t[ỷỉ] trọng|t[ỷỉ] lệ|chiếm|quy mô/u;

/** True when `before` (the text up to the number) ends on a growth label and its colon (`GROWTH_LABEL`). */
export function isGrowthLabelBefore(before: string): boolean {
  const lower = before.slice(-80).toLowerCase();
  const m = GROWTH_LABEL.exec(lower);
  return m !== null && !NOT_RATE.test(m[0]);
}
