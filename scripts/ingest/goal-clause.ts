/**
 * Goals stated by the shape of their clause, not by a target word (`status.ts` reads those): a purpose
 * ("… hướng dẫn triển khai để 100% cơ sở …", "nhằm bảo đảm 90% …"), an obligation ("phải bảo đảm 100% …",
 * "buộc phải có 50% …"), a resolve ("Quyết tâm … đạt trên 50% …"), and the year items of a page that
 * hands out quotas ("giao chỉ tiêu …" in its headline or lead, then "- Năm 2024: 133 xã"). Nothing is a goal
 * when its clause reports it done ("đã", "đạt được", "kết quả"). Pure; text is compared lowercase.
 */
import type { Period } from '../../src/schemas/metric';

/** A result word in the clause: what it states is done, whatever the frame. */
const DONE = /(?<![\p{L}\p{M}])(?:đã|đạt được|kết quả|thực tế|hiện có|hiện nay)(?![\p{L}\p{M}])/u;

/** Up to three words (a verb and its object's start) between a frame word and the number. */
const WORDS = String.raw`(?:\s+[\p{L}\p{M}]+){0,3}\s*(?:khoảng|trên|hơn|tối thiểu|ít nhất|từ)?\s*$`;

/** Purpose: "để" / "nhằm" (not "để lại", "để ý", nor round 64's letting a loss happen: "để mất 5% thị phần", "để xảy ra", "để lọt") right
 *  before the figure, with at most three words between. */
