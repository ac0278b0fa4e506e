/**
 * Round 12: counts that give the size of a set the text names, not claims: a plan's set of targets or
 * tasks ("Chương trình xác định 35 chỉ tiêu", "gồm danh mục 35 chỉ tiêu", "với 27 trên tổng số 35 chỉ
 * tiêu"), a whole divided into parts ("chia thành 2 giai đoạn"), the parts a colon then lists one by one
 * ("gồm 04 thành phần chính: A; B; C; D"), a set named before and pointed back to ("4 tỉnh thành này"),
 * and a star rating ("sản phẩm OCOP 3 sao"). Round 13: the field a superlative is measured in ("cao nhất
 * trong 22 sở, ngành"), the whole after a part counted in it ("đã có 40 trên tổng số 120 xã") and the tiers of
 * an administration ("với 04 cấp hành chính"). Round 15: the tiers named first ("chính quyền 3 cấp") and a set of
 * points then spelled out ("3 nội dung quan trọng, đó là …"). Round 20: a set adopted ("thông qua 30 chỉ tiêu") or
 * followed by its parts ("8 chỉ tiêu xã hội, gồm: …"). Round 24d: the units a place belongs to ("trực thuộc 15 xã") and all
 * the provinces a tally is summed over ("34 địa phương tiếp nhận 29,4 triệu hồ sơ"). Round 27a: "tổng số" defines a set only as the
 * whole after a part ("trên tổng số 42 chỉ tiêu"), not a tally of tasks given out ("có tổng số 412 nhiệm vụ giao cho …"). Round 31e: phases "trong 2 giai
 * đoạn" and what a device or an assessment measures by ("theo 8 thông số", "dựa trên 6 tiêu chí"). Round 31f: the parts a whole is
 * made of ("gồm 3 thành phần chính"). Round 40: the field a ranking places its members in ("Đối với 19 sở, …, Sở … xếp hạng nhất"). Pure; `numbers.ts` skips what this accepts.
 */

/** What a plan is made of, after its size. */
const PLAN_SET_NOUN = '(?:chỉ tiêu|nhiệm vụ|mục tiêu|giải pháp|nhóm nhiệm vụ|nhóm giải pháp|nhóm mục tiêu|định hướng|phương châm|mũi (?:mục tiêu|nhọn|đột phá))'; // round 36: "với 4 mũi mục tiêu là: …"
/**
 * Words that define a plan's set by its size ("xác định", "gồm danh mục", "trên tổng số", a report on it: "Kết quả thực hiện 10
 * nhiệm vụ"), not a result ("hoàn thành", "đạt", "có … hoàn thành") nor a tally of tasks given out ("có tổng số 412 nhiệm vụ giao cho …").
 */
