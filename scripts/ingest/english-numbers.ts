/**
 * Round 35: numbers as an English page writes them (`english-page.ts`): "," groups thousands and "." is the decimal
 * point ("4,639", "56.8"); "per cent", "percent", "pct" and "%" make a percentage; "thousand", "million", "billion",
 * "trillion" scale a number; "US$", "USD", "$", "VND" and "dong" make an amount, glued or spaced ("VND44,500 billion",
 * "US$207 million"); an ordinal after a rank word is a position ("ranked 11th"); "up/down N places" is a rank move, and (session 50) "a 130-place
 * increase" with a direction; a bare number after "ranked", "ranking of" or "position of" is a position ("a global ranking of 110"); a
 * fall ("down", "decreased by", "lower") makes a change negative. The Vietnamese reading (`numbers.ts`) is kept for
 * every number the English one has nothing to add to. Pure.
 */
import type { Direction, MetricKind, Qualifier, Unit } from '../../src/schemas/metric';
import { findNumbers, type NumberMatch } from './numbers';
import { isAbovePlanCount } from './number-fraction';
import { englishWholeCountWithDots } from './number-grouped';
import { isAssumedChange, isEnglishRuleNorm, isGroupBand } from './english-rule-norms';
import { englishSpelledRanks, englishSpelledShares } from './english-ordinals';
import { withRatioShares } from './english-ratios';
import { MONTH } from './english-dates';
import { joinBetween } from './english-ranges';
import { isInQuotedName } from './number-names';
import { TOP_AS_SUBJECT_AFTER, TOP_REGION, topPlace, isBareEnglishPosition, isEnglishPaddedCount, englishQualifier, FIELD_AFTER, isEnglishClassBar, isEnglishNonFigure, isEnglishRankBefore, isPlaceNumber, isEnglishRateBase, isScaledWholeAfterPart, isStreetNumber } from './english-words';
import { continuesSeries, englishDirection } from './english-direction';
import { isDocumentNumber, isForeignMoney, isRestatedFigure } from './english-not-ours';
import { FRACTION_OF_ONE, PER_HEAD } from './number-context';

/** Round 72: places called points in the sentence ("connecting points", "bridge points", "points of sale"), and the figure's own "points"
 *  placed "at" somewhere ("including 20 points at provincial agencies"), with no score's verb or preposition right before it (review: "scored
 *  85.5 points in the DTI index, and has 3,000 payment points" keeps its score): a count of places. */
const PLACED_AFTER = /^\s+at\s/u;
const SCORE_BEFORE_POINTS = /(?<![\p{L}])(?:scor\p{L}*|gain\p{L}*|ros\p{L}*|rise|rising|up|down|climb\p{L}*|fell|fall\p{L}*|dropp?\p{L}*|increas\p{L}*|decreas\p{L}*|los\p{L}*|achiev\p{L}*|reach\p{L}*|total\p{L}*|of|by|with)\s+(?:(?:about|around|nearly|over|more\s+than|just|only)\s+)?$/iu;
const COUNTED_POINTS = /(?<![\p{L}])(?:(?:connecting|connection|bridge|online|meeting|conference|videoconferencing|access|service|collection|transaction|payment)\s+points|points\s+of\s+(?:sale|presence|service))(?![\p{L}])/iu;

/** Currency before, numeral (English notation; session 47: a decimal comma before a scale word, `DECIMAL_COMMA`), a range's upper end ("10-15%"), ordinal suffix, a "+" before a scale word (round 72: "200+ million"), scale word (capitalised too; or a glued "M", or a dollar amount's glued "m"), unit after (a "-fold" glued by its hyphen). */
const QUANTITY = /(?<![\p{L}\p{N}.,/])(?:(?<cur>US\$|USD|VN[DĐđ]|\$)\s?)?(?<num>\d{1,3},\d{1,2}(?=\s?(?:thousand|million|billion|trillion)(?![\p{L}]))|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![.,]\d)(?:\s?[-–]\s?(?<max>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![.,]\d))?(?<ord>st|nd|rd|th)?(?:\+(?=\s?(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Qq]uadrillion|bn|mln|bln|trln)(?![\p{L}])))?(?:\s?(?<scale>[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Qq]uadrillion|bn|mln|bln|trln)(?![\p{L}])(?:\s(?<scale2>[Bb]illion|[Tt]rillion)(?![\p{L}-]))?|(?<short>M)(?=\s+\p{Ll}|[,.;:)]|$)|(?<=(?:US\$|USD|\$)\s?\d[\d.,]*)(?<cm>m)(?=[\s,.;:)]|$))?(?:-(?<fold>fold)(?![\p{L}])|(?:\s?|-(?=per|place|position|spot|notch|rank))(?<unit>per[\s-]?cent|percent|pct|%|percentage points?|times|USD|VND|dong|places|positions|spots|notches|ranks|rankings|(?<=(?<![\d.,])1\s?|\d-)(?:place|position|spot|notch|ranking|rank)|points?(?!\s+of\s+sale))(?![\p{L}]))?(?![\p{L}\p{N}])/gu;

