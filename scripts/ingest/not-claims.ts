/**
 * Numbers that are part of a name or of a definition, not claims (issue 11: "list markers become data
 * … the bounds of a scale definition become counts"): a product or system name with a number ("dịch vụ
 * NAPAS 247", "chuyển nhanh Napas 247"), a fraction said as a proportion word ("chiếm 1/3 tổng số giao
 * dịch"), an area named by its number ("Khu vực 1"), the count of the parts a list then names ("làm 2
 * giai đoạn 2024-2025 (…), 2026-2030", "cho 5 nhóm: …"), and the thresholds of the bands a count is sorted
 * into ("5 địa phương có tỷ trọng trên 20%; 13 địa phương có tỷ trọng từ 10 - 20%", "nhóm từ 10 - 20%").
 * Pure; `numbers.ts` skips what these accept.
 */
import { isClassBar } from './class-thresholds';
import { DATE_OR_TIME, isCounterFieldAt, isCounterLine } from './dateline-meta';
import { ENGLISH_DATE_LINE } from './english-dateline';

/**
 * A name word right before a bare number: an acronym or a brand written with two capitals or more
 * ("NAPAS", "VNeID", "ATM"), not "TOP"/"TỐP" (a list's head, `structure.ts`), nor an index's name, whose
 * number is its year or score ("DTI 2023", "EGDI 0,7"), nor a unit word.
 */
const NAME_BEFORE = /(?<![\p{L}\p{M}\d])(\p{Lu}[\p{L}\p{M}]*\p{Lu}[\p{L}\p{M}]*)\s+$/u;
const NOT_A_NAME = /^(?:TOP|TỐP|USD|VND|VNĐ|GDP|GRDP|DTI|EGDI|OSI|TII|HCI|EPI|GCI|GII|PCI|PAPI|ICT|CNTT|FDI)$/u;
/** A capitalised brand before a number that names a service: "Napas 247", "Zalo 24". */
const BRAND_BEFORE = /(?<![\p{L}\p{M}])(?:dịch vụ|ứng dụng|nền tảng|hệ thống|cổng|chuyển nhanh|chuyển tiền nhanh|tổng đài|đường dây)\s+\p{Lu}[\p{L}\p{M}]*\s+$/iu;
/**
 * What may follow a name's number: the end of the phrase, a capitalised word, or a verb or link word
 * ("NAPAS 247 tăng 33,5%", "Napas 247 bằng mã VietQR"); a counted noun, a scale or a unit ("VNPT 500 tỷ
 * đồng", "FDI 30 dự án") makes it a quantity.
 */
const NAME_END = /^(?:\s*[.,;:)\]"”’]|\s*$|\s+\p{Lu}|\s+(?:tăng|giảm|đạt|chiếm|bằng|của|với|là|được|đã|có|và|cho|trong|tại|qua|tiếp|vẫn|hiện|đang|sẽ|vừa|ghi|xử|dẫn|đứng|từ|trên|theo|để|đưa|phản|cung|kết|hỗ|triển|giúp|nhận|ra|luôn|chính|chỉ)(?![\p{L}\p{M}]))/u;

/** A group's nickname by its size: "Big 4", "nhóm Big 3". */
const BIG_BEFORE = /(?<![\p{L}\p{M}])big\s+$/iu;

/** Round 39: an institution or a military unit named by its number, up to four words after its head word: "Quân khu 7",
 * "Trường Sĩ quan Lục quân 2", "Bệnh viện Quân y 175", a committee named after its resolution, "Ban Chỉ đạo 57 Thành ủy"
 * (capitalised head only: "trường hợp 2" is no name). */
