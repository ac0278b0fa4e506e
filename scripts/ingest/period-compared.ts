/**
 * Periods read from what a figure is set against (round 9b): a year named only by its comparison ("trong
 * năm qua … tăng 3,49% so với năm 2023", "… tăng 6,8% so với cùng kỳ năm 2023" → 2024); a contrast "Nếu
 * như ở giai đoạn 2015-2017 … X thì đến nay … Y" (X is the earlier value, Y is not of its period); a
 * paragraph that opens on another report or survey ("Trong báo cáo mới nhất … của …"), which takes no
 * period from the paragraphs before; a headline figure that restates a body figure ("Hơn 77%" for "77,41%"),
 * which takes that figure's period, not the lead's; round 46: a sentence recalling a past point ("Hồi tháng 6/2024, … từng …"), whose date
 * is its own figures' only. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import { periodOfDate, type DateMatch } from './dates';
import { isComparison } from './period-baseline';
import { spanAround } from './status';
import { FORECAST } from './baseline-value';
import { anyOf, NOW as BARE_NOW, NOW_WORDS, SO_FAR, WORD_END, WORD_START } from './goal-lexicon';
import { yearPeriod } from './period-set';

/** A span of text. */
interface Span { start: number; end: number }

/** "so với năm ", "so với cùng kỳ năm ", "so với cùng kỳ ", "so cùng kỳ năm " (round 32: the reports' short form): the comparison a year closes; group 1 is "cùng kỳ". */
const COMPARED = /(?<![\p{L}\p{M}])so\s+(?:với\s+)?(cùng\s+kỳ\s+)?(?:năm\s+)?$/iu;
/** A year-long period said without its year: "trong năm qua", "năm nay", "cả năm", "trong năm,". */
const YEAR_UNNAMED = /(?<![\p{L}\p{M}])(?:(?:trong\s+)?năm\s+(?:qua|nay|vừa\s+qua)|cả\s+năm|trong\s+năm)(?![\p{L}\p{M}]|\s*\d)/iu;

/** Round 49: a change said before a comparison ("tăng", "giảm", "tụt"). */
const CHANGE_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm|tụt)(?![\p{L}\p{M}])/iu;

/** The whole years, dated, that a figure is set against in its `;`-clause ("so với năm YYYY", "so với cùng kỳ năm YYYY": `sameSpan`). */
function comparedYears(sentence: string, n: Span, dates: readonly DateMatch[]): { d: DateMatch; sameSpan: boolean }[] {
  const [from, to] = spanAround(sentence, n.start, /;/g);
  return dates.flatMap((d) => {
    if (d.start < from || d.end > to || d.precision !== 'year' || d.yearMissing || d.isoEnd) return [];
    const m = COMPARED.exec(sentence.slice(Math.max(from, d.start - 40), d.start));
    return m ? [{ d, sameSpan: m[1] !== undefined }] : [];
  });
}

/**
 * The period of a figure that has none of its own but is set against a year in its `;`-clause: the year
 * after a "cùng kỳ năm YYYY", or after "so với năm YYYY" in a sentence that speaks of a year without
 * naming it ("trong năm qua"; on a page of `articleYear`, only when that is the page's year or the one before) or names
 * the year after it elsewhere ("… tăng 30% so với năm 2023 (vượt chỉ tiêu năm 2024)"), or after "so với cuối / hết năm YYYY" (a
 * level a year on; on a dated page, only of the page's year or the one before), or (round 49) after a plain "so với (năm) YYYY" that
 * closes a change ("tăng", "giảm"; not a multiple, which may be years back) on an undated page whose sentence names no other date ("… đạt 318,9 ngàn tỷ đồng (tăng 37,36% so
 * với năm 2023)": 2024; a biennial edition's "so với 2022" beside "công bố tháng 9/2024" keeps that date); a span the sentence names
 * without a year before the figure ("6 tháng đầu năm") is that span of that year. undefined otherwise.
 */