/** Session 47: a decimal comma before a scale word ("over 69,7 million land parcels"): one to three digits, then one or two (never a thousands group). */
const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/u;
const SCALE_EXPONENT: Record<string, number> = { thousand: 3, million: 6, billion: 9, bn: 9, trillion: 12, quadrillion: 15, mln: 6, bln: 9, trln: 12 }; // round 45: "VNĐ4.24 quadrillion"; round 54: a wire's "$1 bln", "300 mln"
/** How many characters before and after a number its words are read in. */
const WINDOW = 48;

/** One English quantity as written. */
export interface Reading {
  /** Offset of the numeral (a currency sign before it is not part of the figure's text). */
  start: number;
  end: number;
  value: number;
  /** Upper end of a range ("3-5 million USD"). */
  valueMax?: number;
  unit?: Unit;
  kind?: MetricKind;
  ordinal: boolean;
  /** "N places" or "N positions": a rank move when a direction is named. */
  places: boolean;
}

/** The unit and kind a unit word or currency gives a quantity. */
function unitOf(cur: string | undefined, unit: string | undefined): { unit?: Unit; kind?: MetricKind; places?: boolean } {
  const u = unit?.toLowerCase().replace(/[\s-]/g, ''); // session 42: "a 14-percent increase", "5-per-cent"
  if (u === '%' || u === 'percent' || u === 'pct') return { unit: 'percent', kind: 'share' };
  if (u?.startsWith('percentagepoint')) return { unit: 'points', kind: 'growth' };
  if (u === 'times' || u === 'fold') return { unit: 'times', kind: 'multiplier' }; // round 55: "increased 32-fold"
  if (u === 'point' || u === 'points') return { unit: 'points', kind: 'index' }; // a score ("scored 94.6 points"), as "điểm"
  if (u !== undefined && ['place', 'places', 'position', 'positions', 'spot', 'spots', 'notch', 'notches', 'rank', 'ranks', 'ranking', 'rankings'].includes(u)) return { places: true }; // round 51: "a growth of 1 position", "a rise of 17 rankings"; session 50: "a 130-place increase"
  if (/^VN[DĐđ]$/u.test(cur ?? '') || u === 'vnd' || u === 'dong') return { unit: 'VND', kind: 'money' }; // round 45: "VNĐ109.47 trillion"
  if (cur || u === 'usd') return { unit: 'USD', kind: 'money' };
  return {};
}

/** Round 54: a range's low end written short, its thousands left to the high end's ("5-10,000"): a one- to three-digit low end whose thousand
 *  reaches the high end's order of magnitude (5,000 ≤ 10,000 < 50,000; not "1-10,000" nor "50-10,000"). */
function shortLowEnd(low: string, high: string): boolean {
  if (!/^\d{1,3}$/u.test(low) || !/^\d{1,3}(?:,\d{3})+$/u.test(high)) return false;
  const [lo, hi] = [Number(low) * 1000, Number(high.replace(/,/g, ''))];
  return lo <= hi && hi < lo * 10;
}

/** Session 43: a rate of how often right after "N times": "per month", "a day", "each week", "every year" (not "a year ago"). */
const HOW_OFTEN_AFTER = /^\s+(?:per|a|an|each|every)\s+(?:day|week|month|year|quarter)(?![\p{L}])(?!\s+(?:earlier|ago|before|later|on))/iu;
/** Review of round 60: the words that make "N times" a multiple however large ("2,000 times faster", "1,000 times more powerful", "increase
 *  1,000 times", "has dropped 10,000 times"): a comparative after it, a change's verb before it. */
