/**
 * The not-claim tests that read a figure's context, asked once for every quantity however it is written: in digits
 * (`numbers.ts` `scanAt`) or spelled in words (`number-spelled.ts`: "không quá một triệu đồng", "mười lăm xã").
 * Session 54: the spelled path had skipped all of them but one (a rule's money bound, round 73). Pure.
 */
import { isAnecdoteNumber, isSceneCount } from './anecdote';
import { isNoClaim } from './definitions';
import { isPassedMilestone } from './milestone';
import { isBandBound, isCountThreshold, isGradeBandBound, isRestatedShare, isSharePointedBack, isStreakBar } from './not-claims';
import { isPerUnitIllustration } from './per-unit';
import { isRuleNorm } from './rule-norms';
import { isScaleBound } from './structure';

/** A quantity as the not-claim tests read it: where it stands in the sentence and what it is. */
export interface QuantityAt {
  /** Where its number starts and where the quantity (with its unit) ends. */
  p: number;
  end: number;
  /** The number as written: its digits alone ("1.200" of "1.200 tỷ đồng"), or its words with their scale word ("một triệu"). */
  raw: string;
  /** Where the number's reading ends: for digits after its scale word and unit as `readQuantity` reads them, for words before the unit. */
  numberEnd: number;
  value: number;
  /** Its unit's tag (`number-words.ts` `UNITS`), none for a count. */
  tag: string | undefined;
  /** It has a scale word ("triệu", "nghìn"). */
  scaled: boolean;
  /** No scale word and no range: a number as it stands. */
  plain: boolean;
}

/**
 * True when the context makes the quantity `q` of `s` no claim: a definition, a scale's level, a name (`isNoClaim`), a
 * quoted tale's amount, a scene's count, a scale's bound, a band's bound, a share told again or pointed back to, a streak's
 * bar, a class's threshold, a rule's norm, a ratio restated per a round base, a milestone passed.
 */
export function isContextNoClaim(s: string, q: QuantityAt): boolean {
  const { p, end, raw, value, tag } = q;
  if (isNoClaim(s, p, end, raw, tag, q.plain) || (tag === 'VND' && isAnecdoteNumber(s, p)) || (!tag && isSceneCount(s, p, end))) return true;
  if (!tag && !q.scaled && isScaleBound(s.slice(Math.max(0, p - 48), p).toLowerCase(), s.slice(q.numberEnd, q.numberEnd + 24).toLowerCase())) return true;
  if (tag === 'percent' && (isBandBound(s, p) || isGradeBandBound(s, p) || isRestatedShare(s, p, raw) || isStreakBar(s, p) || isSharePointedBack(s, p, end))) return true;
  return isCountThreshold(s, p) || isRuleNorm(s, p, tag) || isPerUnitIllustration(s, p, end, raw) || isPassedMilestone(s, p, end, value, tag);
}