const DEFINES_BEFORE = /(?<![\p{L}\p{M}])(?:xác định|đề ra|đặt ra|thông qua|thống nhất|phê duyệt|gồm|bao gồm|danh mục|đưa ra|nêu|bám sát|(?<!đối\s)với|(?:trên|trong)\s+tổng số|(?:kết quả|tình hình)\s+(?:thực hiện|triển khai))\s*$/iu;
/** A plan's set then its parts after "gồm:" ("12 nhiệm vụ trọng tâm, gồm:"), not one reached ("hoàn thành 20 chỉ tiêu, gồm:", `REACHED_BEFORE`). */
const SET_THEN_PARTS = new RegExp(`^\\s+${PLAN_SET_NOUN}(?![\\p{L}\\p{M}])[^\\d.;:()]{0,40}?(?:gồm|bao gồm|cụ thể(?: là)?|như sau)\\s*:`, 'iu');
const REACHED_BEFORE = /(?<![\p{L}\p{M}])(?:hoàn thành|đạt|vượt|thực hiện)(?:\s+(?:được|và vượt))?\s*$/iu;
/** The plan's noun after the size, or a part of the set then the whole ("27 trên tổng số 35 chỉ tiêu"). */
const PLAN_SET_AFTER = new RegExp(`^\\s+(?:(?:trên|trong)\\s+(?:tổng\\s+)?số\\s+\\d+\\s+)?${PLAN_SET_NOUN}(?![\\p{L}\\p{M}])`, 'iu');
/** A plan's set sized in brackets after its group's name ("phát triển kinh tế số (9 chỉ tiêu)"): `before` ends on "(", `after` closes it. */
const BRACKET_SET = { before: /\(\s*$/u, after: new RegExp(`^\\s+${PLAN_SET_NOUN}\\s*\\)`, 'iu') };
/** A plan's set still to be carried out: "10 chỉ tiêu cần tập trung thực hiện", "5 nhiệm vụ về hạ tầng số phải hoàn thành"; not a part of a tally given its share ("17 mục tiêu cần nỗ lực … (chiếm 27,5%)", `SHARE_AFTER`). */
const SET_TO_DO = new RegExp(`^\\s+${PLAN_SET_NOUN}(?:\\s+[^\\d.;:,()]{0,40}?)?\\s+(?:cần|phải)(?![\\p{L}\\p{M}])`, 'iu');
/** "cả 2 bảng xếp hạng", "cả 3 trụ cột": all of a few things named ("both", "all three"), the size of the set, not a claim. */
const ALL_OF_FEW = { before: /(?<![\p{L}\p{M}])cả\s*$/iu, after: /^\s+[\p{L}\p{M}]/u };
/** A share of the tally right after a count's clause: "(chiếm 27,5%)", "(đạt 29%)". */
const SHARE_AFTER = /^[^.;]{0,100}?\(\s*(?:[\p{L}\p{M}]+\s+){0,2}[\d.,]+\s*%/u;
/** Session 43: what has been put in service, right before the count: "IOC đã triển khai 8 dịch vụ, gồm …" (a result, whose parts the list then names). */
const DEPLOYED_BEFORE = /(?<![\p{L}\p{M}])(?:đã|đang)\s+(?:triển\s+khai|cung\s+cấp|đưa\s+vào\s+(?:sử\s+dụng|vận\s+hành|hoạt\s+động)|vận\s+hành|tích\s+hợp|kết\s+nối)(?:\s+(?:được|thành\s+công))?\s*$/iu;
/** "chia thành", "chia làm", "phân ra": what follows is the number of parts. */
const DIVIDED_BEFORE = /(?<![\p{L}\p{M}])(?:chia|phân)\s+(?:thành|làm|ra)\s*$/iu;
/** Session 43: people split into teams, squads, classes or shifts ("các học viên được chia thành 19 đội"): the teams formed, a count, not a set's parts. */
const PEOPLE_UNITS_AFTER = /^\s+(?:đội|tổ(?!\s+dân)|lớp(?!\s+(?:bảo|dữ|mạng|phòng|an|kỹ|công|ứng|theo|chức|giao))|tiểu\s+đội)(?![\p{L}\p{M}])/iu; // review: not a system's layers ("3 lớp bảo vệ"), shifts or wards' groups ("tổ dân phố")
/** The people split, named after the units instead: "Chúng tôi chia thành 11 lớp, mỗi lớp gồm …", "… 19 đội phòng thủ để diễn tập". */
const PEOPLE_SPLIT_AFTER = /^\s+(?:đội|tổ|lớp)(?![\p{L}\p{M}])[^.;]{0,60}?(?<![\p{L}\p{M}])(?:mỗi\s+(?:lớp|đội|tổ)|tập\s+huấn|học\s+viên|thi\s+đấu|diễn\s+tập|thành\s+viên)(?![\p{L}\p{M}])/iu;
/** Second review: the people who are split, named before "chia": "các học viên được chia thành …", "hơn 400 cán bộ được chia thành …". */
const PEOPLE_SPLIT_BEFORE = /(?<![\p{L}\p{M}])(?:học\s+viên|đội\s+viên|thành\s+viên|người|cán\s+bộ|thí\s+sinh|sinh\s+viên|học\s+sinh|đại\s+biểu|chiến\s+sĩ|vận\s+động\s+viên|người\s+tham\s+gia)(?![\p{L}\p{M}])[^.;:]{0,40}?(?:chia|phân)\s+(?:thành|làm|ra)\s*$/iu;
/** A roadmap's phases: "với lộ trình 3 giai đoạn", "triển khai theo 2 giai đoạn", "thực hiện trong 2 giai đoạn" (round 31e) (a structure, not a result). */
const PHASES = { before: /(?<![\p{L}\p{M}])(?:lộ trình|theo|qua|gồm|trong|diễn ra)\s*$/iu, after: /^\s+(?:giai đoạn|bước|đợt)(?![\p{L}\p{M}])/iu };
/** What a device or an assessment measures by: "đo theo 6 thông số", "đánh giá dựa trên 5 tiêu chí" (a specification, round 31e). */
const MEASURED_BY = { before: /(?<![\p{L}\p{M}])(?:theo|dựa\s+(?:trên|theo|vào)|căn\s+cứ(?:\s+vào)?)\s*$/iu, after: /^\s+(?:chỉ số|tiêu chí|thông số|chỉ tiêu|tiêu chuẩn)(?![\p{L}\p{M}])/iu };
/** A count of things pointed back to: "4 tỉnh thành này", "2 địa phương trên", "2 nhóm hàng lớn kể trên" (three words, round 39). */
const POINTED_BACK = /^\s+[\p{L}\p{M}]+(?:,?\s+[\p{L}\p{M}]+){0,2}\s+(?:này|nói trên|kể trên)(?![\p{L}\p{M}])/u;
/** Round 39: the few named above as a scope ("Trong 5 ví điện tử nêu trên, …", "Ngoài 3 đơn vị trên đây, …"; an object, "khen thưởng công an 9 xã nêu trên", stays a count). */
const SCOPE_BACK = { before: /(?<![\p{L}\p{M}])(?:trong(?:\s+số)?|ngoài)\s*$/iu, after: /^\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}\s+(?:nêu trên|trên đây)(?![\p{L}\p{M}])/u };
/** Round 39: the few that are best at something, then named: "5 công ty có mức độ phổ biến nhất … là Công ty …", "Top 5 ví … phổ biến nhất … là những cái tên quen thuộc như MoMo, …"
 *  (the superlative theirs: not after "thì", "Trong 7 bộ có … giảm thì giảm nhiều nhất là Bộ …"): the list's size. */
const BEST_NAMED = /^\s+(?:(?!\sthì\s)[^;:.]){1,100}?(?<![\p{L}\p{M}])nhất(?![\p{L}\p{M}])[^;:.]{0,60}?\s(?:là|gồm|bao gồm)\s+(?:những\s+cái\s+tên[^;:.]{0,30}?\s)?(?:như\s+)?\p{Lu}/u;
/** All the provinces (63 before the 2025 merger, 34 after) opening a clause, then a verb of handling and its own figure: "…, 34 địa phương tiếp nhận 29,4 triệu hồ sơ". */
const PROVINCES_TALLY = /^\s+(?:tỉnh(?:,\s*thành(?:\s+phố)?)?|địa phương)\s+(?:đã\s+)?(?:tiếp nhận|xử lý|giải quyết|ghi nhận|cấp|nhận)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d/iu;

/** Round 40: the field a ranking places its members in, then the ranking ("Đối với 19 sở, ban, ngành tỉnh, Sở … xếp hạng nhất"): the field's size. */
const RANKED_FIELD = {
  before: /(?<![\p{L}\p{M}])(?:đối\s+với|giữa|trong\s+số)(?:\s+(?:các|những))?\s*$/iu,
  after: /^\s+(?:sở|bộ|ban|ngành|cơ quan|đơn vị|địa phương|tỉnh|huyện|xã|doanh nghiệp)(?![\p{L}\p{M}])[^\d.;]{0,80}?(?<![\p{L}\p{M}])(?:xếp\s+(?:hạng|thứ)|đứng\s+(?:đầu|thứ|cuối))(?![\p{L}\p{M}])/iu,
};

/** True when the count `n` is the whole country's provinces, the set a tally right after it is summed over (`PROVINCES_TALLY`), not a result. */
function isAllProvincesTally(before: string, after: string, n: number): boolean {
  return (n === 63 || n === 34) && /(?:^|[,;:])\s*$/u.test(before) && PROVINCES_TALLY.test(after);
}

/** A superlative's field: "cao nhất trong 22 sở", "dẫn đầu trong số 63 tỉnh", "đứng đầu giữa 5 nước", "cao nhất ở 3 khu vực". */
const SUPERLATIVE_FIELD = /(?<![\p{L}\p{M}])(?:nhất|dẫn đầu|đứng đầu|đứng cuối)\s+(?:trong|giữa|ở)\s+(?:(?:tổng\s+)?số\s+)?$/iu;
/** Round 50: a tier or place named as the field of a superlative ("bậc cao nhất trong 5 bậc"): the scale's size, no rank. */
export function isSuperlativeField(before: string): boolean {
  return SUPERLATIVE_FIELD.test(before);
}
/** The units a place is made of: "153 xóm trực thuộc 15 xã", "các phòng trực thuộc 12 sở" (the count after "trực thuộc" is the structure around them). */
const SUBORDINATE_TO = { before: /(?<![\p{L}\p{M}])trực\s+thuộc\s*$/iu, after: /^\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|sở|bộ|đơn vị)(?![\p{L}\p{M}])/iu };
/** The whole after a bare count of its part: "đã có 40 trên tổng số 120 xã" (not a share's: "68% trong tổng số 1.000 hồ sơ" is a claim). */
const WHOLE_OF_PART = /(?:^|[^\d.,%\p{L}])\d[\d.]*\s+(?:[\p{L}\p{M}]+\s+){0,3}(?:trên|trong)\s+tổng\s+số\s*$/iu;
/** The tiers of an administration: "04 cấp hành chính", "3 cấp chính quyền". */
const TIERS_AFTER = /^\s+cấp\s+(?:hành chính|chính quyền)(?![\p{L}\p{M}])/iu;
/** The tiers named before their count: "chính quyền 3 cấp", "hệ thống hành chính 4 cấp", a meeting "trực tuyến 3 cấp", a network "kết nối (thông suốt) 4 cấp" (round 29a);
 *  round 54: courts and procuracies by their levels ("TAND 2 cấp tỉnh Hà Tĩnh", "VKSND 2 cấp", "Tòa án nhân dân hai cấp"). */
