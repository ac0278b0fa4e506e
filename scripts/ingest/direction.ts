/**
 * The direction of a change stated before a number: a rise ("tăng 8%", "tăng trưởng 22%", "cao hơn …
 * so với", "thăng 3 hạng") or a fall ("giảm 3%", "sụt 5%", "thấp hơn … so với", "tụt 2 bậc", "thụt 5 bậc",
 * "lùi 3 bậc", "xuống hạng 2 bậc", "tụt đến 8 bậc", "nhảy vọt 8 bậc", "rơi 5 bậc", "lao dốc 30%", "thu hẹp 15%", "đi xuống 15%", "tăng trưởng âm
 * 1,5%", "âm 2%"). A level reached by a change is no change: "giảm còn 5%", "tăng lên 80%", "giảm từ 30% xuống 20%".
 * Pure; callers pass the lowercase words before the numeral (nearest last).
 */
import type { Direction } from '../../src/schemas/metric';
import { changeByAfterCompared, continuesComparedChange, fallingRange, fallNounSize, minusBefore, quotedFallBefore, restatesChangeAsCount, restatesChangeAsShare, restatesChangeInBracket } from './direction-signs';

const UP = new Set(['tăng', 'thăng', 'vươn', 'nhích', 'vọt']);
const DOWN = new Set(['giảm', 'sụt', 'tụt', 'tuột', 'thụt', 'lùi', 'mất', 'hụt', 'âm']);
/** Falls of two words, by their second word: "lao dốc", "tụt dốc", "thu hẹp", "bốc hơi" (a market value that "evaporated"). */
const DOWN_PAIRS: Record<string, readonly string[]> = { dốc: ['lao', 'tụt', 'xuống'], hẹp: ['thu'], hơi: ['bốc'] };
/** Verbs that make rank steps a fall ("rơi 5 bậc", "bị hạ 2 bậc"). */
const DOWN_STEPS = new Set(['rơi', 'hạ']);
/** Words that may stand between a change verb and its number ("giảm lần lượt 12%", "tăng thêm khoảng 5%"). */
const BETWEEN = new Set(['lần', 'lượt', 'thêm', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'xấp', 'xỉ', 'ước', 'được', 'tương', 'ứng',
  'mạnh', 'nhẹ', 'bình', 'quân', 'trưởng', 'dương', 'đạt', 'tới', 'sâu', 'nhanh', 'chừng', 'tiếp']);
/** Words after the verb that make the number a level, not a change. */
const LEVEL = new Set(['từ', 'lên', 'xuống', 'còn', 'đến', 'ở', 'mức', 'là']);
/** A superlative between a change verb and its number ("giảm nhiều nhất là", "tăng mạnh nhất với"): the words before "nhất", and the links after it. */
const SUPERLATIVE = new Set(['nhiều', 'mạnh', 'sâu', 'nhanh', 'ít', 'nhẹ', 'chậm']);
const SUPERLATIVE_LINK = new Set(['là', 'với', 'ở']);
/** Links after "lần lượt" / "tương ứng" before the numbers ("giảm lần lượt là 2% và 3%"): the list's, no level. */
const LIST_LINK_AFTER = new Set(['lượt', 'ứng']);
/** After these, "tăng" is no change verb ("tăng cường", "tăng tốc"). */
const NOT_CHANGE = new Set(['cường', 'tốc', 'ca']);

/**
 * The direction of the change before a numeral, from `words` (lowercase, nearest last, stopping at
 * the previous number) and whether the unit is rank steps ("bậc", "hạng": "lên 5 bậc" is then a rise).
 */
