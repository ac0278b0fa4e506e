/**
 * Session 40: the start of a move an English page spells out, "from X (in 2022) to Y": "grew from $16.4 billion in 2022 to $20.5 billion
 * in 2023", "rose from 28 percent in 2021 to 51.5 percent", "moved from 59th to 57th", "increased from 1,280 to 1,500 firms". The start is
 * the value the move began at, a baseline of the figure it ends on; as `baseline-value.ts`' "từ X lên Y" on a Vietnamese page. A range ("from
 * 10 to 15 per cent", "high growth rates, from 45% to 55%"), a revision ("adjusted from 19 to 20 per cent") and a goal's move ("aims to raise …
 * from 16.25% in 2024 to 30% by 2030": its start is where things stand) are not. Pure; text is compared lowercase.
 */
import type { NumberMatch } from './numbers';

/** "from" right before the figure, with the words a start may carry: "from the", "from about", "from position", "from last year's", a currency sign. */
const FROM_BEFORE = /(?<![\p{L}])from\s+(?:(?:the|a|an|about|around|nearly|almost|over|some|just|only|approximately|roughly|more\s+than|less\s+than|under|position|place|its|their|last\s+year['’]s)\s+)*(?:us\s*\$|\$|usd\s*|vnd\s*)?$/u;

/** What may stand between the start and "to": its own date and words ("in 2022", "in H1/2022", "last year", "place", "in the previous
 *  edition"), no figure but a year, no clause break. */
const TO_AFTER = /^[^.;:!?\d]{0,48}?(?<![\p{L}])to\s+(?:(?:the|a|an|about|around|nearly|almost|over|some|just|only|approximately|roughly|more\s+than|less\s+than|position|place|its|their)\s+)*(?:us\s*\$|\$|usd\s*|vnd\s*)?$/u;

/** A verb or noun of movement in the clause before "from" ("grew", "rose", "moved up three places", "an increase"): a move, not a range
 *  ("high growth rates, from 45% to 55%") nor a revision ("growth was adjusted from 19 per cent to 20 per cent"). */
const MOVED_BEFORE = /(?<![\p{L}])(?:ris(?:e|es|en|ing)|rose|gr(?:ew|own|ow|ows|owing)|increas(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|mov(?:ed|es|ing)|improv(?:ed|es|ing)|went|fell|fall(?:en|s|ing)?|dropp?(?:ed|s|ing)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|slipp?(?:ed|s|ing)?|slid|surg(?:e|ed|es|ing)|soar(?:ed|s|ing)?|expand(?:ed|s|ing)?|shr(?:ank|unk|inks?|inking)|advanc(?:ed|es|ing)|edg(?:ed|es|ing)|leap(?:t|ed|s)?|up|down)(?![\p{L}])[^,;:.]{0,60}$/u;
/** A goal's words before the move ("aims to raise … from 16.25% in 2024 to 30% by 2030", "plans to", "will"): its start is where things stand. */
const GOAL_BEFORE = /(?<![\p{L}])(?:aims?|aiming|targets?|targeting|plans?|planning|strives?|striving|seeks?|seeking|expects?|expected|will|would|hopes?|set\s+to|is\s+to|are\s+to)(?![\p{L}])/u;

/** Years, halves and quarters written with digits, as letters, so `TO_AFTER` reads over them ("in 2022", "in h1/2022", "q3/2023"). */
const DATE_DIGITS = /(?<![\d.,])(?:(?:h|q)[1-4]\s*\/\s*)?(?:19|20)\d\d(?![\d.,])/gu;

/**
 * True when the figure `n` of English sentence `s` starts a move to the next figure `next` ("from $16.4 billion in 2022 to $20.5 billion"):
 * "from" right before it, "to" right before the next with nothing but a date and words between, and the two of one unit (not a range).
 */
export function isEnglishMoveStart(s: string, n: Pick<NumberMatch, 'start' | 'end' | 'unit'>, next: Pick<NumberMatch, 'start' | 'unit'> | undefined): boolean {
  if (!next || next.unit !== n.unit) return false;
  const lower = s.toLowerCase();
  if (!FROM_BEFORE.test(lower.slice(Math.max(0, n.start - 40), n.start))) return false;
  const clause = lower.slice(0, n.start).split(/[;:.!?]\s/u).at(-1)!.replace(/from\s[^,;]*$/u, '');
  if (!MOVED_BEFORE.test(clause) || GOAL_BEFORE.test(clause)) return false;
  return TO_AFTER.test(lower.slice(n.end, next.start).replace(DATE_DIGITS, (y) => 'y'.repeat(y.length)));
}