const MULTIPLE_AROUND = {
  before: /(?<![\p{L}])(?:increas|grow|grew|rise|rose|ris|drop|fell|fall|decreas|jump|surg|expand|multipl|climb|soar|shrank|shrink|declin)\p{L}*\s+(?:by\s+)?(?:(?:about|nearly|over|more\s+than|up\s+to|some|almost)\s+)?$/iu,
  after: /^\s*(?:\p{L}+er(?![\p{L}])|more|less|than|as\s|over\s)/iu,
};

/** Every English quantity of `s`. */
function readings(s: string): Reading[] {
  return joinBetween(s, [...s.matchAll(QUANTITY)].map((m) => {
    const g = m.groups!;
    const start = m.index + m[0].indexOf(g.num!, g.cur ? g.cur.length : 0);
    const exp = (g.scale ? SCALE_EXPONENT[g.scale.toLowerCase()]! : g.short || g.cm ? 6 : 0) + (g.scale2 ? SCALE_EXPONENT[g.scale2.toLowerCase()]! : 0); // session 43: stacked scales, a translation's "40 million billion VND" (4e16); session 49: a headline's "$413 Million", a dollar amount's glued "m" ("$783m"); round 55: "50M digital wallets" (a capital M glued on, before a lowercase word: million; not "3M Company")
    const { unit, kind, places } = unitOf(g.cur, g.unit ?? g.fold);
    const scaled = (raw: string) => Number(`${DECIMAL_COMMA.test(raw) ? raw.replace(',', '.') : raw.replace(/,/g, '')}e${exp}`); // session 47: "69,7 million", a decimal comma kept from a Vietnamese source
    const low = g.max && shortLowEnd(g.num!, g.max) ? `${g.num}000` : g.num!; // round 54: "5-10,000 engineers": 5,000 to 10,000
    const changed = MULTIPLE_AROUND.before.test(s.slice(Math.max(0, m.index - 40), m.index)); // "grew 2 times"
    const uses = unit === 'times' && (exp > 0 || scaled(low) >= 1000) && !changed && !MULTIPLE_AROUND.after.test(s.slice(m.index + m[0].length, m.index + m[0].length + 24)); // round 60: "more than 4.79 million times of looking up …", a count of uses (its noun "times"), no multiple
    const often = unit === 'times' && HOW_OFTEN_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 24)) && !changed; // session 43: "scan the code 16.2 times per month", how often, no multiple (not "grew 2 times a year")
    const counted = uses || often || (!!(g.scale || g.short || g.cm) && !unit);
    const dotted = exp === 0 && !unit && !g.max ? englishWholeCountWithDots(g.num!, s.slice(m.index + m[0].length, m.index + m[0].length + 64), s.slice(Math.max(0, start - 48), start)) : undefined; // session 49: "959.022 accounts", a Vietnamese source's thousands
    return { start, end: uses ? m.index + m[0].slice(0, m[0].lastIndexOf(g.unit!)).trimEnd().length : m.index + m[0].length, value: dotted ?? scaled(low), ...(g.max ? { valueMax: scaled(g.max) } : {}), unit: counted ? 'count' : unit, kind: counted ? 'count' : kind, ordinal: !!g.ord, places: !!places };
  }));
}

/** A place's words after a rank or a top: "3rd place", "a top 20 position". */
const POSITION = String.raw`(?:positions?|places?|spots?)`;
const PLACE_AFTER = new RegExp(String.raw`^\s+(?:${POSITION}|(?:globally|worldwide|regionally)(?![\p{L}-])|in\s+(?:asean|southeast\s+asia|south-east\s+asia|asia|the\s+region|the\s+world))(?![\p{L}])`, 'iu'); // round 50: "5th in ASEAN"
/** Round 45: a thousands group written the English way ("113,796"), which the Vietnamese reading takes for a decimal comma. */
const GROUPED = /\d,\d{3}(?!\d)/u;
/** A fraction's whole written the English way right after its part ("/319,284"). */
const ABOVE_PLAN_AFTER = /^\/(\d{1,3}(?:,\d{3})+)(?![\d.,])/u;
/** Round 49: "points" right after a fraction's English whole ("800/1,000 points"): a score out of that whole. */
const POINTS_AFTER_WHOLE = /^\s*points?(?![\p{L}])/u;
/** The value of an English numeral ("124,087" → 124087). */
const englishValue = (text: string) => Number(text.trim().replace(/,/g, ''));