const PURPOSE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:để|nhằm)(?!\s+(?:lại|ý|dành|riêng|mất|xảy\s+ra|lọt|thua|tuột|sót)(?![\p{L}\p{M}]))${WORDS}`, 'u');
/** Obligation: "phải" (not "không phải", "phải chăng", nor round 49's accounts "nợ phải trả", "khoản phải thu", "chi phí phải trả"), "buộc", "bắt buộc" before the figure's verb. */
const OBLIGATION = new RegExp(String.raw`(?<![\p{L}\p{M}])(?<!không\s)(?<!(?:nợ|khoản|phí)\s)(?:phải|bắt buộc|buộc)(?!\s+(?:chăng|là|không)(?![\p{L}\p{M}]))${WORDS}`, 'u');
/** Verbs of attaining a level (a count after "để lắp", "phải mất" is an action or a fact; a share after any verb is a level). */
const ATTAIN = /(?<![\p{L}\p{M}])(?:đạt|bảo đảm|đảm bảo|có|hoàn thành|thuộc|vào|nằm|lọt|đưa|nâng|tăng|giảm|phủ)(?![\p{L}\p{M}])/u;
/** A share: the figure is a percentage. */
const SHARE_AT = /^[\d.,]+\s*%/u;

/** Resolve: "quyết tâm" opening the figure's sentence ("Quyết tâm thực hiện đến hết quý II đạt trên 50% …"). */
const RESOLVE = /^\s*(?:[^,;:.]{0,40}\s)?quyết tâm(?![\p{L}\p{M}])[^;.]*$/u;

/** The clause before `at` (after the last of `stops`, by default , ; :), lowercase. */
function clauseBefore(lower: string, at: number, stops: readonly string[] = [',', ';', ':']): string {
  const head = lower.slice(0, at);
  return head.slice(Math.max(...stops.map((c) => head.lastIndexOf(c))) + 1);
}

/**
 * True when the figure at `at` is a goal by its clause's shape: a purpose or an obligation before a share or a verb of
 * attaining (`ATTAIN`), or a resolve, with nothing reported done before it and no period before the article's year (`period`, `articleYear`: a past purpose is a result).
 */
export function isGoalClause(sentence: string, at: number, period?: Pick<Period, 'iso'>, articleYear?: number): boolean {
  if (period && articleYear !== undefined && Number(period.iso.slice(0, 4)) < articleYear) return false;
  const lower = sentence.toLowerCase();
  const clause = clauseBefore(lower, at);
  if (DONE.test(clause)) return false;
  const frame = PURPOSE.exec(clause) ?? OBLIGATION.exec(clause);
  if (frame && (SHARE_AT.test(lower.slice(at)) || ATTAIN.test(frame[0]))) return true;
  return RESOLVE.test(lower.slice(0, at));
}

/** A page that hands out quotas: "giao (các) chỉ tiêu", "phân bổ chỉ tiêu", "giao kế hoạch", "chỉ tiêu được giao cho" in its top. */
const QUOTA = /(?<![\p{L}\p{M}])(?:(?:giao|phân bổ|phân bố|phân khai)\s+(?:các\s+|những\s+)?(?:chỉ tiêu|kế hoạch|nhiệm vụ)(?:\s+(?:cụ thể|thực hiện))?|chỉ tiêu\s+(?:được\s+)?giao\s+cho)(?![\p{L}\p{M}])/u;
/** Words of a report on quotas, not of quotas: "kết quả thực hiện các chỉ tiêu được giao". */
const QUOTA_REPORT = /(?<![\p{L}\p{M}])(?:kết quả|đạt được|hoàn thành vượt|vượt chỉ tiêu|sơ kết|tổng kết|đánh giá)(?![\p{L}\p{M}])/u;
/** A list item labelled with a year, quarter or phase: "- Năm 2024: 133 xã", "+ Giai đoạn 2026-2030: trên 80%". */
const YEAR_ITEM = /^\s*(?:[-+•*–]\s*|\(?[a-zđ\d]{1,2}[.)]\s*)?(?:năm|quý|giai đoạn|đến năm|đến hết năm)\s+[\divx/\s\-–]{1,12}:\s*(?:khoảng|trên|hơn|tối thiểu|ít nhất|từ)?\s*$/u;

/** True when the top of a page (headline and lead, lowercase) hands out quotas and does not report on them. */
export function isQuotaPage(lead: string | undefined): boolean {
  return !!lead && QUOTA.test(lead) && !QUOTA_REPORT.test(lead);
}

/** True when the figure at `at` is the value of a year-labelled list item ("- Năm 2023: 132 xã") on a page that hands out quotas. */
export function isQuotaItem(sentence: string, at: number, lead: string | undefined): boolean {
  return isQuotaPage(lead) && YEAR_ITEM.test(sentence.slice(0, at).toLowerCase());
}

/** A level not yet reached: "chưa đạt (mức) trên 5%", "không đạt 50%" — the level is the goal, not a result ("chưa tới 13%" is a share under 13 %, a result). */
const UNMET = /(?<![\p{L}\p{M}])(?:chưa|không|còn chưa)\s+đạt(?:\s+(?:mức|chỉ tiêu|yêu cầu))?\s*(?:trên|từ|tối thiểu|ít nhất)?\s*$/u;

/** Round 44: goals named after a verdict that they are missed or hard to meet ("có 2 chỉ tiêu khó thực hiện đạt … là tỷ lệ … đạt 70% và …",
 *  "các chỉ tiêu chưa hoàn thành gồm: …"), up to the figure: what follows states each goal at its level. Not goals met ("đã đạt"). */
const NAMED_UNMET = /(?<![\p{L}\p{M}])(?:chỉ tiêu|mục tiêu)(?![\p{L}\p{M}])[^.;:()]{0,80}?(?<![\p{L}\p{M}])(?:khó|chưa|không)(?![\p{L}\p{M}])[^.;:()]{0,60}?(?:\s(?:là|gồm)|:)\s((?:[^;:()]){0,160})$/u;
/** A result's words in the items (what was reached so far: "mới đạt 45%", "hiện chỉ đạt"): the figure is that result. */
const REACHED_SO_FAR = /(?<![\p{L}\p{M}])(?:mới|chỉ|đã|hiện|ước|đạt được|còn)(?![\p{L}\p{M}])/u;

/** True when the figure at `at` is a level its subject has not reached (`UNMET`), or a goal named as missed (`NAMED_UNMET`): a goal. */
export function isUnmetLevel(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  const named = NAMED_UNMET.exec(lower.slice(Math.max(0, at - 300), at));
  return UNMET.test(lower.slice(Math.max(0, at - 40), at)) || (!!named && !REACHED_SO_FAR.test(named[1]!));
}

/** A plan announced before the figure in its clause: "Có kế hoạch xây dựng 3 trung tâm … và 9 phòng …", "lên kế hoạch lắp 200 trạm", "dự định mở 5 điểm";
 *  round 53: its verbs listed with a comma ("có kế hoạch bồi dưỡng, tập huấn chuyển đổi số cho tối thiểu 10.000 lượt cán bộ"); round 55: not a plan
 *  denied ("chưa có kế hoạch ứng dụng"), nor across a comma that turns to a contrast ("…, trong khi 15 cơ quan …"); round 57: a plan named by
 *  what it is to do ("quyết định về kế hoạch đưa toàn bộ 13 triệu hộ … lên sàn", "phê duyệt kế hoạch số hóa 8.747 hồ sơ"). */
const PLANNED = /(?<![\p{L}\p{M}])(?<!(?:chưa|không|chẳng)\s+)(?:(?:có|lên)\s+kế hoạch|dự định|(?:về|ban hành|phê duyệt)\s+kế hoạch\s+(?=(?:đưa|xây dựng|đào tạo|phát triển|lắp đặt|cấp|hỗ trợ|số hóa|nâng|phủ sóng|cung cấp|thu hút|tuyển)(?![\p{L}\p{M}]))\p{L}+)(?![\p{L}\p{M}])[^,;:.()]{0,80}(?:,(?!\s*(?:trong khi|nhưng|song|còn|tuy nhiên)(?![\p{L}\p{M}]))[^,;:.()]{0,60})?$/u;

/**
 * True when the figure at `at` is something a plan announced in its clause is still to do (`PLANNED`), with nothing
 * reported done there: a goal, dated only by a date of its own (not by the report around it, `metric-status.ts`).
 */
export function isPlannedFigure(sentence: string, at: number): boolean {
  const clause = clauseBefore(sentence.toLowerCase(), at, [';', ':']); // a comma may list the plan's verbs (`PLANNED`)
  const plan = PLANNED.exec(clause);
  return !!plan && !DONE.test(plan[0].startsWith('lên') ? clause.slice(plan.index) : clause); // round 36: "đã phối hợp … lên kế hoạch … cho 2.400 thôn": the planning done, the figure still planned
}