const INSTITUTION_BEFORE = /(?<![\p{L}\p{M}])(?:Trường|Bệnh viện|Học viện|Quân khu|Quân đoàn|Sư đoàn|Lữ đoàn|Trung đoàn|Tiểu đoàn|Binh đoàn|Hải đoàn|[Bb]an Chỉ đạo|Tổ công tác)(?:\s+(?!hợp(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,4}\s+$/u;

/** Round 45: a set of indices named by the decision that issued it ("Bộ chỉ số 766", "thực hiện Bộ chỉ số 766 đạt 83,8 điểm"). */
const INDEX_SET_BEFORE = /(?<![\p{L}\p{M}])[Bb]ộ\s+chỉ\s+số\s+$/u;

/** A road named by its number: "Quốc lộ 1A", "tỉnh lộ 389", "đường tỉnh 295B", "QL 5", "ĐT 741", a district road "ĐH 6". */
const ROAD_BEFORE = /(?<![\p{L}\p{M}])(?:quốc lộ|tỉnh lộ|huyện lộ|đường tỉnh|đường huyện|ql|đt|đh)\.?\s*$/iu;

/** Round 43: a hotline's or channel's name up to its number ("Tổng đài Thông tin Dịch vụ công 1022", "Đường dây nóng 1900", "các kênh 1022"): a capitalised name after the head word, then no verb or hedge ("Tổng đài tỉnh đã tiếp nhận 500 …" counts). */
const HOTLINE_BEFORE = /(?<![\p{L}\p{M}])(?:(?:[Tt]ổng đài|[Đđ]ường dây nóng|[Hh]otline)(?:\s+\p{Lu}[\p{L}\p{M}]*(?:\s+(?!(?:đã|đang|sẽ|vừa|tiếp|nhận|có|đạt|xử|thực|với|và|trong|qua|gần|hơn|khoảng|trên|được)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,5})?|kênh)\s+$/u;
/** A counted noun after the number: "kênh 14 lượt" counts, it names nothing. */
const COUNTED_AFTER = /^\s*(?:%|lượt|cuộc|tin|người|hồ sơ|phản ánh|kiến nghị|cuộc gọi)(?![\p{L}\p{M}])/u;

/** Round 73: a steering committee named by its number ("Ban Chỉ đạo 389 quốc gia"). */
const STEERING_BEFORE = /(?<![\p{L}\p{M}])ban\s+chỉ\s+đạo\s*$/iu;

/**
 * True when the bare whole number `raw` at `p` of `s` is part of a road's name (`ROAD_BEFORE`) or of a product or system name: right after
 * an acronym or brand ("NAPAS 247 tăng 33,5%", "dịch vụ Napas 247") a group's nickname ("nhóm \"Big 4\" gồm …") or an institution's name (`INSTITUTION_BEFORE`), and followed by
 * what may end a name (`NAME_END`).
 */
export function isNameNumber(s: string, p: number, raw: string): boolean {
  if (!/^\d{1,4}$/u.test(raw)) return false;
  const before = s.slice(Math.max(0, p - 40), p);
  if (ROAD_BEFORE.test(before)) return true;
  if (STEERING_BEFORE.test(before) && !/^\s*[/\d]/u.test(s.slice(p + raw.length))) return true; // round 73: "Ban Chỉ đạo 389" (not "Ban chỉ đạo 63/63 tỉnh")
  if (HOTLINE_BEFORE.test(before) && !COUNTED_AFTER.test(s.slice(p + raw.length, p + raw.length + 20))) return true; // round 43: "Tổng đài Thông tin Dịch vụ công 1022 tỉnh Quảng Nam", "các kênh 1022 gồm"
  const name = NAME_BEFORE.exec(before);
  const named = (name !== null && !NOT_A_NAME.test(name[1]!.toUpperCase())) || BRAND_BEFORE.test(before) || BIG_BEFORE.test(before) || INSTITUTION_BEFORE.test(before) || INDEX_SET_BEFORE.test(before);
  return named && NAME_END.test(s.slice(p + raw.length, p + raw.length + 40));
}

/** Words that set a band's threshold right before a share: "trên", "dưới", "từ", "hơn", "không quá", "ít nhất". */
const BAND_WORD = /(?<![\p{L}\p{M}])(?:trên|dưới|từ|hơn|không quá|không dưới|ít nhất|tối thiểu)\s*$/iu;
/** Round 57: a year inside a count's lead ("Kết quả đo lường năm 2022 còn có 4 sở …") or between its measure and its bar ("9 sở có chỉ số hài lòng năm 2022 đạt trên 90%"). */
const YEAR_IN_GAP = String.raw`(?<!\d)(?:19|20)\d\d(?!\d)`;
/** The opening of a count's clause: words before "và / có / còn / gồm / toàn bộ / tất cả / cả" ("chỉ còn 02/08 …"), and the units counted. */
const COUNT_LEAD = String.raw`^\s*(?:(?:[^\d%;,()]|${YEAR_IN_GAP}){0,40}?(?<![\p{L}\p{M}])(?:và|có|còn|gồm|toàn bộ|tất cả|cả)\s+)?`;
const COUNTED_UNITS = String.raw`\d+\s+(?:tỉnh|thành phố|địa phương|đơn vị|bộ|ngành|xã|huyện|quận|doanh nghiệp|trường|sở|cơ quan)(?![\p{L}\p{M}])`;
/** A count of units that have a share in a band, from the clause's start: "5 địa phương có tỷ trọng kinh tế số ", "có 2 tỉnh đạt tỷ lệ ", "chỉ còn 02/08 lĩnh vực có chỉ số " (round 50), a part of a whole with a value ("6/6 vùng đều có giá trị trung bình … đạt ", round 35). */
const COUNT_HAS = new RegExp(String.raw`${COUNT_LEAD}(?:có\s+)?\d+(?:\/\d+)?\s+[^\d%;,()]{1,40}?\s(?:có|đạt)\s+(?:tỷ trọng|tỷ lệ|mức|tốc độ|chỉ số|giá trị|điểm|kết quả)(?:[^\d%;()]|${YEAR_IN_GAP}){0,60}$`, 'iu');
/** Places or bodies counted as reaching a band with no measure word: "50 tỉnh, thành đạt ", "nhóm B gồm 9 địa phương đạt ". */
const COUNT_REACHES = new RegExp(String.raw`${COUNT_LEAD}${COUNTED_UNITS}[^\d%;,()]{0,30}?\s(?:đều\s+)?đạt\s*$`, 'iu');
/** Places or bodies counted, then what they did, up to a bound past a share of their own: "25 tỉnh, thành phố đã phủ xanh hơn ", "3 bộ chi trên ". */
const COUNT_DID_PAST = new RegExp(String.raw`${COUNT_LEAD}${COUNTED_UNITS}[^\d%;,()]{1,30}?\s(?:hơn|trên|dưới|ít nhất|tối thiểu|không quá|không dưới)\s*$`, 'iu');
/** The upper end of a band after its lower one: "từ 80% đến dưới ". */
const BAND_UPPER = /[\d.,]+\s*%\s*(?:đến|tới|-|–)\s*(?:dưới|trên)?\s*$/iu;
/** "tỉnh, thành phố" is one noun: its comma cuts no clause (round 52: nor does "cơ quan, địa phương" or "bộ, ngành"). */
const JOINED_NOUN = /(tỉnh|cơ quan|bộ),(\s*)(thành|địa phương|ngành)/giu;
/** Round 52: units counted in a rating class, then the class's bar: "có 17 cơ quan xếp loại tốt với tỷ lệ điểm số đạt " (before "trên 80%"). */
const COUNT_RATED = new RegExp(String.raw`${COUNT_LEAD}(?:có\s+)?\d+(?:\/\d+)?\s+[^\d%;,()]{1,40}?\sxếp\s+loại\s+[^\d%;,()]{1,60}$`, 'iu');
/** A band named as such: "nhóm (từ) 10 - 20%", "mức dưới 5%" where the sentence sorts into bands ("chia thành các nhóm"). */
const BAND_NAMED = /(?<![\p{L}\p{M}])(?:nhóm\s+(?:(?:trên|dưới|từ|hơn)\s+)?|mức\s+(?:trên|dưới|từ|hơn)\s+)$/iu;
/** Round 57: a band's bound, then the members it holds: "Đạt dưới 90% gồm các sở: …", "trên 80% gồm 5 tỉnh". */
const BAND_MEMBERS_AFTER = /^[\d.,]+\s*%\s*(?:[^\d%;,.:()]{0,20}?\s)?gồm\s+(?:các|những|có|\d)/iu;
/** How far before a share its band's words may stand (a clause; bounded so that long texts stay linear). */
const BAND_REACH = 160;
const SORTED = /(?<![\p{L}\p{M}])(?:chia|phân)\s+(?:làm|thành)\s/iu;

/**
 * True when the share at `p` of `s` is a threshold of a band a count is sorted into, not a claim: "5 địa
 * phương có tỷ trọng kinh tế số trên 20%; 13 địa phương có tỷ trọng từ 10 - 20%", "… được chia thành các
 * nhóm: nhóm từ 10 - 20%, …", "25 tỉnh, thành phố đã phủ xanh hơn 50% số xã" (round 26a). The count is the claim; the bound defines what it counts.
 */
export function isBandBound(s: string, p: number): boolean {
  const before = s.slice(Math.max(0, p - BAND_REACH), p).replace(JOINED_NOUN, '$1 $2$3');
  const upper = BAND_UPPER.exec(s.slice(Math.max(0, p - 40), p));
  if (upper) return isBandBound(s, p - upper[0].length);
  if (!BAND_WORD.test(before) && !BAND_NAMED.test(before)) return false;
  if (BAND_WORD.test(before) && BAND_MEMBERS_AFTER.test(s.slice(p))) return true;
  if (BAND_NAMED.test(before) && SORTED.test(s.slice(Math.max(0, p - 2 * BAND_REACH), p))) return true;
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(','), before.search(/\svà\s+có\s[^;]*$/u)) + 1);
  const count = clause.replace(BAND_WORD, '').replace(/(?<![\p{L}\p{M}])nhóm\s+\d+/giu, 'nhóm'); // "nhóm 2 gồm 40 tỉnh": the band's name is no count
  return BAND_WORD.test(clause) && (COUNT_HAS.test(count) || COUNT_REACHES.test(count) || COUNT_DID_PAST.test(clause) || COUNT_RATED.test(count));
}

/** Session 48: a rating scale's grade, its colon, then only the words of a rate reached and a bound before the share ("Nhóm xếp hạng tốt: tỷ lệ
 *  đạt từ ", "Nhóm xếp hạng khá: tỉ lệ đạt trong khoảng từ 70% điểm đến dưới ", "Mức yếu: dưới "): the grade's threshold. Review of round
 *  67: nothing else between the colon and the bound, so a grade's members or results stay ("Xếp loại tốt: 42 cơ quan (chiếm trên 70%)",
 *  "Xếp loại tốt: tỷ lệ hài lòng tăng từ 82% …", "Xếp hạng khá: tỉnh có tỷ lệ … đạt trên 40%"). Read in the `BAND_REACH` characters before it. */
const GRADE_BAND_BEFORE = /(?:^|[:;.]\s)\s*(?:(?:nhóm|mức|loại)\s+)?(?:xếp\s+(?:hạng|loại)\s+)?(?:xuất\s+sắc|tốt|khá|trung\s+bình|yếu|kém)\s*:\s*(?:(?:tỷ|tỉ)\s+lệ\s+)?(?:đạt\s+)?(?:trong\s+khoảng\s+)?(?:(?:từ|trên)\s+\d[\d.,]*\s*%\s*(?:điểm\s+)?(?:đến|tới)\s+(?:dưới\s+)?|từ|dưới|trên|không\s+quá)\s*$/iu;

/** True when the share at `p` of sentence `s` is a grade's threshold (`GRADE_BAND_BEFORE`); the grade opens the text read or follows a stop
 *  or a colon there. */
export function isGradeBandBound(s: string, p: number): boolean {
  const from = Math.max(0, p - BAND_REACH);
  const m = GRADE_BAND_BEFORE.exec(s.slice(from, p));
  return m !== null && (from === 0 || /^[:;.]/u.test(m[0]));
}

/** A count of units that have a quantity past a threshold, up to the threshold: "7 ứng dụng có số lượng người dùng trên ", "5 doanh nghiệp có doanh thu hơn ". */
const COUNT_PAST = /(?:^|[^\d.,\p{L}])\d[\d.]*\s+[^\d%;,()]{1,40}?\s(?:(?:có|với|đạt)\s+(?!số\s+tiền)(?:số lượng|số|lượng|doanh thu|quy mô|vốn|kim ngạch)|đạt\s+(?:trị giá|giá trị)|có\s+số\s+tiền)[^\d%;,()]{0,40}?\s(?:trên|hơn|dưới|từ|ít nhất|tối thiểu|không dưới)\s*$/iu;

/**
 * True when the quantity at `p` of `s` is the threshold a count is sorted by, not a claim: "Việt Nam có 7
 * ứng dụng có số lượng người dùng trên 10 triệu" (the 7 is the claim), "5 doanh nghiệp có doanh thu hơn 1 tỷ USD", "có 10 nhóm
 * hàng tăng trên 1 tỷ USD", "4 nhóm hàng … giảm mạnh trên 20%"; or the bar a condition sets ("nếu đạt tối thiểu 20.000 trạm"); or
 * a class's bar ("các trang tin có lượng người xem dưới 5.000 … sẽ …", class-thresholds.ts; round 32); things counted in words that
 * reach a bar "… trở lên" (`MANY_REACH_FROM`, round 39); a price band's bounds (`PRICE_CLASS`, round 43).
 */
export function isCountThreshold(s: string, p: number): boolean {
  const before = s.slice(Math.max(0, p - BAND_REACH), p);
  return COUNT_PAST.test(before) || COUNT_MOVED_PAST.test(before) || PURCHASE_SIZE.test(before) || PRICE_CLASS.test(before) || CONDITION_BAR.test(before) || isClassBar(s, p)
    || (MANY_REACH_FROM.test(before) && OR_MORE_AFTER.test(s.slice(p, p + 40)));
}

/** Round 39: things counted in words that reach a bar, up to it ("còn nhiều nhóm hàng xuất khẩu đạt từ ", "các tỉnh có doanh thu trên ",
 *  "số lượng shop đạt doanh số từ "), when "trở lên" follows the bar ("… 1 tỷ USD trở lên"): a class of things, no figure of theirs. */
const MANY_REACH_FROM = /(?<![\p{L}\p{M}])(?:nhiều|các|những|số lượng)\s+[^\d%;,()]{1,40}?\s(?:có|với|đạt)\s+(?:[^\d%;,()]{0,40}?\s)?(?:trên|hơn|từ)\s*$/iu;
const OR_MORE_AFTER = /^[\d.,]+(?:\s*[\p{L}%]+){0,3}\s+trở\s+lên(?![\p{L}\p{M}])/u;

/** The bar a condition sets ("được hỗ trợ nếu đạt tối thiểu 20.000 trạm", "với điều kiện có ít nhất 50 lao động"): a rule's threshold, no result (round 31f). */
const CONDITION_BAR = /(?<![\p{L}\p{M}])(?:nếu|với điều kiện|điều kiện là)\s+(?:[^\d,;.()]{0,30}?\s)?(?:đạt|có)\s+(?:tối thiểu|ít nhất|từ|trên|không dưới)\s*$/iu;

/** Round 43: goods sorted by their price ("điện thoại có giá dưới 3 triệu đồng là …", "có giá từ 3 đến dưới 6 triệu đồng", "có giá từ 6-10 triệu đồng"; not a price paid, "với giá hơn 7,5 nghìn tỷ đồng"): the band's bounds, no figures. */
const PRICE_CLASS = /(?<![\p{L}\p{M}])có\s+(?:mức\s+)?giá(?:\s+bán)?\s+(?:từ\s+[\d.,]+(?:\s+[\p{L}\p{M}]+){0,2}\s*(?:đến|tới|-|–)\s*(?:dưới\s*)?|(?:từ|dưới|trên|không quá)\s*)$/iu;

/** The size that sorts purchases or orders ("trả tiền mặt khi mua hàng dưới 100.000 đồng", "đơn hàng có giá trị trên 500.000 đồng"): a threshold, no claim. */
const PURCHASE_SIZE = /(?<![\p{L}\p{M}])(?:mua hàng|mua sắm|mua|đơn hàng|hóa đơn|hoá đơn|khoản thanh toán)(?:\s+có\s+giá\s+trị)?\s+(?:dưới|trên|từ|không quá|nhỏ hơn|lớn hơn)\s*$/iu;

/**
 * A count of units whose value moved past a threshold, up to the threshold: "có 10 nhóm hàng tăng trên ", "4 mặt hàng có trị giá
 * giảm mạnh hơn ", "6 nhóm hàng vượt mốc ", "3 thị trường vượt ngưỡng ", "8 doanh nghiệp đạt trên ".
 */
const COUNT_MOVED_PAST = /(?:^|[^\d.,\p{L}])\d[\d.]*\s+(?:nhóm hàng|mặt hàng|nhóm|doanh nghiệp|thị trường|sản phẩm|địa phương|tỉnh)(?![\p{L}\p{M}])[^\d%;,()]{0,40}?\s(?:(?:tăng|giảm)(?:\s+(?:mạnh|sâu|nhẹ))?\s+(?:trên|hơn|dưới|từ|ít nhất|tối thiểu)|vượt(?:\s+qua)?(?:\s+(?:mốc|ngưỡng))?|(?:đạt|có)(?:\s+(?:kim ngạch|doanh thu|trị giá|giá trị))?\s+(?:trên|hơn|từ))\s*$/iu;

/** A capitalised area word whose number names it: "Khu vực 1", "Vùng 3", "Quân khu 7", "Phân vùng 2". */
const AREA_BEFORE = /(?<![\p{L}\p{M}])(?:Khu vực|Vùng|Quân khu|Phân khu|Tiểu vùng|Phân vùng|Miền)\s+$/u;

/** True when the bare number at `p` of `s` names an area ("thuộc Khu vực 1", "tại Vùng 3"): a name, not a count. */
export function isAreaName(s: string, p: number, raw: string): boolean {
  return /^\d{1,2}$/u.test(raw) && AREA_BEFORE.test(s.slice(Math.max(0, p - 16), p)) && !/^\s*[,.]?\d/u.test(s.slice(p + raw.length));
}

/** A count of the parts a plan is split into, followed by the parts: "làm 2 giai đoạn 2024-2025 (…), 2026-2030", "cho 5 nhóm: …". */
const PARTS_AFTER = /^\s+(?:giai đoạn|nhóm|đợt|phần|nội dung|trụ cột)(?![\p{L}\p{M}])(?:[^.;:\d]{0,30}:|\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)/u;

/** True when the bare number `raw` at `p` of `s` counts the parts a list then names (`PARTS_AFTER`): structure, not a claim. */
export function isPartsCount(s: string, p: number, raw: string): boolean {
  return /^\d{1,2}$/u.test(raw) && PARTS_AFTER.test(s.slice(p + raw.length, p + raw.length + 50));
}

/** A news agency's dateline in brackets: "(TTXVN 1/12)", "(VNA - 3/9)", "(Chinhphu.vn 15/8)": the acronym or site before, the day/month after. */
const DATELINE = { before: /\(\s*\p{Lu}[\p{L}\p{M}&.]{1,15}\s*(?:[-–,]\s*)?$/u, day: /(\d{1,2})\/(\d{1,2})(?:\/\d{4})?\s*\)/y };

/** Where a dateline's day ("(TTXVN 1/12)") that starts at `p` of `s` ends, or -1: a date, not a fraction. */
export function datelineEnd(s: string, p: number): number {
  if (!DATELINE.before.test(s.slice(Math.max(0, p - 24), p))) return -1;
  DATELINE.day.lastIndex = p;
  const m = DATELINE.day.exec(s);
  return m && +m[1]! >= 1 && +m[1]! <= 31 && +m[2]! >= 1 && +m[2]! <= 12 ? p + m[0].length - 1 : -1;
}

/** A line of a page's chrome with no words: a time or a date, separators and counters ("22:13 05-01-2024 | :533"). */
const CHROME_LINE = /^[\d\s:|/.,\-–()]*$/u;

/**
 * True when the number at `p` stands on a line with no words that holds a time or a date (`CHROME_LINE`): a view or comment
 * counter by the byline, not a claim; or on a line that is only a counter ("Lượt xem: 512", `dateline-meta.ts`; round 29a), or
 * a counter field of a dated header line ("Đăng ngày: 14/02/2024 - Lượt xem: 318"; round 32), or a line of bare digits (`RECORD_ID_LINE`),
 * or (session 54) a line that is only a day written in English (`ENGLISH_DATE_LINE`: "Wednesday, November 29, 2023").
 */
export function isChromeLineNumber(s: string, p: number): boolean {
  const start = s.lastIndexOf('\n', p) + 1;
  const line = s.slice(start, (s.indexOf('\n', p) + 1 || s.length + 1) - 1);
  return (CHROME_LINE.test(line) && DATE_OR_TIME.test(line)) || ENGLISH_DATE_LINE.test(line) || isCounterLine(line) || isCounterFieldAt(line, p - start) || RECORD_ID_LINE.test(line) || STAMP_THEN_COUNTER.test(line) || (IMAGE_INDEX_LINE.test(line.slice(Math.max(0, p - start - 4))) && isAltTextLine(line.slice(0, p - start)));
}

/** Session 55: an image's alt text closed by its index on the page ("Công an TPHCM tiếp nhận hơn 2.700 hồ sơ … - 1", "Training … - 1"):
 *  a letter, a spaced dash and one digit ending a line with no full stop; the line's own figures stay. */
const IMAGE_INDEX_LINE = /^\p{L}\s[-–]\s[1-9]\s*$/u;
/** Review: an alt text describes a picture in six words or more, with no colon (not a list's "Đà Nẵng - 1, Hà Nội - 2, TP.HCM - 3" nor
 *  "Kết quả: Nhóm A - 3", "Việt Nam thắng Indonesia - 1"). */
const ALT_TEXT_WORDS = 6;
const isAltTextLine = (beforeIndex: string) => !/[:]/u.test(beforeIndex) && !/[-–]\s\d/u.test(beforeIndex) && (beforeIndex.match(/[\p{L}\p{M}]+/gu) ?? []).length >= ALT_TEXT_WORDS;

/** Round 52: a weekday's stamp closed by a view counter ("Thứ hai - 07/08/2023 15:42 624"): the page's furniture, no figure (a lone
 *  counter paragraph is `page-counters.ts`'). */
const STAMP_THEN_COUNTER = /^\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[-–,|]?\s*\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+\d{1,7}\s*$/iu;

/** Round 39: a line that is only a run of five digits or more with no separator ("3357141"): a page record's id or a counter of a content
 *  system's dump, never a figure written for readers (who write "3.357.141"). */
const RECORD_ID_LINE = /^\s*\d{5,}\s*$/u;

/** A criterion's or section's label before its number: "chỉ tiêu 8.4", "Tiêu chí số 8", "tiểu mục 2.1" (not a list, "danh mục 25 thủ tục"). */
const SECTION_BEFORE = /(?<![\p{L}\p{M}])(?:tiêu chí|chỉ tiêu|(?<!(?:danh|hạng)\s)mục|tiểu mục)(?:\s+số)?\s+$/iu;
/** What makes the number after such a word a quantity, not a label: a unit, a scale, a share or a part ("chỉ tiêu 90%", "chỉ tiêu 8/10"). */
const QUANTITY_AFTER = /^\s*(?:%|[,./]?\d|phần trăm|điểm|lần|tỷ|triệu|nghìn|ngàn|đồng|usd)/iu;

/**
 * A part of a document or a figure named by its number or its order (round 31a): "Nhiệm vụ 3", "Giải pháp thứ 2", "Bước 2",
 * "Nội dung 1", "Biểu đồ 3", "Sơ đồ 1", "Bảng 2", "Hình 4", "Ảnh 2", "Phần 1", "Phụ lục số 3", "Trang 12", "chú thích 2", "Ảnh minh họa 2".
 */
const PART_BEFORE = /(?<![\p{L}\p{M}])(?:nhiệm vụ|giải pháp|bước|nội dung|biểu đồ|sơ đồ|đồ thị|bảng|(?<!(?:mô|địa|màn|loại|điển|tình|cấu|định)\s)hình|(?<!hình\s)ảnh|(?<!(?:cổ|thành|bộ|một|từng)\s)phần|phụ lục|trang|chú thích|ghi chú|minh họa|minh hoạ)(?:\s+(?:số|thứ))?\s+$/iu;
/** What closes such a label: a stop, a colon, a bracket, a comma, a spaced dash, the end, "của" ("Trang 12 của báo cáo"), or what a figure or table does ("Bảng 2 liệt kê …"). */
const PART_END = /^\s*(?:[.:;,)\]]|[-–—]\s|$|(?:của|cho thấy|liệt kê|thể hiện|trình bày|mô tả|dưới đây|bên dưới)(?![\p{L}\p{M}]))/u;
/** A part cited as a source or a reference: "Nguồn: Bảng 2 …", "(xem Hình 3 …", "theo Biểu đồ 1 …", "Như Hình 2 …". */
const PART_CITED = /(?<![\p{L}\p{M}])(?:nguồn|xem|theo|tại|như)\s*:?\s+(?:biểu đồ|sơ đồ|đồ thị|bảng|hình|phụ lục|chú thích)(?:\s+số)?\s+$/iu;
/** A heading's part that only a colon closes: "Mục tiêu 2: …", "Hợp phần 1: …", "Lĩnh vực 3: …", "Chuyên đề 4: …". */
const COLON_PART = { before: /(?<![\p{L}\p{M}])(?:mục tiêu|hợp phần|tiểu dự án|trụ cột|lĩnh vực|chuyên đề)(?:\s+(?:số|thứ))?\s+$/iu, after: /^\s*:/u };