/** Session 25: a place in a top, in English: "one of (the) Top 5", "in/into/among/within the top 10", "reach/join the top 10" (a bound of the rank; "entered the Top 10" is a band, as the corpus reads it). */
const TOP_PLACE = topPlace(true);
const TOP_PLACE_BEFORE = new RegExp(String.raw`${TOP_PLACE}\s*$`, 'iu'); // session 47: "ranking in the global top 30"; round 48: "to reach the top 10 by 2030" (not "entered the Top 10": a band, as the corpus reads it)

/** Session 47: the next top of a list whose first is a place in a top ("among the top three in Southeast Asia and the top 50 globally"). */
const NEXT_PLACE_TOP_BEFORE = new RegExp(String.raw`${TOP_PLACE}\s*[\p{L}\d]+(?![\p{L}\d])[^.;]{0,80}?\s(?:and|or)\s+(?:the\s+)?${TOP_REGION}?top\s*$`, 'iu'); // reviews: not a top that opens a clause ("…, and the top 5 firms account for …", `TOP_AS_SUBJECT_AFTER`)

/** Round 50: a top named as a place ("secure a top 20 position", "Strives for Top 10 Position"), or the next top of such a list ("… position in 2022 and top 10 by 2025"). */
const TOP_BEFORE = /(?<![\p{L}])top\s*$/iu;
const POSITION_AFTER = new RegExp(String.raw`^\s*${POSITION}(?![\p{L}])`, 'iu');
/** Round 50: a bare rank after "ranked as high as", and the next of its respective list ("ranked as high as 3 and 4, respectively"). */
const RANKED_AS_BEFORE = /(?<![\p{L}])rank(?:ed|s)?\s+as\s+(?:high|low)\s+as\s+(?:\d{1,3}(?:st|nd|rd|th)?\s*(?:,|and)\s*)*$/iu;
/** Round 50: the next ordinal of a list of places ("ranked 12th in digital government, 22nd in digital economy and 14th in digital society"). */
const ORDINAL_LIST_BEFORE = /(?<![\p{L}\d])\d{1,3}(?:st|nd|rd|th)\s+(?:in|for|on)\s+(?:[^,;.\d]{1,50}|(?:19|20)\d\d)(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/iu; // round 51: a year's ("ranked 55th in 2022, 62nd in 2021, and 76th in 2020"), "… and the 40th in …"
/** Round 51: a position alone in brackets after a name ("Malaysia (6th), Thailand (7th)"), and the place a move reaches ("a rise of 17 rankings to the 60th"). */
const BRACKETED_ORDINAL = { before: /\(\s*$/u, after: /^\s*\)/u };
const MOVED_TO_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${POSITION}|rank(?:ing)?s?|notches?)\s+to\s+(?:the\s+)?$`, 'iu');
const NEXT_TOP_BEFORE = new RegExp(String.raw`(?<![\p{L}])top\s+\d{1,3}\s+${POSITION}(?![\p{L}])[^.;]{0,80}?\s(?:and|or|to)\s+(?:the\s+)?top\s*$`, 'iu');

/** The match a reading makes in `s`, as `unit` and `kind`; a fall makes its value (and a range's ends) negative. */
function asMatch(s: string, r: Reading, unit: Unit, kind: MetricKind, extra: { total?: number; qualifier?: Qualifier; direction?: Direction }): NumberMatch {
  const { qualifier, ...rest } = extra;
  const [lo, hi] = extra.direction === 'down' ? [-(r.valueMax ?? r.value), r.valueMax === undefined ? undefined : -r.value] : [r.value, r.valueMax]; // a fall of "3-5%" runs from -5 to -3
  return { text: s.slice(r.start, r.end), start: r.start, end: r.end, value: lo, ...(hi !== undefined ? { valueMax: hi } : {}), unit, kind, ...rest, ...(qualifier ? { qualifier } : {}) };
}

/** How far before a number the words of its direction may stand: falls named as the sentence's subject come well before their figures (`englishDirection`). */
const DIRECTION_REACH = 160;

/** What a reading stands for: a match, or null when it is no figure; `viet` is the Vietnamese reading at its numeral. */
function resolve(s: string, r: Reading, viet: NumberMatch | undefined, carried: Direction | undefined): NumberMatch | null {
  const textBefore = (reach: number) => s.slice(Math.max(0, r.start - reach), r.start).replace(/(?:US\$|USD|VN[DĐđ]|\$)\s?$/u, '').toLowerCase();
  const before = textBefore(WINDOW);
  const after = s.slice(r.end, r.end + WINDOW).toLowerCase();
  if (isEnglishClassBar(textBefore(120), after) || isInQuotedName(s, r.start, r.end)) return null; // session 24: "firms with annual revenue of over $1 billion"; session 55: a quoted name's figure, scaled too ("the campaign \"… for 5 million business households …\"")
  if (isEnglishRateBase(before, after, r.value)) return null; // session 43: the base of a rate, "enterprises /1000 people"; session 54: "boys/100 girls"
  if (isGroupBand(s, s.slice(r.end), before, after) || isEnglishRuleNorm(textBefore(120), after, r) || isAssumedChange(before, s.slice(r.end, r.end + 120).toLowerCase())) return null; // session 43: a group's band, "Group A, achieving … 90% or more"; session 49: a rule's bar, rate or fine; session 51: a model's assumed change
  if ((r.unit === 'percent' && OWNERSHIP_AFTER.test(after)) || (r.unit === 'count' && isForeignMoney(s.slice(Math.max(0, r.start - 8), r.start).toLowerCase(), after, true))) return null; // review of round 61: "a 100-percent state-owned group", "a 51 percent stake"; session 51: scaled money of no unit of ours ("45.5 billion yen")
  const qualifier = englishQualifier(before);
  const field = FIELD_AFTER.exec(after);
  if (r.ordinal) return isEnglishRankBefore(before) || field || PLACE_AFTER.test(after) || ORDINAL_LIST_BEFORE.test(textBefore(80)) || (BRACKETED_ORDINAL.before.test(before) && BRACKETED_ORDINAL.after.test(after)) || MOVED_TO_BEFORE.test(before) || isOrdinalInRanking(s, before, after) ? asMatch(s, r, 'rank', 'rank', field ? { total: +field[1]! } : {}) : null; // round 45: "reaching 71st out of 193", "3rd place"
  const direction = englishDirection(textBefore(DIRECTION_REACH), after, r.unit === 'percent' || r.unit === 'points') ?? (MINUS_BEFORE.test(s.slice(Math.max(0, r.start - 4), r.start)) ? 'down' : undefined) ?? carried; // session 43: "(-0.02%)", a fall signed
  if (r.places && ((!direction && /-\p{L}+$/u.test(s.slice(r.start, r.end))) || /^(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?\s/u.test(s.slice(r.start, r.end)))) return null; // session 50: "a 130-place increase" moves, "the 10-place car park" names a size; session 51: "the EBI 2023 rankings", "the 2023-2024 rankings" name an edition
  if (r.places) return asMatch(s, r, 'rank', 'rank-change', direction ? { direction } : {}); // round 48: "an improvement of 1–2 ranks": a step with no word of its direction
  if (r.unit === 'count' && isScaledWholeAfterPart(before)) return null; // round 60: "3 million out of the more than 5.8 million vehicles"
  if (r.unit === 'points' && r.kind === 'index' && COUNTED_POINTS.test(s) && PLACED_AFTER.test(after) && !SCORE_BEFORE_POINTS.test(textBefore(40))) return asMatch(s, r, 'count', 'count', { qualifier, direction }); // round 72: "148 connecting points, including 20 points at provincial agencies"
  if (r.unit && r.kind) return asMatch(s, r, r.unit, (r.kind === 'share' || r.kind === 'index') && direction ? 'growth' : r.kind, { qualifier, direction });
  if (!r.unit && r.valueMax === undefined && (TOP_PLACE_BEFORE.test(before) || (NEXT_PLACE_TOP_BEFORE.test(textBefore(160)) && !TOP_AS_SUBJECT_AFTER.test(after)))) return asMatch(s, r, 'rank', 'rank', {}); // session 25: "one of Top 5 localities"; session 47: "among the top three … and the top 50"
  if (!r.unit && r.valueMax === undefined && ((TOP_BEFORE.test(before) && POSITION_AFTER.test(after)) || NEXT_TOP_BEFORE.test(textBefore(160)) || RANKED_AS_BEFORE.test(before))) return asMatch(s, r, 'rank', 'rank', {}); // round 50: "a top 20 position … and top 10 by 2025"
  if (!r.unit && r.valueMax === undefined && Number.isInteger(r.value) && !/^(?:19|20)\d\d$/u.test(s.slice(r.start, r.end)) && !/[/]/u.test(s.slice(r.end, r.end + 1)) && isBareEnglishPosition(before, after)) return asMatch(s, r, 'rank', 'rank', field ? { total: +field[1]! } : {}); // session 50: "reaching a global ranking of 110"
  const above = viet ? null : ABOVE_PLAN_AFTER.exec(s.slice(r.end)); // round 45: "received 436,167/319,284 records" (the part above its plan)
  if (above && !r.unit && isAbovePlanCount(s.slice(r.start, r.end), englishValue(above[1]!))) return asMatch(s, { ...r, end: r.end + above[0].length }, 'count', 'count', { total: englishValue(above[1]!) });
  const outOf = above && !r.unit ? POINTS_AFTER_WHOLE.exec(s.slice(r.end + above[0].length)) : null; // round 49: "a DTI score of ≥ 800/1,000 points"
  if (above && outOf && r.value <= englishValue(above[1]!)) return asMatch(s, { ...r, end: r.end + above[0].length + outOf[0].length }, 'index', 'index', { total: englishValue(above[1]!), qualifier });
  const paddedRank = !viet && !r.unit && /^0\d$/u.test(s.slice(r.start, r.end)) && isEnglishRankBefore(before) ? /^\/(\d{1,3})(?!\d|[.,]\d)/u.exec(s.slice(r.end)) : null;
  if (paddedRank) return asMatch(s, { ...r, end: r.end + paddedRank[0].length }, 'rank', 'rank', { total: +paddedRank[1]! }); // session 50: "Maintained rank 04/34"
  if (!viet) return !r.unit && r.valueMax === undefined && isEnglishPaddedCount(s.slice(r.start, r.end), before, after) ? asMatch(s, r, 'count', 'count', { qualifier, direction }) : null; // session 47: "07 district-level units"
  if (viet.total !== undefined && GROUPED.test(viet.text)) viet = { ...viet, value: r.value, total: englishValue(viet.text.split('/')[1] ?? '') }; // round 45: "113,796/124,087 records"
  if (viet.valueMax !== undefined && r.valueMax !== undefined && viet.unit === 'count' && !r.unit) viet = { ...viet, value: r.value, valueMax: r.valueMax }; // round 54: "60,000 - 70,000 people", read with decimal commas as 60 to 70
  if (viet.unit !== 'count') return viet;
  if (isEnglishNonFigure(before, after, r.value) || isDocumentNumber(s.slice(Math.max(0, r.start - 16), r.start)) || isStreetNumber(before, s.slice(r.end, r.end + WINDOW)) || isPlaceNumber(s.slice(Math.max(0, r.start - 12), r.start), r.value)) return null; // round 63: a street's number; round 64: a district's or a highway's
  if (viet.valueMax !== undefined) return viet; // session 49: a range read as no figure above ("10 - 140 seconds") first
  if ((SCORE_BEFORE.test(before) || POINTS_AFTER_NEXT.test(after)) && !direction) return { ...viet, unit: 'points', kind: 'index' };
  if (SCORE_AFTER.test(s.slice(Math.max(r.end, viet.end), Math.max(r.end, viet.end) + 24).toLowerCase()) && !direction) return { ...viet, unit: 'index', kind: 'index' }; // round 55: "a 19.74 score", "have 100/100 scores", "(51.82 out of 100)"
  if (viet.total === undefined && RANK_NOUN_BEFORE.test(before)) return asMatch(s, r, 'rank', 'rank', {}); // round 55: "from position 41 to 40", "to rank 71"
  if (viet.total !== undefined) return isEnglishRankBefore(before) ? { ...viet, unit: 'rank', kind: 'rank' } : viet;
  if (field && isEnglishRankBefore(before)) return asMatch(s, r, 'rank', 'rank', { total: +field[1]! }); // round 49: "ranks 76 out of 193 countries"
  if (!direction && FRACTION_OF_ONE.test(s.slice(r.start, r.end)) && NOTHING_COUNTED_AFTER.test(after) && !PER_HEAD.test(textBefore(160))) return asMatch(s, r, 'index', 'index', { qualifier }); // session 43: "former Da Nang reached 0.8335 and ranked 2nd" (not "… per 1,000 people was 0.677")
  return { ...asMatch(s, r, 'count', 'count', { qualifier, direction }), ...(viet.end > r.end ? { end: viet.end, text: viet.text } : {}) };
}

/** Session 43: a minus sign right before a figure, after a bracket or a word and a space ("(-1.60%)", "growth was -0.5%"): a fall; not a
 *  range's dash ("10-15%") nor a list's bullet at a paragraph's start or after a colon ("Key results: -80% of adults …"). */
const MINUS_BEFORE = /(?:\(|(?<=[\p{L}\p{N}]\s))[-−]$/u;

/** Session 43: what may follow a score written as a fraction of one (number-context.ts' `FRACTION_OF_ONE`) on an English page: no count is a fraction of one. */
const NOTHING_COUNTED_AFTER = /^\s*(?:[,.;:)(]|$|(?:and|in|up|down|from|to|compared|while|with|points?)(?![\p{L}]))/iu;

/** Review of round 61: a share of ownership right after a percentage ("a 100-percent state-owned group", "20-percent-owned", "a 51
 *  percent stake", "its 30 percent owner"): who owns a firm, no figure of the digital economy. */
const OWNERSHIP_AFTER = /^[\s-]*(?:(?:state|foreign|privately|wholly|fully|majority|jointly)[\s-]+)?(?:owned|owner|ownership|stake|shareholding)(?![\p{L}])/u;

/** Round 48: the points the next figure of a pair is given ("with 10.6 and 10.2 points, respectively"): this one's too. */
const POINTS_AFTER_NEXT = /^\s*(?:,\s*(?:and\s+)?|and\s+)\d+(?:\.\d+)?\s+points?(?![\p{L}])/u;
/** Round 48: a score named right before a bare number ("achieved a score of 58.86 out of 100", "scored 7.5", "the delivery points reached
 *  7.7/12"): points of an index, as "điểm". */
const SCORE_BEFORE = /(?<![\p{L}])(?:scores?|scored|scoring|points)(?:\s+(?:of|at|was|were|is|reached|reaching|stood\s+at))?\s*$/u;

/** Round 55: a rank named by its noun right before the bare number ("from position 41", "at rank 71"), or the end of such a move ("position 41 to 40"). */
const RANK_NOUN_BEFORE = /(?<![\p{L}])(?:position|rank|ranking)(?:\s+\d{1,3}\s+to)?\s*$/u;

/** Round 55: a score named right after its figure ("a 19.74 score", "have 100/100 scores") or its scale ("51.82 out of 100"). */
const SCORE_AFTER = /^\s*(?:scores?(?![\p{L}])|out\s+of\s+100(?!\d|[.,]\d))/u;

/** Round 55: a sentence about a ranking ("ranks", "position", "places", "notches", "index"): an ordinal in it is a place in that ranking
 *  ("from 59th to 57th", "10th among the 17", "compared to 60th in 2021"), unless a name's ordinal (`ORDINAL_NAME_AFTER`: "the 13th National
 *  Party Congress", "the 21st century", "for the 5th consecutive year"), one after "the" ("the 4th Industrial Revolution") or a day after a
 *  month ("September 17th"; `english-dates.ts`' MONTH). */
const RANKING_WORDS = /(?<![\p{L}])(?:rank(?:s|ed|ing|ings)?|positions?|(?<!(?:took|take|takes|taking|taken)\s+)places?|placed|spots?|notch(?:es)?|ind(?:ex|ices)|sub-ind(?:ex|ices))(?![\p{L}])/iu;
const ORDINAL_NAME_AFTER = /^\s+(?:century|centuries|anniversary|congress|national|party|plenum|plenary|session|meeting|edition|time|times|industrial|five-year|annual|consecutive|straight|year|day|month|week|floor|birthday|round|conference|summit|forum|tier|generation|grade|largest|biggest|highest|lowest)(?![\p{L}])/iu;
const MONTH_NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}])${MONTH}\s*$`, 'iu');

