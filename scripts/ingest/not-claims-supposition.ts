/**
 * Figures of a supposition (round 33): a sentence, or its clause after a speaker's colon or a comma, that opens on "Giả
 * sử" or "Giả định" ("Giả sử một hộ chi 200.000 đồng mỗi tháng, sau một năm …") works an example through with numbers
 * the writer assumes; none of them is reported, as the figures of an illustration restating a ratio are no claims in the
 * gold ("cứ 100 đồng doanh thu …"). A conditional "nếu …" is not read so: it also states real figures ("Nếu tính cả …"). Pure.
 */

/** The opening of a supposition at a sentence's start, after a colon, a comma or a quote mark, then the rest of its sentence up to the number (dots between digits kept: "5.000"). */
const SUPPOSITION = /(?:^|[.!?…:;,]\s*|\n)\s*["“]?\s*(?:giả\s+sử(?!\s+dụng)|giả\s+định|giả\s+dụ)(?![\p{L}\p{M}])(?:[^.!?;\n]|\.(?=\d))*$/iu;

/** True when the number at `p` of the sentence `s` stands in a supposition (`SUPPOSITION`), not in a report. */
export function isSupposedFigure(s: string, p: number): boolean {
  return SUPPOSITION.test(s.slice(Math.max(0, p - 300), p));
}