export function changeDirection(words: string[], rankSteps = false): Direction | undefined {
  const w = words.slice(-7);
  for (let j = w.length - 1, steps = 0; j >= 0 && steps < 5; j--, steps++) {
    const x = w[j]!;
    const next = w[j + 1];
    if ((rankSteps || w[j - 1] === 'đi') && (x === 'lên' || x === 'xuống')) return x === 'lên' ? 'up' : 'down'; // "lên 5 bậc", "đi xuống 15%"
    if (rankSteps && (x === 'hạng' || x === 'đến')) continue; // "xuống hạng 7 bậc", "tụt hạng 3 bậc"; "tụt đến 8 bậc": steps are no level reached (round 31f)
    if ((rankSteps && DOWN_STEPS.has(x)) || DOWN_PAIRS[x]?.includes(w[j - 1] ?? '')) return 'down';
    if (x === 'là' && LIST_LINK_AFTER.has(w[j - 1] ?? '')) continue;
    if (UP.has(x) && !NOT_CHANGE.has(next ?? '')) return 'up';
    if (DOWN.has(x)) return w[j - 1] === 'cắt' || w[j - 1] === 'tinh' ? undefined : 'down';
    if ((x === 'cao' || x === 'thấp' || x === 'nhiều' || x === 'ít') && next === 'hơn') return undefined;
    if (SUPERLATIVE_LINK.has(x) && w[j - 1] === 'nhất' && SUPERLATIVE.has(w[j - 2] ?? '')) { j -= 2; continue; } // "giảm nhiều nhất là 2%": the largest fall
    if (x === 'thiểu' && w[j - 1] === 'tối') { j -= 1; continue; } // round 53: "giảm tối thiểu 20%", a floor (not "giảm thiểu", to minimise)
    if (x === 'nhất' && SUPERLATIVE.has(w[j - 1] ?? '')) { j -= 1; continue; } // "xã A giảm sâu nhất gần 5 điểm": the largest fall, no link word (round 29a)
    if (LEVEL.has(x) || !BETWEEN.has(x)) return undefined;
  }
  return undefined;
}

/** A comparative, its word captured: "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "nhanh hơn", "chậm hơn". */
const COMPARATIVE = String.raw`(cao|thấp|nhiều|ít|nhanh|chậm)\s+hơn`;
/** A comparative right before the difference ("cao hơn 2,5%"), its "so với" after it. */
const COMPARATIVE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])${COMPARATIVE}\s*(?:khoảng|gần)?\s*$`, 'u');

/**
 * "cao hơn 2,5% so với …" / "thấp hơn 3 điểm so với …": a comparison stated as a difference; round 56: or what it is compared with named
 * first ("thấp hơn kế hoạch 1,09%", `COMPARED_NAMED_BEFORE`).
 * `before` ends just before the numeral, `after` starts right after it (both lowercase).
 */
export function comparisonDirection(before: string, after: string): Direction | undefined {
  const m = COMPARATIVE_BEFORE.exec(before);
  const named = m ? null : COMPARED_NAMED_BEFORE.exec(before);
  if (named) return ['cao', 'nhiều', 'nhanh'].includes(named[1]!) ? 'up' : 'down'; // round 56: "thấp hơn kế hoạch 1,09%", "cao hơn cùng kỳ 5%"
  if (!m || !/^[^,;.]{0,40}?so\s+với/u.test(after)) return undefined;
  return ['cao', 'nhiều', 'nhanh'].includes(m[1]!) ? 'up' : 'down';
}

/** Round 56: a comparison with what it is compared with named before the difference: "thấp hơn kế hoạch 1,09%", "cao hơn cùng kỳ năm trước 5%", "thấp hơn bình quân cả nước 2 điểm". */
const COMPARED_NAMED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])${COMPARATIVE}\s+(?:so\s+với\s+)?(?:kế\s+hoạch|cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?|năm\s+(?:trước|ngoái)|mục\s+tiêu|chỉ\s+tiêu|(?:bình\s+quân|trung\s+bình)(?:\s+(?:chung\s+)?(?:cả\s+nước|toàn\s+quốc))?|tháng\s+trước|quý\s+trước)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s*(?:khoảng|gần)?\s*$`, 'u');

