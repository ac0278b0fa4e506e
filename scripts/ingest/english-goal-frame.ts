/**
 * Round 50: an English page's goal frame, as `goal-frame.ts` reads a Vietnamese plan's. A sentence that sets out a plan's goals
 * ("The plan … sets the target of 100% …; 50% …", "According to the plan, specific goals in 2025, …", "by 2025, Dong Thap aims for
 * the digital economy to reach 5% …") opens a frame: the figures after it, in its `;`-list and in the sentences and paragraphs
 * that follow, are goals toward its year, until a sentence reports what was done ("reached", "was", "To date, …"). A figure whose
 * own clause says it was done stays a result. The past-tense tests (`statesPastInEnglish`) live here too, so that `english-status.ts`
 * reads them from this module and nothing imports the other way. Pure; `metrics.ts`, `metric-status.ts` and `english-status.ts` ask these.
 */
import type { GoalFrame } from './goal-frame';
import { yearPeriod } from './period-set';
import { BY_YEAR_END, GOALS_YEARS, PERIOD_WORD, YEAR_SPAN } from './english-dates';

/** Words that set out goals: "sets (out) the target(s) of", "specific goals in 2025", "targets for 2023", "aims for", "strives to"; session 50:
 *  up to three words between the adjective and its goals ("specific digital transformation goals"; review: no function word or verb among them,
 *  "key driver of growth goals", "results and goals"), a span of years ("goals for the period 2025 - 2030", "for the 2021-2025 period"). */
