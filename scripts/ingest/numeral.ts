/**
 * One numeral as written in Vietnamese notation: its value ("4.422" → 4422, "84,7" → 84.7), and the
 * quantity read at a position (the numeral with its scale word and unit: "1,92 triệu tỷ đồng"). Pure.
 */
import { wholeCountWithComma } from './number-grouped';
import { LETTER, SCALE, UNITS, scaleExponent, type UnitTag } from './number-words';

/**
 * Normalises one Vietnamese-notation numeral to a JavaScript decimal string ("4.422" → "4422",
 * "84,7" → "84.7"), or null. Dots group thousands only in groups of exactly three digits after a
 * first group of 1–3 digits not starting with 0; any other single dot is a decimal point.
 */
function normalizeNumeral(raw: string): string | null {
  const s = raw.trim();
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const grouped = (sep: string, t: string) => new RegExp(`^(?:[1-9]\\d{0,2}(?:\\${sep}\\d{3})+|\\d+)$`).test(t);
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots && commas) {
    const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
    const [int, frac] = [s.slice(0, last), s.slice(last + 1)];
    const sep = s[last] === ',' ? '.' : ',';
    if (int.includes(s[last]!) || !grouped(sep, int)) return null;
    return `${int.split(sep).join('')}.${frac}`;
  }
  const sep = dots ? '.' : ',';
  const n = dots || commas;
  if (n === 0) return s;
  if (grouped(sep, s) && (sep === '.' || n > 1)) return s.split(sep).join('');
  return n === 1 ? s.replace(sep, '.') : null;
}

/**
 * Parses one Vietnamese-notation numeral: "." groups thousands, "," is the decimal mark.
 * "4.422"→4422, "84,7"→84.7, "0,71"→0.71, "1.000.000"→1000000, "43.5"→43.5 (a dot NOT followed by
 * exactly groups of 3 digits is a decimal point, a common typo), "12"→12. English grouping with
 * several commas ("1,000,000") and mixed forms ("1.234,5", "1,234.5") are accepted too.
 * Returns null if not a numeral.
 */
export function parseVietnameseNumber(s: string): number | null {
  const n = normalizeNumeral(s);
  return n === null ? null : Number(n);
}

/** A numeral's digits and separators, read at a position (sticky). */
export const NUMERAL = /\d+(?:[.,]\d+)*/y;

/** Match a sticky regex at `i`. */
export function matchAt(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** A numeral with its scale and unit, as read at one position. */
interface Quantity {
  raw: string;
  value: number;
  end: number;
  /** Decimal string of the numeral and the power of ten of its scale word. */
  norm: string;
  exp: number;
  scaled: boolean;
  tag?: UnitTag;
}

/** A group of 1–3 digits after a scaled numeral, before its own scale word ("… triệu 215 nghìn"). */
const LOWER_GROUP = /\s+(\d{1,3})(?![\d.,]\d|[\p{L}\p{M}])/uy;

/**
 * A number written in several scales ("7 triệu 215 nghìn tỷ đồng" → 7.215.000 tỷ, "2 tỷ 300 triệu
 * đồng", "3 triệu 250 nghìn"): each further group is 1–3 digits under a smaller scale word, and a
 * scale written after the last group's own ("nghìn tỷ": "tỷ") multiplies the whole. Returns the
 * digits of the sum in units of the last group, its power of ten and where it ends; null when no
 * lower group follows `end`.
 */
function lowerGroups(s: string, end: number, first: bigint, firstExp: number): { end: number; digits: string; exp: number } | null {
  let [sum, exp, at, groups] = [first, firstExp, end, 0];
  for (;;) {
    const group = matchAt(LOWER_GROUP, s, at);
    const scale = group && matchAt(SCALE, s, at + group[0].length);
    const own = scale ? scaleExponent(scale[1]!.split(' ')[0]!) : Infinity;
    if (!group || !scale || own >= exp) break;
    [sum, exp, at, groups] = [sum * 10n ** BigInt(exp - own) + BigInt(group[1]!), own, at + group[0].length + scale[0].length, groups + 1];
    const over = scaleExponent(scale[1]!) - own; // "… 215 nghìn tỷ": the whole is in tỷ
    if (over > 0) return { end: at, digits: String(sum), exp: own + over };
  }
  return groups ? { end: at, digits: String(sum), exp } : null;
}

/** Reads numeral + optional scale word + optional unit at `i`; null when what stands there is not a numeral. */
export function readQuantity(s: string, i: number): Quantity | null {
  const raw = matchAt(NUMERAL, s, i)?.[0];
  const whole = raw === undefined ? undefined : wholeCountWithComma(raw, s.slice(i + raw.length, i + raw.length + 24));
  const norm = raw === undefined ? null : whole !== undefined ? String(whole) : normalizeNumeral(raw);
  if (raw === undefined || norm === null) return null;
  let end = i + raw.length;
  let exp = 0;
  let digits = norm;
  const scale = matchAt(SCALE, s, end);
  if (scale) { exp = scaleExponent(scale[1]!); end += scale[0].length; }
  const compound = scale && /^\d+$/.test(norm) ? lowerGroups(s, end, BigInt(norm), exp) : null;
  if (compound) ({ end, digits, exp } = compound);
  let tag: UnitTag | undefined;
  for (const [re, t] of UNITS) {
    const m = matchAt(re, s, end);
    if (m) { tag = t; end += m[0].length; break; }
  }
  if (!scale && !tag && LETTER.test(s[end] ?? '')) return null; // "5G", "3D"
  return { raw, norm: digits, exp, value: Number(`${digits}e${exp}`), end, scaled: !!scale, tag };
}
