/**
 * Which number a date after it belongs to, for `periods.ts`: a date written right after a number and its noun,
 * closing the item ("1.506 thôn giai đoạn 2022-2023", "84,9 triệu thuê bao năm 2023,") is that number's own
 * period, and not the period of the other numbers of its clause ("phủ sóng 2.416 thôn, trong đó có 2.418 thôn
 * giai đoạn 2021-2022 và 1.506 thôn giai đoạn 2022-2023": 2021 is 2.418's only). A preposition or a link
 * word between ("20,5 tỷ USD trong năm 2023", "vị trí thứ 3 còn năm 2022") makes no such noun. Pure.
 */
import type { DateMatch } from './dates';
import type { Span } from './items';

/** The date's own words that name a period ("năm 2023", "giai đoạn 2022-2023", "tháng 5/2024", "quý II/2024"). */
const PERIOD_WORD = /^(?:năm|giai\s+đoạn|thời\s+kỳ|tháng|quý)(?![\p{L}\p{M}])/iu;
/** What may end the item after the date: a comma, ";", ".", ")", "và", or the end. */
const ITEM_END = /^\s*(?:[,;.)]|và\s|$)/u;
/** Words that are no part of a number's noun: prepositions, links and verbs. */
const NOT_NOUN = new Set(['trong', 'vào', 'của', 'tại', 'ở', 'so', 'với', 'từ', 'đến', 'tới', 'lên', 'xuống', 'còn', 'và', 'là', 'đạt', 'thì', 'nhưng', 'khi', 'cho', 'theo', 'sau', 'trước', 'tăng', 'giảm', 'chiếm', 'hoặc', 'hay']);
/** A number (digits with their separators, an optional "%") ending right before `gap`-long text. */
const NUMBER_END = /\d(?:[\d.,]*\d)?\s*%?$/u;

/** A preposition that ties a noun to the date after it ("10% dân số vào năm 2025", "2.418 thôn trong năm 2022"). */
const DATE_PREPOSITION = new Set(['vào', 'trong', 'của']);

/**
 * True when `gap` is one to three words of a noun ("thôn", "triệu thuê bao"): no figure, punctuation, preposition or link
 * word; with `preposition`, the noun may end on a preposition of the date (`DATE_PREPOSITION`: "20% dân số vào năm 2024",
 * round 36): the number's own date, though not one that keeps the other figures of its sentence from it ("Có 2.300 vụ
 * …, doanh thu đạt 640 tỷ đồng trong quý 3/2024": the quarter is both's).
 */
function isNounGap(gap: string, preposition = false): boolean {
  if (!/^\s+\S/u.test(gap) || !/\s$/u.test(gap)) return false;
  const words = gap.trim().split(/\s+/u);
  const noun = preposition && words.length > 1 && DATE_PREPOSITION.has(words.at(-1)!.toLowerCase()) ? words.slice(0, -1) : words;
  return noun.length <= 3 && noun.every((w) => !/[\d,;:()%.]/u.test(w) && !NOT_NOUN.has(w.toLowerCase()));
}

/** True when `d` names a period and closes its item. */
const closesItem = (sentence: string, d: Pick<DateMatch, 'end' | 'text'>) => PERIOD_WORD.test(d.text) && ITEM_END.test(sentence.slice(d.end));

/** True when `d` follows the number `n` across a short noun and closes the item: `n`'s own period ("1.506 thôn giai đoạn 2022-2023"). */
export function attachedByNoun(sentence: string, d: Pick<DateMatch, 'start' | 'end' | 'text'>, n: Span): boolean {
  return d.start >= n.end && closesItem(sentence, d) && isNounGap(sentence.slice(n.end, d.start), true);
}

/** Between a rank and its edition's year: the field it ranks in after "về", the set it is ranked among before it ("xếp thứ 14/34 tỉnh, thành phố trực thuộc Trung ương về mức độ chuyển đổi số năm 2024"), no figure, bracket or stop. */
const RANK_FIELD_GAP = /^(?:\s*,?\s*[\p{L}\p{M}]+){0,8}?\s+về(?:\s+[\p{L}\p{M}]+){1,8}\s+$/u;

/** Round 43: true when `d`, a year with "năm", closes the field a rank `n` is ranked in (`RANK_FIELD_GAP`): the rank's own period, whatever year an event named before it carries ("Ngày Chuyển đổi số quốc gia năm 2025"). */
export function closesRankField(sentence: string, d: Pick<DateMatch, 'start' | 'end' | 'text' | 'precision'>, n: Span & { kind?: string }): boolean {
  return n.kind === 'rank' && d.precision === 'year' && /^năm\s/iu.test(d.text) && d.start >= n.end && RANK_FIELD_GAP.test(sentence.slice(n.end, d.start)) && ITEM_END.test(sentence.slice(d.end));
}

