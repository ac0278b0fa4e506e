/**
 * Forecasts and what is not one, on lowercase text. A report's forecast ("theo dự báo của …", "có thể
 * lên tới 50 tỷ USD", "sẽ đạt … trong ba năm tới", "sau 3 năm nữa") is an estimate with the year it
 * names or the base year plus the years it counts; a present share in a "khi"/"vì" clause ("khi 90%
 * người dùng cho biết sẽ …") is a fact, not a future; a compound annual growth ("tăng trưởng kép")
 * is a rate over years, no year's value. Pure.
 */
import type { Period } from '../../src/schemas/metric';
import { ownPart } from './future-after';
import { spanAround } from './items';

const W = '(?![\\p{L}\\p{M}])';
/** A forecast named anywhere in the sentence ("theo dự báo mới nhất của …", "được dự báo"). */
const FORECAST_SENTENCE = new RegExp(`(?<![\\p{L}\\p{M}])(?:dự báo|theo dự đoán|triển vọng)${W}`, 'u');
/** Round 48: a study its publisher released, named before the figure ("Theo Báo cáo … do Google, Temasek và Bain & Company công bố, … sẽ …"): its future is the study's forecast. */
const PUBLISHED_STUDY = /(?<![\p{L}\p{M}])(?:báo cáo|nghiên cứu|khảo sát)(?![\p{L}\p{M}])[^;.]{0,120}?(?<![\p{L}\p{M}])(?:công bố|phát hành)(?![\p{L}\p{M}])/u;
/** Round 40: a forecaster's "dự đoán" before the number ("Google, Temasek và Bain dự đoán đến năm 2025, … sẽ đạt 57 tỷ USD"; not "60% doanh
 *  nghiệp dự đoán chi phí sẽ tăng", the share of those who predict). */
const PREDICTED_BEFORE = /(?<![\p{L}\p{M}])dự đoán(?![\p{L}\p{M}])/gu;

/** True when a forecaster's "dự đoán" stands in `before` (lowercase, up to the number) with no figure before it in its comma-clause. */
function predictedBefore(before: string): boolean {
  return [...before.matchAll(PREDICTED_BEFORE)].some((m) => !/\d/u.test(before.slice(spanAround(before, m.index, /[,;]/g)[0], m.index)));
}
/** A possibility before the number in its clause: "có thể lên tới", "có thể đạt", "nhiều khả năng (đạt)", "có khả năng vượt" (not "có khả năng xuất khẩu": an ability). */
const MAY_REACH = new RegExp(`(?<![\\p{L}\\p{M}])(?:có thể (?:lên (?:tới|đến)|đạt|vượt|chạm)|nhiều khả năng|có khả năng (?:đạt|vượt|lên (?:tới|đến)))${W}[^,;]{0,40}$`, 'u');
/** "nhiều khả năng": a likelihood, whatever time word stands before it. */
const LIKELY = /(?<![\p{L}\p{M}])nhiều khả năng(?![\p{L}\p{M}])/gu;

/** The part of a clause (lowercase) after its last "nhiều khả năng": "năm nay nhiều khả năng trên" → " trên" (the year it speaks of is no result). */
export function afterLikely(clause: string): string {
  const last = [...clause.matchAll(LIKELY)].at(-1);
  return last ? clause.slice(last.index + last[0].length) : clause;
}

/** Years counted from now: "trong ba năm tới", "sau 3 năm nữa", "trong 5 năm tới". */
const YEARS_AHEAD = /(?<![\p{L}\p{M}])(?:trong|sau)\s+(\d{1,2}|hai|ba|bốn|năm|mười)\s+năm\s+(?:tới|nữa)(?![\p{L}\p{M}])/u;
const WORDS: Record<string, number> = { hai: 2, ba: 3, 'bốn': 4, 'năm': 5, 'mười': 10 };
/** A future word ("sẽ") in a forecast sentence. */
const FUTURE = /(?<![\p{L}\p{M}])(?:sẽ|có thể)(?![\p{L}\p{M}])/u;

