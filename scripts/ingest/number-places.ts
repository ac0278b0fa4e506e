/**
 * Round 31a: bare numbers that name where something is, which standard it follows or which code it is, not how many: a
 * street address ("trụ sở tại số 18 Lê Lợi", "ngõ 45", "tầng 5"), a code ("mã OTP 123456"), a facility named by "số N"
 * ("Trường THCS số 2"), a road's kilometre marker ("Km 15+200"), and a standard's or technology's
 * number ("ISO 27001", "Wi-Fi 6", "TCVN 11930"). Pure; `definitions.ts` `isNoClaim` asks these.
 */

/** A house number after "số" where a place is given ("tại số ", "trụ sở ở số ", "địa chỉ: số "), then a street's name (`STREET_AFTER`). */
const HOUSE_BEFORE = /(?<![\p{L}\p{M}])(?:tại|ở|địa chỉ|trụ sở|đặt tại)\s*:?\s+(?:(?!vị\s|trí\s|hạng\s|thứ\s)[\p{L}\p{M}]+\s+){0,2}?số\s*$/iu;
const STREET_AFTER = /^[A-Z]?(?:\/\d{1,3}[A-Z]?)?\s+(?:(?:đường|phố)\s+)?\p{Lu}/u;
/** Round 54: a house number with no "số", right after a word of place ("sàn trung tâm tại 215 Trung Kính"; session 49: a comma before the
 *  street's word, "ngụ tại 256, đường Độc Lập", where any capitalised or numbered name follows: "256, Đường Láng", "đường 3 Tháng 2"), then
 *  a street's name of two capitalised
 *  words that is no body, tier or place-kind ("tại 12 Sở Nội vụ", "ở 5 Khu Công nghiệp" count): an address. */
const HOUSE_PLAIN_BEFORE = /(?<![\p{L}\p{M}])(?:tại|ở|địa chỉ|trụ sở|đặt tại)\s*:?\s*$/iu;
const STREET_NAME_AFTER = /^[A-Z]?(?:\/\d{1,3}[A-Z]?)?(?:,?\s+(?:[đĐ]ường|[pP]hố)\s+(?=\p{Lu}|\d)|\s+(?:(?:đường|phố)\s+)?(?!(?:Sở|Bộ|Ban|Cục|Chi|Phòng|Tỉnh|Huyện|Quận|Xã|Phường|Thị|Thành|Thôn|Trung tâm|UBND|Ủy|Uỷ|Trường|Bệnh|Trạm|Điểm|Cơ|Đơn|Doanh|Hợp|Tổ|Đội|Công|Ngân|Kho|Viện|Tòa|Toà|Đại|Hội|Khu|Cụm|Làng|Nhà|Quốc|Vùng|Đảng)(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}]*\s+\p{Lu})/u;
/** An alley's number: "ngõ 45", "hẻm 12", "kiệt 7"; a code: "mã OTP 123456", "mã bưu chính 700000". */
const ALLEY_BEFORE = /(?<![\p{L}\p{M}])(?:ngõ|ngách|hẻm|kiệt|mã(?:\s+(?:OTP|số|xác thực|xác nhận|bưu chính|kích hoạt|tra cứu))?\s*:?)\s*$/iu;
/** A floor's or room's number, closing its phrase (`NAME_END`): "tầng 5, tòa nhà B", "Phòng 302 tiếp nhận"; not "hạ tầng 12 xã", "văn phòng 5 xã". */
const ROOM_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:hạ|văn|dự|đề|quốc)\s)(?:tầng|lầu|phòng)\s*$/iu;
/** A facility, body or line named by "số N": "Trường THCS số 2", "quầy số 5", "Khu công nghiệp số 3", "tuyến xe buýt số 7", "Số 1 là …"; not a rank, a total or a value ("vị trí số 1", "đứng số 1", "tổng số 120", "chỉ số 72,", "điểm số 85,"). */
const NUMBERED_BEFORE = /(?:^|[^\p{L}\p{M}])(?<!(?:tổng|trên|trong|với|là|đạt|hạng|trí|thứ|top|đứng|chiếm|xếp|giữ|lên|thành|vươn|chỉ|hệ|tỷ|tỉ|đa|con|điểm|kỷ)\s)số\s*$/iu;
/** What follows such a name's number: the end of the phrase, a capitalised word, or a verb or link word (not a counted noun). */
const NAME_END = /^\s*(?:[,.;:)]|$|\p{Lu}|(?:có|đã|được|là|của|tại|với|thu hút|chở|hỗ trợ|tiếp nhận|phục vụ|dành|và|trong|đang|vừa|sẽ|nằm|ở|thuộc|nêu|cho)(?![\p{L}\p{M}]))/u;
/** A road's kilometre marker: "Km 15", "km 15+200" (the "200" after the "+" too). */
const KM_MARKER_BEFORE = /(?<![\p{L}\p{M}])km\s*(?:\d{1,4}\s*\+\s*)?$/iu;
/** A quantity after the number: a share, a decimal or a scale word (an address or a marker is never one). */
const QUANTITY_AFTER = /^\s*(?:%|[.,]\d|phần trăm|triệu|nghìn|ngàn|tỷ|tỉ)/iu;

