/**
 * Round 53: ranks and rank moves an English page spells in words — "ranked second out of 63", "took first position in …",
 * "from fifth place", "rose four ranks" — as `english-numbers.ts` reads "2nd" and "up 4 places" in digits. A word is a rank
 * only where a ranking's words frame it (a verb of ranking before it, or "place", "position", "spot", "out of" after it);
 * a move only as a number word between a verb of moving and "places", "ranks", "spots" or "positions". Pure.
 */
import type { NumberMatch } from './numbers';
import { ENGLISH_NUMBER_WORDS, ENGLISH_ORDINAL_WORDS as ORDINALS, topPlace } from './english-words';
import { englishDirection } from './english-direction';

/** Counts in words up to ten ("rose four ranks"). */
const COUNTS = Object.keys(ENGLISH_NUMBER_WORDS).filter((w) => ENGLISH_NUMBER_WORDS[w]! <= 10);

/** A verb of ranking: it makes the ordinal word after it a rank by itself ("it ranks third", "came in fifth"). */
export const RANK_VERB = String.raw`(?:rank(?:s|ed|ing)?|placed|(?<!(?:take|takes|took|taking|taken|in|put)\s+)(?:place|places|placing)|finished|came(?:\s+in)?)`; // session 47: "overtook Thailand to place third" (not "take place first")
/** A verb or a preposition of ranking right before the ordinal word ("ranked", "came (in)", "from", "to", "took (the)"). */
const RANK_BEFORE = String.raw`(?:${RANK_VERB}|stood|stands|took|takes|holds?|held|retained|kept|secured|claimed|won|reached|from|to|at)\s+(?:the\s+)?`;
/** What may follow it to make it a rank: a place word, "out of", "among", "in the country", "in ASEAN". */
const RANK_AFTER = String.raw`(?=\s+(?:place|position|spot|out\s+of|among|nationwide|in\s+the\s+(?:country|region|world|nation)|in\s+(?:ASEAN|Southeast)))`;
const SPELLED_RANK = new RegExp(String.raw`(?<![\p{L}])(?:${RANK_BEFORE})(${ORDINALS.join('|')})${RANK_AFTER}`, 'giud');
/** Round 55: a verb of ranking right before the ordinal word, nothing needed after it ("it ranks third", "(ranking third)", "rank first in the
 *  world"), or a move's end after a place word ("up 14 places from last year's 76th spot to sixth"). */
