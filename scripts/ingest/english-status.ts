/**
 * Round 35: the status of a figure on an English page (`english-page.ts`), as `status.ts` reads "ước", "mục tiêu" and
 * "so với" on a Vietnamese one: an estimate word before it in its clause ("is estimated at 12 percent, up 2 percent":
 * both), a goal's words right before it ("a target of 30 percent", "aims to reach 80%"), and a comparison's value
 * ("compared to 30%", "lower than the 5,200"). "About", "around" and "approximately" only approximate. Pure.
 */
import { CHANGE_WORDS } from './english-direction';
import type { GoalFrame } from './goal-frame';
import { yearPeriod } from './period-set';
import { BODY_EXPECTS, continuesEnglishGoals, EXPECTS_THAT_BY, PROJECTS_VERB, saysDoneInEnglish, statesPastInEnglish } from './english-goal-frame';
import { BY_YEAR_END, GOALS_YEARS, MONTH, monthOf } from './english-dates';

/** An estimate word: "estimated", "an estimate of" (session 25), "expected", "forecast", "projected"; round 50: "could", a "scenario"; session 43: "forecasted/predicted to (reach)" or "… at" (not "as
 *  predicted", "than forecasted": a result against a forecast); session 48: "is likely to expand by 5.81%" (review: a copula right before it and a verb of a level after it, not "more likely to shop", "is not likely"); and a verb of foresight before "to" ("MIC projects ICT industry revenue to reach …"; not the noun, "projects worth $5 billion"; not "Vietnam expects … to", a plan's goal as the corpus reads it). */
/** The participles of foresight, shared by `ESTIMATE` and `ESTIMATE_LEAD`. */
const FORESIGHT = String.raw`expected|estimated|forecast|projected`;
/** Verbs of a level a foreseen figure reaches ("to reach", "to grow", "to account for"), shared by "likely to" and "projects … to". */
const LEVEL_VERB = String.raw`reach|hit|grow|rise|increase|expand|exceed|total|top|surpass|climb|account|make|double|triple`;
const ESTIMATE = new RegExp(String.raw`(?<![\p{L}])(?:${FORESIGHT}|estimates?|could|scenarios?|(?<=(?<![\p{L}])(?:is|are|was|were)\s+)likely\s+to(?=\s+(?:${LEVEL_VERB}|fall|drop|decline|decrease)(?![\p{L}]))|(?:forecasted|predicted)(?=\s+(?:to|at)\s)|(?:projects|forecasts|predicts|(?<=,\s?)(?:projecting|forecasting|predicting))(?=\s[^,;.]{0,80}?\sto\s+(?:${LEVEL_VERB}|be|achieve)(?![\p{L}]))|(?:forecasts?|forecasting|predicts?|predicting|${PROJECTS_VERB}|projecting)(?=\s+an?\s*$))(?![\p{L}])`, 'iu'); // round 72: "A 2023 McKinsey report forecasts a 10% annual increase …, predicting total expenditures to reach $49 billion", "Experts predict a 5% fall" (review: the figure right after "a" only, not "…, after 13,900 attacks were recorded"; the "-ing" forms after a comma only, not "Its forecasting system helped sales to reach …") // round 50: a scenario's figure ("with a breakthrough scenario, … could account for 26.2 per cent")
/** Round 57: a budget's estimate as a noun a share is measured against ("equal to 38.9% of the estimate", "30.9% of its estimate for
 *  the year", the Vietnamese "dự toán"): no estimate word for the figures after it. */
const BUDGET_ESTIMATE = /(?<![\p{L}])(?:of|over|above|below|under|exceeding)\s+(?:the|its|their)\s+(?:(?:annual|yearly|budget|full[- ]year)\s+)?estimates?(?![\p{L}])/giu;
/** Session 43: a goal of something reaching a level, the figure that level: "the goal of electronic payment rates reaching 50% by 2025". */
const GOAL_OF_REACHING = /(?<![\p{L}])(?<!(?:met|meets|meeting|exceeded|exceeds|achieved|achieves|fulfilled|surpassed|reached|hit)\s)(?:the|a|an|its|their|our|this)\s+(?:goals?|targets?|objectives?|aims?)\s+of\s+[^,;.\d]{1,60}?\s(?:reaching|hitting|achieving|attaining|accounting\s+for|making\s+up|rising\s+to|increasing\s+to|growing\s+to)(?:\s+(?:about|around|nearly|over|more\s+than|at\s+least))?\s*$/iu;
/** A goal's words right before the figure: "target of", "targets", "aims to reach", "goal of", "plans to have"; round 49: its year between ("the target of 2025 of 20%"), "set its sights on reaching";
 *  session 50: a span of years between ("The goals for the period 2021-2025 include 70%"; read over the clause's last 70 characters, as such a
 *  span does not fit in 40), "is targeting", "targeting a staggering" (review: not "cyberattacks targeting 13,900 systems"). */
