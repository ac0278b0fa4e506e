/**
 * Round 63: a section's title closes the goal frame of the section before it ("Tỉnh Kon Tum đề xuất quy hoạch sân bay …" / "Nỗ lực xóa
 * vùng lõm sóng" / "Toàn tỉnh có 9 huyện …": the counts under the new title are no goals of the plan above it), unless the title itself
 * speaks of aims, tasks or plans. Pure.
 */
import { isSubheadingLine } from './period-subheading';

/** Most words a section's title has. */
const TITLE_WORDS = 12;
/** Words of a title that goes on with the plan's aims ("Mục tiêu cụ thể", "Nhiệm vụ, giải pháp", "Định hướng đến năm 2030"). */
const AIM_TITLE = /(?<![\p{L}\p{M}])(?:mục\s+tiêu|chỉ\s+tiêu|nhiệm\s+vụ|giải\s+pháp|định\s+hướng|kế\s+hoạch|phấn\s+đấu|tầm\s+nhìn|lộ\s+trình|đề\s+án|chương\s+trình|chiến\s+lược|giai\s+đoạn|đến\s+năm|phương\s+hướng)(?![\p{L}\p{M}])/iu;

/** True when paragraph `text` is a section's title (a short line with no sentence mark and no figure) that closes a goal frame open above it. */
export function closesGoalFrame(text: string): boolean {
  const t = text.trim();
  return isSubheadingLine(t) && /^\p{Lu}/u.test(t) && !/\d/u.test(t) && t.split(/\s+/u).length <= TITLE_WORDS && !AIM_TITLE.test(t);
}
