/**
 * Round 35: the English words around a number on an English page (`english-page.ts`) — its qualifier ("nearly", "about", "more than"), the rank word before an
 * ordinal ("ranked 11th") and the words that make a number no figure ("Resolution 17", "level 4", "the first 5 months").
 * Each test reads the lowercased text right before or after the number. Pure.
 */
import { isAttendance, isForeignMoney } from './english-not-ours';
import type { Qualifier } from '../../src/schemas/metric';
import { isDayMonth } from './number-days';

/** English number words below a hundred and their values ("six" → 6, "twenty" → 20): months counted ("the first five months") and quantities spelled with a scale word ("six million"). */
export const ENGLISH_NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ').map((w, i) => [w, i + 1]),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, 20 + 10 * i]),
]);

/** Session 47: the region or scope a top may name between "the" and "top" ("the global top 30", "the world's top 50", "the ASEAN top five"). */
export const TOP_REGION = String.raw`(?:(?:global|world|world['’]s|regional|national|asean|southeast\s+asian?|asian?)\s+)`;
/** A top after what puts something in it, up to "top": "one of the top", "among the global top", "reach the top" (session 25's words, shared
 *  by digits and spelled numbers in session 47); `withIn`: "in the top" too (digits only: "Also in the top ten" names a band in words). */
/** Second review of round 66: a top that opens a clause of its own, a verb after its noun ("…, and the top 5 firms account for 70 percent"). */
export const TOP_AS_SUBJECT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}(?:account|accounts|accounted|are|were|have|has|had|hold|holds|held|make|makes|made|control|controls|controlled|take|takes|took|earn|earns|earned)(?![\p{L}])/iu;
export const topPlace = (withIn: boolean) => String.raw`(?<![\p{L}])(?:one\s+of|${withIn ? 'in|' : ''}into|among|within|reach(?:es|ed|ing)?|join(?:s|ed|ing)?)\s+(?:the\s+)?${TOP_REGION}?top`;

/** Ordinal words, first to tenth (their index + 1 is their order): quarters and halves (`english-dates.ts`), ranks (`english-ordinals.ts`). */
export const ENGLISH_ORDINAL_WORDS: readonly string[] = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']; // round 63: to twentieth ("Digital Institutions ranked sixteenth")

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:nearly|almost|close to)\s*$/u, 'nearly'],
  [/(?:about|around|approximately|roughly|some|an estimated)\s*$/u, 'approx'],
  [/(?:over|more than|above|exceeding)\s*$/u, 'over'],
  [/(?:under|less than|below|fewer than)\s*$/u, 'under'],
  [/at least\s*$/u, 'at-least'],
  [/(?:up to|at most)\s*$/u, 'at-most'],
];

/** The qualifier the words right before a number give it ("nearly 4,000" → nearly), or undefined. */
export function englishQualifier(before: string): Qualifier | undefined {
  const tail = ` ${before.slice(-24)}`;
  return QUALIFIERS.find(([re]) => new RegExp(`(?<![\\p{L}])${re.source}`, 'u').test(tail))?.[1];
}

/** A rank word a few words before a position: "ranked 11th", "ranking 6th", "is ranked 76/193", "placed 3rd", "stood at 5th". */
const RANK_BEFORE = /(?<![\p{L}])(?:rank(?:ed|ing|s)?|ranking\s+of|placed|place|position(?:ed)?|stood|stands|came|(?:places|puts|placing|putting|put)\s+(?:it|them|vietnam|the\s+country|the\s+province)|position\s+of)(?:\s+(?:at|in|as|the|only|just|still|now|no\.?))*\s*$/u; // round 51: "which places it 4th among …", "to the position of 43/312"

/** True when a rank word stands right before the position. */
export function isEnglishRankBefore(before: string): boolean {
  return RANK_BEFORE.test(before);
}

/** Session 50: what may follow a position written as a bare number ("ranked 110 in the world", "a global ranking of 110 – its highest"):
 *  the clause's end or a word of where or when, not a noun counted ("ranking 2,000 firms"). */
const BARE_POSITION_AFTER = /^\s*(?:[,.;:)–—]|-\s|$|(?:in|out|of|among|globally|worldwide|overall|and|on|at|this|last|after|from|while|with)(?![\p{L}]))/u;

/** Round 71 review: the verbs a rank's "No." follows without a rank word ("came No. 2", "was No. 1 in"): `BARE_RANK_BEFORE` reads the number
 *  after them as a position, `LABEL_WORD` does not take their "No." for a label. */
const NO_RANK_VERB = String.raw`(?:came|stands|stood|is|was|are|were|remains|remained)`;