/** "kém" and up to four words of what is ahead ("kém tp.hcm ", "kém bình quân cả nước khoảng "), lowercase. */
const SHORT_OF = /(?<![\p{L}\p{M}])kém(?:\s+[\p{L}\p{M}.]+){0,4}\s+(?:khoảng\s+|gần\s+|hơn\s+)?$/u;
/** A difference in points, percentage points, a percent or ranks, as written with its number. */
const DIFFERENCE_UNIT = /(?:điểm|%|phần trăm|bậc|hạng)$/u;

/** Round 39: "Hà Nội kém TP.HCM 4,7 điểm": the gap behind another, a fall below it (`number` is the number as written, its unit included). */
export function shortfallDirection(before: string, number: string): Direction | undefined {
  return SHORT_OF.test(before) && DIFFERENCE_UNIT.test(number.trim()) ? 'down' : undefined;
}

/**
 * "giảm lần lượt 12% và 30%", "lần lượt giảm 3%; 4%", "giảm 16,9% về số lượng và 19,5% về giá trị": a number
 * right after "và" / "," / ";" (the number before may be followed by the aspect it measures, "về …"; a qualifier may stand before
 * this one, "… và hơn 9% về giá trị") that continues the change before it.
 */
export function continuesChange(between: string): boolean {
  return /^\s*(?:về(?:\s+[\p{L}\p{M}]+){1,4}\s*)?(?:,\s*)?(?:và|,|;)\s*(?:(?:nhiều|ít|mạnh|nhẹ|sâu)\s+nhất\s+(?:là|với|ở)\s+)?(?:(?:hơn|gần|khoảng|trên|dưới|xấp xỉ|chừng|tới)\s+)?$/u.test(between);
}

/** A short noun phrase then ";": the aspect an item of a list of changes measures ("50% thời gian xử lý; "). */
const ITEM_BETWEEN = /^\s+(?:[\p{L}\p{M}\d]+\s+){0,6}[\p{L}\p{M}\d]+\s*;\s*$/u;
/** The same after the next number, to the end of its item: "61% chi phí tuân thủ." */
const ITEM_AFTER = /^\s+(?:[\p{L}\p{M}\d]+\s+){0,6}[\p{L}\p{M}\d]+\s*(?:[.;]|$)/u;

/**
 * "cắt giảm 50% thời gian xử lý; 61% chi phí tuân thủ": items of one change after ";", each a share
 * and the short noun phrase it measures, with no verb of their own. `between` runs from the end of the
 * number before to this one; `after` follows this one.
 */
export function continuesItem(between: string, after: string): boolean {
  return ITEM_BETWEEN.test(between) && ITEM_AFTER.test(after) && !/(?:^|\s)(?:tăng|giảm|đạt|là|có|chiếm)(?:\s|$)/u.test(between.toLowerCase());
}

/** Session 55: a level the cut goes down to after the figure ("rút ngắn từ 30% xuống 12%"): the figure is the level before, no fall's size. */
const TO_LEVEL_AFTER = /^[^\d;:]{0,20}?(?<![\p{L}\p{M}])(?:xuống|còn)(?![\p{L}\p{M}])/u; // review: only after "từ" ("tinh giảm 10% biên chế, còn 1.200 người" is a fall and what is left)
/** A cut ("cắt giảm", "tinh giảm", "rút ngắn") right before a share: a fall of that share (before a count it is the number of things cut). */
const CUT_BEFORE = /(?:(?:cắt|tinh)\s+giảm|rút\s+ngắn)(?:\s+(?:khoảng|gần|hơn|trên|được|thêm|ít nhất|tối thiểu|tối đa|đến|tới|từ))?$/u; // round 53: "cắt giảm ít nhất 30% thời gian"; session 55: a time shortened ("rút ngắn 70% thời gian", "rút ngắn từ 30%")

/** True when a sum of money follows "mất" ("người dùng mất 1.000 tỷ đồng vì lừa đảo", "mất khoảng 5 triệu USD"): the amount lost, a level, not a fall of something (`words` as `changeDirection` takes them). */
export function isLossAmount(words: string[]): boolean {
  const w = words.slice(-4);
  const j = w.lastIndexOf('mất');
  return j >= 0 && w.slice(j + 1).every((x) => BETWEEN.has(x));
}

