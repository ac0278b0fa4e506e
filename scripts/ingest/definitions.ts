/**
 * More numbers that are no claims (round 9b): the parts and maxima of an index's definition ("gồm 12 chỉ
 * số chia thành 3 trụ cột: Chính phủ số (400 điểm), … với tổng điểm 1.000"), a title said with "số 1"
 * ("nhà mạng số 1"), the first value of a move whose technical unit stands only after the second ("từ 93.11
 * lên 94.45 Mbps", a unit the schema does not carry), and the size of the field after a rank spelled in words
 * ("xếp thứ nhất trên 34 tỉnh"). Pure; `numbers.ts` skips what these accept.
 */
import { TECH_UNIT } from './number-words';
import { isLabelNumber, isRouteNumber, isVersionNumber } from './number-labels';
import { isAddressNumber, isBorderMarker, isStandardNumber, isAllProvincesField } from './number-places';
import { isLegalTextNumber } from './legal-text';
import { isSupposedFigure } from './not-claims-supposition';
import { isAreaInSeries, isInQuotedName, isQuotedFormula, isInsideWord, isLocalityName, isTimeZoneOffset } from './number-names';

/** A sentence that defines an index by its parts: "gồm 12 chỉ số", "chia thành 3 trụ cột", "với 47 chỉ số thành phần", a method that "sử dụng 42 chỉ số" (round 38). */
const PARTS = /(?<![\p{L}\p{M}])(?:gồm|bao gồm|chia\s+(?:thành|làm)|cấu trúc\s+(?:theo|thành)|với|sử dụng)\s+\d+\s+(?:trụ cột|chỉ số|nhóm chỉ số|chỉ tiêu thành phần|trục nội dung|nội dung chỉ số)(?![\p{L}\p{M}])|(?:gồm|bao gồm|có|tổng cộng|với)\s+\d+\s+tiêu chí\s*\(\s*chỉ số thành phần\s*\)/iu; // session 50: PAPI's "gồm 8 nội dung chỉ số thành phần"; session 51: "có tổng cộng 47 tiêu chí (chỉ số thành phần)"
/** What a count of parts counts, after it: "chỉ số (chính|thành phần)", "nhóm chỉ số", "trụ cột", "khía cạnh", not "chỉ số tăng". */
const PART_NOUN = /^\s+(?:tiêu chí\s*\(\s*chỉ số thành phần\s*\)|nhóm chỉ số|chỉ số|chỉ tiêu thành phần|chỉ tiêu|nhóm|trụ cột|khía cạnh|trục nội dung|nội dung chỉ số(?:\s+thành\s+phần)?)(?![\p{L}\p{M}])(?!\s+(?:tăng|giảm|đạt|được|có|cải thiện|vượt|thấp|cao)(?![\p{L}\p{M}]))/iu;
/** The words before a count of parts: "gồm ", "bao gồm ", "với ", "chia thành ", "theo ", "… chỉ số chính và ", "Chỉ số X có ". */
const PART_BEFORE = /(?<![\p{L}\p{M}])(?:gồm|bao gồm|với|thành|làm|theo|và|có|sử dụng|có tổng cộng)\s*$/iu;
/** Session 50: the count of an index's parts its results are told among ("Trong 8 trục nội dung của Chỉ số PAPI tỉnh …, có 07 trục …"): the
 *  count alone, the rest of the sentence read as results (review: its scores "(7,5 điểm)" are no definition); not a plan's goals ("Trong 39
 *  chỉ tiêu, …" counts them). */
const AMONG_PARTS_BEFORE = /(?<![\p{L}\p{M}])trong\s*$/iu;
const AMONG_PARTS_AFTER = new RegExp(String.raw`^\s+(?:chỉ\s+số|nhóm\s+chỉ\s+số|trụ\s+cột|trục\s+nội\s+dung|nội\s+dung\s+chỉ\s+số)(?:\s+(?:chính|trụ\s+cột|thành\s+phần))?(?:\s*[,(]|(?:\s+[\p{L}\p{M}]+){0,3}?\s+của\s+(?:bộ\s+)?(?:chỉ\s+số|papi|pci|dti|par|sipas)(?![\p{L}\p{M}]))`, 'iu'); // "trong 9 chỉ số chính (…)", "Trong 7 chỉ số trụ cột, …"
/** Each part's maximum: "(mỗi trụ cột 25 điểm)", "mỗi trụ cột tối đa 250 điểm". */
const EACH_PART_BEFORE = /(?<![\p{L}\p{M}])mỗi\s+(?:chỉ số|trụ cột|nhóm|chỉ tiêu|tiêu chí|lĩnh vực)(?:\s+thành phần)?\s*(?:(?:tối đa|là|được)\s*)?:?\s*$/iu;
/** The total an index is scored out of: "tổng điểm 1.000", "tổng điểm tối đa là 1.000", "điểm tối đa 100", "tối đa 400 điểm". */
const MAXIMUM_BEFORE = /(?<![\p{L}\p{M}])(?:tổng\s+(?:số\s+)?điểm(?:\s+tối\s+đa)?|điểm\s+tối\s+đa|tối\s+đa)\s*(?:là|:)?\s*$/iu;