/** Session 50: the rank words a bare position may follow ("was ranked 110", "a global ranking of 110", "placed 12"); review: not "stood at 74,000",
 *  "came in at 3,800", which state levels. */
const BARE_RANK_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?:rank(?:ed|ing|s)?|ranking\s+of|position\s+of|placed|placing)(?:\s+(?:at|the|only|just|still|now|no\.?))*|${NO_RANK_VERB}(?:\s+(?:still|now|again|only))?\s+no\.)\s*$`, 'u'); // round 71 review: "came No. 2", "was No. 1 in"

/** Session 50: true when a bare number after a rank word (`BARE_RANK_BEFORE`) is a position: nothing counted after it. */
export function isBareEnglishPosition(before: string, after: string): boolean {
  return BARE_RANK_BEFORE.test(before) && BARE_POSITION_AFTER.test(after);
}

/** A ranked field right after a position: "out of 63 provinces", "of 193 countries", "among 193 countries". */
export const FIELD_AFTER = /^\s+(?:(?:out\s+)?of|among)\s+(\d+)(?![\d.,])/u;

/** A name, label or setting before a number: "Resolution 17", "level 4", "level 3 and 4", "version 6", "No. 5", "Article 3", "Ward 4" (round 71: not a
 *  rank's "ranked No. 1 in", "was No. 1 in"; a document's capitalised name, "Plan 377", is english-not-ours.ts' `isDocumentNumber`). */
const LABEL_WORD = String.raw`(?<![\p{L}])(?:resolution|decree|decision|circular|directive|law|article|clause|chapter|level|levels|version|(?<!(?:rank(?:s|ed|ing)?|placed|${NO_RANK_VERB})\s+)no\.|phase|ward|neighbou?rhood|hamlet|residential\s+group|lane|alley)`; // round 48: a place's number ("Ward 4", "neighborhood 4")
const LABEL_BEFORE = new RegExp(String.raw`${LABEL_WORD}\s*$`, 'u');
/** The nouns of a named group or grade ("Group 1", "Category B", "tier 2", "band A", "type 3"). */
export const GROUP_NOUN = String.raw`(?:group|category|tier|band|type)`;
/** Session 49: a group's or a category's number as its name, then what it holds ("\"Group 1\" includes land plots", "Category 2: …"). */
const GROUP_LABEL = { before: new RegExp(String.raw`(?<![\p{L}])${GROUP_NOUN}\s*$`, 'u'), after: /^["”’)]?\s*(?:[:"”)]|(?:includes?|consists?|comprises?|covers?|contains?)(?![\p{L}]))/u };
/** Session 50: a numbered region of a body, then its branch or office ("State Bank of Vietnam, Region 8 branch"): a name. */
const REGION_BRANCH = { before: /(?<![\p{L}])region\s*$/u, after: /^\s*(?:branch|branches|office|offices|department)(?![\p{L}])/u };
/** Round 48: the last of a list of labels ("level 3 and 4."), the list closing right after it (not "level 3 and 1,051 services"). */
const LABEL_LIST = { before: new RegExp(String.raw`${LABEL_WORD}\s*(?:\d{1,2}\s*(?:,|and|or|-)\s*)+$`, 'u'), after: /^\s*(?:[.,;)]|$)/u };
/** A span of time after a number: "the first 5 months", "4 years", "two days", "the next 10-year period" (session 25). */
const SPAN_AFTER = /^(?:\s+|\s?-\s?)(?:(?:working|business|calendar)\s+)?(?:months?|years?|weeks?|days?|hours?|minutes?|seconds?|quarters?|decades?)(?![\p{L}])/u; // round 60: "3 working days"; session 49: minutes and seconds ("Reading Time: 5 minutes", "checked in 20 minutes": no unit of the schema)
/** A survey's sample size: "1,200 respondents", "800 people surveyed". */
const SAMPLE_AFTER = /^\s+(?:respondents|interviewees|(?:people|persons|households|firms|businesses)\s+(?:surveyed|interviewed|polled))(?![\p{L}])/u;
/** A rate's base: "per 100 people", "for each 1,000 residents"; "over" only before a round base, after the rate's figure or a rate's noun
 *  ("7 digital technology enterprises over 1,000 people", "The ratio of doctors over 10,000 population"; round 64: not "has over 2,800 people"
 *  nor "attracted over 1,000 people", counts with their floor). */
const RATE_BASE = /(?<![\p{L}])(?:per|every|for each)\s*$/u;
const OVER_BASE = /(?:\d(?:\s+[\p{L}-]+){0,7}|(?<![\p{L}])(?:ratio|rate|density|number)(?![\p{L}])[^.;]{0,80}?)\s+over\s*$/u;
const ROUND_BASES: ReadonlySet<number> = new Set([100, 1000, 10000, 100000]);

/** Session 43: "per" or "/" right before a rate's base. */
const PER_OR_SLASH = /(?:\/|(?<![\p{L}])per)\s*$/u;
const PEOPLE_AFTER = /^\s+(?:people|persons|inhabitants|residents|population|capita)(?![\p{L}])/u;

/** Session 43: the base of a rate per head ("/1,000 people", "per 1000 residents"): `before` ends on its "per" or "/", `after` opens on its people. */
function isRateBaseOfPeople(before: string, after: string): boolean {
  return PER_OR_SLASH.test(before) && PEOPLE_AFTER.test(after);
}

/** Session 54: a ratio's round base after a slash glued to its part's noun, then its own noun ("104–106 boys/100 girls"). */
const SLASH_BASE = { before: /\p{L}\/\s*$/u, after: /^\s+\p{L}/u, spacedBefore: /\p{L}\s\/\s*$/u, spacedAfter: /^\s+(?:girls|boys|women|men|females|males|adults)(?![\p{L}])/u }; // review: "112 boys / 100 girls" too (or before `PEOPLE_AFTER`), not "9,500 dossiers / 10,000 received"

/** True when the number of `value` is the base of a rate: per head (`isRateBaseOfPeople`) or a round base after a slash (`SLASH_BASE`); `before`, `after` lowercase. */
export function isEnglishRateBase(before: string, after: string, value: number): boolean {
  return isRateBaseOfPeople(before, after) || (ROUND_BASES.has(value) && ((SLASH_BASE.before.test(before) && SLASH_BASE.after.test(after)) || (SLASH_BASE.spacedBefore.test(before) && (SLASH_BASE.spacedAfter.test(after) || PEOPLE_AFTER.test(after)))));
}

/** A month's name, lowercase, full or short ("january", "sept"): the months a lowercase text names (`MONTH_BEFORE`, `PADDED_NOT_COUNTED`). */
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** A month's name before a day: "February 12", "on May 30". */
const MONTH_BEFORE = new RegExp(String.raw`(?<![\p{L}])${MONTH_NAME}\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|until|till)\s*)?$`, 'u'); // round 50: the end of "July 1 to 23" too
/** Session 55: the second day of a month's pair ("(October 6 and 7)", "on June 6 and 7, 2024"), closed by a bracket, a comma, a semicolon, a full
 *  stop or the text's end: no count after it ("On June 6 and 7 people came" counts). */
const DAY_PAIR = { before: new RegExp(String.raw`(?<![\p{L}])${MONTH_NAME}\.?\s*\d{1,2}(?:st|nd|rd|th)?\s*(?:and|&)\s*$`, 'u'), after: /^(?:st|nd|rd|th)?\s*(?:[),;]|$|\.(?!\d))/u };

/** Session 24: a bar that defines a class, not a value reached ("ten technology firms with annual revenue of over $1 billion",
 *  "eight product groups with a turnover of over US $10 billion", "localities with revenues of over US$1 billion from ICT"). */
const CLASS_BAR_BEFORE = /(?<![\p{L}])(?:firms|companies|enterprises|businesses|localities|provinces|groups|products|platforms|banks|markets)\s+(?:that\s+\w+\s+|with\s+)(?:an?\s+)?(?:annual\s+|yearly\s+)?(?:revenues?|turnover|export\s+(?:value|turnover|revenue)|sales|users)\s+(?:of\s+)?(?:over|more\s+than|above|at\s+least|exceeding)\s*(?:us\s*\$?|usd|vnd|\$)?\s*$/u;
/** A count of digits or characters: "a 12-digit number". */
const DIGITS_AFTER = /^-?\s*(?:digits?|characters?)(?![\p{L}])/u;
/** Session 43: an area or a power unit right after the number ("nearly 4 hectares", "23,000 square metres", "a 12,400-square-metre site",
 *  "140 MW"; session 48: a length or a mass written after it with a hyphen or a space, "the 9,400-km ADC", "93,000 tons"): a measure the schema
 *  has no unit for, no figure of ours. */
const UNCHARTED_MEASURE_AFTER = /^-?\s*(?:hectares?|ha|square[\s-]+(?:metres?|meters?|kilometres?|kilometers?)|sq\.?\s*m|m2|km2|km²|m²|mw|kw|gw|megawatts?|kilowatts?|km|kilomet(?:re|er)s?|tons?|tonnes?)(?![\p{L}])/iu; // session 48: a length or a mass ("the 9,400-km ADC", "93,000 tons of postal items/day"; a speed, "10 Gbps", is number-words.ts' TECH_UNIT's)
/** Session 43: a whole divided into parts ("are divided into 2 groups", "split into three phases"): the number of parts. */
const DIVIDED_INTO_BEFORE = /(?<![\p{L}])(?:divided|split|broken\s+down|grouped|classified|sorted)\s+into\s*$/u;
/** Third review: people split into teams, classes or squads are the teams formed, a count (as the Vietnamese "chia thành 12 lớp"). */
const PEOPLE_UNITS_AFTER = /^\s+(?:teams|classes|squads)(?![\p{L}])/u;

/** Session 47: a revenue bar after a class and "with" that defines who a rule is for ("households with an annual revenue of VND 1 billion or
 *  higher", "households with an annual revenue below VND 1 billion"): a bar word before the figure (group `bar`, or a range's first bound, `range`) or an open end after it
 *  (`OPEN_END_AFTER`); review: not a firm's own result ("Viettel ended 2023 with revenue of over VND 172 trillion"). */
const WITH_REVENUE_BEFORE = /(?:(?<![\p{L}])(?:(?:households?|individuals|persons|people|firms|companies|enterprises|businesses|smes|vendors|shops|stores|taxpayers|sellers|merchants|traders|startups|platforms|entities|those|groups)(?:\s+(?:[\p{L}-]+|\([^()]{1,20}\))){0,8}?\s+)|(?<![\p{L}])(?<!(?:is|was|as|becomes|became|remains|remained)\s+)(?<group>the\s+group\s+)|^\s*)(?:with|generating|earning)\s+(?:an?\s+)?(?:annual\s+|yearly\s+)?(?:revenues?|turnover|income|sales)\s+(?:of\s+)?(?:(?<bar>below|under|less\s+than|over|above|exceeding|more\s+than|at\s+least|from|up\s+to|not\s+exceeding)|(?<range>(?:from|over|above|between)\s+(?:(?:us\s*)?\$|usd|vnd)?\s*\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion))?\s*(?:vnd|usd|dong)?\s+(?:to|and)))?\s*(?:(?:us\s*)?\$|usd|vnd)?\s*$/u; // session 55: a bracketed share after the class ("883,000 households (23%) with revenue from "), "the group with" (second look: any clause's, "Meanwhile, the group with revenue of over VND 50 billion must …"; not a body's own, "Viettel is the group with …" nor one dated right after, "Vingroup, the group with revenue of over VND 160 trillion in 2023"), "entities generating an annual income of ", a range's second bound ("of over 200 million to ")
/** An open end after a bar's amount, its time unit before it ("VND 1 billion or more", session 55: "200 million VND/year or less"). */
export const OPEN_END_AFTER = /^\s*(?:vn[dđ]|dong|usd)?\s*(?:(?:\/\s*|per\s+|a\s+)(?:year|month|annum))?\s*(?:or|and)\s+(?:more|higher|above|over|less|lower|below|under)(?![\p{L}])/u;

/** A year right after a figure ("… VND 160 trillion in 2023"): a result of that year, no bar. */
const DATED_AFTER = /^[^.;]{0,40}?(?<![\p{L}])(?:in|during|for)\s+(?:19|20)\d\d(?!\d)/u;

/** True when the number at this place is a bar that defines a class (`CLASS_BAR_BEFORE`, `WITH_REVENUE_BEFORE`), whatever its unit. */
export function isEnglishClassBar(before: string, after = ''): boolean {
  const revenue = WITH_REVENUE_BEFORE.exec(before);
  if (revenue?.groups?.['group'] && DATED_AFTER.test(after)) return CLASS_BAR_BEFORE.test(before);
  return CLASS_BAR_BEFORE.test(before) || (!!revenue && (!!revenue.groups?.['bar'] || !!revenue.groups?.['range'] || OPEN_END_AFTER.test(after)));
}

/** Session 25: the whole after a part counted in it: "8 of the 15 goals", "21 out of 25 services", "Out of the 52 occupations, 47 …" (the 15, the 25, the 52; "out of 6,641 attacks, 1,696 were …" states the total); round 60 (review): the part is no year or decree number with a comma after it ("By the end of 2024, out of 8,500 teams, …"). */
const WHOLE_AFTER_PART = /(?:(?<![\d.,])\d(?:[\d.,]*\d)?(?:\s?%|\s+percent|\s+per\s+cent)?\s+(?:out\s+of|of)\s+(?:the\s+|its\s+|all\s+)?(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?|(?<![\p{L}])out\s+of\s+the\s+|\(\s*out\s+of\s+a\s+total\s+of\s+|(?<![\d.,])\d(?:[\d.,]*\d)?\s+(?:[\p{L}-]+\s+){1,4}out\s+of\s+a\s+total\s+(?:of\s+)?)$/u; // round 63: "2,152 hamlets more out of a total 2,418 …"; round 72: a share's whole ("30% of more than 30,000 retailers"); round 60: "(out of a total of 7,100,388)\" after a part; a sentence's \"out of a total of 1,786 procedures, …" states it
/** Round 60: a scaled whole after "out of" ("3 million out of the more than 5.8 million vehicles"); after a bare "of" a scaled count is
 *  often the figure said again ("900,000 of the 2.8 million inactive accounts" after "The remaining 2.8 million …"). The part is a figure
 *  with no comma after it: not a year's or a decree's ("By the end of 2024, out of more than 85 million ID cards issued, …"). */
const SCALED_WHOLE_AFTER_PART = /(?<![\d.,])\d(?:[\d.,]*\d)?(?:\s+(?:million|billion|thousand))?\s+out\s+of\s+(?:the\s+|its\s+|all\s+)?(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?$/u;
/** Round 60: true when a scaled count at this place is the whole a part is counted in (`SCALED_WHOLE_AFTER_PART`). */
export function isScaledWholeAfterPart(before: string): boolean {
  return SCALED_WHOLE_AFTER_PART.test(before);
}
/** Session 25: a plan's set sized as it is set or aimed at ("to achieve 15 digital transformation goals", "identified 6 key tasks",
 *  "with 3 main pillars"): the set's size, as "đề ra 15 mục tiêu" (set-sizes.ts); not "the 25 tasks … not fulfilled", a tally. */
const SET_DEFINED_BEFORE = /(?<![\p{L}])(?:set(?:s|ting)?(?:\s+out)?|identif(?:y|ies|ied)|outlines?|outlined|adopt(?:s|ed)?|approve[sd]?|comprises?|comprising|consists?\s+of|includes?|including|with|to\s+(?:achieve|accomplish|fulfil+|meet|implement|carry\s+out|deploy))\s*$/u;
const SET_NOUN_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}(?:goals|targets|objectives|tasks|criteria|pillars|solutions|missions|indicators|sub-indices|sub-indexes|dimensions|principles|groups\s+of)(?![\p{L}])/u; // round 51: an index's method ("includes 39 indicators"); round 52: a plan's principles and groups ("with 7 major guiding principles", "to deploy 5 groups of utilities")

/** Round 51: a streak's length ("13 consecutive years", "three years in a row"): how long, no figure. */
const STREAK_AFTER = /^\s+(?:(?:consecutive|straight|successive)\s+(?:years?|months?|quarters?|times?|terms?)|(?:years?|months?|quarters?|times?)\s+in\s+a\s+row)(?![\p{L}])/iu;
/** Round 51: the field a ranking ranks ("ranked 181 countries, up from 160"), the whole a place is out of ("second out of 34 newly merged provinces"),
 *  and a named set of places or countries ("the 9 global regions", "the 7 middle-income countries"). */
const FIELD_NOUN = String.raw`(?:[\p{L}-]+\s+){0,3}(?:countries|economies|nations|regions|provinces|cities|localities|member\s+states|territories)(?![\p{L}])`;
/** Verbs whose object is a ranking's field ("ranked 181 countries", "covering 63 provinces"). */
const RANKS_FIELD = String.raw`(?<![\p{L}])(?:ranked|ranks|rank|ranking|assessed|surveyed|evaluated|covering|covered|covers)`;
/** Session 54: the field a place leads or stands among ("Hanoi now leads among Vietnam's 63 provinces", "Ho Chi Minh City led 63 provinces and cities in
 *  the 2024 DTI", "out of the country's 63 provinces", "topped all 63 provinces"; not "Among 20 provinces piloting the model", a count of its own). */
const NATION_OWNS = String.raw`(?:country|nation|vietnam|viet\s+nam)['’]s\s+`;
const LEAD_VERB = String.raw`(?<![\p{L}])(?:led|leads|leading|topped|tops|topping|headed|heads|heading)`;
const LEADS_FIELD = String.raw`(?:${LEAD_VERB}\s+among\s+(?:all\s+)?(?:the\s+)?(?:${NATION_OWNS})?|(?:${LEAD_VERB}|(?<![\p{L}])(?:among|out\s+of|compared\s+(?:to|with)))\s+(?:all\s+)?(?:the\s+)?${NATION_OWNS}|${LEAD_VERB}\s+all\s+(?:the\s+)?)`;
/** Review of session 54: a bare lead verb before the whole country's field only (63 provinces before the 2025 merger, 34 after): "Ho Chi Minh City led 63
 *  provinces and cities in the 2024 DTI"; not "led 5 provinces in a pilot", "is leading 12 provinces in building …". */
const LED_NATION = { before: new RegExp(String.raw`${LEAD_VERB}\s+(?:the\s+)?$`, 'iu'), sizes: new Set([63, 34]) };
const RANKED_FIELD = { before: new RegExp(String.raw`(?:(?:${RANKS_FIELD}|(?<![\p{L}])list\s+of)\s+(?:the\s+)?|${LEADS_FIELD})$`, 'iu'), after: new RegExp(String.raw`^\s+${FIELD_NOUN}`, 'iu') };
/** Round 52: the field's size in the edition before, right after the field ("to rank 193 countries, up from 183 in the 2022 edition"). */
const FIELD_BEFORE_EDITION = new RegExp(String.raw`${RANKS_FIELD}\s+(?:the\s+)?\d[\d,]*\s+${FIELD_NOUN},?\s+(?:up|down)\s+from\s+$`, 'iu');
const PLACE_OUT_OF = /(?<![\p{L}])(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:place\s+|position\s+)?(?:out\s+of|among)\s+(?:the\s+)?$/iu;
const NAMED_SET = { before: /(?<![\p{L}])the(?:\s+group\s+of)?\s*$/iu, after: new RegExp(String.raw`^(?!\s+(?:leading|top|best|highest|strongest)(?![\p{L}]))\s+${FIELD_NOUN}`, 'iu') }; // session 40: "the group of 63 provinces and cities" (not "the group of 10 leading provinces", a rank)

/** Session 40: the parts an index is defined by ("built on 7 main indicators and 47 sub-indicators", "comprises 3 pillars"), not what its parts
 *  did ("and 5 indicators improved"); and the score it is out of ("with a maximum score of 1,000"), as `definitions.ts` reads them in Vietnamese. */
const INDEX_PARTS = {
  before: /(?<![\p{L}])(?:built\s+on|consist(?:s|ing)?\s+of|compris(?:e|es|ing)|composed\s+of|made\s+up\s+of|divided\s+into|grouped\s+into|based\s+on|includ(?:e|es|ing)|with|and)\s+(?:a\s+total\s+of\s+)?$/iu,
  after: /^\s+(?:main\s+|key\s+|core\s+|component\s+)?(?:indicators?|pillars?|indices|sub[- ]?indicators?|sub[- ]?indices|criteria|dimensions?)(?![\p{L}-])(?!\s+(?:have|has|had|were|was|are|is|improved|increased|rose|fell|declined|dropped|reached|met|exceeded|scored|ranked|saw|recorded)(?![\p{L}]))/iu,
};
const MAXIMUM_SCORE_BEFORE = /(?<![\p{L}])(?:(?:maximum|max|total\s+possible|full|perfect)\s+(?:possible\s+)?(?:score|points?|mark)(?:\s+(?:of|is|was))?|out\s+of\s+a\s+(?:maximum|possible)(?:\s+of)?)\s*$/iu;

/** Round 49: a thousand units of time or more are a tally, not a span ("the total number of processing days … is 17,584 days"). */
const TALLIED_SPAN = 1000;

/** Round 50: an age that bounds a group ("citizens aged 14 and over", "children from 6 to 14 years old"): who is counted, no figure. */
const AGE_BEFORE = /(?<![\p{L}])(?:aged|age\s+group\s+of|ages?\s+of(?:\s+\d{1,3}\s*(?:and|to|-|–))?)\s*(?:between\s+|from\s+|under\s+|over\s+)?$/iu; // review of session 43: "in the age group of 15 and above"; round 72: "between the ages of 15 and 54" (both bounds)
/** Round 50: every unit of a place as the scope a figure is counted over ("with all 151 communes", "across its 33 communes and wards"), and a name's number ("the Big 4 platforms"). */
const ALL_UNITS_BEFORE = /(?<![\p{L}])(?:by|across|in|to|for|of|among|with|throughout)\s+(?:all|its|their)\s+(?:of\s+(?:its|the)\s+)?$/iu; // after a preposition: the scope ("All 63 provinces have set up …" and "reached all 204 communes" stay claims)
const UNITS_AFTER = /^\s+(?:communes?|wards?|districts?|townships?|towns?|localities|provinces?|cities|villages?|hamlets?)(?![\p{L}])/iu;
const NAME_BEFORE = /(?<![\p{L}])big\s*$/iu;
/** Round 64: a place's or road's number, its name capitalised ("District 10 branch", "Highway 13 passes"; not "the district 12 communes",
 *  "district 1,500 households"): `before` as written. */
const PLACE_NUMBER_BEFORE = /(?<![\p{L}])(?:District|Ward|Highway|Route|Precinct|Block|Hamlet|Quarter|Zone|Cluster)\s*$/u; // session 55: "Block 9, Le Loi Ward"

/** True when the number (of `value`) after `beforeAsWritten` is a place's or road's number (`PLACE_NUMBER_BEFORE`, below 100). */
export function isPlaceNumber(beforeAsWritten: string, value: number): boolean {
  return value < 100 && PLACE_NUMBER_BEFORE.test(beforeAsWritten);
}
/** Round 63: a class of stars ("OCOP 4-star products", "of 3-star class", "5-star hotels"): a grade, no figure. */
const STAR_CLASS_AFTER = /^-star(?![\p{L}])/iu;
/** Round 63: a street's number ("at 196 Nguyen Thi Minh Khai Street", "239 Ngo Gia Tu Road"): an address, no figure. */
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}\p{M}]*\s+){1,4}(?:Street|St\.|Road|Avenue|Boulevard|Blvd\.?|Lane|Alley)(?![\p{L}])|^\s+(?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}\p{Lu}[\p{L}\p{M}]*,\s*(?:\p{Lu}[\p{L}\p{M}]*\s+){1,4}(?:Ward|Commune|District|Town)(?![\p{L}])/u; // session 55: a street named without "Street", its ward after ("at 258 Tran Hung Dao, Nguyen Cu Trinh Ward")
/** Review of round 63: an address's place before a street's number ("at 196 …", "on 12 …", "No. 18 …", "number 5 …"); not "Some 300 Nguyen Hue Street shops". */
const ADDRESS_BEFORE = /(?<![\p{L}])(?:at|on|no\.?|number)\s*$/iu;

