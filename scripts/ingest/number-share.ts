/**
 * What one number lends another in a sentence (`numbers.ts` runs these after reading every numeral):
 * a unit written once after two numbers ("lần lượt đạt 37,82 và 56,58 điểm"); the unit of the figure
 * a dated bracket compares ("đạt 54,48 điểm (năm 2022 là 53,96)", "đứng thứ 59/193 (năm 2022 con số
 * này là 55/181)"); the currency of an earlier amount at the same scale ("… 8.200 tỷ đồng, giảm 1.300 tỷ"); rank steps spelled in
 * words ("tăng một bậc", "tụt hai hạng"). Pure.
 */
import type { Direction, MetricKind, Qualifier, Unit } from '../../src/schemas/metric';
import { scaleExponent } from './number-words';
import { isPlaceInTop } from './structure';

/** The fields of a number these rules read and set (a `NumberMatch`). */
export interface Shared {
  text: string;
  start: number;
  end: number;
  value: number;
  total?: number;
  unit: Unit;
  kind: MetricKind;
  direction?: Direction;
  valueMax?: number;
  qualifier?: Qualifier;
}

/** Units a bare number may take from its neighbour. */
const LENT = new Set<Unit>(['points', 'index', 'percent', 'rank']);

/** "37,82 và 56,58 điểm", "12, 15 và 18%": a bare count right before "và"/"," and a number with a unit. */
function sharesUnitAfter(s: string, a: Shared, b: Shared): boolean {
  return a.unit === 'count' && a.kind === 'count' && a.total === undefined && /^[\d.,]+$/u.test(a.text)
    && LENT.has(b.unit) && b.unit !== 'rank' && /^\s*(?:,|và|,\s*và)\s*$/u.test(s.slice(a.end, b.start));
}


/**
 * The power of ten a bare number takes from the amount after it in a list ("120, 150 và 200 tỷ đồng": 120 and 150 are
 * billions of đồng too), or undefined: `b` is money whose text ends on its scale (`SCALE_END`), or an earlier link of the same list (`exp`).
 */
function sharedScale(s: string, a: Shared, b: Shared, exp: number | undefined): number | undefined {
  if (a.unit !== 'count' || a.kind !== 'count' || a.total !== undefined || !/^[\d.,]+$/u.test(a.text) || b.kind !== 'money') return undefined;
  if (!/^\s*(?:,|và|,\s*và)\s*$/u.test(s.slice(a.end, b.start))) return undefined;
  const word = SCALE_END.exec(b.text)?.[1];
  return word ? scaleExponent(word) : exp;
}

/** A bracket that opens with an earlier date and gives a value: "(năm 2022 là", "(năm 2022 con số này là", "(2021: ". */
const DATED_BRACKET = /\(\s*(?:(?:cuối|đầu|hết|giữa)\s+)?(?:(?:năm|quý|tháng)\s+[\divx/.-]+|\d{4})(?:\s+[\p{L}\p{M}]+){0,3}\s*(?:là|đạt|:)\s*$/iu;

/** A bare number in a dated bracket right after a figure with a unit compares with it: it takes that unit. */
function comparesInBracket(s: string, a: Shared, b: Shared): boolean {
  const bare = (b.unit === 'count' && b.kind === 'count') || (b.unit === 'index' && /^[\d.,]+$/u.test(b.text)); // a bare score too ("(năm 2022 là 53,96)")
  if (!bare || !LENT.has(a.unit) || a.kind === 'rank-change') return false;
  const open = s.lastIndexOf('(', b.start);
  return open >= a.end && /^[\s\p{L}\p{M},/]{0,30}$/u.test(s.slice(a.end, open)) && DATED_BRACKET.test(s.slice(open, b.start));
}

/** The scale word that ends an amount's text: "1.300 tỷ", "30 nghìn tỷ đồng" ("nghìn tỷ"), "200 tỷ đồng" ("tỷ"). */
const SCALE_END = /(triệu tỷ|nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu|nghìn|ngàn)(?:\s+(?:đồng|usd|đô la))?$/iu;
/** What may follow an amount left without its currency: a stop, "và", "so với", the end; no counted noun. */
const NO_NOUN_AFTER = /^\s*(?:[,.;:)]|$|(?:và|so)(?![\p{L}\p{M}]))/iu;

/**
 * A money amount earlier in the sentence lends its currency to a later amount at the same scale written without one
 * ("doanh số đạt 8.200 tỷ đồng, giảm 1.300 tỷ so với năm trước", round 29a): the same money, its unit left out.
 */
function lendsCurrency(s: string, numbers: Shared[], i: number): Shared | undefined {
  const b = numbers[i]!;
  const scale = b.unit === 'count' && b.kind === 'count' && b.total === undefined ? /^[\d.,]+\s+(nghìn tỷ|ngàn tỷ|tỷ|triệu)$/iu.exec(b.text)?.[1] : undefined;
  if (!scale || !NO_NOUN_AFTER.test(s.slice(b.end, b.end + 12))) return undefined;
  return numbers.slice(0, i).findLast((a) => a.kind === 'money' && SCALE_END.exec(a.text)?.[1]?.toLowerCase() === scale.toLowerCase());
}

