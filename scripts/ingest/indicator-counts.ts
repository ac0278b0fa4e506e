/**
 * Whether a count's noun lets an indicator count it (`countsAllow`, read by `lexicon.ts`' scorer and `series-carry.ts`): the noun right
 * after the number ("34 địa phương …" counts bodies, no indicator's things), or, for a count with no noun of its own, the people its clause
 * counts before it ("số đối tượng … là hơn 2,37 triệu": no transactions). Moved out of lexicon.ts in session 43. Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import { foldKeepingPositions, phraseWords } from './folded-text';
import type { IndicatorQuery } from './indicator-context';
import { folded } from './indicator-forms';
import { AFTER_START, ENGLISH_AFTER_START } from './phrases';

/** Bodies and places that a count may count instead of the indicator's thing ("34 địa phương đã …"). */
const ENTITY_NOUNS = ['dia phuong', 'tinh', 'thanh pho', 'bo', 'nganh', 'so', 'huyen', 'xa', 'phuong', 'co quan', 'don vi', 'quoc gia', 'nuoc'].map(phraseWords);

/** A count's noun read once for all indicators: its folded words and whether it names places or bodies. */
interface Noun {
  noun: string;
  words: string[];
  entity: boolean;
}
/** The last noun read: every indicator asks about the same number's noun in turn. */
let lastNoun: Noun | undefined;

/** A count's noun up to its first delimiter, folded. */
function readNoun(noun: string): Noun {
  if (lastNoun?.noun !== noun) {
    const words = foldKeepingPositions(noun.split(/[,;:.()]/)[0] ?? '').match(/[\p{L}\p{N}]+/gu) ?? [];
    lastNoun = { noun, words, entity: ENTITY_NOUNS.some((p) => p.every((w, i) => words[i] === w)) };
  }
  return lastNoun;
}

/** Session 43: the people a count's clause names with "số" before it ("số đối tượng đã có tài khoản, … là hơn 2,37 triệu"), the last such. */
const PEOPLE_COUNTED = /(?:^\s*|[,;:(]\s*|(?<![\p{L}\p{M}])(?:tổng|là|và|có|với|trong\s+đó)\s+)số(?:\s+lượng)?\s+(đối tượng|người dân|người|hộ gia đình|hộ|học sinh|sinh viên|bệnh nhân|người bệnh|lao động|cán bộ|công chức|học viên|thành viên|đại biểu)(?![\p{L}\p{M}])/gu; // review: "số" as a counting word, not the end of "chữ ký số"
/** Review of session 43: series that count events or things handled (transactions, visits, dossiers, teams, cases, items, invoices,
 *  procedures): people are none of them; holders (accounts, cards, signatures) may be counted as people. */
const EVENT_COUNTS = ['giao dich', 'luot', 'ho so', 'to', 'vu', 'buu gui', 'hoa don', 'thu tuc'].map(phraseWords);

/** Any "số <noun>" counted in a clause: the last one is what a figure with no noun of its own counts (third review). */
const ANY_COUNTED = /(?:^\s*|[,;:(]\s*|(?<![\p{L}\p{M}])(?:tổng|là|và|có|với|trong\s+đó)\s+)số(?:\s+lượng)?\s+[\p{L}\p{M}]/gu;

/** The folded words of the people the clause counts before a figure that has no noun of its own (`PEOPLE_COUNTED`), when they are the last
 *  thing it counts ("số người dân thanh toán …, tổng số giao dịch … là 800 triệu" counts transactions), or undefined. */
function peopleCountedBefore(q: IndicatorQuery): string[] | undefined {
  const before = q.clause.slice(0, q.at);
  const last = [...before.matchAll(PEOPLE_COUNTED)].at(-1);
  const anyLast = [...before.matchAll(ANY_COUNTED)].at(-1);
  return last && anyLast && anyLast.index <= last.index ? phraseWords(last[1]!) : undefined;
}

/** Whether a count's noun ("34 địa phương …") lets `ind` count it; a count with no noun, the people its clause counts before it ("số đối tượng … là 2,37 triệu"). */
export function countsAllow(ind: Indicator, q: IndicatorQuery): boolean {
  if (q.unit !== 'count') return true;
  const noun = (q.noun ?? '').trim();
  const { words, entity } = readNoun(noun);
  const startsWith = (p: string[]) => p.every((w, i) => words[i] === w);
  if (folded(ind).counts?.some(startsWith)) return true;
  if (entity) return false;
  if (!ind.counts) return true;
  if (words.length === 0 && !q.english && folded(ind).counts!.every((c) => EVENT_COUNTS.some((e) => e.join(' ') === c.join(' ')))) {
    const people = peopleCountedBefore(q);
    return !people || folded(ind).counts!.some((p) => p.every((w, i) => people[i] === w));
  }
  return words.length === 0 || AFTER_START.test(noun) || (!!q.english && ENGLISH_AFTER_START.test(noun)) || !/^\p{L}/u.test(noun);
}

