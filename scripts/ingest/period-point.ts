/**
 * Points in time and running totals: a month a figure is counted at ("tính đến tháng 6/2023", "đến
 * hết tháng 12/2023", "tính đến ngày 1-3"), a sentence that opens on one (it frames the paragraphs
 * after it), and a running total to a month ("lũy kế … đến hết tháng 11/2023"), whose period runs
 * from January. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import { periodOfDate, type DateMatch } from './dates';
import { parenAround } from './items';
import { afterOpeningStamp } from './dates-article';
import { opensOnNow } from './period-compared';

/** Words before a point in time, in its clause, that make the figure a running total from January ("lũy kế … tính đến hết tháng 11/2023"). */
const RUNNING_TOTAL = /(?<![\p{L}\p{M}])(?:lũy kế|luỹ kế|cộng dồn)(?![\p{L}\p{M}])/u;

/** "(tính) đến hết / cuối tháng …": to the end of the month (the date's own text may hold "hết"). */
const TO_THE_END = /(?<![\p{L}\p{M}])(?:đến\s+(?:hết|cuối)|kết\s+thúc)\s+tháng(?![\p{L}\p{M}])/u;
/** "(tính) đến tháng …" (the word may be doubled in the source: "Tính đến đến tháng 4/2022"). */
const TO_MONTH = /(?<![\p{L}\p{M}])(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?tháng(?![\p{L}\p{M}])/u;
/** A change over the same months of the year before, or over the year before: only a sum over those months has one ("so với cùng kỳ năm 2021", "so với năm 2022"). */
const SAME_PERIOD = /(?<![\p{L}\p{M}])(?:cùng\s+kỳ|so\s+với\s+năm\s+(?:trước|ngoái|\d{4}))(?![\p{L}\p{M}])/u;
/**
 * Words of a flow summed over months (revenue, exports, turnover, transactions counted "về số lượng" and
 * "về giá trị"), not a stock counted at a date (enterprises, accounts).
 */
const FLOW = /(?<![\p{L}\p{M}])(?:doanh thu|xuất khẩu|nhập khẩu|kim ngạch|doanh số|nộp ngân sách|giao dịch|về giá trị)(?![\p{L}\p{M}])/u;
/** Money disbursed, with its amount or share after it (round 32): "ước giải ngân 320 tỷ đồng", "đã giải ngân đến hết tháng 5 đạt 54%" (in its comma-clause), an amount spelled out ("là gần một nghìn tỷ đồng", round 33); not projects counted by how they disburse ("có 12 dự án giải ngân chậm"). */
const DISBURSED = /(?<![\p{L}\p{M}])giải ngân(?![\p{L}\p{M}])(?:[^.;:,]|[.,](?=\d)){0,60}?(?:(?<![\d/.,])\d[\d.,]*|(?<![\p{L}\p{M}])(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))\s*(?:%|nghìn tỷ|tỷ|triệu)/u;
/** A count of what exists right after the month, in its clause ("lũy kế đến tháng 8/2025 đã có 6 khu …", "… hiện có 120 …"): a stock at that month, not a sum from January. */
const STOCK_AFTER = /^[^;:.]{0,30}?(?<![\p{L}\p{M}])(?:đã|hiện|đang)\s+có(?:\s+(?:tổng\s+(?:số|cộng)|khoảng|gần|hơn|trên))?\s+\d/u;

/**
 * A running total to a month ("lũy kế doanh thu tính đến hết tháng 11/2023", "cộng dồn đến tháng 9/2024",
 * a flow "đến hết" or "đến cuối" a month: "ước tính đến hết tháng 9/2022, doanh thu … đạt 109,5 tỷ USD",
 * and a flow "đến tháng" a month compared with "cùng kỳ" or the year before: "Tính đến tháng 4/2022, giao dịch … tăng 69,7%
 * … so với cùng kỳ năm 2021", "… tính đến tháng 6/2023 đã tăng 52% so với năm 2022") covers the months from January: its period is the year's first month to
 * that month, like "11 tháng đầu năm 2023" — unless "lũy kế" counts what exists at the month ("lũy kế đến tháng 8/2025 đã có 6 khu …",
 * `STOCK_AFTER`; round 24c). Other dates are returned as they are.
 */
export function runningTotals(sentence: string, dates: DateMatch[]): DateMatch[] {
  const lower = sentence.toLowerCase();
  return dates.map((d) => {
    if (d.precision !== 'month' || d.isoEnd || d.iso.startsWith('0000') || !isPointInTime(sentence, d) || d.iso.endsWith('-01')) return d; // round 33: a yearless month given the page's year runs from January too
    const from = Math.max(lower.lastIndexOf(';', d.start), 0);
    const near = lower.slice(Math.max(from, d.start - 12), d.end);
    const flowTo = (FLOW.test(lower) || DISBURSED.test(lower)) && (TO_THE_END.test(near) || (TO_MONTH.test(near) && SAME_PERIOD.test(lower)));
    const running = (RUNNING_TOTAL.test(lower.slice(from, d.start)) || flowTo) && !STOCK_AFTER.test(lower.slice(d.end));
    return running ? { ...d, iso: `${d.iso.slice(0, 4)}-01`, isoEnd: d.iso } : d;
  });
}


/** The hour a count is taken at, before its day: "23h ", "17 giờ 30 " (session 25). */
const HOUR = /(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}\s*(?:phút|p|')?)?|\d{1,2}:\d{2}\s*(?:[ap]\.m\.|[ap]m)?\s+on)\s+/u; // session 48: an English clock, "by 4:00 p.m. on July 31, 2025"
/** Round 48: the English cutoff ("As of October 10, 2025, …", "as at June 2024"). */
const AS_OF = String.raw`as\s+(?:of|at)\s+`;
/** What stands right before a day a count is taken at (lowercase): "tính đến (hết) ", "tại thời điểm (ngày) ", its hour may follow. */
const POINT_DAY_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:này\s+)?|tại\s+thời\s+điểm\s+(?:ngày\s+)?|${AS_OF})(?:${HOUR.source})?$`, 'u');

/** Round 58: an English "by" before a day whose clause then reports what was done ("By October 23, 2025, Phu Tho was among the
 *  groups that completed 100% …"): a cut-off, like "as of", not a deadline ("by June 30, 2025, complete …", "… must have connected …"). */
const BY_BEFORE = new RegExp(String.raw`(?<![\p{L}])by\s+(?:${HOUR.source})?$`, 'u');
const DONE_AFTER = /^[^.;]{0,100}?(?<![\p{L}])(?<!(?:must|will|would|should|shall|to|can|could|may|might)\s+)(?:was|were|had|ha(?:s|ve)\s+(?:been|\p{L}+ed)|reached|completed|recorded|received|processed|issued|achieved|stood)(?![\p{L}])/iu;
/** Review of round 67: a duty or a plan in the clause the day opens, up to its first comma or its next clause ("was expected to reach", "had
 *  to complete", "must", "will"): a deadline, whatever participle follows ("… dossiers processed online"); a "will" of a later clause ("…,
 *  and all will complete …", "…, which will …") leaves the cut-off alone. */
const DUTY_IN_CLAUSE = /(?<![\p{L}])(?:(?:was|were|is|are)\s+(?:expected|required|scheduled|supposed|planned|due)\s+to|had\s+(?:planned\s+)?to|must|will|shall)(?![\p{L}])/iu;
const CLAUSE_END = /;|,\s*(?:and|but|which|who|while|where)(?![\p{L}])/u; // third review: a comma or an "and" inside the subject ("localities, communes and wards had to …") ends nothing

/** True when the clause after a day (`after`, from the day's end) states a duty (`DUTY_IN_CLAUSE`) before its next clause (`CLAUSE_END`). */
function statesDuty(after: string): boolean {
  const rest = after.replace(/^\s*,\s*/u, '');
  const end = rest.search(CLAUSE_END);
  return DUTY_IN_CLAUSE.test(end < 0 ? rest : rest.slice(0, end));
}

/** "Tính đến ngày 1-3", "tính đến 1/3", "Tại thời điểm 31/3/2023" (round 38), "tính đến 23h ngày 29-6-2023" (session 25): a day a count is taken at, a period even without its year (unlike an event's "sáng 19/7"); "ngày" typed without its "g" ("tính đến này 23/8/2022", round 35) too; an English "by" before a day and a report (`BY_BEFORE`). */
export function isPointDay(sentence: string, d: Pick<DateMatch, 'start' | 'end' | 'precision'>): boolean {
  if (d.precision !== 'day') return false;
  const before = sentence.slice(Math.max(0, d.start - 32), d.start).toLowerCase();
  return POINT_DAY_BEFORE.test(before) || (BY_BEFORE.test(before) && DONE_AFTER.test(sentence.slice(d.end)) && !statesDuty(sentence.slice(d.end))); // a balance sheet's day ("Tại thời điểm 31/3/2023, …", round 38); its hour may come first ("đến 17 giờ 30 ngày 5/3", session 25)
}

/** What stands right before a month a count is taken at (lowercase): "đến (hết) ", "kết thúc ", "as of ". */
const POINT_MONTH_BEFORE = new RegExp(String.raw`(?:(?:đến|tới)\s+(?:hết\s+|cuối\s+)?|kết\s+thúc\s+|(?<![\p{L}\p{M}])${AS_OF})$`, 'u');

/** "tính đến tháng 6/2023", "đến hết tháng 12/2023", "kết thúc tháng 5/2024": a point in time, the period of its own sentence (and its paragraph) only. */
export function isPointInTime(sentence: string, d: Pick<DateMatch, 'start' | 'precision'>): boolean {
  return d.precision === 'month' && POINT_MONTH_BEFORE.test(sentence.slice(Math.max(0, d.start - 20), d.start).toLowerCase());
}

/** Round 45: a year a count is taken up to ("tính đến năm 2023", "tính đến hết năm 2023"): "tính" makes it a stock's year, not a horizon ("đến năm 2025"). */
function isCountedToYear(sentence: string, d: Pick<DateMatch, 'start' | 'precision' | 'isoEnd'>): boolean {
  return d.precision === 'year' && !d.isoEnd && /(?<![\p{L}\p{M}])tính\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?$/u.test(sentence.slice(Math.max(0, d.start - 24), d.start).toLowerCase());
}

/** The point in time a sentence names ("Đến tháng 9/2024, …"): the period of what follows in its paragraph only. */
export function pointPeriod(sentence: string, dates: DateMatch[]): Period | undefined {
  const d = dates.filter((x) => ((!x.yearMissing && isPointInTime(sentence, x)) || (!x.iso.startsWith('0000') && isPointDay(sentence, x))) && !parenAround(sentence, x.start)).at(-1);
  return d ? periodOfDate(d) : undefined;
}

/** A source's report that opens a sentence: "Bộ Thông tin và Truyền thông vừa cho biết, " / "Theo NHNN, " / (round 49) "Cũng theo Bộ …, " / (session 48) "According to …, " before "by" or "as of". */
const REPORT_LEAD = /^[^,;]*?(?:(?<![\p{L}\p{M}])(?:cho biết|cho hay|thông tin|công bố)\s*[,:]|^\s*(?:cũng\s+|đồng\s+thời\s+)?theo\s[^,;]+,)|^\s*(?:also\s+)?according\s+to\s[^;:]*?,\s*(?=(?:by|as\s+(?:of|at))\s)/iu; // session 48: "According to the report of the Office of …, …, by July 31, 2025, …" (commas in the source's name)

/** Where the last ":" before `at` stands that is no clock's ("Về DVCTT: …", not "13:47"), or -1. */
function lastColonBefore(sentence: string, at: number): number {
  return Math.max(-1, ...[...sentence.slice(0, at).matchAll(/:(?!\d\d)/gu)].map((m) => m.index));
}

/** A sentence's opening up to its point in time: "Sau 25 năm, đến tháng 9/2022, …", "Ước tính đến hết …", "tính đến 23h ngày …"; session 48: an English
 *  "By July 31, 2025, … had …" (a cut-off only where `isPointDay` reads a report after it). */
const OPENING_POINT_BEFORE = new RegExp(String.raw`^\s*(?:sau\s[^,;:]{1,24},\s*)?(?:(?:ước\s+)?tính\s+)?(?:(?:(?:đến|tới)\s+)+(?:hết\s+|cuối\s+)?|kết\s+thúc\s+|tại\s+thời\s+điểm\s+|${AS_OF}|by\s+)(?:${HOUR.source})?(?:ngày\s+)?$`, 'iu');

/**
 * The point in time that opens a sentence ("Đến tháng 9/2024, …", "Về DVCTT: Tính đến hết tháng
 * 6/2024, …", after a span gone by: "Sau 10 năm, đến tháng 6/2024, …"; after a source's report: "Bộ … cho biết, ước tính đến hết tháng 9/2022, …"): it frames
 * the paragraphs after it too, unlike one stated mid-sentence for a single figure ("Tổng số lao động
 * tính đến tháng 6/2023 …"). A month written without its year ("Đến tháng 5, …") opens one when the period carried into
 * the sentence gives it its year (`carriedYear`, "… trong năm 2025." before it), not a year guessed from the page. A cutoff
 * day with its year opens one the same way ("Tính đến ngày 30/6/2023, toàn tỉnh có …", round 29c): the stocks of the
 * paragraphs after it are counted that day.
 */
export function openingPointPeriod(sentence: string, dates: DateMatch[], carriedYear?: string): Period | undefined {
  const cutoff = (x: DateMatch) => isPointInTime(sentence, x) || (!x.yearMissing && isPointDay(sentence, x)) || isCountedToYear(sentence, x); // round 29c: a cutoff day with its year ("Tính đến ngày 30/6/2023, …"); round 45: "Theo đó, tính đến năm 2023 toàn tỉnh có …"
  const d = dates.find((x) => (!x.yearMissing || (x.precision === 'month' && !!carriedYear && x.iso.startsWith(carriedYear))) && cutoff(x) && !parenAround(sentence, x.start));
  if (!d) return undefined;
  const clause = sentence.slice(lastColonBefore(sentence, d.start) + 1, d.start);
  let before = clause.slice(afterOpeningStamp(clause)); // a page's stamp run into the sentence's start ("13:47 21/07/2023 Theo báo cáo …", session 25)
  const lead = REPORT_LEAD.exec(before);
  if (lead) before = before.slice(lead[0].length);
  return OPENING_POINT_BEFORE.test(before) ? periodOfDate(d) : undefined; // "Sau 25 năm, đến tháng 9/2022, …", "tính đến 23h ngày …"
}

/**
 * The months of the year so far that open a sentence ("Lũy kế 9 tháng năm 2025, …", "Tính chung 6 tháng đầu
 * năm 2025, …"): a running total that frames the paragraphs after it, like a point in time; written without its year ("Tính chung 9
 * tháng, …"), the year carried into the sentence (`carriedYear`, session 25).
 */
export function openingRunningTotal(sentence: string, dates: DateMatch[], carriedYear?: string): Period | undefined {
  const d = dates.find((x) => (!x.yearMissing || !!carriedYear) && /-01$/u.test(x.iso) && ((x.isoEnd !== undefined && x.precision === 'month') || x.precision === 'half')); // "9 tháng", "6 tháng" (the first half)
  if (!d) return undefined;
  const before = sentence.slice(0, d.start);
  if (!/^\s*(?:(?:lũy|luỹ)\s+kế|tính\s+chung|cộng\s+dồn)\s*$/iu.test(before)) return undefined;
  const p = periodOfDate(d);
  return d.yearMissing ? { ...p, iso: `${carriedYear}${p.iso.slice(4)}`, ...(p.isoEnd ? { isoEnd: `${carriedYear}${p.isoEnd.slice(4)}` } : {}) } : p; // session 25: "Tính chung 9 tháng, …" in a report of that year
}

/**
 * Round 38: a quarter or half of a year that opens a sentence reporting results ("Trong quý I năm 2023 (tính từ …), các cơ quan … đã tiếp
 * nhận …", "6 tháng đầu năm 2024, …", its year written): the report's period, which frames the paragraphs after it like a point in time.
 */
export function openingReportSpan(sentence: string, dates: DateMatch[]): Period | undefined {
  const d = dates.find((x) => (x.precision === 'quarter' || x.precision === 'half') && /(?:19|20)\d\d/u.test(x.text));
  if (!d) return undefined;
  const label = /^\s*:/u.test(sentence.slice(d.end)); // a headline's "Quý I/2024: …" (`period-report-head.ts`)
  return !label && /^\s*(?:trong\s+)?$/iu.test(sentence.slice(0, d.start)) ? periodOfDate(d) : undefined;
}

/**
 * Round 38: the sentences a report span's frame (`openingReportSpan`, `spanFrame`) does not reach: one that opens on now ("Đến
 * nay, 22/22 bộ, ngành … đã thành lập …") is at the page's date, not in the quarter the paragraph before reported.
 */
export function withinSpanFrame(sentence: string, found: readonly DateMatch[], inherited: Period | undefined, spanFrame: Period | undefined): Period | undefined {
  const same = !!spanFrame && inherited?.iso === spanFrame.iso && inherited.precision === spanFrame.precision;
  return same && opensOnNow(sentence, found) ? undefined : inherited;
}


/** Round 39: results said in words, with no figure ("…, tỉnh đã đạt được nhiều kết quả bước đầu quan trọng", "… đã hoàn thành …"). */
const DONE_IN_WORDS = /(?<![\p{L}\p{M}])(?:đã\s+(?:đạt|hoàn thành|triển khai|thực hiện)|đạt được)(?![\p{L}\p{M}])/iu;

/** True when a sentence with no figure reports results in words (`DONE_IN_WORDS`): a quarter or half opening it (`openingReportSpan`) is the report's period too. */
export function reportsDone(sentence: string): boolean {
  return DONE_IN_WORDS.test(sentence);
}

/** A bracket that dates what it closes: "(tính đến ngày 18-11)", "(đến hết tháng 6/2024)", "(tại thời điểm 30/6)", "(số liệu đến 15/3)". */
const CLOSING_POINT_OPEN = /^\(\s*(?:số\s+liệu\s+)?(?:tính\s+)?(?:đến|tới|tại\s+thời\s+điểm)\s/iu;

/**
 * Round 50: the day or month a bracket ending its sentence counts the sentence's figures at ("… mới đạt khoảng 4,36% trên
 * tổng số hơn 110 triệu lượt người khám, chữa bệnh (tính đến ngày 18-11)."): the period of a figure before it that has
 * none of its own. Its year must be known (stated, or filled from the page).
 */
export function closingPointDate(sentence: string, dates: readonly DateMatch[], n: { end: number }): DateMatch | undefined {
  return dates.find((d) => {
    if (d.start < n.end || (d.precision !== 'day' && d.precision !== 'month') || d.isoEnd || d.iso.startsWith('0000')) return false;
    const paren = parenAround(sentence, d.start);
    return !!paren && paren.start >= n.end && CLOSING_POINT_OPEN.test(sentence.slice(paren.start, d.start)) && /^\s*$/u.test(sentence.slice(d.end, paren.end)) && /^\s*[.;!?]?\s*$/u.test(sentence.slice(paren.end + 1)); // the date closes the bracket, the bracket the sentence
  });
}
