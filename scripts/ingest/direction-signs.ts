/**
 * Round 32 (output audit of unscored pages, signs): three more ways a fall is written, read by `directionAt`
 * (`direction.ts`); round 33, a fourth (a change restated in brackets); round 34, a fifth and sixth (restated as a percentage after "=", or as a count in brackets). Pure; every function takes the text around the
 * number as it stands (any case).
 */
import type { Direction } from '../../src/schemas/metric';
import { parseVietnameseNumber } from './numeral';

/** A minus sign glued to the number after a word and a space ("từ mức -52 tỷ đồng", "tăng trưởng -1,8%"): a negative value.
 *  Not after a digit ("10 -15%", "2021 -2025": a range) and not with a space after it (a list dash "- 147 …"). */
const MINUS_AFTER_WORD = /(?:^|[\p{L}\p{M}:])\s[-−]$/u;

/** The direction a sign written right before the number gives: a minus after a word (`MINUS_AFTER_WORD`). */
export function minusBefore(s: string, p: number): Direction | undefined {
  return MINUS_AFTER_WORD.test(s.slice(Math.max(0, p - 3), p)) ? 'down' : undefined;
}

/** A loss right before its size ("dự kiến lỗ 77 tỷ đồng", "lỗ ròng hơn 3 triệu USD"); not a loss cut ("giảm lỗ", "cắt lỗ") nor a hole ("lỗ hổng"). */
const LOSS_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:giảm|cắt)\s)(?:thua\s+)?lỗ(?:\s+(?:ròng|lũy\s+kế|luỹ\s+kế|trước\s+thuế|sau\s+thuế))?(?:\s+(?:hơn|gần|khoảng|trên|xấp\s+xỉ|tới|đến|lên\s+tới))?\s*$/iu;

/** Round 49: true when a loss sizes the amount after `before` (`LOSS_BEFORE`): a company's loss is a negative profit, down (the caller checks the amount is money). */
export function isLossBefore(before: string): boolean {
  return LOSS_BEFORE.test(before);
}

/** Between two percentages: the first one's comparison, then "và" ("giảm 1,3% so với cùng kỳ và "). */
const COMPARED_THEN_AND = /^\s*so\s+(?:với|cùng)[^%,;.()]{1,40}?\s+và\s+(?:(?:hơn|gần|khoảng|xấp\s+xỉ)\s+)?$/iu;
/** After the second: a comparison of its own ("0,4% so với tháng trước"), with an earlier period, not a plan ("và 95% so với kế hoạch" is the share of it reached). */
const COMPARED_AFTER = /^\s*so\s+(?:với|cùng)\s(?!\s*(?:cùng\s+)?(?:kế\s+hoạch|dự\s+toán|mục\s+tiêu|chỉ\s+tiêu|định\s+mức|quy\s+định|yêu\s+cầu))/iu;

/**
 * "sụt 7% so với năm trước và 2,5% so với quý trước": one verb, two comparisons; the second percentage, with no verb of
 * its own and a comparison of its own after it, moves the same way as the first. `between` runs from the end of the first
 * percentage to this one, `after` follows this one.
 */
export function continuesComparedChange(between: string, after: string): boolean {
  return COMPARED_THEN_AND.test(between) && COMPARED_AFTER.test(after);
}

/**
 * A fall named as the clause's subject, then its size after a linking verb: "tổng mức sụt giảm của ba mặt hàng lên tới ",
 * "mức giảm của chỉ số là ", "kim ngạch sụt giảm của hàng dệt may đạt " (the text before the number, up to it). No other change verb, share
 * verb or figure's unit may stand between ("mức giảm … giúp doanh thu tăng lên đến" names another change); not a deduction
 * or a reduction of something else ("mức giảm trừ gia cảnh là", "giảm nghèo", "giảm thiểu", "giảm tải").
 */