/**
 * True when the number `raw` at `p` of `s` labels a criterion or a section ("đạt chuẩn chỉ tiêu 8.4 của Tiêu chí số 8"),
 * a part of a document or a figure closing its label ("Nhiệm vụ 3: …", "Bước 2 - …", "(Ảnh minh họa 2)", "Mục tiêu 2: …") or cited
 * ("Nguồn: Bảng 2 báo cáo", "Như Hình 2 cho thấy"), or is a footnote mark glued in square brackets ("05 sự kiện[1]"): a name, not a claim.
 */
export function isSectionLabel(s: string, p: number, raw: string): boolean {
  const after = s.slice(p + raw.length, p + raw.length + 12);
  if (/^\d{1,3}$/u.test(raw) && s[p - 1] === '[' && after.startsWith(']') && /\S/u.test(s[p - 2] ?? ' ')) return true;
  if (!/^\d{1,2}(?:\.\d{1,2}){0,2}$/u.test(raw) || QUANTITY_AFTER.test(after)) return false;
  const before = s.slice(Math.max(0, p - 24), p);
  return SECTION_BEFORE.test(before) || (PART_BEFORE.test(before) && PART_END.test(after)) || PART_CITED.test(before) || (COLON_PART.before.test(before) && COLON_PART.after.test(after));
}

