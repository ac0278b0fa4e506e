/**
 * The years an English page names that date none of its figures: a goal's ("the 2025 target"), a plan's ("with a vision to 2030",
 * "Project 06 … for the period 2022 - 2025"), a quoted title's (`namesGoalOrTitle`, read by `english-dates.ts` `sentenceDates`; moved here
 * from english-dates.ts in session 46). And session 46: the years an undated English page may take its year from. `page-year.ts` reads a page's year past the goals,
 * plans and visions a Vietnamese page names ("mục tiêu … đến năm 2030"), but an English page writes them in its own words:
 * "By 2030, the market will need 1.5 million IT workers", "Viet Nam aims to have 50% … by 2023", "the project …, with a vision
 * to 2030", "Under the Law on Citizen Identification in 2014, …". Those years date no report: a yearless "In the November
 * report, …" must not become November 2030, nor "as of April 27" a day of 2014. Pure.
 */
import { findDates, type DateMatch } from './dates-find';

/** Session 25: a goal's year before its noun ("the 2025 target of 80%", "90% of the 2030 goal"): the goal's, no figure's period. */
const GOALS_YEAR_AFTER = /^\s*(?:targets?|goals?|objectives?|plans?)(?![\p{L}])/iu;
/** Session 25: a quoted title ("the project ‘Developing … from 2022-2025, with a Vision to 2030’ (Project 06)"): its years name it. */
const QUOTED = /[‘“"]([^‘’“”"]{15,300})[’”"]/gu;
/** Round 64: a quote of someone's words ("… noted, "From 2001 to 2021, … reaching close to $600 billion in 2023, …"", ""Revenue reached …
 *  in 2023," he said"): a verb of saying right before it or right after it; its years date its figures. Any other quote names a title. */
export const SAYS = String.raw`(?:said|says|say|noted|notes|stated|states|told|tells|added|adds|stressed|stresses|emphasi[sz]ed|affirmed|explained|remarked|commented|shared|highlighted|pointed\s+out|underlined|asserted|revealed|warned|found|finds|showed|shows|informed|announced|reported|confirmed|acknowledged|admitted|continued|concluded|insisted|suggested|recalled|mentioned|predicted|estimated)`;
const SAYS_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])${SAYS}(?![\p{L}])[^"“”‘’.;]{0,40}?[,:]?|(?<![\p{L}])according\s+to[^"“”‘’.;]{0,40}?,)\s*$`, 'iu'); // "said at the forum: "…"", "According to the ministry, "…"" (not "according to the "e-Conomy SEA 2022" report")
const SAYS_AFTER = new RegExp(String.raw`^\s*[,.]?\s*(?:[\p{L}.'’-]+\s+){0,6}?${SAYS}(?![\p{L}])`, 'iu');

/** True when the quote `q` (a `QUOTED` match) of `s` is someone's words: a verb of saying right before or after it. */
function isSpeechQuote(s: string, q: RegExpMatchArray): boolean {
  return SAYS_BEFORE.test(s.slice(Math.max(0, q.index! - 40), q.index)) || SAYS_AFTER.test(s.slice(q.index! + q[0].length, q.index! + q[0].length + 60));
}

/** Round 46: a plan's own years in its name, unquoted: its horizon ("…, with a vision to 2030") and its span after the plan's noun
 * in the same sentence ("Project 06 of the Government for the period 2022 - 2025", "the Project to develop … in the period
 * 2022-2025", "Project 06 of X province to develop …, period 2022-2025"); a span with no plan before it ("In the period 2021-2025, the province attracted …") dates its figures. */
const PLAN_HORIZON = /(?<![\p{L}])(?:vision|orientation)\s+(?:to|towards?|until|till|by)\s+(?:the\s+year\s+)?(?:19|20)\d\d(?!\d)/giu;
const PLAN_SPAN = /(?<![\p{L}])(?:project|programme|program|strategy|plan|scheme|resolution|decision)(?![\p{L}])[^;.]{0,200}?[\s,](?:(?:for|in|during)\s+the\s+)?(?:period|phase|stage)\s+(?:of\s+|from\s+)?(?:19|20)\d\d\s*(?:[-–—]|to)\s*(?:19|20)\d\d(?!\d)/giu;

/** True when date `d` of `s` is a goal's or a plan's year (`namesGoalOrPlan`), stands inside a quoted title (`QUOTED`) or is a legal document's
 *  date (`DOCUMENT_DATED_BEFORE`, session 53: "provided 54/76 essential services according to Decision No. 206/QD-TTg dated February 28, 2024"): it dates no figure. */
export function namesGoalOrTitle(s: string, d: DateMatch): boolean {
  return namesGoalOrPlan(s, d) || within(s, d, QUOTED, (q) => !isSpeechQuote(s, q)) || DOCUMENT_DATED_BEFORE.test(s.slice(Math.max(0, d.start - 80), d.start));
}

/** True when date `d` of `s` stands inside a match of `re` that `named` accepts. */
function within(s: string, d: DateMatch, re: RegExp, named: (q: RegExpMatchArray) => boolean = () => true): boolean {
  return [...s.matchAll(re)].some((q) => d.start >= q.index && d.end <= q.index + q[0].length && named(q));
}

/** Session 46: true when date `d` of `s` is a goal's year (`GOALS_YEAR_AFTER`) or names a plan's years (`PLAN_HORIZON`, `PLAN_SPAN`); a
 *  quoted title's year is not asked here (an event's, "Cashless Day 2025", dates the page that reports it). */
export function namesGoalOrPlan(s: string, d: DateMatch): boolean {
  return (d.precision === 'year' && GOALS_YEAR_AFTER.test(s.slice(d.end, d.end + 16))) || within(s, d, PLAN_HORIZON) || within(s, d, PLAN_SPAN);
}

/** A horizon's words right before a year: "by 2030", "by the end of 2025", "to 2030", "until 2030", "towards 2045". */
const HORIZON_BEFORE = /(?<![\p{L}])(?:by|to|until|till|towards?)\s+(?:the\s+(?:end|middle|year)\s+of\s+)?$/iu;
/** Words of a clause about the future: a modal, an aim, a plan, a forecast (also what makes a move's start where a goal's things stand,
 *  `english-move.ts`). */
const FUTURE = /(?<![\p{L}])(?:will|shall|aims?|aiming|aimed|targets?|targeting|goals?|plans?|planning|strives?|striving|seeks?|seeking|expects?|expected|hopes?|hoping|forecasts?|forecasted|projected|could|would|should|must|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to|vision|orientation|set\s+to|poised\s+to|on\s+track\s+to)(?![\p{L}])/iu;
/** True when English sentence `s` speaks of the future (`FUTURE`: a modal, an aim, a plan, a forecast). */
export const speaksOfFuture = (s: string): boolean => FUTURE.test(s);

/** Review: a sentence that reports what was done ("By the end of 2023, 87% of adults had bank accounts, exceeding the target"; "From 2019 to 2023,
 *  revenue grew 25% a year and could keep growing"): its years are the results', whatever future words it also holds. Second and third
 *  reviews: a verb in the past ("attracted", "generated", "accounted for", "saw"), not a plan's or a report's participle ("expected", "said",
 *  "reported"), a passive's ("will be integrated"), an adjective's ("the registered startups", "cloud-based", "most advanced"). */
const REPORTS_DONE = /(?<![\p{L}-])(?<!(?:\s|^)(?:be|been|being|the|a|an|most|more|less|highly|well|fully|newly|including|of|and)\s+)(?:had(?!\s+to)|(?:was|were)(?!\s+(?:reported|said|announced|told|quoted|noted|expected|set|targeted|planned|projected|forecast))|grew|rose|fell|stood|saw|hit|met|made|took|won|led|exceeding|(?!(?:expected|targeted|planned|projected|forecasted|estimated|scheduled|intended|aimed|proposed|anticipated|needed|required|committed|reported|announced|noted|stated|added|quoted|cited|released|published|pointed|skilled|based|advanced|registered)(?![\p{L}]))\p{L}{3,}ed)(?![\p{L}])/iu;
/** The names of legal documents a number or a date follows (capitalised or not), as one group: `DOCUMENT_BEFORE`, `DOCUMENT_DATED_BEFORE`. */
const DOCUMENT_NOUN = String.raw`(?:[Ll]aws?|[Dd]ecrees?|[Dd]ecisions?|[Rr]esolutions?|[Cc]irculars?|[Dd]irectives?|[Oo]rdinances?)`;
/** A legal document's name or number right before its year: "the Law on Citizen Identification in 2014", "Decree 13 of 2023", "Resolution No.
 *  57-NQ/TW of 2024" (review: not any words after the noun, "the law firm … said in 2023", "the circular economy in 2023", "the law took effect in 2023"). */
const DOCUMENT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${DOCUMENT_NOUN}|[Cc]onstitution)(?:\s+(?:[Nn]o\.?\s*)?\d[\w/.-]*|\s+on\s+(?:(?:the|and|of|for|on|in)\s+|\p{Lu}[\p{L}-]*\s+){1,8}?)\s*(?:(?:in|of|dated)\s+)?$`, 'u');

/** Session 53: a legal document's number, then "dated" or "of" right before its date ("Decision No. 206/QD-TTg dated February 28, 2024", "Decree
 *  13 of 2023"); review: not "in", which often dates what was done under it ("Implementing Decision 06 in 2024, the police collected …"). */
const DOCUMENT_DATED_BEFORE = new RegExp(String.raw`(?<![\p{L}])${DOCUMENT_NOUN}(?:\s+(?:[Nn]o\.?\s*)?\d[\w/.-]*|\s+on\s+(?:(?:the|and|of|for|on|in)\s+|\p{Lu}[\p{L}-]*\s+){0,7}\p{Lu}[\p{L}-]*),?\s+(?:dated|of)\s+$`, 'u');

/** The sentence of `text` around the span `start`–`end` (from the last full stop, `;`, `!` or `?` before it to the next one), and where it starts. */
function sentenceAround(text: string, start: number, end: number): { from: number; sentence: string } {
  const from = Math.max(...[...text.slice(0, start).matchAll(/[.;!?](?=\s)/gu)].map((m) => m.index + 1), 0);
  const to = text.slice(end).search(/[.;!?](?=\s|$)/u);
  return { from, sentence: text.slice(from, to < 0 ? text.length : end + to) };
}

/** True when the year `d` of English `text` is a goal's horizon (a horizon's words before it in a sentence about the future that reports
 *  nothing done), a plan's
 *  or a title's (`namesGoalOrPlan`) or a legal document's: the page reports on no such year. */
export function isEnglishGoalOrDocumentYear(text: string, d: DateMatch): boolean {
  if (d.precision !== 'year' || d.isoEnd) return false;
  const before = text.slice(Math.max(0, d.start - 80), d.start);
  if (DOCUMENT_BEFORE.test(before)) return true;
  const { from, sentence } = sentenceAround(text, d.start, d.end);
  return (HORIZON_BEFORE.test(before) && FUTURE.test(sentence) && !REPORTS_DONE.test(sentence)) || namesGoalOrPlan(sentence, { ...d, start: d.start - from, end: d.end - from });
}

/** English `text` with the years `isEnglishGoalOrDocumentYear` finds blanked (same length): what `page-year.ts` reads a page's year from. */
export function withoutEnglishGoalYears(text: string): string {
  return findDates(text).filter((d) => isEnglishGoalOrDocumentYear(text, d)).reduce((out, d) => out.slice(0, d.start) + ' '.repeat(d.end - d.start) + out.slice(d.end), text);
}