/**
 * True when the number at `p`–`end` of `s` belongs to an index's definition, in a sentence that defines
 * the index by its parts (`PARTS`): a count of its parts after "gồm"/"với"/"thành" ("gồm 8 chỉ số chính với
 * 47 chỉ số thành phần", "có 6 chỉ số … gồm 20 chỉ tiêu"), a part's maximum alone in brackets or after a colon after its name ("Chính phủ số (400
 * điểm)", "Kinh tế số: 300 điểm") or after "mỗi" ("mỗi trụ cột 25 điểm"), or
 * the total it is scored out of ("tổng điểm 1.000"); or (session 50) the count of an index's parts its results are told among, after "Trong"
 * (`AMONG_PARTS_*`: "Trong 8 trục nội dung của Chỉ số PAPI …"). `points` says the number carries "điểm".
 */
export function isDefinitionNumber(s: string, p: number, end: number, points: boolean): boolean {
  const before = s.slice(Math.max(0, p - 48), p);
  if (!points && AMONG_PARTS_BEFORE.test(before) && AMONG_PARTS_AFTER.test(s.slice(end, end + 80))) return true; // session 50: "Trong 8 trục nội dung của Chỉ số PAPI …"
  const part = (!points && PART_BEFORE.test(before) && PART_NOUN.test(s.slice(end, end + 40))) || MAXIMUM_BEFORE.test(before) || (points && EACH_PART_BEFORE.test(before))
    || (points && /[\p{L}\p{M}]\s*:\s*$/u.test(before)) // "Chính quyền số: 400 điểm"
    || (points && /\(\s*$/u.test(before) && /^\s*\)/u.test(s.slice(end)) && /[\p{L}\p{M}]\s*\(\s*$/u.test(before));
  return part && PARTS.test(s); // session 50: the sentence-wide test last, for the few candidates (read for every number, it grew quadratic on long text)
}

/** Session 50: a banknote named by its value ("tờ 500 nghìn", "tờ tiền mệnh giá 200.000 đồng"): what it is, no amount anyone reached. */
const BANKNOTE_BEFORE = /(?<![\p{L}\p{M}])tờ\s+(?:tiền\s+)?(?:mệnh\s+giá\s+)?$/iu;

/** A noun and "số" right before "1": "nhà mạng số 1", not "tổng số 1", "vị trí số 1", "chỉ số 1" (a rank or a label of its own). */
const TITLE_BEFORE = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\s+số\s*$/iu;
const NOT_TITLE = /^(?:tổng|con|các|những|một|có|với|trong|là|đạt|ở|chiếm|trí|hạng|thứ|xếp|đứng|chỉ|top|tốp)$/iu;
/** What may follow a title's "số 1": the end of the phrase or what the title holds ("… số 1 với 56,6% thị phần", "số 1 Việt Nam"). */
const TITLE_AFTER = /^\s*(?:[,.;:)]|$|(?:với|của|tại|trong|về|thế giới|toàn cầu|việt nam|khu vực|hiện nay|châu|đông nam|cả nước|thị trường)(?![\p{L}\p{M}]))/iu;

/** True when a bare "1" is a title ("nhà mạng số 1 với 56,6% thị phần", "thương hiệu số 1 Việt Nam"), not a count. `before` is the text before it, `after` the text after. */
export function isNumberOneTitle(raw: string, before: string, after: string): boolean {
  if (raw !== '1') return false;
  const m = TITLE_BEFORE.exec(before);
  return !!m && !NOT_TITLE.test(m[1]!) && TITLE_AFTER.test(after);
}

/** "từ 93.11 lên ", "từ 43,19 trong tháng 8 lên ": the words between a bare first value and the second of a move. */
const MOVE_TO = /(?:\s+(?:trong|vào|của|ở)\s+[^\d;.]{1,20}\d{0,4}(?:\/\d{4})?)?\s+(?:lên|xuống|đến|tới)\s+(?:mức\s+)?(?=\d)/iuy;
/** A numeral. */
const NUMERAL_AT = /\d+(?:[.,]\d+)*/y;

