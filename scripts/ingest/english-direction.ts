/**
 * The direction the English words around a number give it ("down 15%", "fell by 3 percent", "12 percent lower", "a 54 per cent
 * rise"), and the steps that carry a direction to the next figure of a series ("… 42 per cent in volume and 27 per cent"). Split
 * from `english-words.ts` (session 53). Each test reads the lowercased text right before or after the number. Pure.
 */
import type { Direction } from '../../src/schemas/metric';

/** A verb of movement in any form, as an alternation in one group ("rose", "increasing", "fell", "climbed", "up"): what says a figure moved
 *  (`english-move.ts`' moves and their starts, session 40 and 46; `english-dates.ts`' changes between two months). */
export const MOVE_VERBS = String.raw`(?:ris(?:e|es|en|ing)|rose|gr(?:ew|own|ow|ows|owing)|increas(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|mov(?:ed|es|ing)|improv(?:ed|es|ing)|went|fell|fall(?:en|s|ing)?|dropp?(?:ed|s|ing)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|slipp?(?:ed|s|ing)?|slid|surg(?:e|ed|es|ing)|soar(?:ed|s|ing)?|plummet(?:ed|s|ing)?|plung(?:e|ed|es|ing)|tumbl(?:e|ed|es|ing)|slump(?:ed|s|ing)?|dipp?(?:ed|s|ing)?|rebound(?:ed|s|ing)?|recover(?:ed|s|ing)?|expand(?:ed|s|ing)?|shr(?:ank|unk|inks?|inking)|advanc(?:ed|es|ing)|edg(?:ed|es|ing)|leap(?:t|ed|s)?|up|down)`;
/** The nouns and words of a change a start follows with "from" ("a 16.78 per cent increase from …", "up from …"), as an alternation. */
export const CHANGE_WORDS = 'increase|rise|growth|jump|decrease|drop|decline|fall|up|down';

/** Qualifier words that may stand between a verb of change and its number ("rose by about 5%"). */
const HEDGE = String.raw`(?:\s+(?:over|about|around|nearly|almost|roughly|approximately|more than|less than|at least|some|only|just|a further))?`;
/** Session 24: how a verb of change is said before its "by" ("decreased slightly by 1.5%", "rose sharply by 20%"). */
const MANNER = String.raw`(?:\s+(?:slightly|sharply|strongly|significantly|marginally|modestly|steeply|considerably|substantially|further|again))?`;
/** Round 48: how big a change is said with an article before its number ("declined by a sharp 28%", "rose by a modest 2%"). */
const SIZED = String.raw`(?:\s+an?\s+(?:sharp|steep|slight|modest|significant|marginal|further|whopping|staggering|massive|record))?`;
/** A fall before the number: "down 15%", "decreased by 4%", "a decline of 3 percent", "reduced by 6.3 percent"; round 51: "decreasing by 2.37 per cent", "plummeted by 63%"; round 64: "slip by 15 percent". */
const FALL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:down|decreas(?:e[sd]?|ing)|declin(?:e[sd]?|ing)|f[ae]ll(?:s|ing|en)?|drop(?:s|ped|ping)?|reduc(?:e[sd]?|ing|tion)|shr[ua]nk|contract(?:ed|ion)|slid|slip(?:s|ped|ping)?|dipped|cut|plummet(?:ed|s|ing)?|plung(?:e[sd]?|ing)|tumbl(?:e[sd]?|ing)|slump(?:ed|s|ing)?|sank)${MANNER}(?:\s+(?:by|of))?${SIZED}${HEDGE}\s*$`, 'u');
/** Round 53: a cut with its object between the verb and "by" ("reduce government procedures by at least 20 per cent"). */
const CUT_OBJECT_BY = new RegExp(String.raw`(?<![\p{L}])(?:reduc(?:e[sd]?|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?)(?:\s+[\p{L}-]+){1,5}\s+by${HEDGE}\s*$`, 'u');
/** A rise before the number: "up 5%", "increased by 8 per cent", "a growth of 26 percent", "surging 10 percent", a growth rate
 * stated ("GDP growth reached 7%", "the growth rate was 9%"); not the "up" of a part's verb ("made up 10% of", "makes up", "taking up"). */
const RISE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?<!(?:made|makes?|making|took|takes?|taking)\s+)up|growth(?:\s+rate)?\s+(?:reached|was|is|remained|stood\s+at|hit|came\s+in\s+at)|growth\s+rate\s+(?:at|of)|increase[sd]?|increasing|r(?:ise|ose|isen|ising|ises)|gr(?:ew|own|owth|ow|ows|owing)|surg(?:ed|ing|es?)|jump(?:ed|s)?|climb(?:ed|s)?|soar(?:ed|s)?|expan(?:ded|sion))${MANNER}(?:\s+(?:by|of))?${SIZED}${HEDGE}\s*$`, 'u');
/** A word of what a growth is in or of ("growth in fibre broadband"): no auxiliary, conjunction or verb of another subject ("… took
 *  household coverage to 85%", "… has helped it reach 60%": those verbs have their own object). */
