/**
 * The words goals are told apart from results by, in one place: the words that turn a text to what was
 * reached ("đạt được", "hiện nay", "đến nay", "kết quả" …), the "đã" of something done, and the words that
 * lead up to a deadline or a horizon ("đến năm 2030", "tới hết năm 2027", "vào cuối năm 2025", "trước
 * 2030"), with the hedges before a value and where a move starts ("từ (mức) (khoảng) X"). goal-frame, goal-turn,
 * goal-years, goal-phase, goal-purpose, plan-items, status, period-carry, period-now and plan-scope build their
 * patterns from these pieces, each with the variant its rule needs; no module keeps a list of these words of its own.
 * Exports are word lists, regex sources (strings, for lowercase text and flag `u`) and patterns built from them.
 */

/** No letter before / after: a whole word (Vietnamese letters carry combining marks). */
export const WORD_START = '(?<![\\p{L}\\p{M}])';
export const WORD_END = '(?![\\p{L}\\p{M}])';

/** "hiện" meaning "now" ("hiện nay", "hiện tỉnh có"), not "thực hiện", "xuất hiện", "hiện đại", "hiện thực", "hiện hành" … */
export const NOW = '(?<!(?:thực|xuất|thể|phát|biểu) )hiện(?! (?:đại|thực|tượng|diện|hành))';
/** "kết quả" of results, not "kết quả giải quyết / xử lý" (the handling of a case, a service's output) nor "kết quả nghiên cứu" (research a plan builds on). */
export const RESULTS = `kết quả(?! (?:giải quyết|xử lý|nghiên cứu)${WORD_END})`;
/** "đã" of something done, not of a goal set ("đã xác định", "đã đề ra", "đã đặt ra", "đã nêu rõ"). */
export const DONE = `đã(?! (?:xác định|đề ra|đặt ra|nêu rõ)${WORD_END})`;

/** Round 37: "mới (chỉ) đạt" before a figure (has only reached: "hầu hết mới đạt tỷ lệ khoảng từ 50%", "mới đạt dưới 10%"), not "trung tâm dữ liệu mới đạt tiêu chuẩn" (new ones that meet). */
const ONLY_REACHED = 'mới (?:chỉ )?đạt(?= (?:(?:tỷ lệ|mức|khoảng|từ|dưới|trên|hơn|gần|được|có) )*(?:\\d|$))'; // the text read may end right before the figure
/** Words that say what was reached, in every result turn: "đạt được", "thực tế", "thực hiện được" ("thực hiện được 90% mục tiêu"),
 * indicators reached well ("nhiều chỉ tiêu đạt khá, như: …", round 35). */
export const REACHED: readonly string[] = ['đạt được', 'thực tế', 'thực hiện được', 'đạt khá', 'đạt tốt', 'đạt cao', ONLY_REACHED]; // round 37; round 51: "Một số chỉ tiêu đạt cao như: …"
/** Words that say how things stand so far: "đến nay", "tới nay". */
export const SO_FAR: readonly string[] = ['đến nay', 'tới nay'];
/** "hiện" words that say what stands now, where bare "hiện" (`NOW`) is too wide: "hiện nay", "hiện tại", "hiện đạt", "hiện đã", "hiện có". */
export const NOW_WORDS: readonly string[] = ['hiện nay', 'hiện tại', 'hiện đạt', 'hiện đã', 'hiện có'];
/** Words that report a period just past: "vừa qua", "năm qua", "thời gian qua" (round 47). */
export const JUST_PAST: readonly string[] = ['vừa qua', 'năm qua', 'thời gian qua'];

/** Words that say a goal was reached only in part: "chỉ đạt", "mới đạt". */
export const SHORT_OF: readonly string[] = ['chỉ đạt', 'mới đạt'];

/** "chỉ tiêu" of a goal, not of a year's notable figures ("thể hiện qua các chỉ tiêu nổi bật như: …", "chỉ tiêu" meaning a measure). */
export const QUOTA = 'chỉ tiêu(?! nổi bật)';
/** Words of a goal: "mục tiêu", "chỉ tiêu" (`QUOTA`), "phấn đấu", "định hướng", "tầm nhìn". */
export const GOAL_WORDS: readonly string[] = ['mục tiêu', QUOTA, 'phấn đấu', 'định hướng', 'tầm nhìn'];
/** Round 51: verbs that move a goal to a new level, and the goals (or scenarios) they move: "nâng mục tiêu …", "điều chỉnh kịch bản …",
 *  "mục tiêu … được nâng từ … lên" (number-words.ts reads the growth rate so moved, phrases.ts the body that moves it). */
export const MOVES_GOAL: readonly string[] = ['nâng', 'điều chỉnh', 'hạ'];
export const MOVED_GOAL: readonly string[] = ['mục tiêu', 'chỉ tiêu', 'kịch bản'];