/** Round 63: true when the text right after a number (as written: its capitals tell a name) makes it a street's number (`STREET_AFTER`) at an address (`ADDRESS_BEFORE`, `before` the text up to it). */
export function isStreetNumber(before: string, afterAsWritten: string): boolean {
  return ADDRESS_BEFORE.test(before) && STREET_AFTER.test(afterAsWritten);
}
/** Session 54: children bounded by an age with no "years" ("children under 5 kept at over 98.5%", "infants below 2"): who is counted. */
/** Second look: a plural noun right after the number counts it ("1,200 pupils over 15 classrooms", "3,000 students over 10 provinces"): no age. */
const COUNTED_AFTER_AGE = /^\s+(?!(?:years|year-olds|is|was|has|accounts|makes|gets|needs)(?![\p{L}]))\p{L}+s(?![\p{L}])/u;
const CHILD_AGE_MAX = 18; // review: "1,200 pupils over 15 classrooms", "children under 5,000 households" bound no age
const CHILD_AGE_BEFORE = /(?<![\p{L}])(?:children|kids|infants|babies|minors|pupils|students|citizens|users|people|teenagers|adolescents)\s+(?:aged\s+)?(?:under|below|over|above|younger\s+than|older\s+than)\s*$/iu; // review: "citizens under 14", "users under 16", "children younger than 14"
const AGE_RANGE_AFTER = /^\s*(?:to|-|–|and)\s*\d{1,3}\s+years?(?:\s+old|\s+of\s+age)?(?![\p{L}])|^\s+(?:years?\s+(?:old\s+)?)?(?:or|and)\s+older(?![\p{L}])/iu; // round 72: "79% of people 15 or older"