/** A share named as a rate, then the rest of its clause up to a verb that states it again: "tỷ lệ 70% hộ … là ". */
const RATE_THEN_VERB = /(?<![\p{L}\p{M}])t[ỷỉ]\s+lệ\s+([\d.,]+)\s*%[^,;.:()%\d]{1,160}?\s(?:là|đạt|ở mức|bằng)\s*$/iu;

/** True when the share `raw` at `p` of `s` states again, at its clause's verb, the rate its clause opened with ("tỷ lệ 70% hộ dân … là 70%"): one figure, read once. */
export function isRestatedShare(s: string, p: number, raw: string): boolean {
  return RATE_THEN_VERB.exec(s.slice(Math.max(0, p - 200), p))?.[1] === raw;
}

/** Round 48: a share pointed back to as a group ("trong 8% này có 30% …", "với 8% nói trên"): the figure named before, named again
 *  (not "tỉ lệ tự động hóa 70% này", where "này" points at the noun before the rate). */
const SHARE_POINTED_BACK = { before: /(?<![\p{L}\p{M}])(?:trong|với|của|ở)\s+(?:số\s+)?$/u, after: /^\s*(?:này|nói\s+trên|kể\s+trên)(?![\p{L}\p{M}])/u };

/** True when the share from `p` to `end` of `s` is pointed back to (`SHARE_POINTED_BACK`): no new figure. */
export function isSharePointedBack(s: string, p: number, end: number): boolean {
  return SHARE_POINTED_BACK.before.test(s.slice(Math.max(0, p - 16), p).toLowerCase()) && SHARE_POINTED_BACK.after.test(s.slice(end, end + 16).toLowerCase());
}