/** True when `d` is another number's own period (`attachedByNoun` to a number that is not `n`): not `n`'s period. */
export function ownedByOther(sentence: string, d: Pick<DateMatch, 'start' | 'end' | 'text'>, n: Span): boolean {
  if (!closesItem(sentence, d)) return false;
  const before = sentence.slice(Math.max(0, d.start - 40), d.start);
  for (let k = before.length - 1; k > 0; k--) {
    if (!/\d/u.test(before[k - 1]!) || /\d/u.test(before[k]!)) continue;
    const end = d.start - before.length + k;
    const gap = sentence.slice(end, d.start).replace(/^\s*%/u, '');
    if (!isNounGap(gap)) return false;
    const start = end - (NUMBER_END.exec(sentence.slice(Math.max(0, end - 20), end))?.[0].length ?? 0);
    return start !== n.start && end !== n.end;
  }
  return false;
}

/** A number and up to three words of its noun right before a date: "45.600 doanh nghiệp năm 2019". */
const NUMBER_AND_NOUN = /\d(?:[\d.,]*\d)?\s*%?((?:\s+[^\s\d,;:()%.]+){0,3})\s+$/u;

/** True when `d` names a period right after a number and its noun (whatever follows it): that number's year. */
function followsNumber(sentence: string, d: Pick<DateMatch, 'start' | 'text'>): boolean {
  const m = NUMBER_AND_NOUN.exec(sentence.slice(Math.max(0, d.start - 48), d.start));
  return !!m && PERIOD_WORD.test(d.text) && m[1]!.trim().split(/\s+/u).every((w) => !NOT_NOUN.has(w.toLowerCase()));
}

/**
 * True when `d` is one point of a series the sentence dates number by number ("từ 45.600 doanh nghiệp năm 2019
 * lên 58.000 doanh nghiệp năm 2020 và 64.000 doanh nghiệp năm 2021"): it follows its number and noun, and two or
 * more of the sentence's dates do, so no year of it is a current period for what follows.
 */
export function isSeriesPoint(sentence: string, d: Pick<DateMatch, 'start' | 'text'>, dates: readonly Pick<DateMatch, 'start' | 'text'>[]): boolean {
  return followsNumber(sentence, d) && dates.filter((x) => followsNumber(sentence, x)).length >= 2;
}

/** Kinds of a change of a value: growth in percent, a multiple. */
const CHANGE_KINDS: ReadonlySet<string> = new Set(['growth', 'multiplier']);

/**
 * Round 15: the date of the figure a change qualifies. "ước đạt 36 tỷ USD năm 2025, tăng 3 lần so với năm 2020, tăng
 * trưởng 22-25%/năm": a change (`n.kind` growth or multiplier) in a clause after a figure whose own date closes its item
 * (`ownedByOther`) is of that date; `earlier` are the sentence's dates before the change that are no baseline.
 */
export function changedFigureDate<D extends Pick<DateMatch, 'start' | 'end' | 'text'>>(sentence: string, earlier: readonly D[], n: Span & { kind?: string }): D | undefined {
  return n.kind !== undefined && CHANGE_KINDS.has(n.kind) ? earlier.filter((d) => ownedByOther(sentence, d, n) && sentence.slice(d.end, n.start).includes(',')).at(-1) : undefined;
}

/**
 * Round 29c: true when `d`, after the number `n` and past a comma, opens a later figure's own item ("… đạt 4,1% (bằng
 * 20%), bình quân giai đoạn 2016-2020 đạt 3,2%": the span is 3,2%'s): a number follows the date in its item, so the
 * date is not `n`'s period.
 */
export function opensLaterItem(sentence: string, d: Pick<DateMatch, 'start' | 'end'>, n: Span): boolean {
  return /,/u.test(sentence.slice(n.end, d.start)) && /^[^,;()\d]{0,24}\d/u.test(sentence.slice(d.end));
}

/** Two years joined by "và" in one date ("năm 2022 và năm 2023", "năm 2022 và 2023"): their texts. */
const YEAR_PAIR = /^(năm\s+\d{4})\s+và\s+((?:năm\s+)?\d{4})$/iu;

/**
 * Round 36: a pair of years right after a number and its noun is two dates, the first that number's own and the second the
 * next figure's ("… 12,8% năm 2022 và năm 2023 là 13,9%"), not one span of both; other dates are kept as they are.
 */
export function splitYearPairs<D extends DateMatch>(sentence: string, dates: readonly D[]): D[] {
  return dates.flatMap((d) => {
    const m = d.isoEnd ? YEAR_PAIR.exec(d.text) : null;
    if (!m || !followsNumber(sentence, d)) return [d];
    const { isoEnd: _end, ...one } = d;
    const second = d.end - m[2]!.length;
    return [
      { ...one, iso: d.iso.slice(0, 4), text: m[1]!, end: d.start + m[1]!.length } as D,
      { ...one, iso: d.isoEnd!.slice(0, 4), text: m[2]!, start: second } as D,
    ];
  });
}