/**
 * "thuộc nhóm 10 địa phương dẫn đầu", "trong nhóm 30/63 tỉnh", "nằm trong top 10", "lọt top 5", "vào nhóm top 50", "nằm trong 15 tỉnh … cao nhất": a place within the top N, a bound (at most N), not a
 * position; and a group that goes on such a list ("thuộc nhóm 3 nước dẫn đầu khu vực, nhóm 50 nước đứng đầu thế giới", round 15).
 */
const TOP_GROUP = /(?<![\p{L}\p{M}])(?:(?:thuộc|trong|vào|lọt|(?<!bảng\s)xếp hạng)\s+(?:nhóm(?:\s+(?:top|tốp))?|top|tốp)|(?:nằm|đứng|lọt)\s+trong)\s*(?:\d+[^.;:!?\d]{0,80}?(?:,|\svà|\shoặc)\s+(?:nhóm(?:\s+(?:top|tốp))?|top|tốp)\s*)?$/iu;
/** "một trong 32 nền kinh tế lớn nhất thế giới": one of the N best of a field, a rank bound (not "một trong 8 quốc gia … nhiều nhất (gồm: …)", a listed group). */
const ONE_OF = /(?<![\p{L}\p{M}])(?:một|1)\s+trong\s+(?:số\s+)?$/iu;
const BEST_IN_FIELD = /^[^,;.()]{0,50}?(?:lớn|mạnh|cao|nhanh|tốt|đông|giàu)(?:\s+[\p{L}\p{M}]+)?\s+nhất\s+(?:thế giới|toàn cầu|khu vực|châu á|đông nam á|asean)(?![\p{L}\p{M}])(?![^.;]{0,80}\(\s*gồm)/iu;

/**
 * Words after a group's size that make the group a top of a ranking ("… địa phương đứng đầu", "… quốc gia
 * có tốc độ tăng trưởng hàng đầu", "… tỉnh, thành phố làm chuyển đổi số tốt", "… tỉnh có chỉ số cao về …", "… quốc gia đầu tiên …"); the noun may be a pair ("tỉnh, thành phố", round 63: "tỉnh, thành").
 */
const TOP_AFTER = /^[^,;.()]{0,70}?(?:,\s*(?:thành(?: phố)?|tỉnh|địa phương)(?![\p{L}\p{M}])[^,;.()]{0,60}?)?(?<![\p{L}\p{M}])(?:đứng đầu|dẫn đầu|đi đầu|hàng đầu|đầu tiên|cao nhất|tốt nhất|nhanh nhất|lớn nhất|xếp hạng|tốt|xuất sắc|(?:chỉ số|điểm số|thứ hạng|mức đánh giá|mức xếp hạng)\s+cao)(?![\p{L}\p{M}])/u;

/** The whole country right after a group's size ("thuộc nhóm 20 của cả nước", "nhóm 10 toàn quốc"): the group is the country's top N. */
const NATION_AFTER = /^\s*(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)(?![\p{L}\p{M}])/iu;
/** Places ranked over the whole country, a few words after the group's size: "nhóm 15 địa phương về cải cách hành chính trên cả nước" (not firms surveyed across it). */
const PLACES_NATIONWIDE = /^\s+(?:địa phương|tỉnh|thành phố)(?![\p{L}\p{M}])[^,;.()\d]{0,50}?(?<!khảo sát|điều tra)\s(?:trên|của)\s+(?:cả\s+nước|toàn\s+quốc)(?![\p{L}\p{M}])/iu;

/**
 * True when the number at the end of `before` (lowercase) is the size of a top-N group it is placed in
 * ("tỉnh thuộc nhóm 10 địa phương đứng đầu", "trong nhóm 30/63 tỉnh"): a rank bound, not the size of a
 * list. A bare size needs a ranking word or the whole country after it (`after`); "trong nhóm 5 doanh nghiệp được khảo sát"
 * is no rank. "một trong N … lớn nhất thế giới" is one too (`ONE_OF`, `BEST_IN_FIELD`).
 */
export function isTopGroup(before: string, after: string, slash = false): boolean {
  return (TOP_GROUP.test(before) && (slash || TOP_AFTER.test(after.toLowerCase()) || NATION_AFTER.test(after) || PLACES_NATIONWIDE.test(after))) || (ONE_OF.test(before) && BEST_IN_FIELD.test(after));
}

/** Round 44: "top N" with nothing after it but the clause's end or a date ("mục tiêu top 50 vào năm 2025", "hướng tới top 30."): a rank bound. */
const TOP_WORD_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:bảng\s+xếp\s+hạng|danh\s+sách|bảng|giải|chương\s+trình)\s+)(?:top|tốp)\s*$/iu; // not a list's name: "bảng xếp hạng top 10 năm 2023"
const CLAUSE_END_AFTER = /^\s*(?:[.;,)]|$|(?:vào|trong|đến|tới)\s+(?:năm|cuối\s+năm)\s+\d{4}|(?:năm\s+)?\d{4}(?!\d))/iu;

