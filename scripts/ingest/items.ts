/**
 * Which words of a sentence belong to which number. A sentence often lists several claims:
 * "đạt 80% dịch vụ công trực tuyến toàn trình, 40% dân số trưởng thành …, 100% hồ sơ …" or
 * "25/25 dịch vụ công thiết yếu … và 10/28 dịch vụ công tại Quyết định số 422 … đã được tích hợp".
 * Each number gets its own list item; an item with no subject of its own ("…, tăng 10,9%") borrows
 * the item before it; the items of an "A và B đã …" list share the predicate after the last one.
 * Pure; positions are UTF-16 offsets in the sentence.
 */
import { PREDICATE_MARK, isWeakPhrase, phraseAfterSpan } from './phrases';

export interface Span {
  start: number;
  end: number;
}

/** Where one list item may end: a comma that is not a decimal mark, ":", "(", ")", "và", "hoặc", a spaced dash before words ("đạt 5 tỷ USD - tức chiếm 2/3 …"; not a range "9 - 10"). */
const ITEM_BREAK = /,(?!\d)|[:()]|\s(?:và|hoặc)\s|\s[–—-]\s(?=\p{L})/gu;

/** Start and end of the span around `at` delimited by any of `stops` (exclusive). */
export function spanAround(text: string, at: number, stops: RegExp): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(stops)) {
    const i = m.index ?? 0;
    if (i < at) start = i + m[0].length;
    else if (i >= at) { end = i; break; }
  }
  return [start, end];
}

/** The `;`-delimited clause of `sentence` around position `at`. */
export function clauseSpan(sentence: string, at: number): Span {
  const start = sentence.lastIndexOf(';', at - 1) + 1;
  const next = sentence.indexOf(';', at);
  return { start, end: next < 0 ? sentence.length : next };
}

/** The break between two neighbouring numbers of one clause: the last ITEM_BREAK between them. */
interface Break {
  at: number;
  len: number;
  word: string;
}

/**
 * The last ITEM_BREAK between `a` and `b`, after the noun phrase that `a` names: the commas of
 * "22/91 bộ, ngành, địa phương có tỷ lệ … dưới 50%" are inside 22/91's phrase and split nothing.
 */
function breakBetween(sentence: string, a: Span, b: Span): Break | undefined {
  if (clauseSpan(sentence, a.start).start !== clauseSpan(sentence, b.start).start) return undefined;
  const from = Math.min(phraseAfterSpan(sentence, a.end, b.start).end, b.start);
  let found: Break | undefined;
  for (const m of sentence.slice(from, b.start).matchAll(ITEM_BREAK)) found = { at: from + m.index, len: m[0].length, word: m[0].trim() };
  return found;
}

/** The innermost parenthesis around `at` (from "(" to ")" or the end), or undefined. */
export function parenAround(sentence: string, at: number): Span | undefined {
  const open = sentence.lastIndexOf('(', at);
  if (open < 0 || sentence.lastIndexOf(')', at - 1) > open) return undefined;
  const close = sentence.indexOf(')', at);
  return { start: open, end: close < 0 ? sentence.length : close };
}

/**
 * The list item of every number (in order, non-overlapping, sorted): from the break before it (or its
 * clause's start) to the break after it (or its clause's end). Two numbers with no break between them
 * ("từ mức 3% lên 13,5%", "50.350 doanh nghiệp/mục tiêu 48.000") share one item.
 */
export function listItems(sentence: string, numbers: Span[]): Span[] {
  const breaks = numbers.map((n, i) => (i === 0 ? undefined : breakBetween(sentence, numbers[i - 1]!, n)));
  const same = (i: number, j: number) => clauseSpan(sentence, numbers[i]!.start).start === clauseSpan(sentence, numbers[j]!.start).start;
  const starts: number[] = [];
  numbers.forEach((n, i) => {
    const b = breaks[i];
    starts.push(b ? b.at + b.len : i > 0 && same(i - 1, i) ? starts[i - 1]! : clauseSpan(sentence, n.start).start);
  });
  const ends: number[] = new Array<number>(numbers.length);
  for (let i = numbers.length - 1; i >= 0; i--) {
    const b = breaks[i + 1];
    ends[i] = b ? b.at : i + 1 < numbers.length && same(i, i + 1) ? ends[i + 1]! : clauseSpan(sentence, numbers[i]!.start).end;
  }
  return numbers.map((_, i) => ({ start: starts[i]!, end: ends[i]! }));
}

/** The context of one number: the text (lowercased) and the number's position in it. */
export interface ContextWindow {
  text: string;
  at: number;
}

/** Round 38: a bracket that says what a figure leaves out ("(chưa bao gồm TMĐT và kinh tế chia sẻ)", "(không kể …)", "(trừ …)"). */
const EXCLUSION_BRACKET = /\(\s*(?:chưa|không)\s+(?:bao\s+gồm|tính|kể)[^()]*\)|\(\s*trừ\s[^()]*\)/giu;