/** True when the ordinal between `before` and `after` (lowercase) stands in a sentence `s` about a ranking and is no name's nor a day's. */
function isOrdinalInRanking(s: string, before: string, after: string): boolean {
  return RANKING_WORDS.test(s) && !ORDINAL_NAME_AFTER.test(after) && !MONTH_NAME_BEFORE.test(before) && !/(?<![\p{L}])the\s*$/u.test(before);
}

/** Session 25: "up" or "down" right before a bare number ("ranked 19th among 63 provinces, up 3"). */
const MOVE_WORD_BEFORE = /(?<![\p{L}])(up|down)\s+$/iu;

/** A bare count right after "up"/"down" in a sentence that gave a position before it: the position's move (`rank-change`), not a count. */
function rankMoveAfterRank(s: string, m: NumberMatch | null, before: readonly NumberMatch[]): NumberMatch | null {
  if (!m || m.unit !== 'count' || m.kind !== 'count' || m.valueMax !== undefined || !before.some((x) => x.kind === 'rank')) return m;
  const move = MOVE_WORD_BEFORE.exec(s.slice(Math.max(0, m.start - 8), m.start))?.[1]?.toLowerCase();
  if (!move) return m;
  const direction = move === 'up' ? 'up' as const : 'down' as const;
  return { ...m, unit: 'rank', kind: 'rank-change', direction, value: direction === 'down' ? -Math.abs(m.value) : Math.abs(m.value) };
}