/** A change named as a noun, then its value for each month or quarter in turn: "mức sụt giảm lớn nhất trong tháng 5 (", "…, tháng 6 (12,1%) và tháng 7 là " (lowercase, up to the number);
 *  or the months named together, then their values in turn: "mức giảm sâu nhất ở tháng 5 và 6 tương ứng là ", "… quý 2, quý 3 lần lượt " (round 31f). */
const MOVE_BY_PERIOD = /(?<![\p{L}\p{M}])mức\s+(sụt\s+giảm|giảm|tăng)(?:\s+(?:mạnh|sâu|nhẹ|nhiều|lớn|cao|thấp)(?:\s+nhất)?)?\s+(?:(?:trong|vào|ở)\s+)?(?:(?:(?:tháng|quý)\s+\d{1,2}(?:\/\d{4})?\s*(?:\(\s*[\d.,]+\s*%\s*\)|là\s+[\d.,]+\s*%)\s*(?:,|và)\s*)*(?:tháng|quý)\s+\d{1,2}(?:\/\d{4})?\s*(?:\(\s*|là\s+)|(?:tháng|quý)\s+\d{1,2}(?:\s*(?:,|và)\s*(?:(?:tháng|quý)\s+)?\d{1,2})+(?:\/\d{4})?\s+(?:tương\s+ứng|lần\s+lượt)(?:\s+là)?\s+)$/u;

/** The direction of a percentage given for one month or quarter after a change named as a noun (`MOVE_BY_PERIOD`). */
function moveByPeriod(before: string): Direction | undefined {
  const m = MOVE_BY_PERIOD.exec(before.slice(-240).toLowerCase());
  return m ? (m[1] === 'tăng' ? 'up' : 'down') : undefined;
}

/** The number before, as `directionAt` reads it. */
interface PreviousNumber { end: number; direction?: Direction; kind: string; unit: string }

/** Session 42: a shortage of people ("thiếu hụt 200.000 nhân lực", "thiếu hụt khoảng 150.000 kỹ sư"), lowercase: a count of those
 *  missing, no fall; a shortfall of money or of a plan ("doanh thu thiếu hụt 500 tỷ đồng so với kế hoạch") stays a fall. */
const SHORTAGE_BEFORE = /(?<![\p{L}\p{M}])thiếu\s+hụt(?:\s+(?:khoảng|gần|hơn|trên|tới|đến|chừng))?\s*$/u;
const PEOPLE_AFTER = /^\s*(?:(?:nghìn|ngàn|triệu|vạn)\s+)?(?:nhân\s+lực|nhân\s+sự|lao\s+động|kỹ\s+sư|người|chuyên\s+gia|giáo\s+viên|bác\s+sĩ|lập\s+trình\s+viên|cán\s+bộ|công\s+chức|viên\s+chức)(?![\p{L}\p{M}])(?![^,;.]{0,40}so\s+với\s+(?!nhu\s+cầu))/u; // against the demand still a shortage

/** A sign right after an opening bracket, on the number: "(-5,31%)", "(+5,83%)" (a change written as a signed value). */
const SIGN_IN_BRACKET = /\(\s*([-−+])\s?$/u;

/**
 * The direction of the change the number at `p` (ending at `end`) of `s` states: a change verb before
 * it (`words`: the lowercase words of its clause), a comparison ("cao hơn 2% so với"), or the change of
 * the number before it that it continues ("giảm lần lượt 12% và 30%", or a share's item after ";"), or a change named as a
 * noun before a value per month ("mức sụt giảm lớn nhất trong tháng 5 (14,5%), tháng 6 (12,1%)"), a minus glued to the number,
 * a fall named as the subject then sized, a second comparison after "và", the change before restated in brackets in another
 * unit, as a percentage after "=" / ", tương đương" or as a count with its noun (round 34), a quoted fall verb or a fall "từ" a range written low to high (`direction-signs.ts`). `share`:
 * the number is a percentage ("cắt giảm 50%" is then a fall; "cắt giảm 120 thủ tục" counts what was cut). A sign after an
 * opening bracket comes first: "(-5,31%)" is a fall.
 */
export function directionAt(s: string, p: number, end: number, words: string[], prev: PreviousNumber | undefined, rankSteps: boolean, share = false): Direction | undefined {
  const signed = SIGN_IN_BRACKET.exec(s.slice(Math.max(0, p - 4), p))?.[1];
  if (signed) return signed === '+' ? 'up' : 'down';
  if (SHORTAGE_BEFORE.test(s.slice(Math.max(0, p - 40), p).toLowerCase()) && PEOPLE_AFTER.test(s.slice(end, end + 80).toLowerCase())) return undefined;
  const minus = minusBefore(s, p) ?? quotedFallBefore(s.slice(0, p)) ?? fallingRange(s.slice(0, p), s.slice(p, end)); // "từ mức -52 tỷ đồng" (round 32), "vốn hóa “bốc hơi” 800 triệu USD", "giảm từ 20 đến 30%" (round 33)
  if (minus) return minus;
  const lastNum = words.findLastIndex((w) => /\d/.test(w));
  const own = changeDirection(words.slice(lastNum + 1), rankSteps) ?? changeByAfterCompared(s.slice(Math.max(0, p - 160), p).toLowerCase(), s.slice(p, end + 3)); // round 63: "giảm so với cùng kỳ năm 2019 là 53 vụ"
  if (own) return own;
  const cut = share ? CUT_BEFORE.exec(words.slice(lastNum + 1).join(' ')) : null;
  if (cut && !(cut[0].endsWith(' từ') && TO_LEVEL_AFTER.test(s.slice(end, end + 40)))) return 'down';
  const byPeriod = share ? moveByPeriod(s.slice(0, p)) : undefined;
  if (byPeriod) return byPeriod;
  const sized = fallNounSize(s.slice(0, p)); // "tổng mức sụt giảm … lên tới 4 tỷ USD" (round 32)
  if (sized) return sized;
  const cmp = comparisonDirection(s.slice(Math.max(0, p - 30), p).toLowerCase(), s.slice(end, end + 60).toLowerCase()) ?? shortfallDirection(s.slice(Math.max(0, p - 40), p).toLowerCase(), s.slice(p, end));
  if (cmp) return cmp;
  const item = share && prev?.unit === 'percent' && continuesItem(s.slice(prev.end, p), s.slice(end, end + 60));
  const compared = share && prev?.unit === 'percent' && continuesComparedChange(s.slice(prev.end, p), s.slice(end, end + 40)); // "giảm 1,3% so với cùng kỳ và 0,4% so với tháng trước": its sign (round 32); a rise's too when the second is compared with an earlier period (round 44: "tăng 50% so với tháng trước và 11% so với cùng kỳ")
  const restated = !rankSteps && restatesChangeInBracket(s.slice(prev?.end ?? p, p), s.slice(end, end + 4)); // "giảm 240 triệu USD (tương đương 5,2%)" (round 33)
  const asShare = share && prev !== undefined && prev.unit !== 'percent' && restatesChangeAsShare(s.slice(prev.end, p), s.slice(end, end + 24)); // "giảm 30 vụ = 20% so với năm trước" (round 34)
  const asCount = !share && !rankSteps && prev?.unit === 'percent' && restatesChangeAsCount(s.slice(prev.end, p), s.slice(end, end + 40)); // "giảm 15,2% (tương ứng 312 vụ)" (round 34)
  if (prev?.direction && (continuesChange(s.slice(prev.end, p)) || item || compared || restated || asShare || asCount) && (rankSteps ? prev.kind === 'rank-change' : prev.unit !== 'rank')) return prev.direction;
  return undefined;
}