const SETS_GOALS = new RegExp(String.raw`(?<![\p{L}])(?:sets?\s+(?:out\s+)?(?:the|a|its|their|these)\s+(?:following\s+)?(?:targets?|goals?|objectives?)|(?:specific|main|key|general|overall|following|important|major|priority|basic|fundamental|concrete|core|primary|ambitious|strategic|long-term)\s+(?:(?!(?:of|in|and|or|for|to|the|a|an|on|with|from|towards|meeting|achieving|reaching|results?|drivers?|roles?|steps?|growth|is|are|was|were)(?![\p{L}]))[\p{L}-]+\s+){0,3}?(?:targets?|goals?|objectives?)|(?:targets?|goals?|objectives?)\s+(?:for|by|in|to|until)\s+(?:the\s+end\s+of\s+|the\s+${PERIOD_WORD}\s+(?:of\s+)?|the\s+(?=${YEAR_SPAN}\s+${PERIOD_WORD}))?(?:19|20)\d\d|aims?\s+(?:for|to|at)|strives?\s+(?:for|to)|will\s+strive\s+(?:for|to)|(?:targets?|goals?|objectives?)\s+(?:19|20)\d\d|(?:the|its|their|our)\s+(?:goals?|targets?|objectives?|aims?)\s+(?:is|are)|hop(?:es|ing)\s+(?:for|to|that)|(?:expects?|looks?\s+to)\s+that\s+by\s+(?:19|20)\d\d|(?:criteria|indicators|targets?|goals?|objectives?)\s+(?:[^.;]{0,60}?\s)?(?:that|which)\s+(?:must|need\s+to|have\s+to|are\s+to)\s+be\s+(?:obtained|achieved|met|reached|attained|fulfilled))(?![\p{L}])`, 'iu'); // round 50: "the digital transformation goals 2024 are …", "The goal is that by 2025, …", "is hoping for", "It expects that by 2025, …"; round 55: "8 important targets …, such as: …", "it hopes that …"; round 60: "a number of basic goals until 2025: …"; session 49: "eight important criteria on digital data that must be obtained. This includes 100 percent …"
/** A year a frame's goals are for: "in 2023", "by 2025", "for 2025", "by the end of 2025", "2025 targets", "goals 2024". */
const GOAL_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(?:(?:in|by|for|to|until)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)|((?:19|20)\d\d)\s+(?:targets?|goals?|objectives?)|(?:targets?|goals?|objectives?)\s+((?:19|20)\d\d))(?![\d])|(?:for|in)\s+the\s+(?:${PERIOD_WORD}\s+(?:of\s+)?)?(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)(?![\d])`, 'iu'); // session 50: a span's goals are for its end ("goals for the period 2025 - 2030", "for the 2021-2025 period")
/** Session 50: a perfect that sets goals ("The communes have identified specific … goals"), no report of goals done ("has completed many specific targets"). */
const SETS_PERFECT = /(?<![\p{L}])ha(?:s|ve)\s+(?:also\s+)?(?:identified|defined|outlined|approved|adopted|issued|proposed|established|determined|formulated)(?![\p{L}])/giu;
/** Session 50: goals said right after their words to be met ("The … goals for the period 2021-2023 were met: 90% …"): what follows is a result;
 *  round 71: who set them between ("9/12 important goals set by the National Committee … have been completed. Specifically, 100% …"), then
 *  a past or a perfect only (review: "The goals set by the Government for 2025 are met only if 100% …" sets a condition). */
const MET_WORDS = String.raw`(?:all\s+|fully\s+|basically\s+)?(?:met|achieved|reached|completed|fulfilled|exceeded|accomplished|attained|surpassed)(?![\p{L}])`;
const GOALS_MET = new RegExp(String.raw`^(?:${GOALS_YEARS})?(?:\s+(?:was|were|have\s+been|has\s+been|are|is)|\s+(?:set|laid|assigned|given|adopted|approved|defined)\s+(?:out\s+)?(?:by|in|for)\s+[^.;:,]{1,80}?\s+(?:was|were|have\s+been|has\s+been))\s+${MET_WORDS}`, 'iu');
/** True when the goal words `m` (a `SETS_GOALS` match in `text`) are said, right after them, to be met. */
function goalsMet(text: string, m: RegExpExecArray): boolean {
  return GOALS_MET.test(text.slice(m.index + m[0].length));
}
/** True when the words before a goal list's own words (`before`, up to them) report goals done, not set (`DONE`, a setting perfect aside). */
function doneBeforeGoals(before: string): boolean {
  return DONE.test(before.replace(SETS_PERFECT, ' '));
}

/** Words that report what was done or stands now: a past tense or a perfect, "to date", "so far", "currently", "as of" (session 49: not a
 *  participle after "to|will|must|should|shall be", "the minimum levels that need to be reached"; review: "can be reached by 4G" still states; round 72 review: "jumped", "surged", "doubled", "dropped" as rose and fell). */
const DONE = /(?<![\p{L}])(?<!(?:to|will|must|should|shall)\s+be\s+)(?:reached|achieved|recorded|hit|was|were|had|has\s+(?:been|\p{L}+ed)|have\s+(?:been|\p{L}+ed)|rose|fell|grew|increased|decreased|declined|jumped|surged|soared|doubled|tripled|plunged|dropped|exceeded|surpassed|stood|completed|ranked|climbed|reported|announced|said|showed|remained|remains|stayed|to\s+date|so\s+far|currently|as\s+of)(?![\p{L}])/iu;
/** A verb in the past tense used as the clause's verb, right before its object or complement ("rebounded to", "declined by",
 *  "reported that"), not a passive or a plan's participle after "are", "be", "to be", "will be" ("are digitized", "to be connected", "are shared and utilized on";
 *  round 72: a chain of them after a participle, "are updated and shared on the city's system and connected to the National system"; review:
 *  not "The e-ID app is free and surged to 3 million downloads"). */
const PAST_FINITE = /(?<![\p{L}])(?<!(?:is|are|be|been|being|to|will|would|should|must|can|could|may|might|not)\s+)(?<!(?<![\p{L}])(?:is|are|be|been)\s+(?:\p{L}+ly\s+)?\p{L}+ed(?![\p{L}])[^;.]{0,100}?\sand\s+)\p{L}{3,}ed\s+(?:to|by|from|that|at|in|on|with|over)(?![\p{L}])/iu;
/** A headline's present for what happened: "climbs 43 places", "rises to", "drops". */
const HEADLINE_MOVE = /(?<![\p{L}])(?:climbs|rises|jumps|gains|falls|drops|slips|tops|leads|ranks)(?![\p{L}])/iu;
/** A year named in a sentence. */
const YEAR = /(?<![\d.,])((?:19|20)\d\d)(?![\d])/gu;

/** Session 25: a verb in the past tense right before a figure ("processed 1.2 million dossiers", "issued over 85 million"), not a
 *  goal's or a forecast's participle ("expected 30%"), nor one after "to be", "will" or "have to" (a plan's passive). */
const PAST_BEFORE_FIGURE = /(?<![\p{L}])(?<!(?:to|be|been|being|will|would|shall|should|must|can|could|may|might)\s+)(?!(?:expected|targeted|planned|estimated|projected|forecasted|intended|aimed|proposed|scheduled|required|needed|committed)(?![\p{L}]))\p{L}{3,}ed\s+(?:(?:about|around|nearly|over|more\s+than|some|almost|approximately|up\s+to|a\s+total\s+of|a\s+record|just)\s+)?(?:US\$|\$|VND\s?)?\d/iu;
/** Words opening a clause on a time already past: "Last year", "In the past year", "Over the past three years". */
const PAST_OPENING = /^\s*(?:last\s+year|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:year|\w+\s+years|\w+\s+months))(?![\p{L}])/iu;

/** Round 50: true when an English clause reports the past: a past-tense verb right before a figure, or a past span opening it (not "is", "are"). */
export function statesPastInEnglish(clause: string): boolean {
  return PAST_BEFORE_FIGURE.test(clause) || PAST_OPENING.test(clause);
}

/** A forecast's words: a scenario's figure is an estimate, no goal ("could account for", "will only reach", "under the … scenario"). */
/** "project(s)" as a verb of foresight, not the noun after a determiner or an adjective ("The project sets …", "the new projects a 5% share"):
 *  shared with english-status.ts' `ESTIMATE`. */
export const PROJECTS_VERB = String.raw`(?<!(?:the|a|an|this|that|these|those|its|their|our|his|her|key|major|national|new|of)\s+)projects?`;
const FORECAST = new RegExp(String.raw`(?<![\p{L}])(?:scenarios?|could|forecasts?|${PROJECTS_VERB}|projected|expects?|expected|predicts?|predicted)(?![\p{L}])`, 'iu'); // round 60: "The project sets specific targets …" (a noun) forecasts nothing

/** A plan's "expects that by 2025", and (session 48) a body's own "The province expects that …" (not "it", not a forecaster's "the country"):
 *  its goals, no forecast (`english-status.ts`' `PLAN_CITED` and `BODY_EXPECTED`). */
export const EXPECTS_THAT_BY = String.raw`expects?\s+that\s+by`;
export const BODY_EXPECTS = String.raw`(?:province|city|ministry|government|viet\s*nam)\s+(?:also\s+)?expects?\s+that`;
/** The goal frame reads only the plan's "expects that by" (third review: a body's expectation in a later sentence would run a frame on). */
const EXPECTS_BY = new RegExp(String.raw`(?<![\p{L}])${EXPECTS_THAT_BY}(?![\p{L}])`, 'giu');

/** The year of the goals a sentence sets out, if it names one. */
function goalYear(sentence: string): string | undefined {
  const m = GOAL_YEAR.exec(sentence);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
}

/** The frame an English sentence opens when it sets out goals (`SETS_GOALS`) and reports nothing done before them, with the year it names as its horizon (none before the page's year). */
export function englishGoalFrame(sentence: string, articleYear?: number): GoalFrame | undefined {
  const m = SETS_GOALS.exec(sentence);
  if (!m || doneBeforeGoals(sentence.slice(0, m.index)) || goalsMet(sentence, m) || FORECAST.test(sentence.replace(EXPECTS_BY, ''))) return undefined;
  const year = goalYear(sentence.slice(m.index)) ?? goalYear(sentence);
  if (year && articleYear !== undefined && Number(year) < articleYear) return undefined; // last year's goals, read back
  return year ? { horizon: yearPeriod(year) } : {};
}

/** Round 58: a present perfect ("some fields … have reached international standards"): in a sentence with no figure, the state a goal
 *  list describes, not a report. */
const PERFECT = /(?<![\p{L}])ha(?:s|ve)\s+(?:been\s+)?\p{L}+ed(?![\p{L}])/giu;
/** A state described in the present ("… are above the world average", "is among the leading …"): a goal list's end state, beside which a
 *  perfect ("have reached international standards") describes that state too. */
const STATE_PRESENT = /(?<![\p{L}])(?:is|are)\s+(?:above|below|among|on\s+par|equal|higher|lower|one\s+of|in\s+the\s+(?:top|group))(?![\p{L}])/iu;
/** A concession opening the sentence ("Though it has gained achievements, the industry faces …"): what it grants is a fact, reported. */
const CONCEDES = /^\s*(?:though|although|even\s+though|despite|while)(?![\p{L}])/iu;

/** True when an English sentence reports the past (`statesPastInEnglish`) or goals done ("has completed many specific targets"), or, setting out no goals of its own, what was done or stands now (`DONE`, `PAST_FINITE`, a headline's `HEADLINE_MOVE`, a year before the page's, or on an undated page before the frame's horizon) or a forecast: the goals set out before it end.
 *  A sentence with no figure (`withFigures` false) that describes a state in the present (`STATE_PRESENT`) does not end them by a present perfect
 *  alone (`PERFECT`), unless it grants it (`CONCEDES`); "The city has recorded positive changes." still ends them. */
export function endsEnglishGoalFrame(sentence: string, articleYear: number | undefined, frame: GoalFrame, withFigures = true): boolean {
  if (statesPastInEnglish(sentence)) return true;
  const goals = SETS_GOALS.exec(sentence);
  if (goals) return DONE.test(sentence.slice(0, goals.index)); // round 54: "Dong Nai has completed many specific targets.": goals reported done end the frame
  const before = articleYear ?? (frame.horizon ? Number(frame.horizon.iso.slice(0, 4)) : undefined); // an undated page: a year before the goals'
  const pastYear = before !== undefined && [...sentence.matchAll(YEAR)].some((m) => Number(m[1]) < before); // "… declined 15.1 per cent in 2023"
  const told = withFigures || CONCEDES.test(sentence) || !STATE_PRESENT.test(sentence) ? sentence : sentence.replace(PERFECT, ' ');
  return DONE.test(told) || PAST_FINITE.test(told) || HEADLINE_MOVE.test(sentence) || FORECAST.test(sentence.replace(EXPECTS_BY, '')) || pastYear;
}

/** True when the `;`-clause of an English figure (`clause`, up to and with the figure) says it was done or stands now (`DONE`, `PAST_FINITE`, `HEADLINE_MOVE`, `statesPastInEnglish`): a result inside a frame or after a list of goals. */
export function saysDoneInEnglish(clause: string): boolean {
  return DONE.test(clause) || PAST_FINITE.test(clause) || HEADLINE_MOVE.test(clause) || statesPastInEnglish(clause);
}

/** True when an earlier `;`-clause of the sentence (`before`, the sentence up to the figure's clause) sets out goals the figure's clause goes on with. */
export function continuesEnglishGoals(before: string, clause: string): boolean {
  const m = SETS_GOALS.exec(before);
  return !!m && !doneBeforeGoals(before.slice(0, m.index)) && !goalsMet(before, m) && !DONE.test(clause) && !FORECAST.test(before + clause);
}

/** A `;`-item that opens on its own deadline ("by 2030, 90% of …"). */
const OPENS_ON_DEADLINE = new RegExp(`^\\s*${BY_YEAR_END}`, 'iu');

/**
 * Round 60: the horizon of the goal list a later `;`-item of an English sentence belongs to ("The resolution defines a number of basic goals
 * until 2025: 80% …, in which … by the end of 2021, 100% …; at least 95% of organizations …; 90% of dossiers …"): the year its goal words
 * name (`SETS_GOALS`, `GOAL_YEAR`), read in `before` (the sentence up to the item), when the item (`item`, up to the figure) names no date of
 * its own (`hasOwnDate`); none for a first clause (its own words date it).
 */
export function goalListHorizon(before: string, hasOwnDate: boolean): ReturnType<typeof yearPeriod> | undefined {
  if (hasOwnDate || !before.includes(';')) return undefined;
  const m = SETS_GOALS.exec(before);
  if (!m || doneBeforeGoals(before.slice(0, m.index)) || goalsMet(before, m)) return undefined;
  if (before.slice(m.index).split(';').slice(1).some((item) => OPENS_ON_DEADLINE.test(item))) return undefined; // review: "…; by 2030, 90% …; 70% …": a later horizon goes on
  const year = goalYear(before.slice(m.index, m.index + m[0].length + 40));
  return year ? yearPeriod(year) : undefined;
}
