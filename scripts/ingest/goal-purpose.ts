/**
 * Round 15: a goal stated as a purpose with its deadline. "Bộ đang gấp rút hoàn thiện hạ tầng để cấp hơn 1 triệu văn
 * bằng số vào cuối năm 2025", "tỉnh nỗ lực nhằm đưa 500 doanh nghiệp lên sàn trước 31/12": the number a purpose
 * ("để", "nhằm") aims at, with a deadline after it in its clause, is a goal, unless its clause says it is done ("đã").
 * Pure; text is compared lowercase.
 */
import { anyOf, APPROX, BY, DONE, END_OF, WORD_END, WORD_START } from './goal-lexicon';

/** "để / nhằm" and up to five words (a verb and its object, "5G" a word too) right before the number, with an optional hedge or floor. */
const PURPOSE_BEFORE = new RegExp(`${WORD_START}(?:để|nhằm)(?:\\s+[\\p{L}\\p{M}\\d]*[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*){1,5}\\s+(?:${anyOf([...APPROX, 'ít nhất', 'tối thiểu'])}\\s+)?$`, 'u');
/** A deadline after the number in its clause: "vào cuối năm 2025", "trước 31/12", "đến hết năm 2026", "chậm nhất ngày 30/6". */
const DEADLINE_AFTER = new RegExp(`^[^,;.]{0,80}?${WORD_START}(?:${anyOf([...BY, 'chậm nhất', 'trong'])})\\s+(?:${anyOf(END_OF)}\\s+)?(?:(?:năm|ngày|tháng|quý)\\s+)?(?:(?:19|20)\\d{2}|\\d{1,2}\\/\\d{1,2})`, 'u');
const DONE_WORD = new RegExp(`${WORD_START}${DONE}${WORD_END}`, 'u');

/**
 * Round 19: a purpose of securing a level, which needs no deadline after it: "(để) góp phần bảo đảm tăng trưởng kinh tế
 * cả nước năm 2025 đạt 8,3 - 8,5%", "nhằm đảm bảo tỷ lệ … ở mức 90%".
 */
const ENSURE_BEFORE = new RegExp(`${WORD_START}(?:để|nhằm)\\s+(?:góp\\s+phần\\s+)?(?:bảo\\s+đảm|đảm\\s+bảo)(?![\\p{L}\\p{M}])[^,;.]{0,90}?\\s(?:đạt|ở mức|là)\\s+(?:${anyOf([...APPROX, 'ít nhất', 'tối thiểu'])}\\s+)?$`, 'u');

/**
 * Round 27a: a purpose of bringing a share up to a level, which needs no deadline either: "để đưa cáp quang đến 100% ấp,
 * bản", "nhằm nâng tỷ lệ hồ sơ trực tuyến lên 80%" (the share the measures aim at).
 */
const RAISE_TO_BEFORE = new RegExp(`${WORD_START}(?:để|nhằm)(?:\\s+[\\p{L}\\p{M}\\d]*[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*){1,8}\\s+(?:lên|đến|tới)\\s+(?:(?:mức|${anyOf([...APPROX, 'ít nhất', 'tối thiểu'])})\\s+)?$`, 'u');

/**
 * Round 48: a purpose of securing that something is done by a deadline: "nhằm đảm bảo đến hết ngày 30/6/2022 hoàn thành 100% số lượng
 * doanh nghiệp …" (its "hoàn thành" is what is secured, no result).
 */
const ENSURE_DONE_BY = new RegExp(`${WORD_START}(?:để|nhằm)\\s+(?:góp\\s+phần\\s+)?(?:bảo\\s+đảm|đảm\\s+bảo)\\s+(?:${anyOf(BY)})\\s+(?:${anyOf(END_OF)}\\s+)?(?:(?:năm|ngày|tháng|quý)\\s+)?[\\d/]+\\s+hoàn\\s+thành\\s+$`, 'u');

/** True when the number at `at` is what a purpose with a deadline aims at, a level a purpose secures, or a share it brings up to a level (see the module comment). */
export function isPurposeGoal(sentence: string, at: number, end: number): boolean {
  const lower = sentence.toLowerCase();
  const clauseStart = Math.max(lower.lastIndexOf(',', at - 1), lower.lastIndexOf(';', at - 1), 0);
  const share = /%$/u.test(lower.slice(at, end));
  if (ENSURE_DONE_BY.test(lower.slice(Math.max(0, at - 100), at))) return true;
  const aimed = (PURPOSE_BEFORE.test(lower.slice(Math.max(0, at - 60), at)) && DEADLINE_AFTER.test(lower.slice(end))) || ENSURE_BEFORE.test(lower.slice(Math.max(0, at - 140), at))
    || (share && RAISE_TO_BEFORE.test(lower.slice(Math.max(0, at - 80), at)));
  return aimed && !DONE_WORD.test(lower.slice(clauseStart, at));
}