const FALL_NOUN_SIZE = /(?<![\p{L}\p{M}])(?:mức|kim\s+ngạch|giá\s+trị|tổng\s+mức)\s+(?:sụt\s+)?giảm(?!\s+(?:trừ|nghèo|thiểu|tải))(?:(?![\p{L}\p{M}])(?:(?!\s(?:tăng|giảm|chiếm|so)\s)[^,;.()%:]){0,60}?)?\s(?:là|lên\s+(?:đến|tới)|đạt|ở\s+mức|tới)(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$/iu;

/** The direction of a value that sizes a fall named before it as the clause's subject (`FALL_NOUN_SIZE`). */
export function fallNounSize(before: string): Direction | undefined {
  return FALL_NOUN_SIZE.test(before.slice(-160)) ? 'down' : undefined;
}

/** A fall verb in quotation marks right before the number ("giá trị “bốc hơi” 800 triệu USD", "cổ phiếu \"lao dốc\" 18%"): the quote
 *  ends the clause the change verbs are read in, so it is read here. Not "mất" (a sum lost is a level). */
const QUOTED_FALL = /(?<![\p{L}\p{M}])(?:bốc\s+hơi|lao\s+dốc|tụt\s+dốc|sụt\s+giảm|giảm|sụt)\s*["”’»]\s*(?:(?:khoảng|gần|hơn|tới)\s+)?$/iu;

/** The direction a fall verb quoted right before the number gives (`QUOTED_FALL`; `before` ends at the number). */
export function quotedFallBefore(before: string): Direction | undefined {
  return QUOTED_FALL.test(before.slice(-40)) ? 'down' : undefined;
}

/** Between a change and its restatement: an opening bracket, then at most words of equivalence or approximation ("(tương đương ",
 *  "(tương ứng khoảng ", "(tức "); not "bằng" ("(bằng 95% cùng kỳ)" is a ratio, no change). */
const RESTATED_OPEN = /^\s*\(\s*(?:(?:tương\s+(?:đương|ứng)|tức(?:\s+là)?|hay|khoảng|gần|hơn|xấp\s+xỉ)\s+)*$/iu;
/** The same after a comma, with "tương đương" said (", tương đương khoảng "): the number then ends its clause. */
const RESTATED_COMMA = /^\s*,\s*tương\s+đương\s+(?:(?:khoảng|gần|hơn|xấp\s+xỉ)\s+)?$/iu;

/**
 * "giảm 240 triệu USD (tương đương 5,2%)", "giảm 9,5% (tương ứng khoảng 1,1 tỷ USD)", "sụt 57 triệu USD (2,3%)", "giảm 1.200 tỷ
 * đồng, tương đương 48 triệu USD.": the same change restated in another unit moves the same way. `between` runs from the end of the
 * change (its unit included) to this number, `after` follows this number (its unit included): a bracket closes right after it,
 * or the clause ends.
 */
export function restatesChangeInBracket(between: string, after: string): boolean {
  return (RESTATED_OPEN.test(between) && /^\s*\)/u.test(after)) || (RESTATED_COMMA.test(between) && /^\s*(?:[,.;)]|$)/u.test(after));
}

/** Before a count that restates a percentage change: a bracket or a comma, then a word of equivalence said ("(tương ứng ", ", tương
 *  đương khoảng "); a bare bracket "(268.000 vụ)" after a fall may hold the level it fell from. */
const COUNT_RESTATED_LINK = /^\s*(?:\(|,)\s*(?:tương\s+(?:đương|ứng)|tức(?:\s+là)?)\s+(?:(?:khoảng|gần|hơn|xấp\s+xỉ)\s+)?$/iu;
/** After a count that restates a percentage change: its noun (one to three words), then the bracket closes or the clause ends. */
const COUNT_NOUN_THEN_CLOSE = /^\s*(?:[\p{L}\p{M}]+\s*){1,3}\)/u;
const COUNT_NOUN_THEN_END = /^\s*(?:[\p{L}\p{M}]+\s*){1,3}(?:[,.;]|$)/u;

/**
 * "giảm 15,2% (tương ứng 312 vụ)", "tăng 8% (tức 40 doanh nghiệp)", "giảm 9%, tương đương 1.100 thuê bao.": a percentage change
 * restated as a count (`COUNT_RESTATED_LINK`), the count's noun standing before the bracket's close or the clause's end, moves the
 * same way (round 34).
 * `between` and `after` as for `restatesChangeInBracket`; `after` runs past the count's noun.
 */
export function restatesChangeAsCount(between: string, after: string): boolean {
  if (!COUNT_RESTATED_LINK.test(between)) return false;
  return between.trimStart().startsWith('(') ? COUNT_NOUN_THEN_CLOSE.test(after) : COUNT_NOUN_THEN_END.test(after);
}

/** Between a change in counts or money and a percentage that restates it: the count's noun (up to three words), then an equals
 *  sign ("giảm 30 vụ = 20%") or a comma and "tương đương" / "tương ứng" (", tương ứng khoảng "). */
const RESTATED_AS_SHARE = /^(?:\s*[\p{L}\p{M}]+){0,3}?\s*(?:=|,\s*tương\s+(?:đương|ứng))\s*(?:(?:khoảng|gần|hơn|xấp\s+xỉ)\s+)?$/iu;
/** After the percentage: the change's own comparison ("so với cùng kỳ", "so cùng kỳ"), or the clause ends. */
const SHARE_THEN_COMPARED = /^\s*(?:so\s+(?:với|cùng)\s|[,.;)]|$)/iu;

