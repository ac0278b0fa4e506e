/**
 * Floors that make a figure a goal (split from status.ts): a floor a duty sets right before it ("mỗi huyện phải mở được từ 4 lớp …"), one an
 * instruction sets, a floor opening an item ("; tối thiểu 25% người dùng …") with nothing reported done after it, and a floor reached by a
 * horizon not past ("đến năm 2025 đạt tối thiểu 150 triệu giao dịch", round 64: "đến năm 2030, toàn tỉnh có ít nhất 150 doanh nghiệp"; not a
 * count's cutoff, "tính đến năm 2025"). Pure; text is compared lowercase.
 */
import { spanAround } from './items';

/**
 * Round 36: a floor a duty sets right before the number: "mỗi huyện phải mở được từ 4 lớp …", "cần có ít nhất 2 …" — a goal the
 * report gives. A minimum a regulation sets ("Quyết định … quy định … phải có ít nhất …") is no claim at all (rule-norms.ts).
 */
const REQUIRED_FLOOR = /(?<![\p{L}\p{M}])(?:phải|cần)\s+(?:[\p{L}\p{M}]+\s+){1,4}?(?:từ|ít nhất|tối thiểu)\s*$/u;
/** Round 43: a floor an instruction sets, its subject left to the sentence before ("Đồng thời quán triệt đến từng thôn, tổ dân phố thành lập ít nhất 5 tổ công tác"): a goal the report gives. */
const INSTRUCTED_FLOOR = /(?<![\p{L}\p{M}])(?:quán triệt|yêu cầu|chỉ đạo|đề nghị|giao)(?![\p{L}\p{M}])[^.;:\d]{0,80}?(?:ít nhất|tối thiểu)\s*$/u;

/** Session 40: a floor reached by a horizon ("Tổng giao dịch … đến năm 2025 đạt tối thiểu 150 triệu giao dịch", "vào năm 2030 tối thiểu là 60%"):
 *  a goal on a page of any date or none, unless it is said done ("đã đạt tối thiểu": status.ts `DONE`). Lowercase. */
const FLOOR_BEFORE = /(?<![\p{L}\p{M}])(?:(?:đạt|là|có)\s+(?:tối\s+thiểu|ít\s+nhất)|(?:tối\s+thiểu|ít\s+nhất)\s+(?:đạt|là))\s*$/u; // round 64: "đến năm 2030, toàn tỉnh có ít nhất 150 doanh nghiệp"
const HORIZON_IN = /(?<![\p{L}\p{M}])(?<!(?:19|20)\d\d\s*[-–]?\s*)(?<!tính\s)(?:đến|tới|vào)\s+(?:hết\s+)?(?:năm\s+)?(?:19|20)\d\d(?!\d)/u; // not a span's end ("từ năm 2020 đến năm 2024"), nor a count's cutoff ("tính đến năm 2025", round 64)

/** True when `clause` names a horizon (`HORIZON_IN`) not before the article's year (a dated page's "Đến hết năm 2023, mỗi xã có tối thiểu 1 tổ"
 *  in 2024 reports a result). */
function horizonNotPast(clause: string, articleYear: number | undefined): boolean {
  const year = HORIZON_IN.exec(clause)?.[0].match(/(?:19|20)\d\d/u)?.[0];
  return !!year && (articleYear === undefined || Number(year) >= articleYear);
}

/** A floor opening an item or a sentence ("; tối thiểu 25% người dùng …", "Ít nhất 90% xã …", ": Tăng ít nhất 5 bậc"): a norm a plan sets. */
const FLOOR_OPENS = /(?:^|[;:.!?(]|\s[–-])\s*(?:(?:tăng|giảm|nâng)\s+)?(?:tối thiểu|ít nhất)\s*$/u;

/** True when a floor opens the number's item (`FLOOR_OPENS`) and nothing in the rest of its `;`-clause reports it done ("Ít nhất 20 máy chủ đã bị …"). */
function isFloorItem(lower: string, at: number, done: RegExp): boolean {
  const [, ce] = spanAround(lower, at, /;/g);
  return FLOOR_OPENS.test(lower.slice(Math.max(0, at - 40), at)) && !done.test(lower.slice(at, ce));
}

/**
 * True when the figure at `at` of `lower` is a floor set as a goal (see the module comment): `itemStart` is where its `;`-item starts, `done`
 * the words that report something done (status.ts `DONE`), `articleYear` the page's year when it has one.
 */
export function isFloorGoal(lower: string, at: number, itemStart: number, done: RegExp, articleYear?: number): boolean {
  const before = lower.slice(itemStart, at);
  if (isFloorItem(lower, at, done) || REQUIRED_FLOOR.test(before) || INSTRUCTED_FLOOR.test(before)) return true;
  return FLOOR_BEFORE.test(before) && !done.test(before) && horizonNotPast(lower.slice(itemStart, spanAround(lower, at, /;/g)[1]), articleYear);
}
