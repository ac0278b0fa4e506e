/**
 * Round 23: "sẽ" after a number in its clause makes it a goal only when nothing reports the number done first: in
 * "19 dự án luật, 10 nghị quyết đã được thông qua và 08 dự án luật sẽ …" the first two were passed ("đã" comes before
 * "sẽ"), only the third is to come. Round 31d: nor when the "sẽ" stands in a later comma-clause that is not the figure's
 * (", để … sẽ rất khó", ", dự kiến sẽ tăng lên 7 tỷ đồng"). Pure; `after` is lowercase text from the number to its clause's end.
 */

/** Words of the future: "sẽ", "kỳ vọng", "dự định". */
export const FUTURE = /(?<![\p{L}\p{M}])(?:sẽ|kỳ vọng|dự định)(?![\p{L}\p{M}])/u;
const DONE_FIRST = /(?<![\p{L}\p{M}])đã(?![\p{L}\p{M}])/u;

/** A clause of another kind (a purpose, a condition, a time, a reason, a contrast: "để …", "khi …", "nhưng …"). */
const OTHER_KIND = /^\s*(?:để|nhằm|khi|nếu|thì|vì|do|bởi|nhưng|song|tuy nhiên|mà|trong khi)(?![\p{L}\p{M}])/u;
/** A future word with a figure of its own after it: "dự kiến sẽ tăng lên 1,2 tỷ USD". */
const OWN_FUTURE_FIGURE = new RegExp(`${FUTURE.source}[^\\d]*\\d`, 'u');

/** Session 43: a later clause that names what is expected, passive ("…, hình thành bản đồ … - mô hình được kỳ vọng tạo nên …"): its own subject's hope. */
const EXPECTED_OF_OTHER = /[\p{L}\p{M}]\s+được\s+kỳ\s+vọng(?![\p{L}\p{M}])/u;

/**
 * `after` up to the first later comma-clause whose "sẽ" is not the figure's: a clause of another kind (`OTHER_KIND`: "Xã có
 * 40 thôn, để quản lý theo cách cũ sẽ rất khó") or one whose future has a figure of its own (`OWN_FUTURE_FIGURE`: "đạt 5 tỷ
 * đồng năm 2024, dự kiến sẽ tăng lên 7 tỷ đồng", or after "và", round 37). A list of subjects before one "sẽ" keeps it
 * ("50% xã, 80% hộ sẽ …", "50% xã và 80% hộ sẽ …"); session 43: nor one that says what else is expected (`EXPECTED_OF_OTHER`).
 */
export function ownPart(after: string): string {
  const commas = [...after.matchAll(/,(?!\d)|\svà(?=\s)/gu)].map((m) => m.index); // round 37: "… và dự báo năm 2025 sẽ đạt 49 tỉ USD" is a later part too
  const cut = commas.find((at, k) => {
    const clause = after.slice(at + 1, commas[k + 1]);
    return OTHER_KIND.test(clause) || OWN_FUTURE_FIGURE.test(clause) || EXPECTED_OF_OTHER.test(clause);
  });
  return cut === undefined ? after : after.slice(0, cut);
}

/** True when `after` speaks of the future, in the figure's own part of it (`ownPart`), before anything in it is reported done. */
export function futureAfter(after: string): boolean {
  const own = ownPart(after);
  const future = FUTURE.exec(own);
  const done = DONE_FIRST.exec(own);
  return !!future && !(done && done.index < future.index);
}

/** A verb of saying or thinking a few words after the number ("60% doanh nghiệp cho rằng …", "25% dự đoán …"): the number counts those who say it. */
const SAYS_AFTER = /^(?:\d[\d.,]*\s*%?)?[^,;.]{0,40}?(?<![\p{L}\p{M}])(?:cho rằng|cho biết|dự đoán|tin rằng|nhận định|lo ngại|nhận thấy|khẳng định|trả lời)(?![\p{L}\p{M}])/u;

/** A share, then a verb of hoping or planning a few words after it ("47% trong số đó kỳ vọng …", "30% doanh nghiệp dự định …";
 * round 32): the share counts those who hope or plan, a present finding; a share only, as "kỳ vọng" after an amount may be its own goal. */
const WANTS_AFTER = /^\d[\d.,]*\s*%[^,;.]{0,40}?(?<![\p{L}\p{M}])(?:kỳ vọng|mong muốn|mong đợi|dự định|có kế hoạch|có ý định)(?![\p{L}\p{M}])/u;

/**
 * True when the number (`after`, lowercase, from it to its clause's end) is the share of people who say or think
 * something ("40% người được hỏi dự đoán giá sẽ tăng") or hope or plan it (`WANTS_AFTER`): a survey's present finding,
 * whatever future they speak of.
 */
export function countsWhoSay(after: string): boolean {
  return SAYS_AFTER.test(after) || WANTS_AFTER.test(after);
}

/** True when the number (`after`, lowercase, from it) counts those who say or think something (`SAYS_AFTER`), not those hoped for. */
export function countsWhoThink(after: string): boolean {
  return SAYS_AFTER.test(after);
}