/** True when the number at the end of `before` stands right after "top" and before its clause's end or a date (`CLAUSE_END_AFTER`). */
export function isBareTop(before: string, after: string): boolean {
  return TOP_WORD_BEFORE.test(before) && CLAUSE_END_AFTER.test(after);
}

/**
 * A top group whose "nhóm" the text leaves out after naming it once ("thuộc nhóm 50 nước dẫn đầu về …; 30 nước dẫn đầu về …",
 * "… và là 20 quốc gia hàng đầu về …"): the same noun after a group's size and a ranking word, in a later item of the
 * sentence (after ";", ",", "và", "là", "hoặc"), is a rank bound too. `before` is the sentence up to the number.
 */
export function isElidedTopGroup(before: string, after: string): boolean {
  const m = /(?<![\p{L}\p{M}])(?:thuộc|trong|vào|lọt)\s+nhóm\s+\d+\s+([\p{L}\p{M}]+)[^.!?]{0,160}?(?:[;,]|\svà|\slà|\shoặc)\s*$/u.exec(before.toLowerCase());
  const lower = after.toLowerCase();
  return m !== null && lower.startsWith(` ${m[1]}`) && TOP_AFTER.test(lower);
}

/** A group's size named after an earlier group's tail ("trong nhóm 4 nước dẫn đầu khu vực … và nhóm 50"): the words before it, read further back than the usual window when they end with the group word. */
export function topGroupWindow(s: string, p: number, lower: string): string {
  return /(?:nhóm|top|tốp)\s*$/u.test(lower) ? s.slice(Math.max(0, p - 160), p).toLowerCase() : lower;
}

/** Gives bare numbers the unit their neighbour lends them (see the module comment), and a top-N rank its bound, in place. */
export function lendUnits(s: string, numbers: Shared[]): void {
  for (const n of numbers) if (n.unit === 'rank' && n.kind === 'rank' && (TOP_GROUP.test(s.slice(0, n.start)) || ONE_OF.test(s.slice(0, n.start)) || isPlaceInTop(s.slice(0, n.start).toLowerCase()) || isElidedTopGroup(s.slice(0, n.start), s.slice(n.end, n.end + 80)) || isBareTop(s.slice(0, n.start).toLowerCase(), s.slice(n.end, n.end + 40)))) n.qualifier = 'at-most';
  // From the list's end back, so that every bare item before "và" takes the unit written once after the last ("12, 15 và 18%").
  const shared = new Set<number>();
  const exps = new Map<number, number>();
  for (let i = numbers.length - 2; i >= 0; i--) {
    const [a, b] = [numbers[i]!, numbers[i + 1]!];
    const exp = sharedScale(s, a, b, exps.get(i + 1));
    if (exp !== undefined) [a.value, a.unit, a.kind] = [a.value * 10 ** exp, b.unit, 'money'];
    else if (sharesUnitAfter(s, a, b)) [a.unit, a.kind] = [b.unit, b.kind === 'growth' ? 'growth' : b.kind];
    else continue;
    if (exp !== undefined) exps.set(i, exp);
    shared.add(i);
  }
  for (let i = 0; i + 1 < numbers.length; i++) {
    const [a, b] = [numbers[i]!, numbers[i + 1]!];
    if (!shared.has(i) && comparesInBracket(s, a, b)) [b.unit, b.kind] = [a.unit, a.kind];
  }
  for (let i = 1; i < numbers.length; i++) {
    const money = lendsCurrency(s, numbers, i);
    if (money) [numbers[i]!.unit, numbers[i]!.kind] = [money.unit, 'money'];
  }
}

const SMALL: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

/** "tăng một bậc", "tụt hai hạng", "thăng ba bậc": a change verb, a number word, "bậc"/"hạng". */
const SPELLED_STEPS = /(?<![\p{L}\p{M}])(tăng|thăng|giảm|tụt|sụt)(\s+(?:thêm\s+)?)(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:bậc|hạng)(?![\p{L}\p{M}])/giu;

/** Rank moves whose number is spelled in words ("tăng một bậc" → +1, "tụt hai hạng" → -2), as numbers of `s`. */
export function spelledRankSteps(s: string): Shared[] {
  return [...s.matchAll(SPELLED_STEPS)].map((m) => {
    const start = m.index + m[1]!.length + m[2]!.length;
    const text = m[0].slice(m[1]!.length + m[2]!.length);
    const down = /^(?:giảm|tụt|sụt)$/iu.test(m[1]!);
    const n = SMALL[m[3]!.toLowerCase()]!;
    return { text, start, end: start + text.length, value: down ? -n : n, unit: 'rank' as const, kind: 'rank-change' as const, direction: down ? 'down' as const : 'up' as const };
  });
}
