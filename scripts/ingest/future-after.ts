/**
 * Round 23: "sẽ" after a number in its clause makes it a goal only when nothing reports the number done first: in
 * "19 dự án luật, 10 nghị quyết đã được thông qua và 08 dự án luật sẽ …" the first two were passed ("đã" comes before
 * "sẽ"), only the third is to come. Pure; `after` is lowercase text from the number to its clause's end.
 */

/** Words of the future: "sẽ", "kỳ vọng", "dự định". */
export const FUTURE = /(?<![\p{L}\p{M}])(?:sẽ|kỳ vọng|dự định)(?![\p{L}\p{M}])/u;
const DONE_FIRST = /(?<![\p{L}\p{M}])đã(?![\p{L}\p{M}])/u;

/** True when `after` speaks of the future before anything in it is reported done. */
export function futureAfter(after: string): boolean {
  const future = FUTURE.exec(after);
  const done = DONE_FIRST.exec(after);
  return !!future && !(done && done.index < future.index);
}

/** A verb of saying or thinking a few words after the number ("60% doanh nghiệp cho rằng …", "25% dự đoán …"): the number counts those who say it. */
const SAYS_AFTER = /^[^,;.]{0,40}?(?<![\p{L}\p{M}])(?:cho rằng|cho biết|dự đoán|tin rằng|nhận định|lo ngại|nhận thấy|khẳng định|trả lời)(?![\p{L}\p{M}])/u;

/**
 * True when the number (`after`, lowercase, from it to its clause's end) is the share of people who say or think
 * something ("40% người được hỏi dự đoán giá sẽ tăng"): a survey's present finding, whatever future they speak of.
 */
export function countsWhoSay(after: string): boolean {
  return SAYS_AFTER.test(after);
}
