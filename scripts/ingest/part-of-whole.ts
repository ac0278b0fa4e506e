/**
 * A part's figure never takes the whole's series (issue 11, round 8): an item of the breakdown of a total
 * stated before it ("11.213 cuộc tấn công …, gồm: 3.930 cuộc tấn công lừa đảo, …"), and an amount of a part
 * named "trong tổng" the whole ("giá trị Việt Nam trong tổng doanh thu công nghiệp ICT đạt 1,16 triệu tỷ
 * đồng"), and a part that holds a share of a whole stated before it ("trong 7.000 cuộc tấn công, … với 4.000 vụ, chiếm
 * hơn 60%"), and a figure of a sentence that opens on "Trong đó," after a figure of the same series ("… 1.500 cuộc tấn công
 * mạng. Trong đó, tấn công mã độc nhiều nhất, với 800 sự cố."). Pure; `metrics.ts` drops the series such a figure was given.
 */
import type { Span } from './items';
import { inTurnListStart } from './period-respective';

/**
 * What opens a breakdown, between the total and its items: "gồm", "bao gồm", "gồm có" (a colon may follow), "trong
 * đó có", "trong số đó có" (a bare "trong đó" may name the part a series counts: "… tài khoản, trong đó 60 triệu đã kích hoạt"), and English
 * "including" (not "of which", the English bare "trong đó").
 */
const BREAKDOWN = /(?<![\p{L}\p{M}])(?:bao\s+gồm|gồm(?:\s+có)?|trong\s+(?:số\s+)?đó\s+có|including)(?![\p{L}\p{M}])/iu; // session 55: English "including" ("7.12 billion e-invoices, including 2 billion invoices with codes and more than 5.12 billion without")

/** A sentence that opens on "Trong đó" / "Trong số đó": what it states is a part of the figure before. */
export const PART_OPENS = /^\s*trong\s+(?:số\s+)?đó(?![\p{L}\p{M}])/iu;

/** Session 55: an English part with its own year (or quarter, months) right after it is the series' value for that time ("2,152 hamlets more …, including 1,380
 *  hamlets in 2021 and 772 in 2022"), no breakdown by kind. */
const ENGLISH_PART = /(?<![\p{L}])including(?![\p{L}])/iu;
const OWN_YEAR_AFTER = /^[^\d,;.]{0,30}?(?<![\p{L}])(?:(?:in|during)\s+(?:(?:19|20)\d\d(?!\d)|q[1-4]|(?:the\s+)?(?:first|second|third|fourth|last|past)\s+(?:\w+\s+)?(?:months?|quarters?|half|weeks?))|this\s+year|last\s+year)/iu; // second look: a shorter period ("including 4,000 in the first six months of 2023", "1 billion in the fourth quarter")

/** A total's noun, a comma and "với" right before a figure of the same series: "2.000 sự cố, với 1.200 cuộc tấn công …" (its largest part). */
const WITH_PART = /^[^\d,;.()]{0,30},\s*với\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$/iu;

/** A figure of the sentence before the number, with the series it was given. */
export interface PriorFigure extends Span { unit: string; indicator?: string | undefined }

/**
 * True when the number at `n` is an item of the breakdown of an earlier figure of its sentence that has
 * the same unit and the same series `indicator`: "gồm" stands between them (or ", với" right after the total's noun,
 * `WITH_PART`), with no ";" or sentence end.
 */
export function isBreakdownItem(sentence: string, n: Span & { unit: string }, prior: readonly PriorFigure[], indicator: string): boolean {
  return prior.some((p) => {
    if (p.end > n.start || p.unit !== n.unit || p.indicator !== indicator) return false;
    const between = sentence.slice(p.end, n.start);
    const byYear = ENGLISH_PART.test(between) && OWN_YEAR_AFTER.test(sentence.slice(n.end));
    return ((BREAKDOWN.test(between) && !byYear) || WITH_PART.test(between)) && !/[;.]\s/u.test(between);
  });
}

/** A share of the whole right after a count and its noun: "…, với 4.000 vụ, chiếm hơn 60%", "3.100 vụ chiếm gần 40%". */
const SHARE_AFTER = /^[^,;.\d]{0,40},?\s*chiếm\s+(?:(?:khoảng|gần|hơn|trên|tới|đến|xấp\s+xỉ)\s+)?\d/iu;

/** Words between an earlier figure and the number that make the number a running total of it ("…, đưa tổng kim ngạch 7 tháng lên …"). */
const TOTAL_BETWEEN = /(?<![\p{L}\p{M}])(?:tổng|lũy kế|luỹ kế|cộng dồn|tính chung)(?![\p{L}\p{M}])/iu;