/** Hedges and bounds right before a value: "khoảng", "gần", "hơn", "trên", "dưới". */
export const APPROX: readonly string[] = ['khoảng', 'gần', 'hơn', 'trên', 'dưới'];
/** "từ (mức) (khoảng)" ending right before a value: where a move starts ("từ 45% lên 80%", "từ dưới 100 USD lên …"). */
export const MOVE_FROM = new RegExp(`${WORD_START}từ\\s+(?:mức\\s+)?(?:${anyOf(APPROX)}\\s+)?$`, 'u');

/** Words that lead toward a horizon ahead: "đến", "tới". */
const TOWARD: readonly string[] = ['đến', 'tới'];
/** Words that lead to a deadline: `TOWARD`, "vào", "trước". */
export const BY: readonly string[] = [...TOWARD, 'vào', 'trước'];
/** Words for the end of a period before it: "hết", "cuối". */
export const END_OF: readonly string[] = ['hết', 'cuối'];

/** A non-capturing alternation of `words` (regex source). */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** What a deadline's lead may hold: which lead words, which end-of words, whether "năm" is required or optional ("đến 2025"), and the space between words. */
interface LeadShape {
  lead?: readonly string[];
  endOf?: readonly string[];
  year?: 'required' | 'optional';
  /** `\s+` (default) or a single space. */
  space?: string;
}

/**
 * The lead of a deadline up to its year (regex source, no year and no space before it): "đến năm", "tới hết
 * năm", "vào cuối năm", "trước" — by default `TOWARD`, "hết", and "năm" required (a horizon: "đến năm 2030").
 */
export function deadlineLead({ lead = TOWARD, endOf = ['hết'], year = 'required', space = '\\s+' }: LeadShape = {}): string {
  const end = endOf.length > 0 ? `(?:${space}${anyOf(endOf)})?` : '';
  return `${anyOf(lead)}${end}${year === 'required' ? `${space}năm` : `(?:${space}năm)?`}`;
}

/** A horizon ahead: "đến năm 2030", "tới hết năm 2027". */
export const HORIZON = new RegExp(`${WORD_START}${deadlineLead()}\\s+\\d{4}`, 'u');

/** A deadline year, captured: "đến năm 2025", "tới hết năm 2030", "vào cuối năm 2025", "trước 2030" (not a date: "đến 2025/2026"). */
export const DEADLINE_YEAR = new RegExp(`${WORD_START}${deadlineLead({ lead: BY, endOf: END_OF, year: 'optional' })}\\s+((?:19|20)\\d{2})(?!\\d|\\/)`, 'gu');

/** A sentence that opens on a deadline year ("Đến năm 2025, …", "Tới cuối năm 2030, …", after up to 40 characters of lead). */
export const OPENS_ON_DEADLINE = new RegExp(`^\\s*(?:[^,;.]{0,40}?\\s)?${deadlineLead({ lead: [...TOWARD, 'vào'], endOf: END_OF, year: 'optional' })}\\s+(?:19|20)\\d{2}\\s*,`, 'u');

/** A deadline year in a clause that makes its figure a goal when the year is not past: "đến năm 2025", "vào 2026", "tới hết năm 2030". */
export const CLAUSE_DEADLINE = new RegExp(`${deadlineLead({ lead: [...TOWARD, 'vào'], year: 'optional', space: ' ' })} (?:19|20)\\d{2}(?![\\d/])`, 'u');

/** A phase or a vision as a heading ("Giai đoạn 2026 - 2030: …", "Tầm nhìn 2045: …", "Đến năm 2030: …"): its start and end years captured. */
export const PHASE_HEADING = new RegExp(`^\\s*(?:giai đoạn|thời kỳ|tầm nhìn(?: đến(?: năm)?)?|${deadlineLead({ space: ' ' })})\\s*(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?\\s*:`, 'u');

/** Words right before a date that make it a deadline, not the span a report covers: "đến tháng 12/2025", "trước quý IV", "hết tháng 6", "chậm nhất ngày …". */
export const DEADLINE_BEFORE_DATE = new RegExp(`${WORD_START}${anyOf([...TOWARD, 'trước', 'hết', 'chậm nhất', 'trong'])}\\s*(?:hết\\s*)?$`, 'u');

/** An aim named as the subject, a few words between it and "là" ("một trong những mục tiêu quan trọng là …", "chỉ tiêu chủ yếu của ngành là …"): it governs its `;`-clause, like "mục tiêu là";
 *  not a drill's target system (session 43: "Có mục tiêu được chọn là “Hệ thống …”", "mục tiêu tấn công là …"). */
export const AIM_IS = /(?<![\p{L}\p{M}])(?<!(?:đạt|vượt|hoàn thành|thực hiện)\s)(?:mục tiêu|chỉ tiêu)(?!\s+(?:được\s+(?:lựa\s+)?chọn|bị\s+tấn\s+công|tấn\s+công|giả\s+định)(?![\p{L}\p{M}]))(?:\s+(?!là(?![\p{L}\p{M}]))[\p{L}\p{M}]+){1,4}\s+là(?![\p{L}\p{M}])/u;
