/**
 * Round 34: a hamlet or residential group the page names with a number ("thôn Vân Sa 2", "xóm Đông 3", "tổ dân phố
 * Tân Lập 1") is often named again without its locality word ("người dân ở Vân Sa 2 đã …", "nhờ Xóm Đông 3 …"): that
 * number names the place too, no count. `isLocalityName` (`number-names.ts`) reads the first naming; this module
 * remembers the names a page gives so that the later mentions are read alike. Pure.
 */

/** A locality word, then one to three capitalised words and the number: "thôn Vân Sa 1", "Xóm Đông 3". */
const NUMBERED_PLACE = /(?<![\p{L}\p{M}])(?:[Tt]hôn|[Xx]óm|[Ấấ]p|[Kk]hóm|[Bb]ản|[Ll]àng|[Kk]hu phố|[Tt]ổ dân phố)\s+((?:\p{Lu}[\p{L}\p{M}]*\s+){1,3})(\d{1,2})(?![\d.,%\p{L}\p{M}])/gu;

/** The names with their numbers ("Vân Sa 1") the page gives after a locality word. */
export function numberedPlaceNames(text: string): Set<string> {
  return new Set([...text.matchAll(NUMBERED_PLACE)].map((m) => `${m[1]!.replace(/\s+/gu, ' ')}${m[2]}`));
}

/** True when the bare number `raw` at `start` of `sentence` ends one of the page's numbered place names (`names`), written without its locality word. */
export function isNumberedPlaceName(sentence: string, start: number, raw: string, names: ReadonlySet<string>): boolean {
  if (!/^\d{1,2}$/u.test(raw) || /^[.,]\d|^\s*%/u.test(sentence.slice(start + raw.length))) return false;
  const words = /((?:\p{Lu}[\p{L}\p{M}]*\s+){1,3})$/u.exec(sentence.slice(Math.max(0, start - 60), start));
  if (!words) return false;
  const parts = words[1]!.trim().split(/\s+/u);
  return parts.some((_, i) => names.has(`${parts.slice(i).join(' ')} ${raw}`));
}
