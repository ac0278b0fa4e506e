/**
 * Round 57: a rank whose series the matcher read from before its sentence (a head, a topic, the lead: `lexicon.ts`) while its own
 * stretch of words names a part or a group that series leaves out ("was placed 2nd among the 36 lower-middle-income group economies",
 * "In the innovation input sub-index, Vietnam moved up to 50th", "… 59th globally and 6th in ASEAN"): no series. Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import { phraseWords } from './folded-text';
import { folded } from './indicator-forms';
import type { IndicatorQuery } from './indicator-context';
import { containsPhrase } from './series-words';

/** Round 57: true when a rank's series, read from before its sentence (a head, a topic, the lead), is one its own clause names a part
 *  or group the series leaves out (`without`): "was placed 2nd among the 36 lower-middle-income group economies", "In the innovation
 *  input sub-index, Vietnam moved up three spots to 50th". */
export function leftOutByOwnClause(ind: Indicator, q: IndicatorQuery): boolean {
  const words = phraseWords(ownStretch(q.clause, q.at));
  return folded(ind).without.some((w) => containsPhrase(words, w));
}

/** A stretch's bound after the number: a comma, a semicolon or "and"/"và" between spaces. */
const STRETCH_END = /[,;]|\s(?:and|và)\s/u;
/** A stretch's bound before the number: a semicolon or "and"/"và" (a comma may close a lead-in that belongs to it: "In the innovation
 *  input sub-index, Vietnam moved up to 50th"). */
const STRETCH_START = /;|\s(?:and|và)\s/gu;

/** The stretch of `clause` that speaks of the number at `at`: from the last bound before it — a semicolon or "and", else the figure
 *  before it with its own words up to a comma ("5th in ASEAN, 59th globally") — to the first bound after it ("… ranked 55th in the world
 *  and 6th in the ASEAN region": "6th"'s stretch is " 6th in the ASEAN region", "55th"'s "Vietnam ranked 55th in the world"). */
function ownStretch(clause: string, at: number): string {
  const head = clause.slice(0, at);
  const figure = [...head.matchAll(/\d[\d.,/]*/gu)].at(-1);
  const comma = figure ? head.indexOf(',', figure.index + figure[0].length) : -1;
  const afterFigure = figure ? (comma >= 0 ? comma + 1 : figure.index + figure[0].length) : 0;
  const from = Math.max(afterFigure, ...[...head.matchAll(STRETCH_START)].map((m) => m.index + m[0].length));
  const after = STRETCH_END.exec(clause.slice(at + 1));
  return clause.slice(from, after ? at + 1 + after.index : clause.length);
}