/** Session 47: a day and month written the Vietnamese way on an English page ("From 1/7, platforms are required …", "takes effect from 1/7",
 *  "On the afternoon of 11/12, …"): a date, no fraction — after a word of time (`DAY_WORD_BEFORE`), or after "from" unless a move's start
 *  ("rose from 1/3 to 1/2", second review). The month after the slash in group 1 (`number-days.ts`' `isDayMonth` checks the pair). */
const DAY_WORD_BEFORE = /(?<![\p{L}])(?:on|since|until|till|(?:morning|afternoon|evening|night)\s+of|before|after|dated)\s+$/u;
const FROM_BEFORE_DAY = /(?<![\p{L}])(?<!(?:rose|risen|rising|increased|grew|grown|fell|fallen|dropped|declined|decreased|improved|climbed|jumped|up|down|moved|went)\s+)from\s+$/u;
const MONTH_AFTER_SLASH = /^\/(\d{1,2})(?![\d/%]|[.,]\d|\s*(?:of|out)\s)/u;
const MOVE_TO_AFTER = /^\/\d{1,2}\s+(?:of\s+the\s+total\s+)?to\s+\d/u;

/** True when `value` and the month after its slash are a day and month (`DAY_WORD_BEFORE`, `FROM_BEFORE_DAY`; `before`, `after` lowercase). */
function isWrittenDayMonth(before: string, after: string, value: number): boolean {
  const month = MONTH_AFTER_SLASH.exec(after)?.[1];
  return month !== undefined && isDayMonth(value, +month) && (DAY_WORD_BEFORE.test(before) || (FROM_BEFORE_DAY.test(before) && !MOVE_TO_AFTER.test(after)));
}

