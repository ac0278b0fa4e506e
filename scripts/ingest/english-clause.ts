/**
 * Session 24: where an English sentence's clause around a number ends, and the phrases that point back to the sentence before,
 * for the indicator matcher (`indicator-context.ts` `matchingText`). Pure.
 */

/** Session 24: on an English page a contrast after a comma ends a clause as ";" does ("… decreased by 18.9%, while exports of computers …"),
 *  unless it goes on about the same subject ("…, while its score was 0.79"). */
const ENGLISH_CONTRAST = /,\s*(?:while|whereas|but)\s(?!\s*(?:its|their|it|they|this|these)(?![\p{L}]))/gu;

/** The start and end of the clause of `sentence` around position `p`: its `;`-clause, cut at an English contrast on an English page. */
export function clauseBounds(sentence: string, p: number, english: boolean): [number, number] {
  let start = sentence.lastIndexOf(';', p - 1) + 1;
  const next = sentence.indexOf(';', p);
  let end = next < 0 ? sentence.length : next;
  if (english) {
    for (const m of sentence.matchAll(ENGLISH_CONTRAST)) {
      if (m.index + m[0].length <= p) start = Math.max(start, m.index + m[0].length);
      else if (m.index >= p && m.index < end) { end = m.index; break; }
    }
  }
  return [start, end];
}

/** Session 24: an English phrase that points back ("This category accounted for 14.96%", "the proportion had doubled"); it counts
 *  only before the number (after it, "… in this commodity group" names the whole the number is a part of). */
const ENGLISH_ANAPHOR = /(?<![\p{L}])(?:(?:this|that|the)\s+(?:category|product\s+group|commodity\s+group|group|commodity|rate|proportion|share|figure|sector|industry)|these\s+(?:exports|products|goods))(?![\p{L}])/u;
/** Session 50: "the market" opening the sentence, with nothing after it that names another market ("The market expanded from $16.4 billion …";
 *  review: not "The market in Southeast Asia grew …", "the market for data centres", "Foreign investors in the market …"). */
const MARKET_OPENS = /^\s*(?:this|that|the)\s+market(?!['’]s\s+share)(?!\s+(?:for|of|in|on|leader|leaders|share|index|capitali[sz]ation|value)(?![\p{L}]))(?![\p{L}])/u;

/** Where the first English phrase pointing back stands in `sentence` (lowercase), if any. */
export function englishAnaphorAt(sentence: string): number | undefined {
  return MARKET_OPENS.test(sentence) ? 0 : ENGLISH_ANAPHOR.exec(sentence)?.index;
}

/** Round 52: a rank in a bracket after an item, up to the number: "regulatory stability improved by 14 places (", "patent applications
 *  (up 17 places to ", "labor productivity growth (", session 40: "labor productivity (ranked ". The item is the text back to the clause's last , ; : or list word. */
const ITEM_RANK_BRACKET = /([^,;:(]*?)\(\s*(?:(?:ranked|ranking|placed|placing)\s+)?(?:(?:up|down|rising|falling|climbing|dropping)\s+(?:by\s+)?\d+\s+(?:places?|spots?|positions?|ranks?)\s+to\s+)?(?:the\s+)?$/iu;
/** Names that make the bracketed rank the country's or a whole ranking's, not an item's: the country (or a pronoun for it), an index by name or acronym. */
const RANKING_OR_COUNTRY = /(?<![\p{L}])(?:viet\s*nam|the\s+country|the\s+nation|it|its|they|their|this|overall|index|ranking|rankings|gii|egdi|epi|osi|tii|hci|gci|idi|sdg)(?![\p{L}])/iu;

/** True when the English rank whose clause reads `before` up to it stands in a bracket after an item of its own (`ITEM_RANK_BRACKET`):
 *  that item's place, not the ranking the page leads with. */
export function ranksEnglishItem(before: string): boolean {
  const m = ITEM_RANK_BRACKET.exec(before);
  const item = m?.[1]?.replace(/^.*(?<![\p{L}])(?:including|include|includes|such\s+as|and)\s/iu, '') ?? '';
  return m !== null && /\p{L}{3,}/u.test(item) && !RANKING_OR_COUNTRY.test(item);
}

/** Session 47: a field named right after a rank ("ranks 33rd in the unicorn valuation", "66th in research and development (R&D)
 *  expenditure"): not a place, a region, the world, a year or a ranking's name. */
const NOT_A_FIELD = String.raw`(?:the|an?|world|globe|region|country|nation|asean|southeast|south-east|asia|ranking|rankings|index|indexes|indices|gii|egdi|list|group|top|same|latest|previous|last|current|new|next|this|that|its|their|overall|general|edition|report|year|years|assessment|survey|\d)`;
const FIELD_AFTER_RANK = new RegExp(String.raw`^\s*(?:(?:place|position|spot)\s+)?in\s+(?:the\s+)?(?!${NOT_A_FIELD}(?![\p{L}]))\p{L}{3,}`, 'iu'); // review: "ranked 48th in the same ranking", "in the 2022 edition" name no field
/** Session 47: the rank's own clause names an index, a sub-index, a pillar or an index group of its own by a word of its name ("the environmental
 *  performance index ranked 130th", "the ecological sustainability index group …, at 110th place"), not one that points back ("this year's index"). */
const OWN_INDEX_BEFORE = /(?<![\p{L}])(?!(?:the|this|that|these|its|their|our|previous|latest|same|last|new|current|overall|general|whole|year['’]s)\s)[\p{L}-]{3,}\s+(?:index|indices|indexes|sub-index|sub-indices|pillar|pillars|indicator)(?![\p{L}])/iu; // review: not "In the previous index, it ranked 86th"

/** Session 47: true when an English rank names its own field, after it (`FIELD_AFTER_RANK`) or in its clause before it (`OWN_INDEX_BEFORE`,
 *  `clause`): the place of that field, which no series said earlier on the page is carried to. */
export function ranksOwnField(clause: string, after: string): boolean {
  return FIELD_AFTER_RANK.test(after) || OWN_INDEX_BEFORE.test(clause);
}