/** A streak, then a bound up to the share: "năm thứ 4 liên tiếp tỉnh đạt trên ", "lần thứ 3 liên tiếp … >". */
const STREAK_BOUND = /(?<![\p{L}\p{M}])(?:năm|lần|quý|tháng|kỳ)\s+thứ\s+(?:\d{1,2}|[\p{L}\p{M}]+)\s+liên\s+tiếp[^.;:!?%\d]{0,80}?(?:>|≥|(?<![\p{L}\p{M}])(?:trên|hơn|từ|vượt|ít nhất)\s)\s*$/iu;

/** True when the share at `p` of `s` is the bar a streak is counted by ("là năm thứ 4 liên tiếp thành phố đạt chỉ số >90%"): the streak is the news, the bar no figure. */
export function isStreakBar(s: string, p: number): boolean {
  return STREAK_BOUND.test(s.slice(Math.max(0, p - 140), p));
}

/**
 * Round 38: true when a bare numeral (`raw`, no unit) ends its sentence with nothing after it, not even a stop: on the page's
 * last line that is a text cut off mid-number ("Lực lượng lao động toàn ngành có 13"), whose value is lost (metrics.ts asks it
 * of the last paragraph only). Round 71: also any figure that opens a `;`-item and ends the text, in either language ("… is 52.80%; 50%", "… đạt 5%; 7%"):
 * what it counts is lost.
 */
