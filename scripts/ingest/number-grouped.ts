/**
 * Round 18: a count of whole things written with an English thousands comma ("4,907 người", "12,350 hộ"). In
 * Vietnamese notation "," is the decimal mark, but a count of people, households or dossiers with three decimals and
 * no scale word cannot be a fraction: the comma groups thousands. Pure; `numeral.ts` reads the value this gives. Session 49, the mirror on
 * English pages: a Vietnamese source's dot thousands on a count of whole things ("959.022 accounts"), and on a page that writes decimal
 * commas, before a scale word ("VND 9.778 billion").
 */

/** One comma group of exactly three digits ("4,907"; "1,234,567" is already read as grouped). */
const ONE_COMMA_GROUP = /^[1-9]\d{0,2},\d{3}$/u;
/** Whole things counted right after the numeral: never a fraction of one. */
const WHOLE_THINGS_AFTER = /^\s+(?:người|hộ|lượt|hồ sơ|doanh nghiệp|tài khoản|thuê bao|hợp tác xã|cơ sở|trạm|điểm phục vụ|bưu cục|giao dịch|văn bản|thủ tục|học sinh|sinh viên|lao động|cán bộ|hội viên|đoàn viên|khách hàng|bệnh nhân|ca|sản phẩm|tin bài|tin|bài|cuộc|vụ)(?![\p{L}\p{M}])/iu;

/**
 * The count a numeral with one thousands comma stands for when whole things follow it ("4,907 người" → 4907), or
 * undefined (a decimal as Vietnamese writes it: "4,9 người/hộ", "2,907 triệu người").
 */
export function wholeCountWithComma(raw: string, after: string): number | undefined {
  return ONE_COMMA_GROUP.test(raw) && WHOLE_THINGS_AFTER.test(after) ? Number(raw.replace(',', '')) : undefined;
}

/** A numeral with one comma group of three digits and the text after it, anywhere on a page. */
const COMMA_GROUPED = /(?<![\d.,])([1-9]\d{0,2},\d{3})(?![\d.,])/gu;

/**
 * True when the page writes a thousands comma the English way on a count of whole things ("bình quân 4,907
 * người"): on such a page "." may be its decimal point.
 */
export function writesThousandsComma(paragraphs: readonly string[]): boolean {
  return paragraphs.some((p) => [...p.matchAll(COMMA_GROUPED)].some((m) => wholeCountWithComma(m[1]!, p.slice(m.index + m[1]!.length, m.index + m[1]!.length + 24)) !== undefined));
}

/** An amount with one dot group and a scale word: "158.674 triệu đồng", "2.450 tỷ". */
const DOT_SCALED = /^[1-9]\d{0,2}\.\d{3}\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{M}])/iu;

/**
 * The value of a scaled amount `text` (read the Vietnamese way as `value`) on a page that writes a thousands comma
 * (`writesThousandsComma`): its "." is the decimal point, so "158.674 triệu đồng" is 158.674 million, not 158 674
 * million, and a bare count with one comma group is whole ("3,500" is 3 500 whatever is counted, session 17). Elsewhere,
 * and for any other form, `value` is kept.
 */
export function pageScaledValue(text: string, value: number, englishPage: boolean): number {
  if (!englishPage) return value;
  if (DOT_SCALED.test(text)) return value / 1000;
  return ONE_COMMA_GROUP.test(text) && value < 1000 ? Number(text.replace(',', '')) : value; // "3,500 cửa hàng" beside "1,250 doanh nghiệp": the page groups thousands so
}

/** Session 49: one or more dot groups of exactly three digits ("959.022", "1.183.176"), as a Vietnamese source writes thousands. */
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/u;
/** Session 49: whole things an English page counts right after a numeral, up to three words of description between ("2.356 community digital
 *  technology teams", "959.022 accounts", "7.454 members"): never a fraction of one. */
