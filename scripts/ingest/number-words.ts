import type { Qualifier } from '../../src/schemas/metric';
import { anyOf, MOVED_GOAL, MOVES_GOAL } from './goal-lexicon';

/**
 * Word lists and context tests for `numbers.ts`. All phrases are lowercase NFC Vietnamese;
 * callers lowercase the text they compare. Context is read as words (see `wordsOf`).
 */

/** Letter or combining mark: the characters a Vietnamese word is made of. */
export const LETTER = /[\p{L}\p{M}]/u;
/** Lookahead that closes a word ("tỷ" but not "tỷlệ"). */
const EOW = '(?![\\p{L}\\p{M}\\p{N}])';

/** Scale words after a numeral → power of ten ("vạn": ten thousand, round 53). Longest first; "tỷ lệ", "tỷ trọng", "tỷ suất", "tỷ giá", "tỷ phú" are no scales ("năm 2024 tỷ suất …"). */
export const SCALE = new RegExp(
  `\\s+(triệu t[ỷỉ]|ngh[ìi]n t[ỷỉ]|ngàn t[ỷỉ]|nghìn|ngàn|vạn|triệu|t[ỷỉ])${EOW}(?!\\s+(?:lệ|trọng|suất|phú|giá(?!\\s+trị))${EOW})`,
  'iuy',
);

/** Power of ten of a scale word matched by `SCALE`. */
export function scaleExponent(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith('triệu t')) return 15;
  if (w.includes(' ')) return 12;
  if (w === 'triệu') return 6;
  if (w === 'vạn') return 4; // round 53: "hơn 4 vạn lao động", ten thousand
  return w.startsWith('t') ? 9 : 3;
}

/** Unit tags a quantity can carry; `ppoints` is "điểm phần trăm", `rankstep` is "bậc"/"hạng". */
export type UnitTag = 'percent' | 'ppoints' | 'VND' | 'USD' | 'times' | 'rankstep' | 'points';

/** Words after "đồng" that make it a non-currency compound ("3 đồng chí"). */
const DONG_NOT_MONEY = 'chí|bào|thời|ý|bộ|hành|lòng|nghiệp|đội|tình|loạt|đều|hương|minh|hồ|ruộng|bằng|dạng|nhất|cảm|thuận|tâm|cấp|phục|chủ|tác|sáng|môn|đẳng|xu';
/** Words after "điểm" that make it a place or a feature, not a score ("63 điểm cầu"; round 52: "điểm lõm sóng", "điểm di tích", "điểm sạc"). */
const DIEM_NOT_SCORE = 'xã|phường|thị|huyện|lõm|di|sạc|đỗ|tiêm|chấp|cầu|chuyển|lắp|đặt|sáng|nghẽn|mới|đến|du|giao|truy|phục|bán|thanh|trường|dân|tiếp|wifi|phát|hỗ|nóng|yếu|mạnh|tựa|nhấn|chính|trung|đen|danh|kết|xuất|chốt|thi|thu|dừng|cung|tập|hẹn|bưu|canh|nổi|đo|quan|tin|hạn|khác|nhìn|chung|lưu|trình|cần|then|kinh|tư';

