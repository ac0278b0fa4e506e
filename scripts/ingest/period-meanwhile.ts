/**
 * Round 31d: a paragraph that opens on "the same time" ("Trong khi đó, …", "Cùng lúc đó, …", "Cũng trong thời gian
 * này, …") sets what it reports beside what the paragraph before reported: its figures with no period of their own take
 * that paragraph's (`metrics.ts`'s `latest`), on a dated page too. Pure.
 */

/** "Trong khi đó", "Cùng lúc đó", "Cùng thời điểm đó/này", "Cũng trong thời gian đó/này", "Song song đó" opening a paragraph, before a comma or its subject. */
const SAME_TIME = /^\s*(?:trong\s+khi\s+đó|cùng\s+lúc\s+(?:đó|này)|cùng\s+thời\s+(?:điểm|gian)\s+(?:đó|này|trên)|cũng\s+trong\s+thời\s+(?:gian|điểm)\s+(?:đó|này|trên)|song\s+song\s+(?:đó|với\s+đó))(?![\p{L}\p{M}])/iu;

/** True when a paragraph opens on the same time as the one before (`SAME_TIME`): it takes that one's period. */
export function atSameTime(paragraph: string): boolean {
  return SAME_TIME.test(paragraph);
}