const ENGLISH_WHOLE_THINGS_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:accounts|members|teams|groups|units|files|records|dossiers|applications|people|persons|residents|citizens|households|businesses|enterprises|firms|companies|subscribers|users|transactions|students|pupils|teachers|officials|officers|civil\s+servants|workers|customers|patients|visitors|products|vehicles|cases|documents|procedures|cooperatives|stores|shops|schools|villages|hamlets)(?![\p{L}])/iu;

/**
 * The count a numeral grouped by dots stands for on an English page when whole things follow it ("959.022 accounts" → 959022,
 * a Vietnamese source's thousands translated word by word), or undefined (a decimal: "2.5 hours", "1.356 million", "0.024 seconds", an
 * average, `AVERAGED`).
 */
export function englishWholeCountWithDots(raw: string, after: string, before = ''): number | undefined {
  return DOT_GROUPED.test(raw) && ENGLISH_WHOLE_THINGS_AFTER.test(after) && !AVERAGED.before.test(before) && !AVERAGED.after.test(after) ? Number(raw.replace(/\./g, '')) : undefined;
}

/** Review: an average at the numeral, whose decimals are real ("2.125 members on average", "1.125 students per teacher", "an average of
 *  3.500 …"; second review: not any "each" or "per day" near it, "Every commune now has 1.200 members"). */
const AVERAGED = {
  before: /(?<![\p{L}])(?:average|averaged|mean)\s+(?:of\s+)?$/iu,
  after: /^\s+(?:[\p{L}-]+\s+){0,3}?(?:on\s+average|per\s+(?:capita|person|household|teacher|student|worker|family))(?![\p{L}])/iu,
};

/** Session 49: the English scale words an amount's numeral may stand before. */
const ENGLISH_SCALE = String.raw`(?:thousand|million|billion|trillion)(?![\p{L}])`;

/** Session 49: a percentage with a decimal comma ("reached 104,3%", "up 25,5 %"): one to three digits, a comma, one or two (never a thousands group). */
const DECIMAL_COMMA_PERCENT = /(?<![\d.,])\d{1,3},\d{1,2}\s?%/u;

/** Session 49: true when an English page writes a percentage with a decimal comma (`DECIMAL_COMMA_PERCENT`), as a Vietnamese source does:
 *  there "." before a scale word groups thousands ("VND 9.778 billion" is 9,778 billion); review: not when the page also writes an English
 *  decimal before a scale word (`ENGLISH_DECIMAL_SCALED`). */
export function writesDecimalComma(paragraphs: readonly string[]): boolean {
  return paragraphs.some((p) => DECIMAL_COMMA_PERCENT.test(p)) && !paragraphs.some((p) => ENGLISH_DECIMAL_SCALED.test(p));
}

/** Review: an English decimal point before a scale word, one or two digits after it ("US$ 476.3 billion"): the page's "." is a decimal point. */
const ENGLISH_DECIMAL_SCALED = new RegExp(String.raw`(?<![\d.,])\d{1,3}\.\d{1,2}\s*${ENGLISH_SCALE}`, 'iu');

/** An English amount's numeral with one dot group and a scale word ("9.778 billion"; the metric's text holds no currency sign). */
const ENGLISH_DOT_SCALED = new RegExp(String.raw`^[1-9]\d{0,2}\.\d{3}\s+${ENGLISH_SCALE}`, 'iu');

/** Session 49: the value of a scaled amount `text` (read the English way as `value`) on an English page that writes decimal commas
 *  (`writesDecimalComma`): its dot groups thousands in an amount of dong (review: `unit` VND only), so "VND 9.778 billion" is 9,778 billion.
 *  Elsewhere, `value` is kept. */
export function decimalCommaPageValue(text: string, value: number, unit: string, decimalCommaPage: boolean): number {
  return decimalCommaPage && unit === 'VND' && ENGLISH_DOT_SCALED.test(text) ? Math.round(value * 1000) : value;
}