/**
 * Round 45: a fraction listed right after a position of the same field ("ranks 17/63 in digital government, 17/63 in digital economy,
 * and 15/63 in digital society"): one more position, not a count.
 */
function rankListItem(s: string, m: NumberMatch | null, previous: NumberMatch | undefined): NumberMatch | null {
  if (!m || m.unit !== 'count' || m.total === undefined || previous?.kind !== 'rank' || previous.total !== m.total) return m;
  const between = s.slice(previous.end, m.start);
  return between.length <= 60 && !/[\d.;]/u.test(between) && /(?:,|\band)\s*$/iu.test(between) ? { ...m, unit: 'rank', kind: 'rank' } : m;
}

/** The start of the field a position names after it ("ranked 6th out of 63": the 63), or -1. */
function fieldStart(s: string, m: NumberMatch): number {
  if (m.unit !== 'rank' || m.kind !== 'rank') return -1;
  const field = FIELD_AFTER.exec(s.slice(m.end, m.end + WINDOW));
  return field ? m.end + field[0].length - field[1]!.length : -1;
}

/**
 * The numbers of an English sentence `s`: the English readings, and the Vietnamese ones (`found`, from `findNumbers`)
 * no English reading covers. A plain number the Vietnamese reading skipped (a year, a date) stays skipped.
 */