/** The auxiliaries that may stand between a growth and its verb of level ("growth will hit", "is forecast at") and never inside the words of what it is in. */
const AUXILIARIES = 'will|would|could|may|is|are|was|were|has|had|have';
const GAP_WORD = String.raw`(?!(?:and|or|while|but|${AUXILIARIES}|took|takes|take|helped|helps|help|brought|brings|pushed|pushes|made|makes|led|leads|drove|drives|allowed|allows)(?![\p{L}]))(?:q[1-4]|\(?\p{L}\d\p{L}\)?|[\p{L}()'’-]+)`;
const GROWTH_GAP = String.raw`(?:\s+(?:for|of|in)\s+(?:${GAP_WORD}\s+){0,5}?${GAP_WORD})?`;
const LEVEL_FILLERS = String.raw`(?:(?:${AUXILIARIES}|been|be|now|also|initially|expected|projected|forecast|estimated|set|adjusted|raised|revised|lifted|lowered)\s+){0,3}`;
/** Round 58: a growth rate as the subject, its figure after a verb of level ("July growth climbed to 25 per cent", "growth will hit 27.67 per
 *  cent", "raised its annual e-commerce growth target for the B2C model to 25.5 per cent", "average growth in Q4 is forecast at 33.67 per
 *  cent"): the figure is the rate of growth, not a share. No comma, figure, second measure or verb of another subject between ("growth and
 *  inflation at 4%", "growth in fibre broadband took household coverage to 85%"); a bare "to" only after a target or forecast. */
const GROWTH_LEVEL_BEFORE = new RegExp(String.raw`(?<![\p{L}])growth(?:\s+rates?)?(?:\s+(?:targets?|forecasts?|projections?|estimates?)${GROWTH_GAP}\s+${LEVEL_FILLERS}(?:to|at|of)|${GROWTH_GAP}\s+${LEVEL_FILLERS}(?:at|hit|reach(?:ed|es)?|(?:climb|jump|accelerat|slow)(?:ed|s)?\s+to|r(?:ose|ise|isen)\s+to))(?:\s+(?:about|around|approximately|roughly|nearly|almost|some|over|more\s+than))?\s*$`, 'u'); // session 50: "an economic growth forecast of around 6.5%"
/** Round 58: the share a part has in a growth, said with a verb ("The contribution of total factor productivity (TFP) to economic growth is
 *  over 55%"): no rise; not the growth a part contributes to ("contributing to GDP growth of over 8%"). */
const SHARE_OF_GROWTH = /(?<![\p{L}])contribut(?:ion|ions|es|ed|ing)(?![\p{L}])[^,;.\d%]{0,80}?(?<![\p{L}])to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}growth\s+(?:is|was|reached|reaches|stood\s+at)(?:\s+(?:over|about|around|nearly|almost|more\s+than|at\s+least))?\s*$/u;
/** A fall or rise named right after the number: "15 percent lower than", "a 54 per cent rise". */
const FALL_AFTER = /^\s*(?:lower|less|down|fewer|drop|decrease|decline|fall(?!\s+(?:under|outside|(?:within|into)\s+(?:the\s+|a\s+)?(?:scope|category|categories|group|groups|class|bracket|threshold))(?![\p{L}])))(?![\p{L}])/u; // session 47: not "37,576 fall under the mandatory rule" (belong to); review: "a 12% fall in line with …" is a fall
/** Round 64: a share's cut named right after it ("a 52% reduction in fraud cases", "a 30 percent cut in costs"); not a count's noun ("15 reduction
 *  packages") nor a threshold ("the 600 cut-off"). */
const PERCENT_FALL_AFTER = /^\s*(?:reduction|cut|contraction)(?![\p{L}-])/u;
const RISE_AFTER = /^\s*(?:higher|more than|up|rise|increase|growth|jump)(?![\p{L}])/u;

/** Round 48: falls named as the sentence's subject, then their figures ("The sharpest declines were reported in March, April, and May, with
 *  figures of 22.8 per cent, …"). */
const FALLS_WITH_FIGURES = /(?<![\p{L}])(?:declines|falls|drops|decreases|reductions)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])figures\s+of\s*$/u;

/** The direction the words around a number give it, or undefined; `before` may reach back to the sentence's subject (`FALLS_WITH_FIGURES`). */
export function englishDirection(before: string, after: string, percent = false): Direction | undefined {
  if (FALL_BEFORE.test(before) || CUT_OBJECT_BY.test(before) || FALL_AFTER.test(after) || (percent && PERCENT_FALL_AFTER.test(after)) || FALLS_WITH_FIGURES.test(before)) return 'down';
  if (SHARE_OF_GROWTH.test(before)) return undefined;
  if (RISE_BEFORE.test(before) || RISE_AFTER.test(after) || GROWTH_LEVEL_BEFORE.test(before)) return 'up';
  return undefined;
}

/** A list step after a number with a direction: "… 42 per cent in volume and 27 per cent", "… 3%, 4%", "… 3 per cent on-month and 16 per cent …", or the same change
 *  restated ("decreased by US$5.11 billion, or 18.9%", session 24): the direction goes on. */
const SERIES_STEP = /^(?:\s+(?:in|of|for)\s+[\p{L}\s]{1,24}?|\s+(?:on-(?:month|year|quarter)|(?:year|month|quarter)-on-(?:year|month|quarter)))?\s*(?:,|and|,\s*and|while|,?\s*or)\s*$/u; // round 48: "falling by 3 per cent on-month and 16 per cent …"

/** Session 50: the next subject of a gapped verb, then "by" ("Lazada's revenue fell by 43.81% and Tiki by 48.55%"): one to three words, no verb of movement. */
const GAPPED_SUBJECT_BY = new RegExp(String.raw`^\s*(?:,|and|,\s*and)\s+(?:(?!(?:${MOVE_VERBS}|was|were|is|are|been|be|being|has|have|had|\p{L}+ed)(?![\p{L}]))[\p{L}][\p{L}'’.-]*\s+){1,3}by\s*$`, 'u'); // review: not "…, and were replaced by 60% more

/** True when `between` (the text from the last number to this one, lowercase) only steps to the next item of a series, or to the next subject of a gapped verb. */
export function continuesSeries(between: string): boolean {
  return SERIES_STEP.test(between) || GAPPED_SUBJECT_BY.test(between);
}