export function comparedYearPeriod(sentence: string, n: Span, dates: readonly DateMatch[], articleYear?: number): Period | undefined {
  for (const { d, sameSpan } of comparedYears(sentence, n, dates)) {
    const next = Number(d.iso.slice(0, 4)) + 1;
    const recent = articleYear === undefined || next === articleYear || next === articleYear - 1; // "năm nay/qua" of a dated page
    const named = dates.some((x) => x.precision === 'year' && !x.yearMissing && !x.isoEnd && Number(x.iso) === next); // "… (đạt chỉ tiêu năm 2024)"
    const yearEnd = /^(?:cuối|hết)\s/iu.test(d.text) && recent; // round 32: "tăng ba bậc so với cuối năm 2022": a level a year on
    const plainChange = articleYear === undefined && /^(?:năm\s+)?\d/iu.test(d.text) && !/(?<![\p{L}\p{M}])lần(?![\p{L}\p{M}])/iu.test(sentence.slice(n.start, n.end + 5)) && CHANGE_BEFORE.test(sentence.slice(0, d.start)) && dates.every((x) => x.yearMissing || (x.iso === d.iso && x.precision === 'year')); // round 49: "… tăng 37,36% so với năm 2023" on an undated page, no other date: 2024
    if (!sameSpan && !yearEnd && !(YEAR_UNNAMED.test(sentence) && recent) && !named && !plainChange) continue;
    const year = String(next);
    const span = dates.find((x) => x.yearMissing && x.end <= n.start && x.precision !== 'day');
    if (sameSpan && span) return { iso: year + span.iso.slice(4), precision: span.precision, ...(span.isoEnd ? { isoEnd: year + span.isoEnd.slice(4) } : {}), text: span.text };
    return yearPeriod(year);
  }
  return undefined;
}

/**
 * Round 44: the period of a figure compared in its `;`-clause (`isComparison`) with the months from January of a dated year ("giảm 11,3% so
 * với 7 tháng đầu năm 2024", "so với 6 tháng đầu năm 2023"): the same months of the year after, which the figure counts.
 * undefined when its clause names no such span. Round 47: a clause that names its own month without a year before the span ("trong
 * tháng 8 chỉ còn 700 vụ, giảm khoảng 50% so với số vụ việc trung bình 7 tháng đầu năm 2024") reports that month of the span's year
 * when it comes after the span's last month (August 2024), and nothing this rule can tell otherwise.
 */
export function comparedSpanPeriod(sentence: string, n: Span, dates: readonly DateMatch[]): Period | undefined {
  const [from, to] = spanAround(sentence, n.start, /;/g);
  const d = dates.find((x) => x.start >= from && x.end <= to && !x.yearMissing && x.precision === 'month' && x.isoEnd !== undefined
    && x.iso.slice(5) === '01' && x.iso.slice(0, 4) === x.isoEnd.slice(0, 4) && isComparison(sentence.slice(from), { ...x, start: x.start - from }));
  if (!d) return undefined;
  const own = dates.find((x) => x.start >= from && x.end <= d.start && x.yearMissing && x.precision === 'month' && !x.isoEnd);
  if (own) return Number(own.iso.slice(5, 7)) > Number(d.isoEnd!.slice(5, 7)) ? { iso: `${d.iso.slice(0, 4)}${own.iso.slice(4)}`, precision: 'month', text: own.text } : undefined;
  const year = String(Number(d.iso.slice(0, 4)) + 1);
  return { iso: `${year}-01`, isoEnd: `${year}${d.isoEnd!.slice(4)}`, precision: 'month', text: d.text };
}

/**
 * Round 46: the whole year a figure carried into its paragraph at a point of that year is compared with the year before it ("Tại Hội
 * nghị … hồi tháng 2/2023, … . Sau lời "hiệu triệu" …, ngành CNTT có một năm thành công với hơn 1.500 doanh nghiệp …, tăng hơn 7% so với
 * năm 2022"): the figure is that year's (2023), not the point's. Only for "so với năm Y" in the figure's `;`-clause (not "cùng kỳ", nor a
 * point of that year, "so với đầu năm 2023") with Y + 1 the carried month's or day's year. undefined otherwise.
 */
export function yearOverCarriedPoint(sentence: string, n: Span, dates: readonly DateMatch[], carried: Period | undefined): Period | undefined {
  if (!carried || (carried.precision !== 'month' && carried.precision !== 'day') || carried.isoEnd) return undefined;
  const compared = comparedYears(sentence, n, dates).find((c) => !c.sameSpan && !/^(?:đầu|cuối|giữa|hết)\s/iu.test(c.d.text))?.d;
  const year = compared && Number(compared.iso.slice(0, 4)) + 1;
  return year && String(year) === carried.iso.slice(0, 4) ? yearPeriod(String(year)) : undefined;
}

