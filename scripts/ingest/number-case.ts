/**
 * Sentences set in capitals ("NĂM 2026, DÀNH KHOẢNG 95 NGHÌN TỶ ĐỒNG CHO …", a shouted headline or lead): the number
 * reader's words are lowercase, so such a sentence is read lowercased and its matches given back their own text. Pure.
 */

/** True when `s` has capital letters and no small ones, and lowercases to the same length (its offsets hold). */
function isShouted(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s) && s.toLowerCase().length === s.length;
}

/** The text to read numbers in: `s` lowercased when it is set in capitals, else `s` itself. */
export function readableCase(s: string): string {
  return isShouted(s) ? s.toLowerCase() : s;
}

/** Gives matches read in `readableCase(s)` the text they have in `s` (same offsets), in place. */
export function restoreCase<T extends { start: number; end: number; text: string }>(s: string, read: string, matches: T[]): T[] {
  if (read !== s) for (const m of matches) m.text = s.slice(m.start, m.end);
  return matches;
}