/** True when a plain number (of `value`) is no figure by the words around it: a label, a span of time (below `TALLIED_SPAN`), a survey's sample, a rate's base, a day of a month,
 *  the whole a part is counted in, a plan's set's size, an age bounding a group, every unit of a place, a name's number (round 50; temperatures and file names are skipped by `findNumbers` for both languages);
 *  round 51: a streak's length, a ranking's field, the whole a place is out of, a named set of places; round 52: the field in the edition before, a list's field;
 *  session 40: an index's parts and the score it is out of (`INDEX_PARTS`, `MAXIMUM_SCORE_BEFORE`); session 47: a day and month (`isWrittenDayMonth`);
 *  session 54: children's age bound (`CHILD_AGE_BEFORE`). */
export function isEnglishNonFigure(before: string, after: string, value = 0): boolean {
  return isWrittenDayMonth(before, after, value) || LABEL_BEFORE.test(before) || (LABEL_LIST.before.test(before) && LABEL_LIST.after.test(after)) || (GROUP_LABEL.before.test(before) && GROUP_LABEL.after.test(after)) || (REGION_BRANCH.before.test(before) && REGION_BRANCH.after.test(after)) || (SPAN_AFTER.test(after) && value < TALLIED_SPAN) || DIGITS_AFTER.test(after) || SAMPLE_AFTER.test(after) || ((RATE_BASE.test(before) || (OVER_BASE.test(before) && ROUND_BASES.has(value))) && PEOPLE_AFTER.test(after)) || MONTH_BEFORE.test(before) || (value <= 31 && DAY_PAIR.before.test(before) && DAY_PAIR.after.test(after))
    || WHOLE_AFTER_PART.test(before) || (SET_DEFINED_BEFORE.test(before) && SET_NOUN_AFTER.test(after)) || AGE_BEFORE.test(before) || (CHILD_AGE_BEFORE.test(before) && value <= CHILD_AGE_MAX && !COUNTED_AFTER_AGE.test(after)) || (LED_NATION.before.test(before) && LED_NATION.sizes.has(value) && RANKED_FIELD.after.test(after)) || AGE_RANGE_AFTER.test(after) || (ALL_UNITS_BEFORE.test(before) && UNITS_AFTER.test(after)) || NAME_BEFORE.test(before)
    || STREAK_AFTER.test(after) || (RANKED_FIELD.before.test(before) && RANKED_FIELD.after.test(after)) || PLACE_OUT_OF.test(before) || (NAMED_SET.before.test(before) && NAMED_SET.after.test(after)) || FIELD_BEFORE_EDITION.test(before)
    || (INDEX_PARTS.before.test(before) && INDEX_PARTS.after.test(after)) || MAXIMUM_SCORE_BEFORE.test(before) || UNCHARTED_MEASURE_AFTER.test(after) || isForeignMoney(before, after) || isAttendance(before, after) || STAR_CLASS_AFTER.test(after) || (DIVIDED_INTO_BEFORE.test(before) && !PEOPLE_UNITS_AFTER.test(after));
}

