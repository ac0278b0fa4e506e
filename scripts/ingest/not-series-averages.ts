/**
 * Averages and rates, which are no value of any series (split from not-series.ts): an average over years or units
 * ("trung bình tăng 30-40%/năm", "bình quân tính đến tháng 6 đã tăng 52%"), the average of the world or a region, a
 * count per day or hour ("mỗi ngày … hơn 23 sự cố"), and a sentence that breaks down an average stated before it.
 * The whole's own rate said to reach an average ("tỷ lệ … toàn tỉnh đạt trung bình 72%") and the nation's average
 * of a share stay values. Pure.
 */
import { pillarsOfNationalAverage } from './rank-order';

/** "trung bình", "bình quân" in the number's item before it, or opening its sentence ("Trung bình mỗi năm, …"): an average, not a period's value. */
const AVERAGE = /(?<![\p{L}\p{M}])(?:trung\s+bình|bình\s+quân)(?![\p{L}\p{M}])[^,;:()]{0,40}$|(?:^|;)\s*(?:tính\s+)?(?:trung\s+bình|bình\s+quân)(?![\p{L}\p{M}])[^,;:()]{0,40},[^;]*$/u;

/** The whole country's average as the figure's subject, right before it ("chỉ số trung bình cả nước là", "bình quân toàn quốc mới đạt"): the nation's value of an index or share, not an average over years. */
const NATION_AVERAGE = /(?<![\p{L}\p{M}])(?:trung\s+bình|bình\s+quân)\s+(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)\s+(?:năm\s+\d{4}\s+)?(?:(?:mới|chỉ|vẫn|đã|cũng)\s+){0,2}(?:là|đạt|ở\s+mức)\s*$/u;

/** Session 42: the whole province's or country's rate said to reach an average ("tỷ lệ … nộp hồ sơ trực tuyến toàn tỉnh đạt trung bình
 *  72%", "tỷ lệ … cả nước đạt bình quân 45%"), lowercase, up to the number: the whole's own value over its levels, not an average over
 *  years (a growth "toàn tỉnh đạt bình quân 7,5%/năm" names no "tỷ lệ"). */
const WHOLE_AVERAGE = /(?<![\p{L}\p{M}])tỷ\s+lệ(?![\p{L}\p{M}])[^;.]{0,120}?(?<![\p{L}\p{M}])(?:toàn\s+(?:tỉnh|quốc|thành\s+phố)|cả\s+nước)\s+(?:(?:mới|chỉ|đã|cũng)\s+)?(?:đạt|là|ở\s+mức)\s+(?:mức\s+)?(?:trung\s+bình|bình\s+quân)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$/u;

/** Review of round 61: what makes "đạt trung bình" an average after all: a span of years before the figure ("Giai đoạn 2021-2024, …",
 *  "trong 5 năm qua"; not "Theo kết quả đánh giá hàng năm"), a rate per year right after it ("… 65% mỗi năm", "/năm"; not a later
 *  clause's "…, tăng 5% mỗi năm"), or units of the province counted before the whole ("của các xã trong toàn tỉnh"). */
const OVER_YEARS_BEFORE = /(?<![\p{L}\p{M}])(?:giai\s+đoạn|\d+\s+năm\s+(?:qua|gần\s+đây|liên\s+tiếp)|các\s+năm|bình\s+quân\s+(?:mỗi\s+)?năm)(?![\p{L}\p{M}])/u;
const PER_YEAR_AFTER = /^\s*(?:\/\s*năm|mỗi\s+năm|hằng\s+năm|hàng\s+năm|một\s+năm)(?![\p{L}\p{M}])/u;
const UNITS_BEFORE_WHOLE = /(?<![\p{L}\p{M}])(?:các|những|mỗi|từng)\s+(?:xã|huyện|sở|đơn\s+vị|cơ\s+quan|địa\s+phương)(?![\p{L}\p{M}])[^;.]{0,40}?(?:toàn\s+(?:tỉnh|quốc|thành\s+phố)|cả\s+nước)/u;

/** True when the whole's rate is said to reach an average that is its own value (`WHOLE_AVERAGE`), not an average over years or units
 *  (`before`: the sentence up to the figure, `after`: from its end, both lowercase). */
function isWholeAverage(before: string, after: string): boolean {
  return WHOLE_AVERAGE.test(before) && !OVER_YEARS_BEFORE.test(before) && !PER_YEAR_AFTER.test(after) && !UNITS_BEFORE_WHOLE.test(before);
}

/** A count or amount per day, hour or week in its clause ("trung bình mỗi ngày các hệ thống phải hứng chịu hơn"): a rate the writer derives, no level of a series. */
const PER_SHORT_SPAN = /(?<![\p{L}\p{M}])mỗi\s+(?:ngày|giờ|tuần|phút|giây)(?![\p{L}\p{M}])[^,;:()]{0,80}$/u;

/** Round 44: an average per month, quarter or year over a span ("trung bình trong 9 tháng đầu năm 2022, mỗi tháng có gần 1.060 cuộc …"): a rate the writer derives. */
const AVERAGE_PER_SPAN = /(?<![\p{L}\p{M}])(?:trung\s+bình|bình\s+quân)(?![\p{L}\p{M}])[^.;]{0,80}?(?<![\p{L}\p{M}])mỗi\s+(?:tháng|quý|năm)(?![\p{L}\p{M}])[^,;:()]{0,80}$/u;