/** Round 46: a sentence that opens on a past point it recalls, "hồi" + a date, and says what "từng" (once) was ("Hồi tháng 6/2024, Internet
 *  cố định từng vào danh sách này với tốc độ 136 Mbps"): its date is its own figures', never the sentences' after it. */
const RECALLS = /^\s*(?:vào\s+)?hồi\s+(?:tháng|quý|năm|đầu|giữa|cuối)(?![\p{L}\p{M}])[^.;]{0,80}?(?<![\p{L}\p{M}])từng(?![\p{L}\p{M}])/iu;

/** True when `sentence` recalls a past point (`RECALLS`). */
export function recallsPast(sentence: string): boolean {
  return RECALLS.test(sentence);
}

/** An announcement's verb: a result made public on a day ("công bố", "công khai", "thông báo"). */
const ANNOUNCES = /(?<![\p{L}\p{M}])(?:công bố|công khai|thông báo)(?![\p{L}\p{M}])/iu;

/**
 * Round 46: the period of a figure whose sentence opens on the day a result was announced and sets the figure against a
 * year after it ("Ngày 12.7, Bộ TT&TT công bố … xếp hạng thứ 40, tăng 4 bậc so với năm 2021"): the year after that one
 * (2022), not the day of the announcement. undefined when another date stands before the figure, when the day is not an
 * announcement's, or when that year would come after the day's.
 */
export function announcedComparedPeriod(sentence: string, n: Span, dates: readonly DateMatch[]): Period | undefined {
  const [day, ...others] = dates.filter((d) => d.end <= n.start);
  if (!day || others.length > 0 || day.precision !== 'day' || !ANNOUNCES.test(sentence.slice(day.end, n.start))) return undefined;
  const compared = comparedYears(sentence, n, dates).find((c) => c.d.start >= n.end)?.d;
  const year = compared && Number(compared.iso.slice(0, 4)) + 1;
  if (!year || (!day.yearMissing && year > Number(day.iso.slice(0, 4)))) return undefined;
  return yearPeriod(String(year));
}

/** `p` unless it starts after `year` (a page's or the carried period's year: a comparison misprinted with the current year, "so với 9T/2025" in 2025, moves nothing). */
export function notAfter(p: Period | undefined, year: number | undefined): Period | undefined {
  return p && (year === undefined || Number(p.iso.slice(0, 4)) <= year) ? p : undefined;
}

/**
 * "Nếu (như) …, … thì (đến nay|hiện nay|nay|hiện tại) …": the contrast of an earlier value with the present.
 * Not "Nếu như năm 2018 … X thì đến năm 2019 … Y": two dated values of a history are both results.
 */
const CONTRAST = /(?<![\p{L}\p{M}])nếu(?:\s+như)?\s[^.;]*?(?<![\p{L}\p{M}])thì\s+(?:(?:đến|tới)\s+nay|hiện\s+nay|hiện\s+tại|nay|bây\s+giờ)(?![\p{L}\p{M}])/iu;
/** An earlier time said without a date: "trước đây", "trước kia", "những năm trước". */
const BEFORE_NOW = /(?<![\p{L}\p{M}])(?:trước\s+đây|trước\s+kia|những\s+năm\s+trước|thời\s+điểm\s+trước)(?![\p{L}\p{M}])/iu;

/** Where a contrast starts and where its present part starts ("… thì đến nay …": at "thì"); undefined when the sentence has none, or speaks of goals or forecasts. */
export function contrastTurn(sentence: string): { start: number; turn: number } | undefined {
  const m = CONTRAST.exec(sentence);
  if (!m || FORECAST.test(sentence.toLowerCase())) return undefined; // "Nếu năm 2025 đạt 50% thì năm 2030 sẽ …": a condition on goals
  return { start: m.index, turn: m.index + m[0].search(/(?<![\p{L}\p{M}])thì\s/iu) };
}