const SPELLED_RANK_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${RANK_VERB}|(?:spots?|places?|positions?|notch(?:es)?)\s+to)\s+(?:the\s+)?(${ORDINALS.join('|')})(?![\p{L}])(?!\s+(?:priority|priorities|importance|emphasis|focus|attention))`, 'giud'); // review of round 66: not "places first priority on"
/** Round 71: a standing told by "stands" or "stood" and where ("Hanoi stands second in the index", "stood third among …"). */
const STANDS_RANK = new RegExp(String.raw`(?<![\p{L}])(?:stands|stood|standing)\s+(?:the\s+)?(${ORDINALS.join('|')})(?=\s+(?:in|among|with|behind|after|nationwide)(?![\p{L}]))(?!\s+in\s+(?:the\s+|terms\s+of\s+)?(?:line|queue|order|turn|list|importance|priority|priorities)(?![\p{L}]))`, 'giud'); // not "stood first in line", review: "stands first in the list of priorities", "stood first in importance"
/** A place word right after the ordinal, whatever stands before it ("first position in digital society", "fourth position in …"). */
const SPELLED_PLACE = new RegExp(String.raw`(?<![\p{L}])(${ORDINALS.join('|')})(?=\s+(?:place|position|spot)(?![\p{L}]))`, 'giud');

/** A move by a spelled number of places: "rose four ranks", "climbed two spots", "falling nine places"; round 55: after "up" or "down" of any
 *  verb ("moves up two notches", "edges up by four notches", "moved down one place"); session 47: "leapt two places", "improved by three
 *  places", "decrease by two places", "lost three spots". */
const SPELLED_MOVE = new RegExp(String.raw`(?<![\p{L}])(ros(?:e|en)|rising|climb(?:ed|ing|s)?|jump(?:ed|ing|s)?|advanc(?:ed|ing|es)|leap(?:t|ed|ing|s)?|improv(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|gain(?:ed|ing|s)?|up|fell|fall(?:en|ing|s)?|dropp?(?:ed|ing|s)?|slipp?(?:ed|ing|s)?|slid|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|los(?:e|es|t|ing)|down)\s+(?:by\s+)?(${COUNTS.join('|')})\s+(?:places?|ranks?|spots?|positions?|notches?)(?![\p{L}])`, 'giud');

/** Session 47: a place in a top spelled in words, after what puts something in it ("among the top three in Southeast Asia", "one of the
 *  top five", "reach the global top ten"), as `english-numbers.ts`' `TOP_PLACE_BEFORE` reads "among the top 10": a bound of the rank. */
const SPELLED_TOP = new RegExp(String.raw`${topPlace(false)}\s+(${Object.keys(ENGLISH_NUMBER_WORDS).join('|')})(?![\p{L}-])`, 'giud');
/** Session 47: an ordinal joined to a superlative ("the third-highest funded ecosystem", "the second largest exporter"): a place in a ranking. */
const ORDINAL_SUPERLATIVE = new RegExp(String.raw`(?<![\p{L}])(${ORDINALS.join('|')})(?=[-\s](?:highest|largest|biggest|lowest|fastest|strongest|most|best)(?![\p{L}]))`, 'giud');

/** Where group `group` of match `m` (made with the "d" flag) stands, and its text. */
const word = (m: RegExpMatchArray, group: number) => ({ start: m.indices![group]![0], text: m[group]! });

/** The spelled ranks and rank moves of English sentence `s`, as numbers (a rank: its order; a move: its places, signed). */
export function englishSpelledRanks(s: string): NumberMatch[] {
  const out = new Map<number, NumberMatch>();
  for (const m of [...s.matchAll(SPELLED_RANK), ...s.matchAll(SPELLED_PLACE), ...s.matchAll(SPELLED_RANK_VERB), ...s.matchAll(ORDINAL_SUPERLATIVE), ...s.matchAll(STANDS_RANK)]) {
    const { start, text } = word(m, 1);
    out.set(start, { text, start, end: start + text.length, value: ORDINALS.indexOf(text.toLowerCase()) + 1, unit: 'rank', kind: 'rank' });
  }
  for (const m of s.matchAll(SPELLED_TOP)) {
    const { start, text } = word(m, 1);
    out.set(start, { text, start, end: start + text.length, value: ENGLISH_NUMBER_WORDS[text.toLowerCase()]!, unit: 'rank', kind: 'rank' });
  }
  for (const m of s.matchAll(SPELLED_MOVE)) {
    const { start, text } = word(m, 2);
    const down = /^(?:fell|fall|drop|slip|slid|down|decreas|declin|los)/iu.test(m[1]!);
    const n = ENGLISH_NUMBER_WORDS[text.toLowerCase()]!;
    out.set(start, { text, start, end: start + text.length, value: down ? -n : n, unit: 'rank', kind: 'rank-change', direction: down ? 'down' : 'up' });
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

/** Session 47: an English share spelled in words, up to one hundred ("Sixty percent of …", "forty-five per cent", "one hundred percent"); not
 *  a decimal's tail ("zero point five percent"). */
const TENS_WORDS = Object.keys(ENGLISH_NUMBER_WORDS).filter((w) => ENGLISH_NUMBER_WORDS[w]! >= 20);
export const UNIT_WORDS = Object.keys(ENGLISH_NUMBER_WORDS).filter((w) => ENGLISH_NUMBER_WORDS[w]! < 10);
const SPELLED_SHARE = new RegExp(String.raw`(?<![\p{L}-])(?<!point\s)(one\s+hundred|(?:${TENS_WORDS.join('|')})(?:[-\s](?:${UNIT_WORDS.join('|')}))?|${Object.keys(ENGLISH_NUMBER_WORDS).join('|')})\s+(?:per\s?cent|percent)(?![\p{L}])`, 'giu');
/** The value of a spelled English number up to one hundred ("sixty-five" → 65). */
const wordsValue = (words: string) => (/^one\s+hundred$/iu.test(words) ? 100 : words.toLowerCase().split(/[-\s]/u).reduce((sum, w) => sum + ENGLISH_NUMBER_WORDS[w]!, 0));

/** The shares English sentence `s` spells in words, as percentages; a change's words around one make it a growth ("rose five percent"), a
 *  fall's a negative one (review of round 66). */
export function englishSpelledShares(s: string): NumberMatch[] {
  return [...s.matchAll(SPELLED_SHARE)].map((m) => {
    const [start, end] = [m.index, m.index + m[0].length];
    const direction = englishDirection(s.slice(Math.max(0, start - 160), start).toLowerCase(), s.slice(end, end + 48).toLowerCase(), true);
    const value = wordsValue(m[1]!);
    return { text: m[0], start, end, value: direction === 'down' ? -value : value, unit: 'percent', kind: direction ? 'growth' : 'share', ...(direction ? { direction } : {}) };
  });
}
