/**
 * Round 63: a section's title closes the goal frame of the section before it ("Tỉnh Kon Tum đề xuất quy hoạch sân bay …" / "Nỗ lực xóa
 * vùng lõm sóng" / "Toàn tỉnh có 9 huyện …": the counts under the new title are no goals of the plan above it), unless the title itself
 * speaks of aims, tasks, plans or a field of them. metrics.ts asks it only for a weak frame (`GoalFrame.weak`: no horizon, no aim of its
 * own, no lead-in), since a plan's goals listed under field titles go on ("… đến năm 2025 như sau: // Hạ tầng số // Phủ sóng 5G …"). Pure.
 */
import { AIM, PLAN } from './goal-frame';
import { isSubheadingLine } from './period-subheading';

/** Most words a section's title has. */
const TITLE_WORDS = 12;
/** Words of a title that goes on with the plan's tasks or its span beside its aims and plans (`AIM`, `PLAN` of goal-frame.ts: "Mục tiêu cụ thể",
 *  "Nhiệm vụ, giải pháp", "Định hướng đến năm 2030"); review: a field's title ("Về chính quyền số", "Đối với người dân"). Lowercase. */
const TASK_TITLE = /^(?:về|đối\s+với|lĩnh\s+vực|ngành)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])(?:nhiệm\s+vụ|giải\s+pháp|giai\s+đoạn|đến\s+năm|phương\s+hướng)(?![\p{L}\p{M}])/u;

/** True when paragraph `text` is a section's title (a short line with no sentence mark and no figure) that closes a goal frame open above it. */
export function closesGoalFrame(text: string): boolean {
  const t = text.trim();
  return isSubheadingLine(t) && /^\p{Lu}/u.test(t) && !/\d/u.test(t) && t.split(/\s+/u).length <= TITLE_WORDS && ![AIM, PLAN, TASK_TITLE].some((r) => r.test(t.toLowerCase()));
}