const TIERS_BEFORE = /(?<![\p{L}\p{M}])(?:chính quyền|hành chính|chính phủ|trực tuyến|trực tiếp|kết nối|liên thông|thông suốt|t(?:òa|oà) án(?:\s+nhân dân)?|tand|viện kiểm sát(?:\s+nhân dân)?|vksnd)(?:\s+địa phương)?\s*$/iu;
const TIER_AFTER = /^\s+cấp(?![\p{L}\p{M}])/iu;
/** A set of points then spelled out: "3 nội dung quan trọng, đó là …", "2 vấn đề lớn gồm …", "4 điểm mới như sau". */
const SET_SPELLED_OUT = /^\s+(?:nội dung|vấn đề|điểm mới|điểm|yêu cầu|bài học|đột phá|trọng tâm|trụ cột)(?![\p{L}\p{M}])[^.;:\d]{0,40}?,?\s+(?:đó là|cụ thể là|bao gồm|gồm|như sau)(?![\p{L}\p{M}])/iu;
/** What a whole is made of, after "gồm": "Kinh tế số gồm 3 thành phần chính", "chỉ số bao gồm 5 trụ cột", "gồm có 4 cấu phần" (a design, round 31f). */
const COMPOSED_OF = { before: /(?<![\p{L}\p{M}])(?:bao\s+)?gồm(?:\s+có)?\s*$/iu, after: /^\s+(?:thành phần|cấu phần|hợp phần|trụ cột|yếu tố cấu thành)(?![\p{L}\p{M}])/iu };
/** A star rating: "3 sao trở lên". */
/** Round 35: the area a figure is counted over ("đặt 40 trạm quan trắc trên địa bàn 2 huyện", "số thuê bao … trên địa bàn 5 tỉnh thành"): its scope, no claim. */
const AREA_OF = { before: /(?<![\p{L}\p{M}])trên\s+địa\s+bàn\s+(?:(?:của|các|cả)\s+)?$/iu, after: /^\s+(?:tỉnh|thành phố|tỉnh thành|địa phương|huyện|quận|thị xã|xã|phường|thị trấn|thôn|bản|ấp)(?![\p{L}\p{M}])/iu };
/** Round 35: a set just named, pointed back to at a sentence's start ("Đây là 2 công cụ …", "Đó là 3 nhiệm vụ …"); not a span of time ("Đây là 2 năm liên tiếp …"). */
const THESE_ARE = { before: /(?:^|[.;:!?]\s+)(?:đây|đó)\s+(?:chính\s+|cũng\s+)?là\s+(?:những\s+)?$/iu, after: /^\s+(?!(?:năm|lần|tháng|ngày|tuần|quý|giờ)(?![\p{L}\p{M}]))[\p{L}\p{M}]/iu };
const STARS = /^\s+sao(?![\p{L}\p{M}])/iu;
/** The parts' noun and a colon that opens their list: "04 thành phần chính: …", "4 loại hình … gồm: …", "3 hình thức … trong năm 2023 lần lượt gồm: …" (a year may stand in it). */
const LIST_COLON = /^(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){1,80}?(?::|(?<![\p{L}\p{M}])(?:gồm|bao gồm)(?![\p{L}\p{M}]))\s*/u;