/** Session 47: words that label a padded number after them ("Project 06", "No. 01", "Plan 04", "Decree 13", "district 07"). */
const PADDED_LABEL_BEFORE = /(?<![\p{L}])(?:project|scheme|programme|program|plan|decree|resolution|decision|directive|circular|conclusion|annex|appendix|letter|dispatch|form|report|document|notice|no\.?|number|group|team|zone|ward|district|area|route|line|phase|stage|level|grade|version|article|clause|item|chapter|room|floor|lot|block|c)\s*$/u;
/** A time word or a unit after the numeral: a duration or a figure of its own, no count. */
const PADDED_NOT_COUNTED = new RegExp(String.raw`^\s+(?:years?|months?|days?|weeks?|hours?|minutes?|seconds?|am|pm|percent|per|${MONTH_NAME})(?![\p{L}])`, 'u'); // review: "On 05 March" is a day

/** Session 47: a one-digit count written with a leading zero, as a Vietnamese source writes it ("There are 04 ministries", "at least 05 data
 *  centers", "and 07 district-level units"): after a word that is no label (`PADDED_LABEL_BEFORE`), before a lowercase noun that is no time
 *  word. `before` and `after` lowercase. */
export function isEnglishPaddedCount(raw: string, before: string, after: string): boolean {
  return /^0[1-9]$/u.test(raw) && /\p{L}\s+$/u.test(before) && !PADDED_LABEL_BEFORE.test(before) && /^\s+\p{L}/u.test(after) && !PADDED_NOT_COUNTED.test(after);
}