/** Places named before a count of them ("số điểm chấp nhận thanh toán … lên 450.000 điểm"): the "điểm" after the number is a place, not a score. */
const PLACES_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:điểm\\s+(?:lõm|di\\s+tích|sạc|chấp|giao|bán|truy|phục|cung|thanh|phát|bưu|cầu|wifi|kinh\\s+doanh|tư\\s+vấn)|(?:đơn vị|điểm|nơi)\\s+chấp\\s+nhận\\s+thanh\\s+toán)${EOW}`, 'iu');

/** Session 43 (review): sites of a kind named in quotes after a whole number's "điểm", the name capitalised and of two words or more ("12 điểm
 *  “Bình dân học vụ số”"): places counted, not points (a score's rating in quotes, "85,6 điểm “Tốt”", "đạt 86 điểm “hài lòng”", stays a score). */
const SITES_NAMED_AFTER = /^\s*["“«]\s*\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}\d.]+)+\s*["”»]/u;
/** Second review: a score's verb right before the number ("đạt 92 điểm “Xuất sắc”", "được xếp loại 95 điểm …") and a rating's words in the
 *  quotes ("Rất hài lòng", "Trung bình khá", "Đạt chuẩn"): a score, whatever its rating's case. */
const SCORED_BEFORE = /(?<![\p{L}\p{M}])(?:đạt|được|xếp\s+loại|đánh\s+giá|chấm|với|giành|nhận|tăng|giảm|gồm|có|chiếm)(?:\s+(?:khoảng|gần|hơn|trên|tổng|thêm))?\s*$/iu;
const RATING_WORDS = /^\s*["“«][^"”»]{0,40}?(?<![\p{L}\p{M}])(?:xuất\s+sắc|khá|tốt|trung\s+bình|hài\s+lòng|hoàn\s+thành|đạt\s+chuẩn|rất|kiểu\s+mẫu|yếu|kém)(?![\p{L}\p{M}])/iu;

/** True when a whole number's "điểm" counts sites named in quotes after it (`SITES_NAMED_AFTER`; `after`: the text after "điểm"), not a score:
 *  no score's verb before it (`SCORED_BEFORE`; `before`: the clause up to the number, lowercase), no rating's words in the quotes, no "trên tổng …". */
export function namesSitesAfter(before: string, after: string): boolean {
  return SITES_NAMED_AFTER.test(after) && !SCORED_BEFORE.test(before) && !RATING_WORDS.test(after) && !/trên\s+tổng/u.test(after);
}

/** Session 47: a verb that sets up sites right before a whole number's "điểm" ("quy mô triển khai 236 điểm", "kết nối tới 193 điểm"): places
 *  counted, not points (no score is deployed or connected). */
const SITES_SET_UP_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:và|số|cột|tầng|độ|sàng|chỉ\s+số)\s)(?:triển\s+khai|lắp\s+đặt|kết\s+nối|thiết\s+lập|bố\s+trí)(?:\s+(?:thêm|mới|được|tới|đến))?(?:\s+(?:khoảng|gần|hơn|trên|tổng\s+cộng))?\s*$/iu;

/** True when the clause up to a whole number (`before`, lowercase) sets up the sites its "điểm" counts (`SITES_SET_UP_BEFORE`). */
export function setsUpSites(before: string): boolean {
  return SITES_SET_UP_BEFORE.test(before);
}

/** True when the text given (the clause before a number's "điểm", or its whole sentence: "… điểm kinh doanh … là 2.262 điểm", "Viettel có 1.161 điểm; đơn vị chấp nhận thanh toán đạt …") names the places it counts (`PLACES_BEFORE`). */
export function countsPlaces(clause: string): boolean {
  return PLACES_BEFORE.test(clause);
}

/** Words before a count written with a leading zero ("tối thiểu 01 tuyến", "có 02 doanh nghiệp", "thêm 05 trạm", "ban hành: 02 Nghị định"). */
const ZERO_COUNT_BEFORE = /(?<![\p{L}\p{M}])(?:tối thiểu|ít nhất|tối đa|khoảng|gần|hơn|trên|có|gồm|thêm|với|đạt|được|và|xây dựng|thành lập|phát triển|khai thác|triển khai|hình thành|tổ chức|còn lại|còn|ban hành(?:\s+theo\s+thẩm\s+quyền)?|thông qua|trình|tăng|giảm)\s*:?\s*$/iu;
/** A place word before a padded count of places, whose noun is a common one ("tại 07 huyện", not an address "tại 03 Nguyễn Huệ"). */
const ZERO_PLACE = { before: /(?<![\p{L}\p{M}])(?:tại|ở)\s*$/iu, after: /^\s+\p{Ll}/u };
/** A bracket that breaks a total down, opening on a padded count and going on to the next part: "95 điểm (03 trạm cấp I, 07 …" (not a set's size alone, "(02 chỉ tiêu)"). */
const ZERO_BREAKDOWN = { before: /\(\s*$/u, after: /^\s+\p{Ll}(?:[^()\d]|(?<=\p{L})\d|\d(?=\p{L})){0,40}?[,;]\s*\d/u };

/** The comma or semicolon after a count in a list of counts, its noun of one to three comma-joined words (a code in it too) up to 50 characters ("9 tủ thiết bị đặt chung với nhà trạm khác, 02 tuyến", round 29a): "với 13 bộ, ngành, 63 địa phương, 01 doanh nghiệp", "12 trạm; 03 tổ", "01 trạm KV2, 01 …", "02 trạm 5G, 03 …". */
const COUNT_LIST_BEFORE = /(?<![\d.,])\d[\d.]*\s+(?:(?:[^\d,;:()]|(?<=\p{L})\d|\d(?=\p{L})){1,50}[,;]\s*){1,3}$/u;

/** Round 54: an earlier item of the same list opening on a padded count, then the separator ("… có 01 di sản văn hóa phi vật thể đại diện của nhân loại; 09 di sản …"): a list of padded counts, whatever its items' length (no figure between). */
const PADDED_LIST_BEFORE = /(?<![\d.,])0[1-9]\s+(?!(?:tháng|năm|ngày|tuần|quý|giờ|phút)(?![\p{L}\p{M}]))\p{Ll}[^\d:()]{1,150}[,;]\s*$/u;

/** What follows a padded count: a noun ("05 hội nghị") or a share of a whole, then its noun ("03/12 đơn vị"). */
const COUNT_AFTER = /^(?:\/\d+)?\s+\p{L}/u;

/** A time noun after the numeral ("01 năm", "02 tháng"): a period, not a count. */
const TIME_NOUN = /^\s+(?:tháng|năm|ngày|tuần|quý|giờ|phút|giây|tuổi|lần)(?![\p{L}\p{M}])/iu;

/** A move in a ranking written with a leading zero: "tăng 05 bậc", "tụt 02 hạng", "giảm 01 bậc" (the verb before, the step after). */
const ZERO_RANK_MOVE = { before: /(?<![\p{L}\p{M}])(?:tăng|giảm|lên|xuống|tụt|vượt|thăng|lùi)\s*$/iu, after: /^\s+(?:bậc|hạng|vị trí)(?![\p{L}\p{M}])/iu };

/** Round 45: a position in a field written with a leading zero: "xếp hạng 01/63", "đứng thứ 03/34" (the rank word before, the field's size after). */
const ZERO_RANK_OF = { before: /(?<![\p{L}\p{M}])(?:xếp\s+hạng|xếp\s+thứ|đứng\s+thứ|vị\s+trí|hạng)(?:\s+thứ)?\s*$/iu, after: /^\s*\/\s*\d{2,3}(?![\d.,])/u };

/** Nouns of what reports count, right after a padded numeral ("hỗ trợ 05 xã", "bàn giao 03 hệ thống"): a count whatever verb stands before it. */
const COUNTED_NOUN_AFTER = /^\s+(?:bộ|ngành|xã|phường|thị trấn|huyện|tỉnh|thôn|bản|ấp|tổ|đơn vị|cơ quan|doanh nghiệp|hợp tác xã|lớp|hội nghị|hội thảo|buổi|cuộc|đợt|đoàn|hệ thống|nền tảng|ứng dụng|phần mềm|trạm|tuyến|mô hình|sản phẩm|dự án|nhiệm vụ|văn bản|công trình|chương trình|thủ tục|dịch vụ|cán bộ|học viên|trường|bệnh viện|cơ sở|thiết bị|camera|địa phương|hộ)(?![\p{L}\p{M}])/iu;
/** A word that labels the numeral after it ("số 05", "mã 05", "khu 03", "thôn 05"): a code or a name, not a count; or a merger's ("sáp nhập 03 xã"): an administrative fact. */
const LABEL_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:số|mã|khu|lô|tổ|phố|xóm|thôn|ấp|bản|phòng|đội|kỳ|khóa|thứ|quận|phường|xã|huyện|đường|nhà|tầng|hiệu|ngày|tháng|năm|lần|trạm|tuyến|điểm|loại|cấp|mức|nhóm|hạng|bậc|nhập|tách)\s*$/iu;

/** True for a one-digit count written with a leading zero before a noun ("tối thiểu 01 tuyến cáp", "5 bộ, 01 doanh nghiệp", "tăng 05 bậc", "hỗ trợ 05 xã", a fraction's part "hoàn thành 09/16 nhiệm vụ"), not a code, a day or a month ("ngày 01", "mã 05", "thôn 05 xã …").
 *  `wideBefore`: up to 200 characters before it, lowercase, for a list of padded counts with long items (`PADDED_LIST_BEFORE`). */
export function isZeroPaddedCount(raw: string, before: string, rest: string, wideBefore = before): boolean {
  if (!/^0[1-9]$/.test(raw)) return false;
  const after = rest.replace(/^\s*\/\s*\d{1,4}(?=\s)/u, ''); // round 38: a fraction's padded part, "hoàn thành 09/16 nhiệm vụ": its noun follows the whole
  if (ZERO_RANK_MOVE.before.test(before) && ZERO_RANK_MOVE.after.test(after)) return true;
  if (ZERO_RANK_OF.before.test(before) && ZERO_RANK_OF.after.test(rest)) return true; // round 45: "xếp hạng 01/63 tỉnh, thành phố"
  const fraction = after !== rest; // round 47: a padded fraction opening its sentence ("08/30 bộ, cơ quan ngang bộ … đã tổ chức …") counts too
  if (COUNTED_NOUN_AFTER.test(after) && (/\p{Ll}\s*$/u.test(before) || (fraction && /(?:^|[.;:!?])\s*$/u.test(before))) && !LABEL_WORD_BEFORE.test(before)) return true;
  const placed = (ZERO_PLACE.before.test(before) && ZERO_PLACE.after.test(after)) || (ZERO_BREAKDOWN.before.test(before) && ZERO_BREAKDOWN.after.test(after));
  return (placed || ZERO_COUNT_BEFORE.test(before) || COUNT_LIST_BEFORE.test(before) || PADDED_LIST_BEFORE.test(wideBefore)) && COUNT_AFTER.test(after) && !TIME_NOUN.test(after);
}

/** Units after a numeral (and its scale), tried in order at the end of the quantity. */
export const UNITS: ReadonlyArray<readonly [RegExp, UnitTag]> = [
  [/\s*%/y, 'percent'],
  [new RegExp(`\\s+điểm\\s*(?:%|phần trăm${EOW})`, 'iuy'), 'ppoints'],
  [new RegExp(`\\s+phần trăm${EOW}`, 'iuy'), 'percent'],
  [new RegExp(`\\s*(?:vnđ|vnd)${EOW}`, 'iuy'), 'VND'],
  [new RegExp(`\\s+(?:(?:đồng|ĐỒNG)${EOW}(?!\\s+(?:${DONG_NOT_MONEY})${EOW})|Đồng${EOW}(?!\\s+(?:\\p{Lu}|(?:${DONG_NOT_MONEY})${EOW})))`, 'uy'), 'VND'], // round 52: "năm 2022 Đồng Nai": a capitalised "Đồng" before a capitalised word is a place's name
  [new RegExp(`đ${EOW}`, 'iuy'), 'VND'],
  [new RegExp(`\\s+đ${EOW}(?!\\s*\\p{Lu})`, 'uy'), 'VND'], // round 39: "1,2 tỷ đ", "500 nghìn đ/tháng": đồng said short after a space (lowercase only: "lớp 3 Đ", "… 2 Đ." are names)
  [new RegExp(`\\s*usd${EOW}`, 'iuy'), 'USD'],
  [new RegExp(`\\s+(?:đô la|đô-la|đôla)(?: mỹ)?${EOW}`, 'iuy'), 'USD'],
  [new RegExp(`\\s+đô${EOW}(?!\\s+(?:thị|vật|hộ|đốc|con|thành)${EOW})`, 'iuy'), 'USD'], // "2 tỷ đô", "500 triệu đô": dollars said short (not "3 đô thị")
  [new RegExp(`\\s+lần${EOW}(?!\\s+(?:thứ|lượt|đầu)${EOW})`, 'iuy'), 'times'],
  [new RegExp(`\\s+(?:bậc|hạng)${EOW}(?!\\s+mục${EOW})`, 'iuy'), 'rankstep'],
  [new RegExp(`\\s+điểm${EOW}(?!\\s+(?:${DIEM_NOT_SCORE})${EOW})`, 'iuy'), 'points'],
];

/** A time span after a numeral: "6 tháng", "2 năm", "15 tuổi", "19 mili giây" (a latency, round 39), "2 tiếng đồng hồ", "13 tiếng mỗi tuần" (hours said "tiếng", not a count of languages "3 tiếng dân tộc", round 33) are periods or ages, not metrics. */
export const PERIOD_AFTER = new RegExp(`\\s+(?:tháng|năm|ngày|tuần|quý|giờ|tiếng(?!\\s+(?:dân tộc|nói|mẹ đẻ|nước ngoài|địa phương|anh|việt|pháp|trung|nhật|hàn|đức|nga|lào|khmer|thái|mông|hoa|tày|nùng|chăm)${EOW})|phút|giây|mili\\s*giây|mili-giây|thập kỷ|thập niên|thế kỷ|tuổi)${EOW}`, 'iuy');

/** Words ending the text before a numeral that make it an ordinal label, a level or a document id. */
export const LABEL_BEFORE = new RegExp(
  '(?:^|[^\\p{L}\\p{M}])(?:' +
    [
      'lần thứ', 'phiên họp thứ', 'phiên thứ', 'kỳ họp thứ', 'hội nghị thứ', 'đại hội', 'khóa', 'khoá', 'nhiệm kỳ',
      '(?:nhiệm kỳ|khóa|khoá|thế hệ) thứ',
      'điều', 'khoản', 'chương', 'phụ lục', 'giai đoạn', 'đợt', 'mức độ', 'cấp độ', 'năm thứ', 'tháng thứ', 'quý thứ', 'tuần thứ', 'thế kỷ', 'tier',
      '(?:nghị quyết|nghị định|quyết định|thông tư|chỉ thị|công văn|đề án|luật|công điện|thông báo|tờ trình|kết luận|văn bản|pháp lệnh|quy chuẩn|tiêu chuẩn)(?:\\s+số)?',
      '(?:kế hoạch|chương trình|báo cáo|hướng dẫn|dự án|quy định|hợp đồng|giấy phép|hồ sơ|mẫu|phòng|nhà|tờ|trang)\\s+số',
      '(?:chợ|đô thị|khách sạn|bệnh viện|sân bay|cảng|bến xe|bến cảng|nhà ga)\\s+(?:hạng|loại)', // round 47: a facility's class ("13 chợ hạng 3", "đô thị loại 1"), no rank
      '(?:đội(?!\\s+ngũ)|(?<!tập\\s)đoàn|trạm|chi cục|cụm)(?:\\s+(?!(?:chuyển|đổi|công|nghệ|kinh|tế|chính|phủ|xã|hội|chữ|ký|dữ|liệu|nền|tảng|hạ|tầng|thương|mại|kỹ|thuật|tổng|con|đã|đang|được|có|là)(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]+){0,4}?\\s+số', // round 73: a unit's number ("Đội QLTT số 1", "Đoàn kiểm tra số 2"), not "số" as digital ("đội ngũ chuyển đổi số") nor a group's place ("Tập đoàn Viettel giữ vị trí số 1"), nor a total a unit counted ("Đoàn đã kiểm tra tổng số 15 cơ sở")
    ].join('|') +
    ')\\s*[:.]?\\s*$',
  'u',
);

/** Calendar words before a numeral without unit: "tháng 3", "quý 1", "ngày 5", the customs' half-month "kỳ 2" (session 25; not "mỗi ngày 500"). */
export const CALENDAR_BEFORE = /(?:^|[^\p{L}\p{M}])(?<!(?:mỗi|hằng|hàng|mọi|một)\s)(?:tháng|quý|ngày|tuần|kỳ|kì)\s*$/u;

/** Words before "d/m" that make it a day of the year: "sáng 19/7", "ngày 27/4", "trước 31/12". */
export const DATE_BEFORE = /(?:^|[^\p{L}\p{M}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|trước|sau|vào|hạn)\s*$/u;

/** Words before a phone number: "Đường dây nóng 1900 1234", "Điện thoại: 024 …", a short code "đầu số 9029", "nhắn tin tới 8088", "soạn tin DK gửi 1414", "gọi tới số 1022" (the weak ones need ":" or "số"). */
export const PHONE_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:(?:đường dây nóng|hotline|tổng đài|đầu số|(?:nhắn tin|soạn tin)(?:\s+\([^()]{1,20}\)|(?:\s+[\p{L}\p{M}]{1,10}){1,3}?)?\s+(?:đến|tới|về|gửi)(?:\s+(?:đến|tới))?(?:\s+số)?|gọi(?:\s+(?:điện|tới|đến|vào))*\s+số)\s*(?:số)?|(?:điện thoại|đt|sđt|tel|fax|zalo|liên hệ)\s*(?:số|:))\s*[:.]?\s*\(?\+?$/u;

/** Qualifiers before a numeral, longest phrases first. */
const QUALIFIERS: ReadonlyArray<readonly [string[], Qualifier]> = ([
  ['không vượt quá', 'at-most'], ['ít nhất', 'at-least'], ['tối thiểu', 'at-least'], ['không dưới', 'at-least'],
  ['không ít hơn', 'at-least'], ['tối đa', 'at-most'], ['không quá', 'at-most'], ['xấp xỉ', 'approx'],
  ['ước tính', 'approx'], ['ước khoảng', 'approx'], ['hơn nữa', 'over'], ['chưa đến', 'under'], ['chưa tới', 'under'],
  ['chưa đầy', 'under'], ['gần', 'nearly'], ['khoảng', 'approx'], ['ước', 'approx'], ['chừng', 'approx'],
  ['trên', 'over'], ['hơn', 'over'], ['dưới', 'under'],
] as const).map(([p, q]) => [p.split(' '), q] as const);

/** Words that may stand between a qualifier and its numeral: "ước đạt tăng trưởng 22,4%", "gần gấp 4 lần". */
const FILLERS = new Set(['đạt', 'là', 'có', 'ở', 'mức', 'lên', 'chiếm', 'gấp', 'tăng', 'giảm', 'trưởng', 'thêm', 'được', 'vào', 'còn', 'với', 'tới', 'cao', 'khoảng']);

/** Lowercase words of a text; a word with a digit in it is kept so walks stop there. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{M}\p{N}%]+/u).filter(Boolean);
}

/** The words just before the numeral, nearest last, up to `n` and never past another number. */
function tail(words: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < n; i--) {
    if (/\d/.test(words[i]!)) break;
    out.unshift(words[i]!);
  }
  return out;
}

/** Qualifier directly before the numeral, allowing a few verbs in between ("ước đạt trên"). */
export function qualifierBefore(words: string[]): Qualifier | undefined {
  const w = tail(words, 8);
  for (let j = w.length, steps = 0; j > 0 && steps < 4; j--, steps++) {
    for (const [phrase, q] of QUALIFIERS) {
      const k = j - phrase.length;
      if (k >= 0 && phrase.every((p, i) => w[k + i] === p)) return q;
    }
    if (!FILLERS.has(w[j - 1]!)) return undefined;
  }
  return undefined;
}

/** Qualifier after the quantity: "1.000 người trở lên". */
export function qualifierAfter(after: string): Qualifier | undefined {
  const m = /^\s*(?:[\p{L}\p{M}]+\s+){0,4}?trở (lên|xuống)(?![\p{L}\p{M}])/u.exec(after.toLowerCase());
  return m ? (m[1] === 'lên' ? 'at-least' : 'at-most') : undefined;
}

/** The last word before the numeral that is not a qualifier or a linking verb. */
function headWord(words: string[]): [string | undefined, string | undefined] {
  const w = tail(words, 8).filter((x) => !FILLERS.has(x) || x === 'gấp');
  const skip = new Set(['gần', 'khoảng', 'trên', 'hơn', 'dưới', 'ước', 'xấp', 'xỉ', 'giữ', 'nguyên']);
  while (w.length && skip.has(w.at(-1)!)) w.pop();
  return [w.at(-2), w.at(-1)];
}

/** Rank read directly before the numeral: "xếp thứ", "thứ hạng là", "đứng thứ", "hạng", "top", "tốp", "vị trí", "vị trí số", "hạng số". */
export function isRankBefore(words: string[]): boolean {
  const [prev, head] = headWord(words);
  if (head === 'số' && (prev === 'trí' || prev === 'hạng' || prev === 'vị')) return true; // "vị trí số 1", "ngôi vị số 1"
  return head === 'thứ' || head === 'hạng' || head === 'top' || head === 'tốp' || head === 'đứng' || (prev === 'vị' && head === 'trí');
}

/** "xếp 71/193 quốc gia": the verb of a ranking right before a part of a whole makes it a rank. */
export function isRankVerbBefore(words: string[]): boolean {
  return headWord(words)[1] === 'xếp';
}

/** A clause about rankings, where "76/193" is a rank of a field. */
export function isRankClause(clause: string): boolean {
  return /xếp hạng|thứ hạng|xếp thứ|đứng thứ|bảng xếp/u.test(clause.toLowerCase());
}

/** "gấp 3" (without "lần"): a multiplier. */
export function isMultiplierBefore(words: string[]): boolean {
  return headWord(words)[1] === 'gấp';
}

/** "tăng/giảm/gấp/hơn … 1 lần": a real comparison, not "nộp giấy tờ 1 lần". */
export function isComparisonBefore(words: string[]): boolean {
  return tail(words, 4).some((x) => ['gấp', 'tăng', 'giảm', 'hơn', 'cao', 'thấp', 'nhanh', 'chậm', 'lớn', 'nhiều'].includes(x));
}

/**
 * A growth rate named before a parenthetical list of yearly values: "tốc độ tăng trưởng kinh tế số
 * … (2022 đạt 28%, 2023 đạt 19%)", also as "tốc độ phát triển". `context` is the clause before the "(".
 */
export function isGrowthContext(context: string): boolean {
  const c = context.toLowerCase();
  const at = Math.max(c.lastIndexOf('tăng trưởng'), c.lastIndexOf('tốc độ phát triển')); // "tốc độ phát triển kinh tế số … (năm 2021 đạt 31%, …)" (round 32)
  return at >= 0 && !/t[ỷỉ] lệ|t[ỷỉ] trọng|chiếm|\d\s*%/u.test(c.slice(at)); // "tăng trưởng 7% so với tháng trước (…)": the growth has its value, the bracket is another
}

/**
 * A rate of change: "tăng 8%", "tăng trưởng 26%", "tăng thêm 20%", "tăng trưởng cao từ 45%".
 * A level reached by a change is not: "tăng từ mức 3% lên 13,5%", "giảm còn 5%".
 */
export function isGrowthBefore(words: string[]): boolean {
  const w = tail(words, 6);
  for (let j = w.length - 1; j >= 0; j--) {
    if (w[j] === 'tăng' && w[j + 1] === 'trưởng') return true;
    if ((w[j] === 'tăng' || w[j] === 'giảm') && !['cường', 'tốc', 'ca'].includes(w[j + 1] ?? '')) {
      return !w.slice(j + 1).some((x) => ['từ', 'lên', 'xuống', 'còn', 'tới', 'đến'].includes(x));
    }
  }
  return false;
}

/** A unit of measure the metric schema has no unit for ("104,08 Mbps", "146 Mbs", "2500 - 2600 MHz", "5 GB", an area "30 km2", "12,5 ha", "4 hecta", "10.000 mét vuông", a mass "11.000 tấn/ngày", not "tấn công", a screen "60 inch"; round 33: a currency other than the đồng and the US dollar, "2 nghìn tỷ nhân dân tệ", "500 tỷ rupee", "40 tỷ yên)"): such a number is left unread, not read as a count. */
export const TECH_UNIT = /\s*(?:nhân\s+dân\s+tệ|ndt|cny|rmb|rupee|rupi|inr|euro|eur|yên\s+nhật|yên(?=\s*[),.;]|\s*$)|jpy|won|krw|baht|ringgit|rupiah|peso|bảng\s+anh|gbp|[kmgt]bps|[kmgt]pbs|[kmgt]bs|[kmgt]bits?\s*\/\s*(?:s|giây)|[kmg]hz|[kmgt]b|(?:kilo|mega|giga|tera|peta)byte|[kmg]wh?|km[2²]?|mm|cm|m[2²]|ha|h[eé]c-?ta|(?:ki-?lô-?)?mét\s+vuông|kg|inch|tấn(?!\s+công)|mah|megapixel|mp|nm|hz|fps|ms)(?![\p{L}\p{M}\p{N}])/iuy;

/** "91,9 thuê bao trên 100 dân", "5 bác sĩ trên 1.000 người": the base of a rate, not a claim. */
export function isRateBase(raw: string, before: string, after: string): boolean {
  return /^(?:100|1\.000|10\.000|100\.000)$/u.test(raw) && /[\p{L}\p{M}]\s+(?:trên|\/)\s*$/u.test(before)
    && /^\s*(?:người\s+dân|dân|người|hộ(?:\s+gia\s+đình)?)(?![\p{L}\p{M}])/iu.test(after);
}

/** The text before `p` back to the nearest , ; : or sentence stop, brackets included ("giá trị DTI (Bộ chỉ số …) đạt 0,8241"). */
export function pieceBefore(s: string, p: number): string {
  return s.slice(Math.max(0, p - 160), p).split(/[,;:]|\.\s/u).pop() ?? '';
}

/** A sentence about a growth rate ("Tốc độ tăng trưởng duy trì ở mức cao, với 18% vào năm 2020, 16% …"; round 43: "Tốc độ tăng GDP các năm 2011 - 2021 lần lượt là: 6,41%; 5,50%; …", "Tốc độ phát triển …"). */
const GROWTH_SUBJECT = /^\s*(?:tốc độ\s+(?:tăng|phát triển)|(?:tốc độ\s+)?tăng trưởng)(?![\p{L}\p{M}])/u;
/** Words a bare item of such a sentence's list may have before its number. */
const ITEM_FILLER = new Set(['với', 'là', 'đạt', 'ở', 'mức', 'khoảng', 'và', 'dự', 'kiến', 'ước', 'lần', 'lượt', 'hơn', 'gần', 'trên']);

/**
 * A clause whose subject is a growth rate, up to its verb ("Tốc độ tăng trưởng của thương mại điện tử đạt", "Tăng trưởng GDP năm 2024 ước đạt",
 * "Tốc độ tăng GDP phấn đấu"), also as the object of a purpose ("góp phần bảo đảm tăng trưởng … đạt") or of a forecast ("dự báo tốc độ
 * tăng trưởng … có thể dao động", round 38) or hedged ("… nhiều khả năng trên").
 */
const GROWTH_CLAUSE = /^\s*(?:[\p{L}\p{M}\s]{0,40}?(?<![\p{L}\p{M}])(?:mục tiêu|chỉ tiêu)\s+|[\p{L}\p{M}\s]{0,80}?(?<![\p{L}\p{M}])(?:góp phần\s+)?(?:bảo đảm|đảm bảo|duy trì|giữ vững|thúc đẩy|dự báo|dự kiến|ước tính|kỳ vọng|nhận định)\s+)?(?:(?:(?:tốc độ|mức|t[ỷỉ] lệ)\s+)?tăng trưởng|tốc độ (?:tăng|phát triển))(?![\p{L}\p{M}])[^]{0,80}?(?:đạt|là|ở mức|khoảng|phấn đấu|nhiều khả năng|có thể|dự kiến|dự báo|ước|dao động|(?:tăng|giảm)\s+(?:lên|xuống))(?:\s+(?:khoảng|hơn|gần|trên|xấp xỉ|mức|từ|vượt|quanh))?\s*$/u;
/** Words that make the clause a share or a level reached, not a rate ("tỷ trọng", "chiếm", "từ … lên"). */
const NOT_GROWTH = /t[ỷỉ] trọng|chiếm|(?<![\p{L}\p{M}])(?:từ|còn)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])lên(?![\p{L}\p{M}])(?!\s*$)/u;

/** A growth goal or rate moved to a new level ("Mục tiêu tăng trưởng … được nâng từ 20 - 22% lên 25,5%", "tốc độ tăng trưởng … điều chỉnh xuống"): both ends are rates. */
/** A growth goal or rate ("mục tiêu tăng trưởng", "kịch bản tăng trưởng", "tốc độ tăng trưởng") and a verb that moves it (goal-lexicon's `MOVES_GOAL`). */
const GROWTH_GOAL = String.raw`${anyOf([...MOVED_GOAL, 'tốc độ'])}\s+tăng\s+trưởng(?![\p{L}\p{M}])`;
const MOVE_VERB = String.raw`(?<![\p{L}\p{M}])${anyOf(MOVES_GOAL)}(?![\p{L}\p{M}])`;
const GROWTH_MOVED = new RegExp(String.raw`^\s*(?:[\p{L}\p{M}\s]{0,40}?(?<![\p{L}\p{M}]))?${GROWTH_GOAL}[^]{0,80}?${MOVE_VERB}(?:\s+(?:mức|chỉ tiêu|mục tiêu))?\s+(?:từ\s+(?:mức\s+)?(?:[\d.,]+\s*(?:[-–]\s*[\d.,]+\s*)?%\s+)?)?(?:(?:lên|xuống|còn)(?:\s+(?:mức|khoảng))?)?\s*$`, 'u');

/** Round 51: the same move with its verb first ("nâng mục tiêu tăng trưởng thương mại điện tử cả năm 2025 lên 25,5%", "điều chỉnh kịch bản tăng trưởng … xuống"). */
const GROWTH_RAISED = new RegExp(String.raw`${MOVE_VERB}\s+${GROWTH_GOAL}[^]{0,80}?(?<![\p{L}\p{M}])(?:lên|xuống|thành)(?:\s+(?:mức|khoảng))?\s*$`, 'u');

/** True when the piece before a percentage names a growth rate as its subject and ends on its verb: the percentage is that rate. */
export function isGrowthSubjectBefore(piece: string): boolean {
  const p = piece.toLowerCase();
  return (GROWTH_CLAUSE.test(p) && !NOT_GROWTH.test(p.replace(/(?:đạt|ở mức)\s+từ\s*$/u, ''))) || GROWTH_MOVED.test(p) || GROWTH_RAISED.test(p); // "đạt từ 8 - 8,5%": a range, not a move "từ … lên"
}

/** True when the percentage's clause holds only filler words and its sentence opens on a growth rate: an item of the growth's list. */
export function isGrowthSentenceItem(s: string, words: string[]): boolean {
  return GROWTH_SUBJECT.test(s.toLowerCase()) && words.every((w) => ITEM_FILLER.has(w));
}