/** A numbered item's marker: "(1) ", "(2) " at the list's start or after ";". */
const NUMBERED_ITEM = /(?:^|;)\s*\((\d{1,2})\)\s/gu;

/** The parts named in a bracket after "là", "gồm" or "như": "3 quốc gia … là (A xếp hạng 10, B xếp hạng 34, C)". */
const BRACKET_LIST = /^[^.;:()\d]{1,100}?(?<![\p{L}\p{M}])(?:là|gồm|bao gồm|như)\s*\(([^()]*)\)/u;

/** True when a bracket after the count names exactly `n` parts, one per "," (the last may follow "và"). */
function bracketsParts(after: string, n: number): boolean {
  const list = BRACKET_LIST.exec(after)?.[1];
  return list !== undefined && list.split(/,|\svà\s/u).filter((x) => x.trim() !== '').length === n;
}

/**
 * True when the text after a colon names exactly `n` parts, one per ";" ("A; B; C; D."), or, for a plan's set (`commas`) with
 * no ";", one per "," (the last may follow "và": "có 3 mục tiêu: A, B, C"; round 31a). A group of places or bodies listed by
 * name after "," keeps its count ("4 thôn chưa có điện, gồm: A, B, C và D": the gold counts them).
 */
function listsParts(after: string, n: number, commas: boolean): boolean {
  const open = LIST_COLON.exec(after);
  if (!open) return false;
  const rest = after.slice(open[0].length);
  const list = rest.split(/[.!?](?:\s|$)/u)[0]!;
  const marks = [...rest.split('\n')[0]!.matchAll(NUMBERED_ITEM)].map((m) => Number(m[1])); // numbered items run to the paragraph's end
  if (marks[0] === 1 && /^\s*\(1\)/u.test(rest)) return marks.every((k, i) => k === i + 1) && marks.length <= n; // "(1) …; (2) …" opens right after the colon: the parts, whatever ";" an item holds (a page may quote the first few only)
  const parts = list.includes(';') || !commas ? list.split(';') : list.split(/,|\svà\s/u);
  return parts.length > 1 && parts.filter((x) => x.trim() !== '').length === n;
}

