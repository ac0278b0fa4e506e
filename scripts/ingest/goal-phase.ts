/**
 * Round 15: where a plan's phase and its goals stop. A congress or strategy document sets goals by phase
 * ("Giai đoạn 2026 – 2030: …", "Tầm nhìn 2045: …"); the phase dates the goals of its own paragraph (and of the
 * list items after a bare "Giai đoạn …:" lead-in), not the sections after it ("Thứ nhất, …", "Giải pháp: …"),
 * which stay goals of the plan with no period. Inside a plan, a sentence of the current state ("Vấn đề: …",
 * "Thực trạng: …", "… chỉ 45%", "… đang quản lý 120 …") is a result, and the value a goal starts from, in a bracket after it ("(từ 5%
 * hiện tại)", "(từ 28 tỉ USD 2024)"), is the goal's baseline, with the year it names or none. Pure; text is
 * compared lowercase.
 */
import { anyOf, APPROX, MOVE_FROM, WORD_START, NOW_WORDS, PHASE_HEADING } from './goal-lexicon';
import { isListItem, isLeadIn } from './structure';

/** A label of a current state opening a sentence: "Vấn đề:", "Thực trạng hiện nay:", "Hạn chế:", "Điểm nghẽn:". */
const STATE_LABEL = /^\s*(?:[\d.)–•-]+\s*)?(?:vấn đề|thực trạng|hạn chế|tồn tại|khó khăn|bối cảnh|điểm nghẽn|nguyên nhân)(?![\p{L}\p{M}])[^:.;]{0,40}:/u;
/** "chỉ" ("only") right before a value: "chỉ 45%", "chỉ đạt 30%", "chỉ chiếm 10%" (not "chỉ còn", a goal's floor: "giảm … chỉ còn 2%"). */
const ONLY_BEFORE = new RegExp(`${WORD_START}chỉ\\s+(?:(?:đạt|chiếm|có|ở mức|bằng)\\s+)?(?:${anyOf(APPROX)}\\s+)?$`, 'u');

/**
 * "đang" before a verb, in the figure's `;`-clause before it ("Thành phố đang quản lý 120 di tích", round 31d): what is being
 * done now, not what a plan aims at; not "đang phấn đấu", "đang hướng tới", "đang lên kế hoạch", "đang chuẩn bị" (a goal still).
 */
const DOING_NOW = /(?<![\p{L}\p{M}])đang(?!\s+(?:phấn đấu|hướng|nhắm|đặt|lên kế hoạch|xây dựng kế hoạch|chuẩn bị|dự kiến|kỳ vọng)(?![\p{L}\p{M}]))(?![\p{L}\p{M}])[^;]*$/u;

/** True when the number at `at` states the current state, not a goal: its sentence opens on a state label (`STATE_LABEL`), "chỉ" stands right before it or "đang" before it in its `;`-clause (`DOING_NOW`). */
export function isCurrentState(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  return STATE_LABEL.test(lower) || ONLY_BEFORE.test(lower.slice(Math.max(0, at - 24), at)) || DOING_NOW.test(lower.slice(0, at));
}

/**
 * True when a paragraph ends the phase of a phase frame (`frame.phase`): it opens no phase of its own, is no list
 * item (a section opened by an ordinal word is none: `SECTION_WORD`), and does not follow a bare lead-in (`before`, the last sentence of the paragraph before, ending with ":").
 */
export function endsPhase(paragraph: string, before: string | undefined, frame: { phase?: boolean } | undefined): boolean {
  if (!frame?.phase) return false;
  const item = isListItem(paragraph) && !SECTION_WORD.test(paragraph);
  return !PHASE_HEADING.test(paragraph.toLowerCase()) && !item && !(before !== undefined && isLeadIn(before));
}

/** A section that opens on an ordinal word ("Thứ nhất, …", "Hai là, …"): a new part of the document, not an item of the phase. */
const SECTION_WORD = /^\s*(?:thứ\s+\p{L}+|\p{L}+\s+là)\s*[,:.]/iu;

/** "(từ", "(từ mức khoảng" right before a value. */
const START_BRACKET_BEFORE = new RegExp(`\\(\\s*${MOVE_FROM.source}`, 'u');
/** The rest of a start bracket after its value: a unit, "hiện tại" / "hiện nay" or a year, and ")". */
const START_BRACKET_AFTER = new RegExp(`^[^()\\d]{0,24}?(?:\\s${anyOf([...NOW_WORDS, 'năm nay', 'trước đây'])}|\\s(?:(?:cuối |đầu )?năm\\s+)?(?:19|20)\\d{2})?\\s*\\)`, 'u');

/** True when the number at `n` is the value a goal starts from, alone in a bracket after it: "(từ 5% hiện tại)", "(từ mức 7-8%/năm hiện nay)", "(từ 28 tỉ USD 2024)". */
export function isStartBracket(sentence: string, n: { start: number; end: number }): boolean {
  const lower = sentence.toLowerCase();
  return START_BRACKET_BEFORE.test(lower.slice(Math.max(0, n.start - 24), n.start)) && START_BRACKET_AFTER.test(lower.slice(n.end));
}

/** `lower` without its start brackets ("(từ 5% hiện tại)"): their "hiện tại" turns nothing of the sentence to results. */
export function withoutStartBrackets(lower: string): string {
  return lower.replace(/\(\s*từ\s[^()]*\)/gu, '');
}

/** A phase's years in a bracket of their own right after its word: "giai đoạn (2024- 2030)", "thời kỳ (2021 – 2025)". */
const PHASE_BRACKET = /(?<![\p{L}\p{M}])(?:giai\s+đoạn|thời\s+kỳ)\s*\(\s*$/iu;

/** True when the date at `d` is a phase's years bracketed right after "giai đoạn" (round 19): the bracket only sets the years off, so they date what follows like "giai đoạn 2024 - 2030". */
export function isPhaseBracket(sentence: string, d: { start: number; end: number }): boolean {
  return PHASE_BRACKET.test(sentence.slice(Math.max(0, d.start - 16), d.start)) && /^\s*\)/u.test(sentence.slice(d.end));
}