/**
 * True when the number at `at` is a forecast, an estimate: "có thể lên tới" before it in its clause, or a
 * future word in a sentence that names a forecast (`FORECAST_SENTENCE`) or counts years ahead (`YEARS_AHEAD`), before the
 * number or in its own part of what follows (`ownPart`, future-after.ts).
 */
export function isForecast(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  const clause = lower.slice(Math.max(lower.lastIndexOf(',', at - 1), lower.lastIndexOf(';', at - 1)) + 1, at);
  if (MAY_REACH.test(clause)) return true;
  return (FORECAST_SENTENCE.test(lower) || predictedBefore(lower.slice(0, at)) || PUBLISHED_STUDY.test(lower.slice(0, at)) || YEARS_AHEAD.test(lower)) && FUTURE.test(lower.slice(0, at) + ownPart(lower.slice(at))); // not a later clause's own "sẽ" ("đạt 5 tỷ USD năm 2024, dự báo sẽ đạt 7 tỷ USD")
}

/** An estimate word anywhere in the sentence: "ước", "dự kiến", "dự tính" (forecasts are `FORECAST_SENTENCE`). */
const ESTIMATE_WORD = /(?<![\p{L}\p{M}])(?:ước|dự kiến|dự tính)(?![\p{L}\p{M}])/u;

/**
 * True when the number is a forecast only by a future word and years counted ahead ("… sẽ đóng góp 7% trong hai năm
 * tới"): nothing names a forecast, a possibility or an estimate. Right after a plan's goals such a sentence goes on
 * with the plan (`metric-status.ts`), its horizon no forecaster's.
 */
export function isYearsAheadOnly(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  const clause = lower.slice(Math.max(lower.lastIndexOf(',', at - 1), lower.lastIndexOf(';', at - 1)) + 1, at);
  return !MAY_REACH.test(clause) && !FORECAST_SENTENCE.test(lower) && !ESTIMATE_WORD.test(lower) && YEARS_AHEAD.test(lower) && FUTURE.test(lower);
}

/** The year a forecast counts to ("trong ba năm tới" with base 2022 → 2025), when the sentence counts years ahead and a base year is known. */
export function yearsAheadPeriod(sentence: string, baseYear: number | undefined): Period | undefined {
  const m = YEARS_AHEAD.exec(sentence.toLowerCase());
  if (!m || baseYear === undefined) return undefined;
  const n = /^\d+$/u.test(m[1]!) ? Number(m[1]) : WORDS[m[1]!]!;
  const iso = String(baseYear + n);
  return { iso, precision: 'year', text: m[0] };
}

/** A clause that states a fact as a reason or a circumstance: "khi 90% người dùng …", "vì 60% …". */
const FACT_CLAUSE = /^\s*(?:khi|vì|do|bởi|bởi vì|bởi lẽ)\s/u;

/** True when the number's comma-clause (`clauseBefore`, lowercase, up to it) opens on "khi"/"vì": a present fact, whatever future stands before it. */
export function isFactClause(clauseBefore: string): boolean {
  return FACT_CLAUSE.test(clauseBefore);
}

/** A compound or average annual growth: "tăng trưởng kép", "CAGR". */
const COMPOUND = /(?<![\p{L}\p{M}])(?:tăng trưởng kép|cagr)(?![\p{L}\p{M}])/u;

/** True when the sentence reports a compound annual growth: its figures are rates over years, no year's value of a series. */
export function isCompoundGrowth(sentence: string): boolean {
  return COMPOUND.test(sentence.toLowerCase());
}

/** "/năm", "mỗi năm", "hằng năm" right after a figure: a rate per year. */
const PER_YEAR_AFTER = /^\s*(?:\/\s*năm|mỗi\s+năm|hằng\s+năm|hàng\s+năm)(?![\p{L}\p{M}])/u;

/** True when the figure ending at `end` is a rate per year ("khoảng 25 - 30%/năm", an average yearly rate named before it): over years, it takes no year a paragraph hands on (its own clause's year it keeps). */
export function isPerYearRate(sentence: string, end: number): boolean {
  return PER_YEAR_AFTER.test(sentence.slice(end, end + 16).toLowerCase()) || AVERAGE_PER_YEAR_BEFORE.test(sentence.slice(Math.max(0, end - 120), end).toLowerCase());
}