/**
 * True when the bare number ending at `end` opens a move whose second value alone carries a technical unit
 * ("từ 93.11 lên 94.45 Mbps", "từ 43,19 trong tháng 8 lên 47,82 Mb/giây"): both are values of that unit, which
 * no metric carries (`TECH_UNIT`), so neither is a claim.
 */
export function opensTechMove(s: string, end: number): boolean {
  if (!/(?<![\p{L}\p{M}])từ\s+(?:mức\s+)?[\d.,]+$/iu.test(s.slice(Math.max(0, end - 30), end))) return false;
  return carriesTechUnitAfter(MOVE_TO, s, end);
}

/** True when `link` (a sticky pattern) matches at `end` of `s`, a numeral follows it and that numeral carries a technical unit (`TECH_UNIT`). */
function carriesTechUnitAfter(link: RegExp, s: string, end: number): boolean {
  link.lastIndex = end;
  const m = link.exec(s);
  if (!m) return false;
  NUMERAL_AT.lastIndex = end + m[0].length;
  if (!NUMERAL_AT.exec(s)) return false;
  TECH_UNIT.lastIndex = NUMERAL_AT.lastIndex;
  return TECH_UNIT.test(s);
}

/** "và", a comma or a dash, then the next bare numeral of a pair: "135,35 và ", "18, ". */
const PAIR_NEXT = /\s*(?:và|,|-|–)\s*(?=\d)/iuy;

/**
 * Round 39: the first of a pair of bare values whose second alone carries a technical unit ("với thông số 135,35 và 134,73 MB/giây",
 * "độ trễ 18 và 21 ms"): both are values of that unit (`TECH_UNIT`), so neither is a claim.
 */
export function opensTechPair(s: string, end: number): boolean {
  return carriesTechUnitAfter(PAIR_NEXT, s, end);
}

/** A rank spelled in words or figures, then "trên"/"trong" ("xếp thứ nhất trên ", "đứng thứ ba trong số ", "xếp hạng 2 trong số ", "dẫn đầu trong "). */
const SPELLED_RANK = /(?<![\p{L}\p{M}])(?:(?:xếp|đứng|hạng|vị trí)\s+(?:thứ\s+)?(?:nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3})|(?:xếp|đứng|dẫn)\s+đầu(?:\s+cả\s+nước)?)\s+(?:trên|trong)\s+(?:số\s+|tổng số\s+)?$/iu;
/** What a ranking ranks, after the size of its field. */
const FIELD_NOUN = /^\s+(?:quốc gia|nước|nền kinh tế|tỉnh|thành phố|địa phương|bộ|ngành|đơn vị|trường)(?![\p{L}\p{M}])/iu;

/** True when a bare count is the size of the field of a rank spelled in words ("xếp thứ nhất trên 34 tỉnh, thành phố"). */
export function isSpelledRankField(before: string, after: string): boolean {
  return SPELLED_RANK.test(before) && FIELD_NOUN.test(after);
}

/** A comparative right before a bare number that ends its clause: "hệ số thanh toán lớn hơn 1.", "tỷ số nhỏ hơn hoặc bằng 3;". */
const COMPARED_BOUND = { before: /(?<![\p{L}\p{M}])(?:lớn|nhỏ|cao|thấp)\s+hơn(?:\s+hoặc\s+bằng)?\s*$/iu, after: /^\s*(?:[.;,)]|$)/u };

/** True when a bare number is the bound a ratio is held to ("hệ số khả năng thanh toán lớn hơn 1"): a condition, not a value. */
function isComparedBound(before: string, after: string): boolean {
  return COMPARED_BOUND.before.test(before) && COMPARED_BOUND.after.test(after);
}

/** "one" of the thing an average or a price is given for: "giá trị 1 giao dịch khoảng …", "bình quân 1 người dân có …", "chi phí cho 1 hồ sơ". */
const ONE_OF_AVERAGE = { before: /(?<![\p{L}\p{M}])(?:giá trị|giá|chi phí(?:\s+cho)?|trung bình|bình quân|mỗi)\s+$/iu, after: /^\s+\p{Ll}/u };

/** True when a bare "1" names the unit an average or a price is given for ("Giá trị 1 giao dịch khoảng 220.000 đồng"), not a count. */
function isUnitOfAverage(raw: string, before: string, after: string): boolean {
  return raw === '1' && ONE_OF_AVERAGE.before.test(before) && ONE_OF_AVERAGE.after.test(after);
}