/** The same rate named after the figure and its noun ("hơn 3.000 cuộc tấn công mạng mỗi ngày", "80 vụ mỗi giờ"; round 34). */
const PER_SHORT_SPAN_AFTER = /^[^,;:()\d]{0,40}?(?<![\p{L}\p{M}])(?:mỗi\s+(?:ngày|giờ|tuần|phút|giây)|(?:per|a|each)\s+(?:day|hour|week|minute|second))(?![\p{L}\p{M}])/u; // round 50: "averaging 40 billion USD per day"

/** A rank verb coordinated after an average named as a comparand ("cao hơn mức trung bình và xếp thứ"): the rank is the subject's own. */
const RANK_AFTER_AVERAGE = /(?:trung\s+bình|bình\s+quân)[^,;:()\d]{0,40}?\svà\s+(?:xếp|đứng|giữ|vươn\s+lên)(?:\s+(?:hạng|thứ|vị\s+trí))*\s*$/u;

/** A part broken down ("trong đó") right after an average's figure in the same sentence ("bình quân 12%, trong đó phần lõi 7%"): an average too. */
const AVERAGE_PART = /(?<![\p{L}\p{M}])(?:trung\s+bình|bình\s+quân)(?![\p{L}\p{M}])[^,;:()]{0,40}\d[\d.,]*\s*%?[^\d,;:()]{0,20},\s*trong\s+(?:số\s+)?đó(?![\p{L}\p{M}])[^\d,;:()]{0,50}$/u;


/** The average of the world or a region right before the figure ("… trung bình của thế giới (0.6382)"): not Viet Nam's value. */
const OTHERS_AVERAGE = /(?<![\p{L}\p{M}])(?:trung\s+bình|bình\s+quân)(?:\s+của)?\s+(?:thế\s+giới|toàn\s+cầu|khu\s+vực|châu\s+[\p{L}\p{M}]+|asean|các\s+nước)[^,;.]{0,30}$/u;


/** A sentence that breaks down the figure before: "Trong đó ngành kinh tế số lõi đóng góp 7,99% …". */
const BREAKDOWN_OPENS = /^\s*trong\s+(?:số\s+)?đó(?![\p{L}\p{M}])/iu;
/** A sentence that states an average: "Trung bình tỷ trọng … trong giai đoạn trên đạt khoảng 12,88%". */
const AVERAGE_OPENS = /^\s*(?:tính\s+)?(?:trung\s+bình|bình\s+quân)(?![\p{L}\p{M}])/iu;

/**
 * True when the sentence breaks down ("Trong đó …") an average stated by the sentence before
 * (`previous`): its parts are averages over the same years too, no value of a yearly series.
 */
export function isAverageBreakdown(sentence: string, previous: string | undefined): boolean {
  if (previous === undefined) return false;
  const last = previous.slice(previous.lastIndexOf('. ') + 1);
  return (BREAKDOWN_OPENS.test(sentence) && opensAverage(last)) || pillarsOfNationalAverage(sentence, last);
}

/** A new dated item after an average ("…, trung bình đạt 12,6% và năm 2023 là 12,3%", "; năm 2023 …"): what follows is that year's value. */
const DATED_ITEM = /;|(?:,|\svà)\s+(?:riêng\s+)?(?:trong\s+)?năm\s+(?:19|20)\d\d/u;

/**
 * True when `text` (a sentence, or one up to a number; lowercase) opens on an average ("Trung bình tỷ trọng … các năm
 * 2020 - 2023 đạt khoảng 12,62%") and names no new dated item after it: its figures so far are averages. "… và năm
 * 2023 là 12,33%" is that year's value, and a "Trong đó" after it breaks down that year's value.
 */
export function opensAverage(text: string): boolean {
  return AVERAGE_OPENS.test(text) && !DATED_ITEM.test(text);
}

/** Session 50: an English average growth over years before the figure ("the average annual growth of the digital economy at about 20 per cent",
 *  "average annual growth rates of cashless payment transactions reached nearly 59 percent", "a compound annual growth rate of 16%"). */
const ENGLISH_AVERAGE_GROWTH = /(?<![\p{L}])(?:(?:average|compound)\s+(?:annual\s+|yearly\s+)?|annual\s+average\s+)(?:growth|increase|rise)(?:\s+rates?)?(?![\p{L}])[^,;:()]{0,80}$/u;

/**
 * True when the figure is an average or a rate per short span (see the module comment): `before` is the sentence up to
 * the figure with earlier list items taken out, `after` the sentence from its end, both lowercase.
 */
export function isAverageOrRate(before: string, after: string, unit: string): boolean {
  if (unit !== 'percent' && (PER_SHORT_SPAN.test(before) || AVERAGE_PER_SPAN.test(before) || PER_SHORT_SPAN_AFTER.test(after))) return true;
  if (ENGLISH_AVERAGE_GROWTH.test(before)) return true;
  return (AVERAGE.test(before) && !RANK_AFTER_AVERAGE.test(before) && !(unit === 'percent' && (NATION_AVERAGE.test(before) || isWholeAverage(before, after)))) || AVERAGE_PART.test(before) || OTHERS_AVERAGE.test(before) || opensAverage(before);
}