/** The clause before a count that ends on "là" ("VNPT, Viettel, Mobifone và FPT là "): the names it lists. */
const LISTED_BEFORE_IS = /(?:^|[.;:!?(]\s*|(?<![\p{L}\p{M}])(?:trong đó|cụ thể|gồm)\s*,?\s*)([^.;:!?()\d]{3,240}?)\s+là\s*$/u;

/**
 * Round 38: true when the count `n` right after "là" counts the names listed just before it in its sentence (`sentenceBefore`), one per "," (the last after "và"):
 * "VNPT Thái Nguyên, Viettel Thái Nguyên, Mobifone Thái Nguyên và FPT Thái Nguyên là 4 doanh nghiệp …", "Tấn công có chủ đích,
 * tấn công gián điệp và tấn công mã hóa dữ liệu là 3 hình thức …": the list's size, no claim.
 */
export function countsNamesBefore(sentenceBefore: string, n: number): boolean {
  const list = LISTED_BEFORE_IS.exec(sentenceBefore.toLowerCase())?.[1]?.replace(/^\s*(?:trong đó|cụ thể|gồm)\s*,?\s*/u, '');
  if (!Number.isInteger(n) || n < 2 || n > 12 || !list || !/\svà\s/u.test(list)) return false;
  return list.split(/\s*,\s*|\s+và\s+/u).filter((x) => x.trim() !== '').length === n;
}

/**
 * True when the bare count `n` sizes a set the text names: a plan's targets or tasks (`PLAN_SET_AFTER`
 * after a defining word), the parts a whole is divided into, the parts a colon then lists one per ";",
 * things pointed back to ("… này", "Đây là 2 công cụ …"), the area a figure is counted over ("trên địa bàn 4 phường"), a star rating, a superlative's field, the whole after its part, or an
 * administration's tiers. `before` is the lowercase text up to the numeral,
 * `after` the text after it.
 */
export function isNamedSetSize(before: string, after: string, n: number): boolean {
  if (!Number.isInteger(n)) return false;
  if (STARS.test(after) || (SET_THEN_PARTS.test(after) && !REACHED_BEFORE.test(before)) || (DEFINES_BEFORE.test(before) && PLAN_SET_AFTER.test(after)) || (DIVIDED_BEFORE.test(before) && !(PEOPLE_UNITS_AFTER.test(after) && (PEOPLE_SPLIT_BEFORE.test(before) || PEOPLE_SPLIT_AFTER.test(after)))) || (SET_TO_DO.test(after) && !SHARE_AFTER.test(after))) return true;
  if ((BRACKET_SET.before.test(before) && BRACKET_SET.after.test(after)) || (n <= 6 && PHASES.before.test(before) && PHASES.after.test(after))) return true;
  if ((SUBORDINATE_TO.before.test(before) && SUBORDINATE_TO.after.test(after)) || isAllProvincesTally(before, after, n) || (MEASURED_BY.before.test(before) && MEASURED_BY.after.test(after))) return true;
  if ((AREA_OF.before.test(before) && AREA_OF.after.test(after)) || (RANKED_FIELD.before.test(before) && RANKED_FIELD.after.test(after)) || SUPERLATIVE_FIELD.test(before) || WHOLE_OF_PART.test(before) || (n <= 5 && (TIERS_AFTER.test(after) || (TIERS_BEFORE.test(before) && TIER_AFTER.test(after))))) return true;
  if (n >= 2 && n <= 9 && ((ALL_OF_FEW.before.test(before) && ALL_OF_FEW.after.test(after)) || (COMPOSED_OF.before.test(before) && COMPOSED_OF.after.test(after)))) return true;
  return n >= 2 && n <= 12 && (POINTED_BACK.test(after) || (SCOPE_BACK.before.test(before) && SCOPE_BACK.after.test(after)) || BEST_NAMED.test(after) || (THESE_ARE.before.test(before) && THESE_ARE.after.test(after)) || (listsParts(after, n, PLAN_SET_AFTER.test(after)) && !DEPLOYED_BEFORE.test(before)) || bracketsParts(after, n) || SET_SPELLED_OUT.test(after));
}
