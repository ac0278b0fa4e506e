/**
 * Session 51: numbers on an English page that count what the dataset does not hold — money in a currency it has no unit for ("losses
 * totaling 45.5 billion yen (325 million USD)", "KRW 2 trillion", "€200 million"), whose dollar or dong value, when given, is the claim;
 * and an event's attendance ("The summit was attended by over 1,000 guests", "The forum attracted 300 business leaders", "More than 2,000
 * delegates attended the forum", round 71: "connected to more than 200 locations"). Talent drawn to a country ("Viet Nam attracted 1,500 foreign experts"), tourists a city welcomed, learners
 * and officials trained stay figures. Round 71: a document's number after its capitalised name ("Plan 377", "Project 204"). Pure; `before` is
 * the text before the figure and `after` the text after it, lowercase (but for `isDocumentNumber`, which reads the original case).
 */

/** What may follow "yen" or "won" as money: a sign, the end, or a word a place name never is ("Yen Bai communes", "Yen Phong parks" are places; "3 won prizes" is a verb). */
const MONEY_WORD_END = String.raw`(?=\s*[^\s\p{L}]|\s*$|\s+(?:in|into|to|for|from|and|or|of|per|a|an|the|was|were|is|are|worth|each|annually|last|this)(?![\p{L}]))`;
/** A currency the schema has no unit for, named after the figure; "won" only after a scaled figure ("2 trillion won in 2023") or before a
 *  bracket ("500,000 won (US$400)"): "Of the 12 finalists, 3 won." is a verb. */