export function isCutOffAtEnd(sentence: string, end: number, raw: string): boolean {
  const before = sentence.slice(0, end - raw.length);
  if (sentence.slice(end).trim() !== '') return false;
  return (/^\d[\d.,]*$/u.test(raw) && /\p{L}\s+$/u.test(before)) || /;\s*$/u.test(before); // prose, not a table's last cell ("0.3590 0.7163"); round 71: a list item cut off after its figure ("…; 50%"), before what it counts
}

/** Session 47: a token of an image's name or crop box: a run of lowercase letters and digits with a digit in it, or a resizing word. */
const NAME_TOKEN = String.raw`(?:[\p{Ll}\d]*\d[\p{Ll}\d]*|crop|resize|thumb)`;
const NAME_RUN_BEFORE = new RegExp(String.raw`(?:${NAME_TOKEN}\s+)+$`, 'u');
const NAME_RUN_AFTER = new RegExp(String.raw`^(?:\s*${NAME_TOKEN}(?![\p{L}\d]))+`, 'u');

/**
 * Session 47: true when the number at `p` stands in a run of such tokens that holds a digit string of ten or more: an image's file name and
 * crop box left in the text ("grab5d838congchung 1747821015331682793631 57 0 557 800 crop 17478210190231096290372"), no figure.
 */
export function isFileNameDebris(s: string, p: number): boolean {
  const run = `${NAME_RUN_BEFORE.exec(s.slice(Math.max(0, p - 160), p))?.[0] ?? ''}${NAME_RUN_AFTER.exec(s.slice(p, p + 160))?.[0] ?? ''}`;
  return /\d{10,}/u.test(run);
}