const GOAL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:targets?|targeted|(?:is|are|was|were|be|been)\s+targeting|targeting\s+an?(?:\s+(?:staggering|record|new|ambitious|whopping|massive|modest))?|goals?|objectives?|aims?\s+(?:to\s+\w+|for|at)|aiming\s+(?:to\s+\w+|for|at)|plans?\s+to\s+\w+|sights\s+on\s+\w+)(?:${GOALS_YEARS})?(?:\s+(?:of|is|was|at|for|to reach|to|include|includes|are|were|is\s+for|are\s+for|is\s+to|such\s+as|including|like))?(?:\s+(?:having|reaching|achieving|getting|bringing))?(?:\s+(?:about|around|nearly|over|more than|at least))?(?:\s*\()?\s*$`, 'iu'); // round 53: "goals such as 80% of people …"; session 49: the goal's level bracketed after it, "the industry's target in 2025 (60%)"
/** Session 48: a goal named with who set it, then its level after "at" ("higher than the target set by the NA at 6-6.5%", "the target
 *  assigned by the Government at 8%"): the figure is that goal. */
const GOAL_SET_BY_BEFORE = /(?<![\p{L}])(?:targets?|goals?)\s+(?:set|approved|assigned|adopted|given)\s+by\s+[^,;.\d]{1,60}?\sat\s*(?:about\s+|around\s+)?$/iu; // review: "at" only ("plans approved by the leaders of 45 ministries": the setter's "of")
/** A comparison right before the figure: "compared to", "compared with", "against", "lower/higher than (the)" (not "more than", a qualifier),
 *  a change's start ("a 131 per cent increase from Q1/2024's $706 million", session 24), a record beaten ("surpassing his previous record of", session 50). */
const COMPARED_BEFORE = new RegExp(`(?<![\\p{L}])(?:compared\\s+(?:to|with)|against|(?:surpass(?:ing|ed|es)?|exceed(?:ing|ed|s)?|beat(?:ing|s)?|break(?:ing|s)?|broke|top(?:ping|ped|s)?)\\s+(?:(?:his|her|its|their|the)\\s+)?(?:previous|former|earlier|old|last)\\s+record\\s+(?:of\\s+)?|(?:lower|higher)\\s+than(?:\\s+the)?|(?:${CHANGE_WORDS})\\s+from(?:\\s+[^\\s,;]+['’]s)?)\\s*(?:(?:us\\s*)?\\$|usd|vnd)?\\s*$`, 'iu');

/** Round 50: a scenario's projection ("Under the normal scenario, … will only reach 10.5 per cent of GDP by 2025"): what might be, charted in no series. */
const SCENARIO = /(?<![\p{L}])scenarios?(?![\p{L}])/iu;

/** True when an English sentence gives a scenario's projection (`SCENARIO`). */
export function isScenarioFigure(sentence: string): boolean {
  return SCENARIO.test(sentence);
}

/** The `;`- or sentence-clause of `s` up to offset `at`. */
function clauseBefore(s: string, at: number): string {
  return s.slice(0, at).split(/;|\.\s/u).at(-1)!;
}

/** Round 40: a second goal joined to a first by "and" ("a target of 100% 4G coverage by 2025 and 100% 5G coverage by 2030"): the
 *  goal's words, a figure, words and a year only (no verb, no other figure), then "and"; session 25: up to 14 words, a comma before
 *  "and" ("One of its objectives is for over 50% of adults to have … by 2024, and more than 70% by 2030"). */
const JOINED_GOAL = /(?<![\p{L}])(?:targets?|goals?|objectives?)\s+(?:(?:of|is\s+for|are\s+for)\s+)?(?:about\s+|at\s+least\s+|over\s+|more\s+than\s+)?\d[\d.,]*\s*%?(?:\s+(?:(?<=(?<![\p{L}])to\s+)have|(?!(?:is|are|was|were|has|have|had|reached|reaches|rose|fell)(?![\p{L}]))[\p{L}\d-]+),?){0,14}\s+and(?:\s+(?:about|around|nearly|over|more\s+than|at\s+least))?\s*$/iu;

/** True when the clause up to the figure (`before`) is a goal's first figure and its words, then "and" (`JOINED_GOAL`). */
function joinsGoal(before: string): boolean {
  return JOINED_GOAL.test(before);
}

/** Session 24: a goal's verb earlier in the clause ("The Ministry aims for the sector to … over 45%", "It also wants to have 10
 *  localities …", "plans to have 100,000 … and have at least 10 firms …"); session 25: "targets" as a verb, after its subject and
 *  before its object ("The city targets the digital economy at 30%"), not the noun ("the targets of the plan", "Hanoi's targets"); round 54:
 *  "targeting" after its auxiliary ("is targeting 5% growth"), not a noun's participle ("2,364 phishing domains targeting users …");
 *  round 55: "hopes that", "hoping to" (session 42: "is hoped to account for 25%", the passive only: "Investors hoped for …, but …" reports); round 57: "hoping for", "wants" right before the figure or with what it wants "to" do ("It wants its digital economy to
 *  account for 20 percent", "The country wants 80 percent of the population to …"; not "Consumers want faster delivery, and 60 percent …"), "setting the goal", a goal "of" a gerund ("the goal of raising the contributions
 *  … to 20% by 2025"); session 47: a goal "to" a verb ("outlines Vietnam's ambitious goals to rank among the top three"; not "has achieved its
 *  goals to …", nor "goals to date"); session 49: not "set" as an adjective ("exceeded the set targets, achieving 109.8%"); a goal's year or field before "is to" ("the goal for this year is to
 *  increase … to 80%"); goals that "include" a list ("targets include the percentage of SMEs … to reach 30%"; not "achieved targets include"); round 71: the goals'
 *  owner between ("Specific targets of the work plan include developing 48,000 …"; review: not "the goals of the programme that have been met include"). */
const GOAL_VERB = /(?<![\p{L}])(?:aims?|aiming|plans?\s+to|planning\s+to|wants?(?=\s+(?:to\s|(?:its|their|the|our|his|her)\s[^,;:.]{0,60}?\sto\s|$))|seeks?\s+to|hop(?:es|ing)\s+(?:that|to|for)|(?:is|are|was|were)\s+hoped\s+to|it\s+is\s+hoped\s+that|striv(?:es?|ing)\s+(?:to|for)|ambitions?\s+(?:of|to)|(?:the|its|their|our|this)\s+(?:(?:ambitious|main|key|overall|general|ultimate|primary|long-term|first|next|new)\s+)?(?:goals?|targets?|aims?|objectives?)(?:\s+(?:for|of|in)\s+[^,;.\d]{1,30}?)?\s+(?:is|are|was|were)\s+to|(?<!(?:achieved|met|reached|exceeded|completed|surpassed)\s+)(?:targets?|goals?|objectives?)(?:\s+of\s+(?:the|its|their|this|that)\s+(?:(?!(?:met|achieved|reached|exceeded|completed|fulfilled|attained|surpassed|done)(?![\p{L}]))[^,;.\d]){1,40}?)?\s+include|intends?\s+to|(?<!(?:the|its|their|all|our|these|those)\s)(?:sets?|setting)\s+(?:(?:a|the|its|their)\s+)?(?:goals?|targets?)|(?:the|a|an|its|their|our)\s+(?:goals?|targets?|aims?|objectives?)\s+of\s+\p{L}+ing|targets?\s+to|(?<=(?<![\p{L}])(?:is|are|was|were|be|been|also|now|still|and|by|while)\s)targeting|(?:is|are)\s+set\s+to|(?<!(?:met|meets|meeting|achieved|achieves|reached|exceeded|fulfilled|surpassed|missed|misses|hit|hits|completed|completes)\s+(?:(?:its|the|their|our|all)\s+)?(?:\p{L}+\s+)?)(?:goals?|targets?|objectives?|ambitions?)\s+to\s+(?!date(?![\p{L}]))\p{L}+|(?<!(?:the|its|their|these|those|of|our|and|key|main|new|set|two|three|\d+(?:\/\d+)?|\p{L}+['’]s)\s+)targets(?=\s+(?!of|to|for|are|were|is|was|set|include|includes|in|by|and|has|have)\p{L}))(?![\p{L}])/giu;
/** A verb that reports what was done, between a goal's verb and the figure: the figure is a result ("aimed to …, and has reached 70%"). */
const DONE_VERB = /(?<![\p{L}])(?:reached|achieved|recorded|hit|was|were|stood|rose|grew|fell|increased|decreased|exceeded|surpassed|completed|(?:reaching|achieving|hitting)\s+only)(?![\p{L}])/iu; // review of round 66: "…, reaching only 65 percent", "has completed 95 percent"

/** Round 53: "will" before the figure in its clause ("will expand to 1,600 racks", "will invest another 10 trillion VND"): what is to be;
 *  round 71: "would", its reported form ("its digital economy would contribute 30 percent of the national GDP, Tam said"). */
const WILL = /(?<![\p{L}])(?:will|would)(?:\s+(?:also|further|then|soon|continue\s+to))?\s+\p{L}+/giu;
/** Words of a forecast in the sentence ("anticipates", "According to the e-Conomy SEA report", "In the normal scenario"): what "will" be is foreseen, not set. */
const FORESEEN = /(?<![\p{L}])(?:anticipat\p{L}*|predict\p{L}*|forecast\p{L}*|project(?:s|ed|ion|ions)|expect\p{L}*|estimat\p{L}*|according\s+to|reports?|scenarios?|likely|could|may)(?![\p{L}])/iu;

/** A perfect tense after "will" ("…, and it has opened 25"): the figure is what was done. */
const HAS_DONE = /(?<![\p{L}])(?:has|have|had)\s+(?:\p{L}+\s+)?(?!(?:planned|targeted|aimed|decided|pledged|committed|proposed|asked|requested|vowed|promised|sought|called|urged)\s+to\s)\p{L}+ed(?![\p{L}])/iu; // review: not a plan's "has also planned to train 5,000" (third review: "have committed $20 billion" is done)

/** The status "will" gives the figure (`before`: its clause up to it; `sentence`: the whole): a forecast's estimate, else a plan's target; none without "will" or past a result's verb. */
function willStatus(before: string, sentence: string): 'estimate' | 'target' | undefined {
  const will = [...before.matchAll(WILL)].at(-1);
  if (!will) return undefined;
  const after = before.slice(will.index + will[0].length);
  if (DONE_VERB.test(after) || HAS_DONE.test(after)) return undefined;
  return foresees(sentence) ? 'estimate' : 'target';
}

/** Round 60: a deadline year opening the figure's clause ("by 2025, at least 20% to the city's GRDP will be generated by digital economy"). */
const BY_YEAR_BEFORE = new RegExp(`${BY_YEAR_END}[^;]*$`, 'iu');
/** "will" and its verb after the figure, in its clause, with no other clause's words between ("… will be generated", "… will have"). */
const WILL_AFTER = /^[^,;:.!?()]{0,90}?(?<![\p{L}])will\s+(?:not\s+|also\s+|still\s+)?\p{L}+/iu;
/** Words between the figure and "will" that make it no subject of it: a report's verb, a relative pronoun, "if", a finite verb of its own
 *  ("had registered", "was"), or a conjunction that brings another subject ("… and the ministry will", "… but will need"; not "aged 15 and above"). */
const NOT_WILL_SUBJECT = /(?<![\p{L}])(?:said|say|says|think|thinks|believe|believes|expect|expects|which|who|that|if|when|whether|had|has|have|was|were|did|(?:and|but|as|so|while)(?!\s+(?:above|over|older|under|below|more)(?![\p{L}])))(?![\p{L}])/iu; // "410 server racks and will expand", review: "… had registered for the app and the ministry will …": another verb or subject first
/** A plan cited as the source ("According to the Plan, …"; session 49: a body's requirements or targets, "According to the Government 's
 *  requirements, by 2025, …"), its expectation ("It expects that by 2025, …") or a body's own ("The province expects
 *  that …", session 48, `BODY_EXPECTED`): its figures are goals, no forecast's. */
const PLAN_CITED = new RegExp(String.raw`(?<![\p{L}])(?:according\s+to\s+(?:the|this|its|their)\s+(?:[\p{L}-]+\s*['’]s\s+)?(?:master\s+)?(?:plan|programme|program|strategy|resolution|decision|project|scheme|requirements?|directives?|targets?|goals?|objectives?)|${EXPECTS_THAT_BY})(?![\p{L}])`, 'giu');
/** Session 48: a body's own expectation ("The province expects that digital economy will make up 20% of its GRDP"): its plan's goal. */
const BODY_EXPECTED = new RegExp(String.raw`(?<![\p{L}])${BODY_EXPECTS}(?![\p{L}])`, 'giu');

/** True when the sentence foresees (`FORESEEN`) once a plan cited as its source (`PLAN_CITED`) and a body's own expectation (`BODY_EXPECTED`, not
 *  its `OUTLOOK`) are set aside. */
function foresees(sentence: string): boolean {
  const cited = sentence.replace(PLAN_CITED, ' ');
  return FORESEEN.test(OUTLOOK.test(sentence) ? cited : cited.replace(BODY_EXPECTED, ' '));
}

/** Third review: this or next year's outlook, or a fall expected ("The city expects that tourism revenue will fall 10% this year"): a body's
 *  expectation that forecasts, not its plan. */
const OUTLOOK = /(?<![\p{L}])(?:this|next)\s+year(?![\p{L}])|(?<![\p{L}])(?:fall|drop|decline|decrease|shrink)(?![\p{L}])/iu;

/** Round 60: the figure as the subject of "will" after a deadline that opens its clause ("By 2025, at least 20% … will be generated …"): a
 *  plan's target, or a forecast's estimate when the sentence foresees (not when it cites a plan); none when `NOT_WILL_SUBJECT` words stand
 *  between (and none with no deadline: "86 million accounts … will be disabled from September 2025" is a set-aside of accounts that exist). */
function deadlineWillStatus(before: string, after: string, sentence: string): 'estimate' | 'target' | undefined {
  if (!BY_YEAR_BEFORE.test(before)) return undefined;
  const m = WILL_AFTER.exec(after);
  if (!m || NOT_WILL_SUBJECT.test(m[0].slice(0, m[0].toLowerCase().lastIndexOf('will')))) return undefined; // the words before "will"
  return foresees(sentence) ? 'estimate' : 'target';
}

/** Session 42: a sentence that opens on a plan as its source ("According to the plan of the Hai Phong City People's Committee, …"). */
const OPENS_ON_PLAN = /^\s*according\s+to\s+(?:the|this|its|their)\s+(?:master\s+|action\s+)?(?:plan|programme|program|strategy|resolution|scheme)(?![\p{L}])[^,;]{0,100},/iu;

/** Session 42: a deadline ("by the end of 2025", "by 2030") anywhere before the figure, its year in group 1. */
const BY_YEAR = new RegExp(BY_YEAR_END, 'iu');

/** Session 42: a figure after a deadline in a sentence that opens on a plan (`upTo`: the sentence up to the figure; "According to the plan
 *  …, by the end of 2025, the density of digital economy reached 35% GRDP; … reaches a minimum of 15%"): the plan's goal, whatever tense
 *  the translation gives its verb; only a deadline after the page's year, or on a page with none (second review: "According to the plan, by
 *  the end of 2025, 80 percent of adults had digital signatures" on a page of 2026 is a result). */
function planDeadlineStatus(upTo: string, articleYear: number | undefined): 'target' | undefined {
  const plan = OPENS_ON_PLAN.exec(upTo);
  const by = plan ? BY_YEAR.exec(upTo.slice(plan[0].length)) : null;
  return by && (articleYear === undefined || Number(by[1]) > articleYear) ? 'target' : undefined; // second review: a deadline the page has passed reports results
}

/** Round 64: a group's own wish ("who/that want", the goal verb's match), then a comma or a copula before the figure: the wish is the group's,
 *  the figure counts it or something else of it ("The number of beneficiaries who want to make non-cash payments is 538,563, an increase of
 *  59,632"; "Among firms that want to adopt AI, 45% lack …"), not what a body wants ("a country that wants its digital economy to account for 20%"). */
const COUNTED_AFTER_WISH = /,|\s(?:is|are|was|were|reached|totall?ed|stood\s+at|numbered)\s+(?:(?:about|nearly|over|more\s+than|some|almost|around)\s+)?(?:$|\d)/iu;

function wishOfGroupBefore(before: string, goal: RegExpMatchArray): boolean {
  return /^wants?/iu.test(goal[0]) && /(?:who|that)\s+$/iu.test(before.slice(Math.max(0, goal.index! - 6), goal.index)) && COUNTED_AFTER_WISH.test(before.slice(goal.index));
}

/** True when a goal's verb stands earlier in the clause (`before`) and no verb of a result stands between it and the figure, nor a turn to
 *  what was done (before the figure or in the rest of its clause, `after`), nor counts a group's own wish (`wishOfGroupBefore`). */
function inGoalClause(before: string, after = ''): boolean {
  const goal = [...before.matchAll(GOAL_VERB)].at(-1);
  const between = goal ? before.slice(goal.index + goal[0].length) : '';
  const rest = after.split(/[;.](?!\d)/u)[0]!; // review: the turn's verb may follow the figure ("…, but by May only 60% had been digitised")
  const turned = TURN.test(between) && (HAS_DONE.test(between) || HAS_DONE.test(rest)); // third review: a perfect only ("…, which were offline in 2020" is no turn)
  return !!goal && !DONE_VERB.test(between) && !turned && !wishOfGroupBefore(before, goal);
}

/** Session 54: goals told in a bracket right after their noun ("surpassing the targets set in the action programme (97% by 2020 and 98.5% by
 *  2024)"): each figure of the bracket is a goal (not "exceeded its targets (reaching 105% and 110%)": a verb opening the bracket reports results). */
const GOALS_BRACKET = /(?<![\p{L}])(?:targets?|goals?|objectives?)(?:\s+(?:set|outlined|laid\s+(?:out|down)|adopted|approved|assigned|given)(?:\s+(?:in|by|under)\s+[^()]{1,80}?)?)?\s*\((?!\s*(?:reach(?:ing|ed)?|achiev(?:ing|ed)|exceed(?:ing|ed)?|surpass(?:ing|ed)?|hit(?:ting)?|rose|rising|grew|growing|increas(?:ing|ed)|climb(?:ing|ed)|post(?:ing|ed)|record(?:ing|ed)|up|down|with|at(?!\s+(?:least|most)))(?![\p{L}]))(?:[^()]*?(?:,|\sand|;)\s*)?(?:(?:about|around|nearly|over|more\s+than|at\s+least)\s+)?$/iu;
/** Session 25: a goal as the clause's subject, then its level: "The target for labour productivity growth is set between 7% and 7.5%", "its goal for 2026 is 80%". */
const GOAL_SUBJECT_BEFORE = /(?<![\p{L}])(?:the|its|their|this|our)\s+(?:targets?|goals?|objectives?)\s+(?:for|of)\s+(?:(?!\s(?:is|are|was|were|and|as)\s)[^,;.]){0,90}?\s(?:is|are|was|were)\s+(?:set\s+)?(?:at\s+|to\s+(?:have|reach|achieve|get|bring|attract|train|issue)\s+|to\s+|between\s+|(?:having|reaching|achieving|establishing|creating|bringing|attracting|training|building|developing|issuing)\s+)?(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|at\s+least\s+)?(?:(?:us\s*)?\$|usd\s*|vnd\s*)?$/iu; // round 45: "The goal for 2025 is to have 60,000 …"

/** Second review: commitments reported as signed or paid right after the figure ("Commitments of US$ 2 billion were signed at the forum"). */
const SECURED_AFTER = /^[^.;]{0,60}?(?<![\p{L}])(?:was|were|has\s+been|have\s+been)\s+(?:signed|secured|disbursed|fulfilled|realised|realized|paid)(?![\p{L}])/iu;
/** Session 49: a promise or a plan's level right before the figure: a pledge ("Google has pledged 40,000 scholarships", "the minimum commitment
 *  of 20,000 stations", "promised to provide 500"), a headline's aim ("industry eyes 25 billion USD … by 2030"), a plan's level in brackets
 *  after a result ("9.56% (plan 12%)"). Not "pledged capital reached …" (no figure right after); review: not a pledge reported in the
 *  past ("Foreign investors pledged US$ 36.6 billion in 2023": a registered figure), nor commitments secured or signed. */
const PROMISED_BEFORE = /(?<![\p{L}])(?:(?:has|have|had)\s+(?:also\s+|already\s+)?pledged|pledged\s+to\s+\p{L}+|pledges|pledging|promised?\s+to\s+\p{L}+|promises\s+to\s+\p{L}+|(?<!(?:secured|signed|attracted|received|mobili[sz]ed|fulfilled|disbursed)\s+(?:\p{L}+\s+)?)commitments?\s+(?:of|to)|(?:eyes|eyeing)|\(\s*(?:plan(?:ned)?|targets?|goals?)\s*:?)\s+(?:(?:about|around|nearly|over|more\s+than|at\s+least|up\s+to)\s+)?$/iu;

/** Round 45: a goal moved to a new level, the figure its new level: "has raised its annual e-commerce growth target for the B2C model to 25.5 per cent". */
const TARGET_MOVED_TO = /(?<![\p{L}])(?:raised|lifted|increased|cut|lowered|revised|adjusted|upgraded|downgraded)\s+(?:its|the|their|this|our)\s+[^,;.]{0,80}?(?<![\p{L}])(?:targets?|goals?)(?![\p{L}])[^,;.]{0,60}?\s+to\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?(?:(?:us\s*)?\$|usd\s*|vnd\s*)?$/iu;

/** A currency sign written before the figure's numeral. */
const CURRENCY_END = /(?:US\$|USD|VN[DĐđ]|\$)\s?$/u;

/** Second review of session 43: a turn to what happened after the estimate word ("was predicted to be $5 billion, but reached $6 billion"). */
const TURN = /(?<![\p{L}])but(?![\p{L}])|,\s*(?:while|whereas|however|yet)(?![\p{L}])/iu; // third review: not "It is estimated that while 70% …"

/** True when an estimate word stands in the clause before the figure (`ESTIMATE`) with no turn to a result between them (`TURN`). */
const ESTIMATE_ALL = new RegExp(ESTIMATE.source, 'giu');
function estimatedBefore(before: string): boolean {
  const last = [...before.matchAll(ESTIMATE_ALL)].at(-1);
  return !!last && !TURN.test(before.slice(last.index + last[0].length));
}

/** Session 48: an estimate's lead-in over a colon's list ("it is expected that 7/9 targets will be achieved as planned: The proportion … is
 *  41.85%; economic structure: …"): its items are estimated up to the sentence's end, as a goal frame carries through a ";"-list (`underEstimateLead`). */
const ESTIMATE_LEAD = new RegExp(String.raw`(?<![\p{L}])(${FORESIGHT})\s+that\s[^:;]*:`, 'iu');

/** The word of the estimate's lead-in the sentence up to the figure (`upTo`) opens before it (`ESTIMATE_LEAD`), with no turn to a result
 *  since, or undefined. */
function estimateLead(upTo: string): string | undefined {
  const lead = ESTIMATE_LEAD.exec(upTo);
  return lead && !TURN.test(upTo.slice(lead.index)) ? lead[1]!.toLowerCase() : undefined;
}

/** True when the figure's clause (`before`) stands under an estimate's list (`upTo`, the sentence up to it): under "estimated that" always
 *  (second review: a translated "ước đạt" reads "reached"), under a forecast's word unless the item says it was done (first review). */
function underEstimateLead(upTo: string, before: string): boolean {
  const lead = estimateLead(upTo);
  return lead === 'estimated' || (lead !== undefined && !saysDoneInEnglish(before));
}

/** The status the English words give the figure at `at` in sentence `s` (a year right after a comparison is the caller's), or undefined. */
export function englishStatus(s: string, at: number, hasClaimBefore: boolean, articleYear?: number): 'estimate' | 'target' | 'baseline' | undefined {
  const before = clauseBefore(s, at).replace(CURRENCY_END, ''); // round 51: "a revenue target of around $140 billion": the sign is the figure's
  const near = before.slice(-40);
  if (hasClaimBefore && COMPARED_BEFORE.test(near)) return 'baseline';
  if (planDeadlineStatus(s.slice(0, at), articleYear)) return 'target';
  if (GOAL_BEFORE.test(before.slice(-70)) || GOAL_SET_BY_BEFORE.test(before.slice(-100)) || GOAL_OF_REACHING.test(before) || joinsGoal(before) || inGoalClause(before, s.slice(at)) || GOAL_SUBJECT_BEFORE.test(before) || GOALS_BRACKET.test(before) || TARGET_MOVED_TO.test(before) || (PROMISED_BEFORE.test(near) && !SECURED_AFTER.test(s.slice(at, at + 80)))) return 'target';
  if (before.length < at && continuesEnglishGoals(s.slice(0, at - before.length), before)) return 'target'; // round 50: "sets the target of 100% …; 100% results …; 50% of …"
  const colon = before.lastIndexOf(':');
  if (colon >= 0 && continuesEnglishGoals(before.slice(0, colon), before.slice(colon + 1))) return 'target'; // round 55: "stated 8 important targets …, such as: 100% of ministries …"
  return estimatedBefore(before.replace(BUDGET_ESTIMATE, '')) || underEstimateLead(s.slice(0, at), before) ? 'estimate' : willStatus(before, s) ?? deadlineWillStatus(before, s.slice(at), s);
}

/** The year before, named right after a comparison's value: "in the same period last year", "a year earlier", "of last year". */
const YEAR_BEFORE_AFTER = /^[^,;.]{0,24}?(?<![\p{L}])(?:(?:the\s+)?same\s+(?:period|time|months?)\s+(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|ago|before)|(?:of\s+)?last\s+year|the\s+previous\s+year)(?![\p{L}])/iu;

/** True when the words right after a baseline value (`after`) date it a year before its claim. */
export function isYearBeforeInEnglish(after: string): boolean {
  return YEAR_BEFORE_AFTER.test(after);
}

/** Round 40: a goal's deadline right after its figure, in the figure's clause ("100% 5G coverage by 2030"): "by (the end of) YYYY"; session 47:
 *  not one past "and" or "or", the next goal's ("reach 20 per cent of regional GDP and by 2030, it must reach 30 per cent"). */
const HORIZON_AFTER = new RegExp(String.raw`^(?:(?!\s(?:and|or|while|but)\s)[^,;.%]){0,60}?(?<![\p{L}])by\s+(?:the\s+end\s+of\s+)?(?:${MONTH}\s+)?((?:19|20)\d\d)(?![\d])`, 'iu'); // round 53: "by June 2023", a month's deadline

/** Session 25: a goal's year right before its figure: "the 2025 target of 80%", "its 2030 goal of 100,000". */
const GOALS_YEAR_BEFORE = /(?<![\d])((?:19|20)\d\d)\s+(?:targets?|goals?|objectives?)(?:\s+(?:of|is|was|at))?(?:\s+(?:about|around|nearly|over|more\s+than|at\s+least))?\s*(?:(?:us\s*)?\$|usd|vnd)?\s*$/iu;

/** The year (or month: "by June 2023") of a goal's deadline named right after its figure (`after`, the sentence from the figure's end), or
 *  its year right before it (`before`, the clause up to the figure: "the 2025 target of 80%"), as a period. */
export function englishHorizon(after: string, before = ''): { iso: string; precision: 'year' | 'month'; text: string } | undefined {
  const named = GOALS_YEAR_BEFORE.exec(before.slice(-60))?.[1]; // review of round 66: "The 2030 target of 1 million … will be reviewed by 2027": the goal's own year
  if (named) return { iso: named, precision: 'year', text: named };
  const by = HORIZON_AFTER.exec(after);
  if (by?.[1]) return { iso: `${by[2]}-${String(monthOf(by[1])).padStart(2, '0')}`, precision: 'month', text: `${by[1]} ${by[2]}` };
  const year = by?.[2];
  return year ? { iso: year, precision: 'year', text: year } : undefined;
}

/** Session 24: a finite verb that states what is or was ("Over 90% of digital firms … are small and medium enterprises"). */
const STATES = /(?<![\p{L}])(?:is|are|was|were|has|have|had|reached|recorded|stood|accounted|accounts|totalled|totaled)(?![\p{L}])/iu;

/** True when an English clause states what is or was: a figure in it does not continue the goals of the sentence before. */
export function statesInEnglish(clause: string): boolean {
  return STATES.test(clause) || statesPastInEnglish(clause);
}

/** Round 47: an English page's heading over a list of goals: "Targets by 2025", "Objectives to 2030", "Main goals", "Specific targets:". */
const GOAL_HEADING = /^\s*(?:(?:main|key|specific|general|overall)\s+)?(?:targets?|goals?|objectives?)(?:\s+(?:by|to|until|for|in)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d))?\s*:?\s*$/iu;

/** A short title over a section ("Tasks", "Solutions", "Implementation"): capitalised, five words at most, no sentence's stop. */
const SHORT_TITLE = /^\s*\p{Lu}[^.!?;:,\d]{0,40}$/u;

/** The goal frame over an English paragraph: the one a goal heading opens (`GOAL_HEADING`: its year, if named, the horizon), none under
 *  another short title, else `current` (a Vietnamese page's frames are read in metrics.ts). */
export function goalFrameUnderEnglishHeading(paragraph: string, current: GoalFrame | undefined): GoalFrame | undefined {
  const m = GOAL_HEADING.exec(paragraph);
  if (m) return m[1] ? { horizon: yearPeriod(m[1]) } : {};
  return SHORT_TITLE.test(paragraph) && paragraph.trim().split(/\s+/u).length <= 5 ? undefined : current;
}

/** Session 47: a sentence that opens on a comparison and names its value there ("As compared to the total funding of $113 million in the
 *  second half of 2022, the total funding also dropped 41 percent", "Compared with 2,000 in 2022, …"): the value before the clause's comma
 *  is what the figures after it are compared with. */
const OPENING_COMPARISON = /^\s*(?:as\s+)?compared\s+(?:to|with)\s+(?:(?!(?:plans?|planned|targets?|targeted|goals?|objectives?|forecasts?|forecast|projected|expected|estimates?|averages?|averaging|other|others)(?![\p{L}]))[^,;.])*$/iu; // review: not a plan's or others' value ("Compared with the plan of 80 percent, …")

/** True when the figure at `at` of English sentence `s` stands in its opening comparison (`OPENING_COMPARISON`) and a figure follows its comma. */
export function inOpeningComparison(s: string, at: number, nextAt: number | undefined): boolean {
  return nextAt !== undefined && OPENING_COMPARISON.test(s.slice(0, at)) && /,/u.test(s.slice(at, nextAt));
}