/**
 * True when the bare number `raw` is a house number on a street (`HOUSE_BEFORE`, `HOUSE_PLAIN_BEFORE`), an alley's number or a code (`ALLEY_BEFORE`),
 * a kilometre marker (`KM_MARKER_BEFORE`), or a facility's "số N" (`NUMBERED_BEFORE`) or a floor's or room's number
 * (`ROOM_BEFORE`) closing its phrase: a name, no count.
 */
export function isAddressNumber(before: string, raw: string, after: string): boolean {
  if (!/^\d{1,6}$/u.test(raw) || QUANTITY_AFTER.test(after)) return false;
  if (ALLEY_BEFORE.test(before)) return true;
  if (raw.length > 4) return false;
  if (raw.length <= 3 && (NUMBERED_BEFORE.test(before) || ROOM_BEFORE.test(before)) && NAME_END.test(after)) return true;
  return (HOUSE_BEFORE.test(before) && STREET_AFTER.test(after)) || (HOUSE_PLAIN_BEFORE.test(before) && STREET_NAME_AFTER.test(after)) || KM_MARKER_BEFORE.test(before);
}

/** Round 55: a border marker's number, or a pair of them, after "mốc" named as a place ("khu vực mốc 1119 - 1120", "mốc 1088/2 - 1089", "Cột mốc 1368";
 *  not a milestone reached, "vượt mốc 350 Mbps", "đạt mốc 327.000 tỷ đồng"). */
const BORDER_MARKER_BEFORE = /(?<![\p{L}\p{M}])(?:khu\s+vực|cột|tại|giữa|gần|từ|đến|và)\s+mốc(?:\s+(?:giới|số))?\s*(?:\d{3,4}(?:\/\d{1,2})?\s*[-–]\s*)?$/iu;
const MARKER_RAW = /^\d{3,4}(?:\/\d{1,2})?(?:\s*[-–]\s*\d{3,4})?$/u;

/** True when `written` (the number as written, with any scale word) is a border marker's number or pair (`BORDER_MARKER_BEFORE`), a place's name, not a count. */
export function isBorderMarker(before: string, written: string, after: string): boolean {
  return MARKER_RAW.test(written) && BORDER_MARKER_BEFORE.test(before) && !QUANTITY_AFTER.test(after);
}

/** A standard's or technology's name that takes a number as its version or code: "ISO 27001", "ISO/IEC 27701", "Wi-Fi 6", "TCVN 11930". */
const STANDARD_BEFORE = /(?<![\p{L}\p{M}])(?:ISO(?:\/IEC)?|IEC|TCVN|QCVN|Wi-?Fi|Bluetooth|USB|Windows|Android|iOS|DOCSIS|HTTP|TLS|PCI DSS|Euro)\s*$/iu;
/** What may follow a standard's number: a sub-number ("9001:2015"), the end of the phrase, a capitalised word, or a link word or verb. */
const STANDARD_END = /^(?::\d{2,4})?(?:\s*[.,;:)\]]|\s*$|\s+\p{Lu}|\s+(?:và|hoặc|chiếm|được|có|đã|cho|của|với|là|trong|tại|tăng|giảm|đạt|về|trở lên|mới)(?![\p{L}\p{M}]))/u;

/** A software's version word: "phiên bản 3.1", "bản cập nhật 2.0", "version 4". */
const VERSION_BEFORE = /(?<![\p{L}\p{M}])(?:phiên bản|bản cập nhật|version)\s*$/iu;

/** True when the number `raw` is a standard's or technology's number ("Theo ISO 27001, có 15 cơ quan …", "thiết bị Wi-Fi 6 chiếm 40%") or a software's version ("ứng dụng phiên bản 3.1 có …"). */
export function isStandardNumber(before: string, raw: string, after: string): boolean {
  if (/^\d{1,2}(?:\.\d{1,2}){0,2}$/u.test(raw) && VERSION_BEFORE.test(before) && STANDARD_END.test(after)) return true;
  return /^\d{1,5}$/u.test(raw) && STANDARD_BEFORE.test(before) && STANDARD_END.test(after);
}

/** Round 49: all the provinces as the field a sentence speaks to or of, after a word of reach ("của 63 tỉnh, thành phố", "dẫn đầu 63 tỉnh", "với 63 tỉnh, thành", "tại 63 tỉnh", "cả 63 tỉnh", "đủ 63 tỉnh"; 34 after the 2025 merger). */
const ALL_PROVINCES = { before: /(?<![\p{L}\p{M}])(?:của|với|tại|dẫn\s+đầu|đủ|cả)\s+$/iu, after: /^\s+(?:tỉnh|tỉnh,\s*thành|địa\s+phương)(?![\p{L}\p{M}])/iu };

/** True when the bare number is every province taken as a field (`ALL_PROVINCES`): no count reached ("63/63 tỉnh đã …" and "có 63 Sở" stay counts). */
export function isAllProvincesField(before: string, raw: string, after: string): boolean {
  return (raw === '63' || raw === '34') && ALL_PROVINCES.before.test(before) && ALL_PROVINCES.after.test(after);
}