/** True when the figure at `n` stands in the earlier part of a contrast ("Nếu như năm 2019 … 31% thì đến nay …"), before its turn, and a date or "trước đây" says it is earlier. */
export function isContrastEarlier(sentence: string, n: Span, dates: readonly DateMatch[]): boolean {
  const c = contrastTurn(sentence);
  return !!c && n.start > c.start && n.end <= c.turn && (dates.some((d) => d.start > c.start && d.end <= c.turn) || BEFORE_NOW.test(sentence.slice(c.start, n.start)));
}

/** The dates a sentence's figures after a contrast's turn may take: none from its earlier part. */
export function afterContrast(sentence: string, n: Span, dates: DateMatch[]): DateMatch[] {
  const c = contrastTurn(sentence);
  return c && n.start >= c.turn ? dates.filter((d) => d.start >= c.turn) : dates;
}

/** The dates a sentence may hand on to the next: none from the earlier part of a contrast. */
export function handedOn(sentence: string, dates: DateMatch[]): DateMatch[] {
  const c = contrastTurn(sentence);
  return c ? dates.filter((d) => d.start < c.start || d.start >= c.turn) : dates;
}

/** A paragraph opening on another report or survey: "Trong báo cáo mới nhất …", "Theo khảo sát của …", "Kết quả điều tra …". */
const NEW_REPORT = /^[^.;:]{0,20}?(?<![\p{L}\p{M}])(?:(?:theo|trong|tại)\s+)?(?:kết\s+quả\s+)?(?:(?:báo\s+cáo|nghiên\s+cứu)\s+(?:mới\s+nhất|mới\s+công\s+bố|vừa\s+công\s+bố|gần\s+đây)|(?:khảo\s+sát|điều\s+tra|cuộc\s+khảo\s+sát)\s+(?:của|do|về|mới|với))(?![\p{L}\p{M}])/iu;

/** True when a paragraph opens on another report or survey (`NEW_REPORT`) and its first sentence gives no date but comparisons': it takes no period from before. */
export function opensNewReport(firstSentence: string, dates: readonly DateMatch[]): boolean {
  return NEW_REPORT.test(firstSentence) && dates.every((d) => d.yearMissing || isComparison(firstSentence, d));
}

/** A figure of the headline, with what telling a restatement needs. */
interface Figure { value: number; unit: string; period?: Period | undefined }

/**
 * The body figure a headline figure restates: same unit, the headline's value that figure rounded or cut
 * to a whole ("Hơn 77%" for "77,41%"), the body's a fraction. undefined when none or several differ.
 */
export function restatedFigure<T extends Figure>(head: Figure, body: readonly T[]): T | undefined {
  if (!Number.isInteger(head.value)) return undefined;
  const twins = body.filter((b) => b.unit === head.unit && !Number.isInteger(b.value) && Math.abs(b.value - head.value) < 1 && (Math.trunc(b.value) === head.value || Math.round(b.value) === head.value));
  return twins.length === 1 ? twins[0] : undefined;
}

/** A sentence opening on its comparison: "So với năm 2020, …", "So với cùng kỳ năm 2023, …". */
const OPENS_COMPARED = /^\s*so\s+(?:với|sánh\s+với)\s+(?:cùng\s+kỳ\s+)?(?:năm|tháng|quý)\s[^,;]{0,20},/iu;

/**
 * The period of a bare value alone in a bracket right after a change in percent, in a sentence that
 * opens on its comparison ("So với năm 2020, số vụ … đã giảm 38,3% (268.515.947 vụ)"): the value compared
 * with, of the compared date. undefined otherwise.
 */
export function openingComparedBracket(sentence: string, n: Span, dates: readonly DateMatch[]): Period | undefined {
  const head = OPENS_COMPARED.exec(sentence);
  if (!head || !/(?:tăng|giảm)[^,;()]{0,20}\d[\d.,]*\s*%\s*\(\s*$/iu.test(sentence.slice(Math.max(0, n.start - 50), n.start))) return undefined;
  if (!/^[^()]{0,12}\)/u.test(sentence.slice(n.end))) return undefined;
  const d = dates.find((x) => x.end <= head[0].length && !x.yearMissing);
  return d && periodOfDate(d);
}

/** Words of the present (goal-lexicon.ts): "hiện nay", "hiện tại", "hiện có", "đến nay", "cho tới thời điểm hiện tại". */
const NOW = new RegExp(`${WORD_START}${anyOf([...NOW_WORDS, ...SO_FAR])}${WORD_END}`, 'iu');
/** Round 38: bare "Hiện" opening the sentence before its subject: "Hiện Tuyên Quang có …", "Hiện tỉnh đã …" (not "Hiện đại hóa …"). */
const OPENING_NOW = new RegExp(`^\\s*${BARE_NOW}${WORD_END}`, 'iu');