const WON_AFTER = { scaled: new RegExp(String.raw`^\s*(?:korean\s+)?won${MONEY_WORD_END}`, 'u'), plain: /^\s*(?:korean\s+)?won\s*\(/u };
const FOREIGN_MONEY_AFTER = new RegExp(String.raw`^\s*(?:(?:japanese\s+)?yen${MONEY_WORD_END}|yuan|renminbi|baht|ringgit|rupiah|(?:indian\s+)?rupees?|pesos?|euros?|(?:british\s+)?pounds(?:\s+sterling)?|(?:singapore|australian|hong\s+kong|taiwan|new\s+taiwan|canadian|new\s+zealand)\s+dollars?)(?![\p{L}])`, 'u');
/** A currency code or sign right before the figure ("KRW 2 trillion", "€200 million", "S$500 million"; not "US$"). */
const FOREIGN_MONEY_BEFORE = /(?:(?<![\p{L}])(?:krw|jpy|eur|gbp|sgd|cny|rmb|thb|myr|idr|inr|aud|twd|hkd)|[€£¥₩]|(?<![\p{L}])(?:s|a|nt|hk|c)\$)\s?$/u;

/** True when the figure (`scaled`: written with "million", "billion"…) is money in a currency the schema has no unit for (`FOREIGN_MONEY_*`, `WON_AFTER`). */
export function isForeignMoney(before: string, after: string, scaled = false): boolean {
  return FOREIGN_MONEY_AFTER.test(after) || (scaled ? WON_AFTER.scaled : WON_AFTER.plain).test(after) || FOREIGN_MONEY_BEFORE.test(before);
}

/** Events people meet at, attended or linked online; `EVENT` adds the shows people visit (the subject of "attracted", "drew", "welcomed",
 *  "gathered", "brought together"), `LINKED_EVENT` the meetings linked to other places. */
const MEETING = String.raw`forum|summit|conference|workshop|seminar|ceremony|congress|dialogue|event`;
const EVENT = String.raw`(?:${MEETING}|expo|exhibition|festival|fair|show)`;
const LINKED_EVENT = String.raw`(?:${MEETING}|meeting|session)`;
const QUALIFIER = String.raw`(?:(?:over|more\s+than|about|around|nearly|almost|some|approximately)\s+)?`;
const ATTENDED_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])attended\s+by|(?<![\p{L}])${EVENT}(?![\p{L}])[^.;]{0,30}?(?<![\p{L}])(?:participation|presence)\s+of|(?<![\p{L}])${EVENT}(?:\s+[\p{L}\d-]+){0,3}?\s+(?:attracted|drew|welcomed|gathered|brought\s+together))\s+${QUALIFIER}$`, 'u');
/** Who attends: guests, delegates, attendees, speakers, experts, leaders, representatives, visitors, exhibitors (not participants: a course's). */
const ATTENDEES = String.raw`(?:guests|delegates|attendees|speakers|experts|leaders|representatives|visitors|exhibitors)`;
const ATTENDEES_AFTER = new RegExp(String.raw`^\s+(?:(?!(?:and|or)\s)[\p{L}-]+\s+){0,2}?${ATTENDEES}(?![\p{L}])`, 'u'); // review: not "20,000 officials and experts"
/** The attendees as the subject: "More than 2,000 delegates attended the forum". */
const ATTENDEES_ATTENDED_AFTER = new RegExp(String.raw`^\s+(?:(?!(?:and|or)\s)[\p{L}-]+\s+){0,2}?(?:guests|delegates|attendees)\s+(?:attended|joined|took\s+part\s+in)(?![\p{L}])`, 'u');

/** Round 71: the places an event is linked to ("The conference is also connected to more than 200 locations in the province"); the event
 *  the subject of "connected" (review: not "Statistics show the … network connected to 10,000 locations", "the event centre is connected to"). */
const EVENT_CONNECTED = { before: new RegExp(String.raw`(?<![\p{L}])${LINKED_EVENT}\s+(?:(?:was|is|were|are|has\s+been|have\s+been|will\s+be|also|then|being|online)\s+)*connected\s+(?:online\s+)?(?:to|with)\s+${QUALIFIER}$`, 'u'), after: /^\s+(?:[\p{L}-]+\s+){0,2}?(?:locations|points|sites|venues|bridges|bridge\s+points|connection\s+points)(?![\p{L}])/u };

/** True when the figure counts who attended an event (`ATTENDED_BEFORE` with `ATTENDEES_AFTER`, or `ATTENDEES_ATTENDED_AFTER`; round 71: "The forum saw
 *  the participation of 1,000 delegates", an event named before; review: not "built with the participation of 200 experts") or the places it was linked to (`EVENT_CONNECTED`). */
export function isAttendance(before: string, after: string): boolean {
  return (ATTENDED_BEFORE.test(before) && ATTENDEES_AFTER.test(after)) || ATTENDEES_ATTENDED_AFTER.test(after) || (EVENT_CONNECTED.before.test(before) && EVENT_CONNECTED.after.test(after));
}

/** Round 71: a document's capitalised name right before its number ("Plan 377", "Project 204", "Programme 135", "Conclusion 14"), read in the
 *  original case (review: "Analysts project 10,000 new firms", "Provinces plan 300 courses", "as part of the project 120 communes" count). */
const DOCUMENT_NAME_BEFORE = /(?<![\p{L}])(?:Plan|Project|Programme|Program|Scheme|Conclusion|Dispatch)\s*$/u;

/** True when the number after `before` (original case) is a document's number (`DOCUMENT_NAME_BEFORE`). */
export function isDocumentNumber(before: string): boolean {
  return DOCUMENT_NAME_BEFORE.test(before);
}

/** Session 53: the words that say the next figure tells an earlier one again ("…, which means 8 billion digital signatures", "meaning",
 *  "that is", "in other words"), right before it ("i.e." ends a sentence for the splitter). */
const RESTATES_BEFORE = /(?<![\p{L}])(?:which\s+means|meaning|that\s+is(?:\s+to\s+say)?|in\s+other\s+words)[,:]?\s+(?:that\s+)?(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?$/u;

/** The units a restated figure may have: counts and money (review: a share or a rank said again is often a new claim, "grew 20%, meaning 20%
 *  of total retail sales were made online"). */
const RESTATED_UNITS: ReadonlySet<string> = new Set(['count', 'VND', 'USD']);

/** True when figure `m` right after `before` (lowercase) restates the figure read right before it in its sentence (`last`), a count or money
 *  of the same value and unit: "more than 8 billion electronic invoices have been issued, which means 8 billion digital signatures" tells one number twice. */
export function isRestatedFigure(before: string, m: { value: number; unit?: string | undefined }, last: { value: number; unit?: string | undefined } | undefined): boolean {
  return !!last && RESTATED_UNITS.has(m.unit ?? '') && last.value === m.value && last.unit === m.unit && RESTATES_BEFORE.test(before);
}