/**
 * True when the count or amount at `n` is followed by the share it holds ("chiếm …%", `SHARE_AFTER`) and an earlier
 * figure of its sentence has the same unit and series `indicator`: the whole is that figure, this is a part of it.
 * Not when the words between make the number the running total the earlier figure adds to (`TOTAL_BETWEEN`, session 24).
 */
export function isSharingPart(sentence: string, n: Span & { unit: string }, prior: readonly PriorFigure[], indicator: string): boolean {
  if (n.unit === 'percent' || !SHARE_AFTER.test(sentence.slice(n.end))) return false;
  return prior.some((p) => p.end <= n.start && p.unit === n.unit && p.indicator === indicator && !TOTAL_BETWEEN.test(sentence.slice(p.end, n.start)));
}

/** "A trong tổng B": a part named before the whole it is in, then the figure (up to 120 characters before it, in its clause). */
const PART_IN_TOTAL = /[\p{L}\p{M}]\s+trong\s+tổng\s+(?:số\s+)?[^,;()\d]{3,80}$/iu;

/** An amount and an opening bracket right before a number: the number converts that amount ("1,16 triệu tỷ đồng (hơn "). */
const CONVERSION_BEFORE = /\d[\d.,]*\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s*)*(?:đồng|usd|vnd|vnđ)\s*\(\s*(?:(?:khoảng|gần|hơn|trên|tương\s+đương|tương\s+ứng|xấp\s+xỉ)\s+)?$/iu;

/** True when an amount or a count at `n` (or its conversion in brackets) is of a part named "trong tổng" the whole (a share "trong tổng" is a share of the whole: not this). */
export function isPartInTotal(sentence: string, n: Span & { unit: string }): boolean {
  if (n.unit === 'percent') return false;
  let before = sentence.slice(Math.max(0, n.start - 160), n.start);
  const conversion = CONVERSION_BEFORE.exec(before); // "… đạt 1,16 triệu tỷ đồng (hơn 45,5 tỷ USD)": the same figure in another currency
  if (conversion) before = before.slice(0, conversion.index);
  before = before.slice(-120);
  return PART_IN_TOTAL.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1));
}

/**
 * True when the number's sentence opens on "Trong đó," (`PART_OPENS`) and the sentence before (`before`) holds a figure of
 * the same unit and series `indicator`: it is a part of that whole ("Trong đó, tấn công mã độc nhiều nhất, với 800 sự cố"),
 * no value of its series.
 */
export function isPartOfFigureBefore(sentence: string, n: { unit: string }, before: readonly { unit: string; indicator?: string | undefined }[], indicator: string): boolean {
  return PART_OPENS.test(sentence) && before.some((p) => p.unit === n.unit && p.indicator === indicator);
}

/**
 * True when the number is a later item of a list given in turn ("Số vụ lừa đảo và tấn công giao diện … lần lượt là 300 và
 * 400 sự cố", `inTurnListStart`) whose first item, of the same unit, took no series (`prior`: the figures before it in its
 * sentence): the items share the words before "lần lượt", which the first was read with, so none is the series' value.
 */
export function followsUnseriedFirstItem(sentence: string, n: Span & { unit: string }, prior: readonly PriorFigure[]): boolean {
  const list = inTurnListStart(sentence, n.start);
  const first = list < 0 ? undefined : prior.find((p) => p.start > list);
  return first !== undefined && first.unit === n.unit && first.indicator === undefined;
}

