/**
 * Session 42: the subjects of a list of figures given in turn ("with e-commerce, the digital tourism economy, and online payments in 2023
 * rising 11%, 82%, and 20% respectively", "thương mại điện tử, du lịch số và thanh toán trực tuyến năm 2023 lần lượt tăng 11%, 82% và
 * 20%"): the k-th figure measures the k-th subject named before the list, so its series is read in that subject's words alone, not in the
 * sentence's (which named the digital economy for all three). Pure.
 */
import type { Span } from './items';
import { inTurnListStart } from './period-respective';

/** What joins two figures of a list: ", ", ", and ", " and ", ", và ", " và ". */
const JOIN = /^\s*(?:,\s*(?:and\s+|và\s+)?|(?:and|và)\s+)$/iu;
/** "respectively" after the list, in its clause. */
const RESPECTIVELY_AFTER = /^[^;.:]{0,40}?(?<![\p{L}])respectively(?![\p{L}])/iu;
/** What separates the subjects named before the list. */
const SUBJECT_SPLIT = /\s*,\s*(?:and\s+|và\s+)?|\s+(?:and|và)\s+/iu;

/** The figures of the list the figure `i` stands in: the first and the last index. */
function listAround(sentence: string, numbers: readonly Span[], i: number): [number, number] {
  let [first, last] = [i, i];
  while (first > 0 && JOIN.test(sentence.slice(numbers[first - 1]!.end, numbers[first]!.start))) first--;
  while (last + 1 < numbers.length && JOIN.test(sentence.slice(numbers[last]!.end, numbers[last + 1]!.start))) last++;
  return [first, last];
}

/** The subject and the clause to read the series of figure `i` in, when it stands in a list given in turn whose subjects the sentence names
 *  before it, one per figure, with no figure among them; else undefined. `at`: where the figure stands in `clause`. */
export function respectiveSubject(sentence: string, numbers: readonly Span[], i: number): { clause: string; at: number } | undefined {
  const [first, last] = listAround(sentence, numbers, i);
  const count = last - first + 1;
  if (count < 2) return undefined;
  const turn = inTurnListStart(sentence, numbers[first]!.start); // "… lần lượt tăng 11%, …" (period-respective.ts)
  if (turn >= 0 && /\d/u.test(sentence.slice(turn, numbers[first]!.start))) return undefined;
  if (turn < 0 && !RESPECTIVELY_AFTER.test(sentence.slice(numbers[last]!.end))) return undefined;
  const head = sentence.slice(0, turn >= 0 ? turn : numbers[first]!.start); // the subjects end where "lần lượt" starts
  const named = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf(':')) + 1).split(SUBJECT_SPLIT);
  if (named.length < count) return undefined;
  const subjects = named.slice(-count);
  if (subjects.slice(0, -1).some((x) => /\d/u.test(x) || !/\p{L}/u.test(x))) return undefined; // years or figures listed, not subjects
  const subject = subjects[i - first]!.trim();
  const figure = sentence.slice(numbers[i]!.start, numbers[i]!.end);
  return { clause: `${subject} ${figure}`, at: subject.length + 1 };
}