/**
 * "giảm 9 vụ = 6,2% so với cùng kỳ", "giảm 12.000 thuê bao, tương đương 8% so với tháng trước": a change told in its own unit,
 * then the same change as a percentage with no verb of its own; the percentage moves the same way (round 34). `between` runs from
 * the end of the change (its unit included) to the percentage, `after` follows the percentage sign.
 */
export function restatesChangeAsShare(between: string, after: string): boolean {
  return RESTATED_AS_SHARE.test(between) && SHARE_THEN_COMPARED.test(after);
}

/** A fall verb, then "từ", right before a range (`before` lowercase or not): "giảm từ ", "sụt giảm mạnh từ ", "giảm khoảng từ ". */
const FALL_FROM = /(?<![\p{L}\p{M}])(?:giảm|sụt|tụt)(?:\s+(?:giảm|mạnh|nhẹ|sâu|khoảng))*\s+từ\s*$/iu;
/** A range written low to high: "20 đến 30%", "10 - 15%", "1,5 tới 2 triệu" (the two numbers, Vietnamese decimal comma). */
const RANGE = /^([\d.,]+)\s*(?:-|–|đến|tới)\s*([\d.,]+)/u;

/** A number written with Vietnamese separators: dots group thousands, a comma marks decimals. */
const numberOf = (raw: string) => Number(raw.replace(/\./gu, '').replace(',', '.'));

/**
 * "doanh thu phụ kiện giảm từ 20 đến 30%": a fall, then a range written low to high — no fall runs from a lower level up to
 * a higher one, so the range sizes the fall ("giảm từ 8% xuống 5%" and "giảm từ 35 đến 25%" stay levels). `span` is the number's
 * text.
 */
export function fallingRange(before: string, span: string): Direction | undefined {
  const range = RANGE.exec(span);
  return range && FALL_FROM.test(before.slice(-40)) && numberOf(range[1]!) < numberOf(range[2]!) ? 'down' : undefined;
}

/** Round 63: a change's verb, its comparison, then "là" and the number ("tăng so với cùng kỳ là 4,69%", "đã giảm so với cùng kỳ năm 2019 là 53
 *  vụ"): the number is how much it changed; after another time ("Giảm mạnh so với năm 2022 là 3.350.720 tỷ đồng") "là" gives that time's
 *  value, a baseline. Review: not "đạt" ("tăng so với cùng kỳ đạt 1.200 doanh nghiệp", the earlier count) nor a multiple ("tăng gấp đôi so với …"). */
const CHANGE_BY_AFTER_COMPARED = /(?<![\p{L}\p{M}])(tăng|giảm)(?!\s+gấp)(?:\s+[^\s,;.\d()]+){0,2}?\s+so\s+với\s+cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?\s+là\s*(?:khoảng|gần|hơn|trên)?\s*$/u;
/** The last figure before a change's verb that is no year, with its "%" if it has one. */
const LAST_FIGURE = /(?<![\d.,])(\d[\d.,]*)(\s*%)?(?![\s\S]*\d)/u;

/** True when `figure` (its text, "%" after it if any) is well under the same-unit figure stated before the verb (`head`), or none is: a change's
 *  size, not the earlier value ("Tỷ lệ … là 98,5%, tăng so với cùng kỳ năm ngoái là 96,2%" gives the earlier share). */
function sizesChange(head: string, figure: string): boolean {
  const last = LAST_FIGURE.exec(head.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ' '));
  const own = /^\s*(\d[\d.,]*)(\s*%)?/u.exec(figure);
  if (!last || !own || !!last[2] !== !!own[2]) return true;
  const [before, value] = [parseVietnameseNumber(last[1]!), parseVietnameseNumber(own[1]!)];
  return before === null || value === null || value < before / 2;
}

/** The direction of a change sized after its comparison (`CHANGE_BY_AFTER_COMPARED`; `before` is the lowercase text up to the number, `figure` the
 *  number's text with what follows it), or undefined. */
export function changeByAfterCompared(before: string, figure: string): Direction | undefined {
  const m = CHANGE_BY_AFTER_COMPARED.exec(before);
  if (!m || !sizesChange(before.slice(0, m.index), figure)) return undefined;
  return m[1] === 'giảm' ? 'down' : 'up';
}