/**
 * True when a paragraph opens on the present ("Đối chiếu với …, cho tới thời điểm hiện tại, 100% …", "Hiện nay tỉnh có …":
 * a now-word before the first figure that a comma closes or at most four words of its clause lead to, not the "hiện nay"
 * of a subject's present value) and its first sentence names no year. On an undated page, after a plan's goals (`metrics.ts`), "now" is the page's unknown date:
 * the paragraph takes no period from the goals before it; there a bare "Hiện" opening the sentence says it too (`bare`, `OPENING_NOW`).
 */
export function opensOnNow(firstSentence: string, dates: readonly DateMatch[], bare = false): boolean {
  const head = firstSentence.slice(0, firstSentence.search(/\d|$/u));
  const now = NOW.exec(head) ?? (bare ? OPENING_NOW.exec(head) : null);
  const lead = now ? head.slice(Math.max(0, ...[',', ':', ';'].map((c) => head.lastIndexOf(c, now.index) + 1)), now.index).trim() : '';
  const opening = !!now && (head.slice(now.index).includes(',') || lead.split(/\s+/u).filter(Boolean).length <= 4); // "Hiện nay tỉnh có …", "Cho tới thời điểm hiện tại, …"; not "Tỷ trọng … của Việt Nam hiện nay là 11,9%"
  return opening && dates.every((d) => d.yearMissing);
}

/**
 * True when every figure read so far is a rank, a rank's move or an index score (`unit` "rank", "index", "points"): a
 * ranking page, whose years are the index's editions. On an undated page its "Đến nay, …" paragraph is at the page's unknown date, not the edition's year.
 */
export function onlyRanksBefore(drafts: readonly { metric: { unit: string } }[]): boolean {
  return drafts.length > 0 && drafts.every((d) => d.metric.unit === 'rank' || d.metric.unit === 'index' || d.metric.unit === 'points');
}

/** A sentence that opens on "Đến nay," / "Tới nay" (`SO_FAR`). */
const OPENS_SO_FAR = new RegExp(`^\\s*${anyOf([...SO_FAR])}${WORD_END}`, 'iu');

/**
 * Round 38: true when a sentence after its paragraph's first opens on "Đến nay, …" and names no year ("… năm 2022 Công an tỉnh
 * đã mở chiến dịch …. Đến nay toàn tỉnh có 1.473 tổ …"): on an undated page its figures are at the page's unknown date, not in
 * the year the sentence before reported.
 */
export function opensOnSoFar(sentence: string, dates: readonly DateMatch[]): boolean {
  return OPENS_SO_FAR.test(sentence) && dates.every((d) => d.yearMissing);
}

/** Round 38: true when the last figure read is a goal ("… đến 2025 sẽ … xây dựng 1 trung tâm …"): on an undated page the
 * "Hiện …" paragraph after it is at the page's unknown date, not in the goal's horizon year. */
export function goalLastBefore(drafts: readonly { metric: { status: string } }[]): boolean {
  return drafts.at(-1)?.metric.status === 'target';
}

/** A sentence opening by pointing back at the figure before, then the value it is compared with after "so với … là". */
const BACK_COMPARED = /^\s*(?:con số|t[ỷỉ] lệ|chỉ số|mức|giá trị|số lượng|số vụ) (?:này|đó)(?![\p{L}\p{M}])[^.;]*?(?<![\p{L}\p{M}])so với\s(?:[^,;.\d]|(?:19|20)\d\d){0,100}?\s(?:là|ở mức)\s*(?:khoảng|gần|hơn|trên)?\s*$/u;

/**
 * True when the number `n` is the earlier value of the figure of the sentence before, named after "so với … là" in a
 * sentence that points back at it ("Con số này giảm mạnh so với tổng số vụ trong năm 2023 là 29,6 triệu vụ"): a baseline.
 */
export function pointsBackCompared(sentence: string, n: { start: number }): boolean {
  return BACK_COMPARED.test(sentence.slice(0, n.start).toLowerCase());
}