/** Round 43: an average yearly rate named before the figure in its clause ("tốc độ tăng trưởng trung bình hàng năm … lên đến 57%"): over years too. */
const AVERAGE_PER_YEAR_BEFORE = /(?<![\p{L}\p{M}])(?:trung bình|bình quân)\s+(?:hàng|hằng|mỗi)\s+năm(?![\p{L}\p{M}])[^;.\d]{0,60}[\d.,]+\s*%?$/u;

/** A goal word: after an estimate word and before the number, it turns the clause to a goal ("ước đạt 7%, phấn đấu đến năm 2025 đạt 20%"; not "để đạt mục tiêu này");
 *  round 46: also a goal naming its measure before the level ("Dự kiến sang năm 2024, mục tiêu doanh thu công nghiệp ICT sẽ đạt …"; not one reached, "sẽ đạt chỉ tiêu … là 25%"). */
const GOAL_WORD = /(?<![\p{L}\p{M}])(?:phấn đấu|(?:mục tiêu|chỉ tiêu)\s+(?:đến|là|đạt|năm)|(?<!đạt\s|đạt được\s)(?:mục tiêu|chỉ tiêu)\s+[\p{L}\p{M}\s]{1,50}?\s(?:sẽ\s+)?(?:đạt|lên))(?![\p{L}\p{M}])/u;

/** True when `fromEstimate` (lowercase, from an estimate word to the number) names a goal between them: the number is a target. */
export function turnsToGoal(fromEstimate: string): boolean {
  return GOAL_WORD.test(fromEstimate);
}

/** A sentence whose first clause reports an estimate of what it lists: "Bộ X ước tính tỷ trọng …", "dự báo rằng …" (not "ước tính đạt 5%"). */
const REPORTED = /^[^;]{0,80}?(?<![\p{L}\p{M}])(?:ước tính|dự báo)\s+(?!(?:đạt|khoảng|là|có|vào|lên|tăng|giảm|sẽ)(?![\p{L}\p{M}]))[\p{L}\p{M}]/u;
/** A result or the present in an item: it is no longer the estimate's. */
const NOW_ITEM = /(?<![\p{L}\p{M}])(?:đã|hiện|thực tế|thống kê)(?![\p{L}\p{M}])/u;

/**
 * True when the number at `at` of `lower` is in a later ";" item of a sentence whose first clause reports an
 * estimate ("Bộ ước tính tỷ trọng … đạt 16,5%; tốc độ … khoảng 20%/năm, gấp 3 lần …"): the items share it.
 */
export function isReportedEstimate(lower: string, at: number): boolean {
  const semi = lower.lastIndexOf(';', at - 1);
  return semi >= 0 && REPORTED.test(lower) && !NOW_ITEM.test(lower.slice(semi, at));
}

/** A comma-clause that opens on a new subject with its own verb of a level ("sản lượng bưu gửi đạt khoảng …"). */
const NEW_SUBJECT = /^\s*(?!(?:tương đương|bằng|và|trong đó|gấp)(?![\p{L}\p{M}]))(?:[\p{L}\p{M}]+\s+){2,6}(?:đạt|có)(?![\p{L}\p{M}])/u;

/**
 * True when, between an estimate word with its own figure and the number (`fromEstimate`, lowercase, from the last
 * estimate word before the number), a later comma-clause opens on a new subject with its own verb ("ước đạt 70.000 tỷ đồng, tăng 20%, sản lượng bưu gửi đạt khoảng 3,4 tỷ, tăng 30%"): the
 * estimate's reach ended there, and what follows is reported.
 */
export function leavesEstimate(fromEstimate: string): boolean {
  const pieces = fromEstimate.split(/,(?!\d)/u);
  return OWN_FIGURE.test(pieces[0]!) && pieces.slice(1).some((piece) => NEW_SUBJECT.test(piece));
}

/** An estimate word with its own figure right after it ("ước đạt hơn 70.000 tỷ đồng"; not "Dự kiến đến hết năm 2025, cả nước đạt …"). */
const OWN_FIGURE = /^[\p{L}\p{M}]+(?:\s+(?:tính|đạt|khoảng|là))*\s+(?:(?:khoảng|hơn|trên|gần|xấp xỉ)\s+)?\d/u;