/** `text` with its exclusion brackets blanked (same length): what a figure leaves out names no series of it. */
export function blankExclusions(text: string): string {
  return text.replace(EXCLUSION_BRACKET, (m) => ' '.repeat(m.length));
}

/** Round 51: a comment on the figure, after it and a comma ("…, xếp vị trí thứ 8 toàn quốc, thể hiện sự bứt phá … các trụ cột chính quyền số,
 *  kinh tế số và xã hội số"): what it names is no measure of the figure. */
const COMMENT_AFTER = /,\s*(?:thể hiện|cho thấy|phản ánh|khẳng định|minh chứng)(?![\p{L}\p{M}])[^]*$/iu;

/** `text` with a comment after the figure at `at` blanked (same length, `COMMENT_AFTER`). */
function blankCommentAfter(text: string, at: number): string {
  const m = COMMENT_AFTER.exec(text.slice(at));
  return m ? text.slice(0, at + m.index) + ' '.repeat(m[0].length) : text;
}

/**
 * The words that describe number `i`: its own item; the item before it too when it has words before
 * the number and they are weak ("…, tăng 10,9%", "thì năm 2021 đã đứng thứ 3"); and, for an item of
 * an "A, B và C đã …" list, the predicate after the last item ("đã thành lập Ban Chỉ đạo …"). What an
 * exclusion bracket names is blanked (`blankExclusions`).
 */
export function contextWindow(sentence: string, numbers: Span[], i: number): ContextWindow {
  const items = listItems(sentence, numbers);
  const own = items[i]!;
  const n = numbers[i]!;
  let start = own.start;
  const ownWords = sentence.slice(own.start, n.start);
  const elliptical = ownWords.trim() !== '' && isWeakPhrase(ownWords);
  if (elliptical && i > 0 && clauseSpan(sentence, numbers[i - 1]!.start).start === clauseSpan(sentence, n.start).start) start = items[i - 1]!.start;
  let text = blankCommentAfter(blankExclusions(sentence.slice(start, own.end)), n.start - start);
  const predicate = sharedPredicate(sentence, numbers, items, i) ?? bracketListField(sentence, numbers, i);
  if (predicate) text += ` … ${predicate}`;
  return { text: text.toLowerCase(), at: n.start - start };
}

/** Session 24: a place every item of an "A và B" list stands in, after the last one ("gần 8 triệu tài khoản và 20,7 triệu hồ sơ nộp trên Cổng …"). */
const SHARED_PLACE = /\s(?:trên|tại)\s+(?=\p{L})/u;

/** For an item followed by ", B" / "và B" items ending in "và C đã …" (or in a place, `SHARED_PLACE`): the text from the predicate mark on. */
export function sharedPredicate(sentence: string, numbers: Span[], items: Span[], i: number): string | undefined {
  let and = false;
  for (let j = i + 1; j < numbers.length; j++) {
    const b = breakBetween(sentence, numbers[j - 1]!, numbers[j]!);
    if (!b || (b.word !== ',' && b.word !== 'và')) return undefined;
    and ||= b.word === 'và';
    const tail = sentence.slice(numbers[j]!.end, items[j]!.end);
    const mark = PREDICATE_MARK.exec(tail) ?? SHARED_PLACE.exec(tail);
    if (mark) return and ? tail.slice(mark.index).trim() : undefined;
  }
  return undefined;
}

/** A number alone in a bracket: "Đà Nẵng (67%)". */
function aloneInBracket(sentence: string, n: Span): boolean {
  return /\(\s*$/u.test(sentence.slice(Math.max(0, n.start - 3), n.start)) && /^\s*\)/u.test(sentence.slice(n.end, n.end + 3));
}

/**
 * For a value in brackets after a name, in a run of them ("Đà Nẵng (67%) cùng các tỉnh Hòa Bình
 * (86,5%), Nam Định (65,9%) là 5 tỉnh dẫn đầu … về tỷ lệ hồ sơ trực tuyến"): what the run says after
 * its last bracket, from its last "về" (the field of the ranking) when it has one, up to a bracket or
 * the clause's end. Undefined when the number is not such a value or nothing follows the run.
 */
export function bracketListField(sentence: string, numbers: Span[], i: number): string | undefined {
  if (!aloneInBracket(sentence, numbers[i]!)) return undefined;
  let j = i;
  while (j + 1 < numbers.length && aloneInBracket(sentence, numbers[j + 1]!) && !/[;\d]|\.\s/u.test(sentence.slice(numbers[j]!.end + 1, numbers[j + 1]!.start - 1))) j++;
  const close = sentence.indexOf(')', numbers[j]!.end);
  const end = clauseSpan(sentence, numbers[j]!.start).end;
  let tail = sentence.slice(close + 1, end);
  const field = /(?<![\p{L}\p{M}])về\s+(?!.*(?<![\p{L}\p{M}])về\s)/u.exec(tail);
  if (field) tail = tail.slice(field.index);
  tail = tail.split('(')[0]!.trim();
  return /^\p{Ll}/u.test(tail) ? tail : undefined;
}
