/**
 * Round 58: an English growth rate whose sentence names no series of its own ("The ministry anticipates third-quarter growth will hit
 * 27.67 per cent", "July growth climbed to 25 per cent", "figures from the first eight months show growth of 25–27 per cent"): the growth
 * the article's headline and lead are about; not "the government expects growth of 8%" or "In 2024, growth reached 7.09%, … inflation": a
 * bare growth after a forecast's verb or a clause break, or beside the whole economy's words, is the economy's. Pure.
 */
import type { IndicatorQuery } from './indicator-context';
import { MONTH_NAMES } from './english-dates';

const MONTHS = MONTH_NAMES.toLowerCase();
/** What may stand right before a growth that is no field's: a determiner, a period, an adjective of the rate, or a verb that reports it. */
const BARE_MODIFIER = new RegExp(String.raw`(?:^|[\s(,])(?:the|its|this|that|average|annual|actual|overall|monthly|quarterly|yearly|year-on-year|on-year|strong|robust|rapid|fast|high|higher|record|double-digit|(?:first|second|third|fourth|final|last)-(?:quarter|half)|q[1-4]|h[12]|${MONTHS}|show(?:s|ed)?|saw|see|sees|record(?:s|ed)?|post(?:s|ed)?|achiev(?:e|es|ed)|maintain(?:s|ed)?|report(?:s|ed)?|anticipates?)\s+$`, 'u');
/** "growth" before the number in its clause, with no figure, ";" or ":" between: its text before. */
const GROWTH_BEFORE = /(?<![\p{L}-])growth(?![\p{L}])[^\d%;:]*$/u;

/** The whole economy's words in the sentence ("for the economy as a whole", "GDP", "inflation"): a bare "growth" there is the economy's. */
const WHOLE_ECONOMY = /(?<![\p{L}])(?:(?<!digital\s)economy|gdp|grdp|inflation|nationwide)(?![\p{L}])/u;

/** Whether the number is a bare English growth rate: a growth in percent whose clause says "growth" before it, with a period, an adjective of the
 *  rate or a reporting verb right before that word (no field, no clause break), in a sentence that does not speak of the whole economy. */
export function isBareGrowth(q: Pick<IndicatorQuery, 'unit' | 'kind' | 'clause' | 'at' | 'english' | 'sentence'>): boolean {
  if (!q.english || q.unit !== 'percent' || q.kind !== 'growth' || WHOLE_ECONOMY.test(q.sentence)) return false;
  const before = q.clause.slice(0, q.at);
  const g = GROWTH_BEFORE.exec(before);
  return !!g && (g.index === 0 || BARE_MODIFIER.test(before.slice(0, g.index)));
}