/** Names of a scale's levels after their count, then the colon that lists them: "5 mức xếp loại của … gồm:", "3 cấp độ:". */
const LEVELS_NAMED = /^\s+(?:mức độ|cấp độ|mức|bậc|thang)(?![\p{L}\p{M}])[^.;:\d]{0,80}?:/iu;
/** A head that counts a scale's levels and opens their list with a colon (`LEVELS_NAMED`), anywhere before. */
const LEVELS_HEAD = new RegExp(String.raw`(?<![\p{L}\p{M}\d.,])\d{1,2}${LEVELS_NAMED.source.slice(1)}`, 'iu');
/** A bound word right before a level's threshold: "trên ", "từ ", "dưới ", "lớn hơn ", "≥ ". */
const LEVEL_BOUND_BEFORE = /(?:(?<![\p{L}\p{M}])(?:trên|dưới|từ|hơn|lớn hơn|nhỏ hơn|không quá|không dưới|đến|tới)|[<>≤≥])\s*$/iu;
/** What closes a level's item after its threshold, or goes on to its upper bound: ";", ",", ".", ")", "và", "đến", the end. */
const LEVEL_ITEM_END = /^\s*(?:[;,.)]|(?:và|đến|tới)(?![\p{L}\p{M}])|$)/u;

/** A count of levels, then their span with a comma (round 31a): "Thang đo có 5 mức, từ 1 (…) đến 5 (…)", "chia 4 cấp độ, từ 1 đến 4". */
const LEVELS_SPANNED = /^\s+(?:mức độ|cấp độ|mức|bậc)(?![\p{L}\p{M}])[^.;:\d]{0,40}?,\s*từ\s+(?:mức\s+|cấp\s+)?\d+\s*(?:\(|[-–]|đến|tới)/iu;
/** A level's bound with its rating in brackets right after it: "từ 1 (rất kém) đến 5 (rất tốt)", "3 (trung bình)". */
const RATED_AFTER = /^\s*\(\s*(?:rất\s+|hoàn toàn\s+)?(?:không\s+)?(?:kém|yếu|thấp|cao|tốt|khá|trung bình|hài lòng|đồng ý|quan trọng)(?!\s*nhất)[^()\d]{0,20}\)/iu;
/** A level named in brackets, then its threshold: "(nhóm rất cao, mức trên ", "(mức cao: từ ". */
const LEVEL_IN_BRACKET = /\([^()]{0,40}?(?:nhóm|mức)\s+(?:rất\s+)?(?:cao|thấp|trung bình|khá|tốt|kém)[^()\d]{0,30}?(?:trên|dưới|từ|hơn|≥|>|<|≤)\s*$/iu;
/** Session 42: a lettered group of a ranking, then its band with no figure between ("thuộc nhóm B gồm những tỉnh, thành phố đạt kết quả Chỉ
 *  số từ 80% - 90%", "nhóm B đạt kết quả chỉ số từ 80% đến dưới 90%"): the band defines the group, no figure is reported. Review of round
 *  61: only a lettered group, and nothing of one member's between ("Bộ Tài chính thuộc nhóm A với tỷ lệ đạt trên 95%", "dẫn đầu"). */
const GROUP_BAND_BEFORE = /(?<![\p{L}\p{M}])[Nn]hóm\s+[A-DĐ](?![\p{L}\p{M}])(?:(?!dẫn\s+đầu|tỷ\s+lệ|tỉ\s+lệ|với)[^.;:\d]){0,80}?(?<![\p{L}\p{M}])(?:đạt|có)\s+(?:kết\s+quả\s+)?(?:[Cc]hỉ\s+số\s+)?(?:từ|trên|dưới)\s*$/u;
/** A scale from zero after "từ", with no change verb in its clause: "nằm trong khoảng từ 0 đến 1", "có giá trị từ 0-100 điểm". */
const ZERO_SCALE = /^0\s*(?:[-–—]|đến|tới)\s*(?:1|5|10|100|1\.000)(?:\s*điểm)?$/u;

/** True when the range at `p`–`end` runs from 0 to a round top after "từ" where nothing changes ("tăng từ 0 đến 100" is a move): a scale's span, no claim. */
function isZeroBasedScale(s: string, p: number, end: number): boolean {
  const clause = s.slice(Math.max(0, p - 60), p).split(/[.;:]/u).at(-1)!;
  return ZERO_SCALE.test(s.slice(p, end)) && /(?<![\p{L}\p{M}])từ\s*$/iu.test(clause) && !/(?<![\p{L}\p{M}])(?:tăng|giảm|lên|nâng|hạ|đạt)(?![\p{L}\p{M}])/iu.test(clause);
}

/**
 * True when the number at `p`–`end` of `s` belongs to a list that defines a scale's levels (round 29a): the count of
 * levels that opens it ("Theo 5 mức xếp loại của …, gồm: …") or a threshold of one level after the colon ("rất cao
 * trên 0,8 điểm; cao từ 0,6 – 0,8 điểm; … và thấp dưới 0,3 điểm"). The levels define the scale; no figure is reported. Round 31a:
 * a count of levels and their span ("5 mức, từ 1 (rất kém) …", `LEVELS_SPANNED`), a bound with its rating in brackets
 * (`RATED_AFTER`), a level's threshold in brackets (`LEVEL_IN_BRACKET`), a named group's band (`GROUP_BAND_BEFORE`) and a scale from
 * zero (`isZeroBasedScale`).
 */
function isScaleLevelNumber(s: string, p: number, end: number): boolean {
  if (LEVELS_NAMED.test(s.slice(end, end + 100)) || LEVELS_SPANNED.test(s.slice(end, end + 80)) || (/^(?:\d|10)$/u.test(s.slice(p, end)) && RATED_AFTER.test(s.slice(end, end + 40)))) return true;
  if (LEVEL_IN_BRACKET.test(s.slice(Math.max(0, p - 80), p)) || (GROUP_BAND_BEFORE.test(s.slice(Math.max(0, p - 140), p)) && LEVEL_ITEM_END.test(s.slice(end, end + 8))) || isZeroBasedScale(s, p, end)) return true;
  return LEVEL_BOUND_BEFORE.test(s.slice(Math.max(0, p - 16), p)) && LEVEL_ITEM_END.test(s.slice(end, end + 8)) && LEVELS_HEAD.test(s.slice(0, p)); // session 50: the look back over the whole sentence last (read for every number, it grew quadratic on long text)
}

/** An age band's bounds: "nhóm tuổi 18-24", "độ tuổi từ 25 đến 34", "lứa tuổi 15 - 19" (round 31a). */
const AGE_BAND_BEFORE = /(?<![\p{L}\p{M}])(?:nhóm|độ|lứa|ở độ)\s+tuổi\s*(?:từ\s*)?$/iu;

/**
 * True when the number at `p`–`end` of `s` (`raw` as written, `tag` its unit, `plain` when it has no scale
 * word and is no range) is none of the claims: an index's definition, a scale's levels (`isScaleLevelNumber`), an age band's bounds, a "số 1" title, a tech-unit move's
 * start, a spelled rank's field, a grade, class or plan's number, a bus line's or a software version (`number-labels.ts`), or a place's or area's number,
 * a stray number inside a word, a time zone's offset, a number in a quoted programme's name or a quoted formula-name ("“1+20”") (`number-names.ts`), an address, a kilometre marker, a border marker or a standard's number (`number-places.ts`), a legal text's parts, conditions or second number (`legal-text.ts`), the bound a ratio is held to (`isComparedBound`) or the "1" an average is given for (`isUnitOfAverage`).
 */
export function isNoClaim(s: string, p: number, end: number, raw: string, tag: string | undefined, plain: boolean): boolean {
  if (isDefinitionNumber(s, p, end, tag === 'points') || isScaleLevelNumber(s, p, end) || isInQuotedName(s, p, end) || isQuotedFormula(s, p, end) || AGE_BAND_BEFORE.test(s.slice(Math.max(0, p - 30), p)) || isSupposedFigure(s, p)) return true;
  if (!tag && isBorderMarker(s.slice(Math.max(0, p - 60), p), s.slice(p, end), s.slice(end, end + 20))) return true; // round 55: "khu vực mốc 1119 - 1120" (a range too)
  if (BANKNOTE_BEFORE.test(s.slice(Math.max(0, p - 24), p))) return true; // session 50: "đưa tờ 500 nghìn để thanh toán": a banknote, no amount reported
  if (tag || !plain) return false;
  const before = s.slice(Math.max(0, p - 60), p);
  const after = s.slice(end, end + 60);
  if (isLocalityName(before, raw, after) || isAreaInSeries(s, p, raw) || isInsideWord(before, raw, after) || isTimeZoneOffset(before, raw)) return true;
  if (isAddressNumber(before, raw, after) || isStandardNumber(before, raw, after) || isLegalTextNumber(s.slice(0, p), raw, after) || isAllProvincesField(before, raw, after) || isRouteNumber(s.slice(Math.max(0, p - 400), p), raw, after)) return true;
  return isNumberOneTitle(raw, before, after) || isComparedBound(before, after) || isUnitOfAverage(raw, before, after) || opensTechMove(s, end) || opensTechPair(s, end) || isSpelledRankField(before, after) || isLabelNumber(before, raw, after) || isVersionNumber(before, raw, after);
}