/** A forecast word and what follows it in its comma-clause, up to a comparison or a start ("so với", "từ"): "được dự báo đạt 2 tỷ USD trong năm 2027". */
const FORECAST_CLAUSE = /(?<![\p{L}\p{M}])(?:được dự báo|theo dự báo)(?![\p{L}\p{M}])((?:(?!so với|từ)[^,;.])*)/gu;
/** A year in a forecast's clause. */
const YEAR = /(?<![\p{L}\p{M}\d])năm\s+(20\d{2})(?!\d)/u;
/** How many paragraphs from the top (headline included) set a page's frame: a forecast there makes it a forecast report. */
const FRAME_PARAGRAPHS = 3;

/** The years a page's top paragraphs forecast: "… được dự báo đạt 2 tỷ USD trong năm 2027" (not "so với dự báo …", a forecast compared with). */
export function forecastYears(paragraphs: readonly string[]): number[] {
  const years = paragraphs.slice(0, FRAME_PARAGRAPHS).flatMap((p) => [...p.toLowerCase().matchAll(FORECAST_CLAUSE)])
    .map((m) => YEAR.exec(m[1]!)?.[1]).filter((y) => y !== undefined).map(Number);
  return [...new Set(years)];
}

/** A level reached right before the figure in its clause: "đạt", "chiếm", "mức tăng trưởng", "quy mô" (not "có tới 3 …": a count of what is there). */
const LEVEL_BEFORE = /(?<![\p{L}\p{M}])(?:đạt|chiếm|tăng trưởng|quy mô)(?:\s+(?:khoảng|hơn|gần|trên|tới|xấp xỉ))?\s*$/u;
/** A result or the present in the clause: no longer the forecast's. */
const NOW_CLAUSE = /(?<![\p{L}\p{M}])(?:đã|hiện|thực tế|thống kê|năm trước|năm ngoái)(?![\p{L}\p{M}])/u;

/**
 * True when the figure at `at` of `sentence`, of the whole year `period`, is a level reached in a year the page
 * forecasts (`forecastYears`): "Theo báo cáo, … được dự báo đạt … năm 2026. … ngành X đạt 5 tỷ USD vào năm 2026":
 * the report's estimate too, unless its clause says it is done or present. A month's or a quarter's figure is a result.
 */
export function isForecastYearLevel(sentence: string, at: number, period: Period | undefined, years: readonly number[]): boolean {
  if (period?.precision !== 'year' || !years.includes(Number(period.iso))) return false;
  const lower = sentence.toLowerCase();
  const clause = lower.slice(Math.max(lower.lastIndexOf(',', at - 1), lower.lastIndexOf(';', at - 1)) + 1, at);
  return LEVEL_BEFORE.test(clause) && !NOW_CLAUSE.test(clause);
}

/** A forecasting institution ("IMF", "Ngân hàng Thế giới", "Fitch", "ADB" …) then its view ("nhận định", "cho rằng", "đánh giá rằng"), lowercase. */
const FORECASTER_VIEW = /(?<![\p{L}\p{M}])(?:imf|quỹ tiền tệ quốc tế|world bank|wb|ngân hàng thế giới|adb|ngân hàng phát triển châu á|fitch(?: ratings)?|moody'?s|s&p(?: global)?|oecd|hsbc|standard chartered|uob)(?:\s*\([^)]{0,40}\))?\s+(?:(?:cũng|vừa|mới|đã|tiếp tục)\s+)?(?:nhận định|cho rằng|đánh giá rằng)(?![\p{L}\p{M}])/u;

/**
 * Round 31g: a figure a forecasting institution gives as its view ("IMF nhận định tăng trưởng năm nay đạt 5,8%", "Fitch cho
 * rằng …") is its estimate: the view is named before the number in its sentence, with no other sentence between.
 */
export function isForecastersView(lower: string, at: number): boolean {
  return FORECASTER_VIEW.test(lower.slice(0, at));
}
