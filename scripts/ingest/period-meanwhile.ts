/**
 * Round 31d: a paragraph that opens on "the same time" ("Trong khi đó, …", "Cùng lúc đó, …", "Cũng trong thời gian
 * này, …") sets what it reports beside what the paragraph before reported: its figures with no period of their own take
 * that paragraph's (`metrics.ts`'s `latest`), on a dated page too. Pure.
 */

/** "Trong khi đó", "Cùng lúc đó", "Cùng thời điểm đó/này", "Cũng trong thời gian đó/này", "Song song đó" opening a paragraph, before a comma or its subject. */
const SAME_TIME = /^\s*(?:trong\s+khi\s+đó|cùng\s+lúc\s+(?:đó|này)|cùng\s+thời\s+(?:điểm|gian)\s+(?:đó|này|trên)|cũng\s+trong\s+thời\s+(?:gian|điểm)\s+(?:đó|này|trên)|song\s+song\s+(?:đó|với\s+đó))(?![\p{L}\p{M}])/iu;

/**
 * Round 32: a paragraph whose opening words (no figure, at most 40 characters before) point back at the result before ("Theo tập đoàn, mức tăng trưởng này có phần nhờ
 * …", "Kết quả trên đến từ …", "Con số này cho thấy …"): it explains that result, so its figures share its period.
 */
const POINTS_BACK = /^[^.;:\d]{0,40}?(?<![\p{L}\p{M}])(?:(?:mức|đà|tốc\s+độ)\s+tăng(?:\s+trưởng)?|kết\s+quả|con\s+số)\s+(?:này|trên|nêu\s+trên|đó)(?![\p{L}\p{M}])/iu;

/** Round 38: "Trong đó, …" (session 48: "Of which, …", "Among them, …") opening a paragraph breaks down the total the paragraph before gave ("… tiếp nhận 56.039 hồ sơ. ¶ Trong đó, có 12.516 hồ sơ trực tuyến …"): its parts are of the same period. */
const BREAKS_DOWN = /^\s*(?:trong\s+đó|of\s+(?:which|these|this|them|the\s+total)|among\s+(?:them|these|which))\s*,/iu; // session 48: an English page's "Of which, 8 provinces …"

/** True when a paragraph opens on the same time as the one before (`SAME_TIME`), points back at its result (`POINTS_BACK`) or breaks its total down (`BREAKS_DOWN`): it takes that one's period. */
export function atSameTime(paragraph: string): boolean {
  return SAME_TIME.test(paragraph) || POINTS_BACK.test(paragraph) || BREAKS_DOWN.test(paragraph);
}