function readEnglishNumbers(s: string, found: readonly NumberMatch[]): NumberMatch[] {
  const out: NumberMatch[] = [];
  const covered = new Set<NumberMatch>();
  let last: NumberMatch | undefined;
  for (const r of readings(s)) {
    const viet = found.find((m) => m.start >= r.start && m.start < r.end);
    for (const m of found) if (m.start >= r.start && m.start < r.end) covered.add(m);
    const carried = last?.direction && last.unit !== 'rank' && continuesSeries(s.slice(last.end, r.start).toLowerCase()) ? last.direction : undefined;
    const m = rankListItem(s, rankMoveAfterRank(s, resolve(s, r, viet, carried), out), out.at(-1));
    if (m && isRestatedFigure(s.slice(Math.max(0, m.start - 40), m.start).toLowerCase(), m, out.at(-1))) continue; // session 53: "…, which means 8 billion digital signatures"
    if (m) out.push(m);
    last = m ?? last;
  }
  const perHead = (m: NumberMatch) => isEnglishRateBase(s.slice(Math.max(0, m.start - 8), m.start).toLowerCase(), s.slice(m.end, m.end + 24).toLowerCase(), englishValue(m.text)); // "/1000 people", "boys/100 girls", "girls/1,000 boys" (its value read the English way), read only the Vietnamese way
  const all = [...out, ...found.filter((m) => !covered.has(m) && !perHead(m))].sort((a, b) => a.start - b.start);
  const fields = new Set(all.map((m) => fieldStart(s, m)));
  return all.filter((m) => !fields.has(m.start));
}

/** The numbers of sentence `s`: read the English way on an English page (`english`; ranks spelled in words too, `english-ordinals.ts`), else as `findNumbers` reads them. */
export function sentenceNumbers(s: string, english: boolean): NumberMatch[] {
  const found = findNumbers(s);
  if (!english) return found;
  const read = withRatioShares(s, readEnglishNumbers(s, found)); // session 48: "Nine out of 10" a share
  const spelled = [...englishSpelledRanks(s), ...englishSpelledShares(s).filter((m) => !OWNERSHIP_AFTER.test(s.slice(m.end, m.end + 48).toLowerCase()))].filter((w) => !read.some((m) => m.start < w.end && w.start < m.end)); // round 53: "ranked second", "rose four ranks"; session 47: "Sixty percent"
  return [...read, ...spelled].sort((a, b) => a.start - b.start);
}