/** A figure's noun, then an opening bracket and a change word up to the number: "900 tỷ đồng (tăng ", "1.200 vụ (giảm khoảng ". */
const BRACKET_CHANGE = /^[^\d,;()]{0,20}\(\s*(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u;

/**
 * True when the growth at `n` stands in a bracket right after the figure before it ("doanh thu 900 tỷ đồng (tăng 6% …)",
 * `BRACKET_CHANGE`) and that figure (`prior`, its sentence's figures before it) was not given `ind`, a series of an amount
 * and its growth (`ict-sector-revenue`): the growth is that figure's own, so such a series, read from words elsewhere in the
 * sentence, does not take it. A series of growth alone (`ecommerce-growth`) is the growth of a figure of another series.
 */
export function isGrowthOfOtherFigure(sentence: string, n: Span & { kind: string }, prior: readonly PriorFigure[], ind: { id: string; kinds?: readonly string[] | undefined }): boolean {
  const last = prior.at(-1);
  const amountSeries = ind.kinds?.some((k) => k !== 'growth') ?? true;
  return n.kind === 'growth' && amountSeries && last !== undefined && last.indicator !== ind.id && BRACKET_CHANGE.test(sentence.slice(last.end, n.start).toLowerCase());
}

/** A share's value, a comma, then a change word up to the number: "… là 21,5%, tăng ", "… đạt 68%, giảm khoảng ". */
const SHARE_THEN_CHANGE = /^\s*,\s*(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u;
/** A count's noun, a comma, then a change word: " người, tăng ", " thuê bao, giảm ". */
const COUNT_THEN_CHANGE = /^\s*[^\d,;().]{0,24}?,\s*(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u;

/**
 * Round 38: true when the percent change at `n` comes right after a figure and a comma, so it is that figure's own change: a
 * share's ("tỷ trọng … năm 2023 là 21,5%, tăng 2,84% so với năm 2022", in points), which no series takes, or a count's ("hơn 51
 * triệu người, tăng 13,5% so với năm 2021"), which a series of an amount's growth alone (`kinds: [growth]`, `ind`) does not take.
 */
export function isChangeOfFigureBefore(sentence: string, n: Span & { kind: string; unit: string }, prior: readonly (Span & { unit: string; kind?: string })[], ind?: { kinds?: readonly string[] | undefined }): boolean {
  const last = prior.at(-1);
  if (n.kind !== 'growth' || n.unit !== 'percent' || !last) return false;
  const between = sentence.slice(last.end, n.start).toLowerCase();
  const growthSeries = !!ind?.kinds && ind.kinds.every((k) => k === 'growth');
  return (last.unit === 'percent' && last.kind === 'share' && SHARE_THEN_CHANGE.test(between)) || (last.unit === 'count' && growthSeries && COUNT_THEN_CHANGE.test(between));
}

/** The words between an amount and its conversion: " (khoảng hơn ", " (tương đương ", ", tương đương ", " (~". */
const CONVERTED_BETWEEN = /^[^\d,;()]{0,20}?(?:\(\s*|,\s*)(?:khoảng|tương\s+đương(?:\s+với)?|tức|hay|xấp\s+xỉ|~|≈)?\s*(?:(?:khoảng|hơn|gần|trên|xấp\s+xỉ)\s+)?$/iu;
const MONEY = new Set(['VND', 'USD']);

/**
 * Round 38: true when the amount at `n` restates the amount right before it in another currency ("đạt gần 3 tỷ USD (khoảng hơn
 * 70.000 tỷ đồng)", "105 nghìn tỷ đồng (tương đương 3,98 tỷ USD)") and that amount was not given `indicator`: the conversion is
 * that figure, so it takes no series the figure did not.
 */
export function isConvertedAmount(sentence: string, n: Span & { unit: string }, prior: readonly PriorFigure[], indicator: string): boolean {
  const last = prior.at(-1);
  return !!last && MONEY.has(n.unit) && MONEY.has(last.unit) && last.unit !== n.unit && last.indicator !== indicator && CONVERTED_BETWEEN.test(sentence.slice(last.end, n.start));
}

/** "bằng (trên) " right before a percent. */
const EQUALS_BEFORE = /(?<![\p{L}\p{M}])bằng\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?$/u;
/** After the percent, the same kind of figure of another period: " số hồ sơ trực tuyến của cả năm 2021", " mức của cùng kỳ". */
const OF_ANOTHER_PERIOD = /^\s*(?:so với\s+)?(?:số|tổng số|mức|lượng|số lượng)(?:\s+[^\s\d,;.()]+){0,6}\s+(?:của\s+)?(?:cả\s+)?(?:năm|quý|tháng|cùng\s+kỳ|kỳ|giai\s+đoạn)(?![\p{L}\p{M}])/u;

/**
 * Round 37: a percent that sets a figure against the same kind of figure of another period ("Số hồ sơ trực tuyến của quý I
 * năm 2023 bằng trên 90% số hồ sơ trực tuyến của cả năm 2021 và bằng 205,6% số … của quý I năm 2022"): a ratio between two
 * periods, no share and no catalogue series.
 */
export function isPeriodRatio(sentence: string, n: Span): boolean {
  const lower = sentence.toLowerCase();
  return EQUALS_BEFORE.test(lower.slice(Math.max(0, n.start - 30), n.start)) && OF_ANOTHER_PERIOD.test(lower.slice(n.end, n.end + 90));
}
