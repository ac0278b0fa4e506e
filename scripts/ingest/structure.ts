/**
 * Structure that looks like numbers but is not a claim: list markers and enumerators ("1.", "2)",
 * "(3)", "1.2."), and the bounds of a scale's definition ("thang điểm từ 0 đến 100", "mức 1 đến mức 5").
 * Also the lead-in of a list: a clause ending with ":" whose frame (period, target) its items share.
 * Pure; positions are UTF-16 offsets.
 */
import { isSurveyDesignCount } from './survey-design';
import { isWholeBeforePart } from './whole-first';
import { isRankBefore, wordsOf } from './number-words';

/** An enumerator numeral: "1", "2", "1.2", "3.1.4" (at most two digits a level). */
const ENUM_NUMERAL = /^\d{1,2}(?:\.\d{1,2}){0,3}$/;
/** What may stand before a line-start enumerator: nothing, a bullet or an opening bracket, after a start, ":" or ";". */
const ENUM_BEFORE = /(?:^|[:;\n])[\s\-–+•*]*\(?$/u;

/** True when `before` leaves a bracket open (more "(" than ")") that nothing in `rest` closes: the ")" between them, right after a numeral, closes it. */
function closesBracket(before: string, rest: string): boolean {
  const open = (before.match(/\(/gu)?.length ?? 0) - (before.match(/\)/gu)?.length ?? 0);
  let depth = 0;
  for (const ch of rest) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false; // a later ")" closes it: this one ends a list marker ("(gồm: 1) …; 2) …)")
  }
  return open > 0;
}

/**
 * True when the numeral `raw` at `p` of `s` is a list marker, not a quantity: "(3) …" anywhere,
 * "1. …", "2) …", "1.2. …" at the start of the text or after ":" / ";" ("…: 1) …; 2) …"); round 31a: "3/ …", "1- …",
 * "2.3 Dữ liệu số", a Roman heading's part "I.2. …", a note glued to a word ("xã hội(5)") and "Thứ 3, …" opening a sentence.
 */
export function isEnumerator(s: string, p: number, raw: string): boolean {
  if (!ENUM_NUMERAL.test(raw)) return false;
  const before = s.slice(Math.max(0, p - 12), p);
  const after = s.slice(p + raw.length, p + raw.length + 3);
  if (/\(\s*$/u.test(before) && /^\s*\)(?:\s|$|[\p{L}])/u.test(after) && !/\d/u.test(before.slice(-3))) return true;
  if (/[\p{L}\p{M}%\d]\($/u.test(before) && /^\)/u.test(after) && /^\d{1,2}$/u.test(raw)) return true; // a note glued to a word or a figure: "mạng xã hội(5),", "95.420(3) hộ"
  if (/(?:^|[.!?:;\n]\s*)Thứ\s+$/u.test(before) && /^\s*[,:]/u.test(after)) return true; // "Thứ 3, …": the third point, not a rank
  const start = ENUM_BEFORE.test(s.slice(0, p).slice(-12)) || /(?:^|\n)\s*[IVX]{1,4}\.$/iu.test(before); // "I.2. …": a Roman heading's part
  if (start && /^\)/u.test(after) && closesBracket(s.slice(0, p), s.slice(p + raw.length + 1))) return false; // round 45: "(… Sở Tư pháp: 38; Sở Xây dựng: 5)": the count closes the bracket
  return start && (/^(?:[.)]|\/|-)(?:\s|$)/u.test(after) || (raw.includes('.') && /^\s+\p{Lu}/u.test(after)));
}

/** Words that name a scale, before its bounds: "thang điểm", "thang đo", "trên thang". */
const SCALE_BEFORE = /(?:^|[^\p{L}\p{M}])(?:thang\s+(?:điểm|đo|đánh\s+giá)|(?:trên|theo)\s+thang(?:\s+điểm)?|điểm\s+số)\s*(?:từ\s*)?$/iu;
/** A level label before a bare numeral: "mức 1", "cấp 4", "từ mức 1" (in "mức 1 đến mức 5", not "ở mức 5%"). */
const LEVEL_BEFORE = /(?:^|[^\p{L}\p{M}])(?:từ\s+)?(?:mức|cấp|bậc|level)\s*$/iu;
const LEVEL_AFTER = /^\s*(?:[-–—]|đến|tới)\s*(?:mức|cấp|bậc|level)?\s*\d/iu;

/**
 * True when the bare numeral at `p` is a bound of a scale definition: after "thang điểm (từ)"
 * ("thang điểm từ 0 đến 100", "trên thang 10"), or a level label in a span of levels
 * ("mức 1 đến mức 5", "từ cấp 1 - 4"). `before` is the lowercase text before the numeral.
 */
export function isScaleBound(before: string, after: string): boolean {
  if (SCALE_BEFORE.test(before)) return true;
  const lv = LEVEL_BEFORE.test(before);
  if (lv && LEVEL_AFTER.test(after)) return true;
  return /(?:mức|cấp|bậc|level)\s*\d+\s*(?:[-–—]|đến|tới)\s*(?:mức|cấp|bậc|level)?\s*$/iu.test(before)
    || /(?:thang\s+(?:điểm|đo)|trên\s+thang)[^,;.]{0,12}\d+\s*(?:[-–—]|đến|tới)\s*$/iu.test(before);
}

/** A label before a list of level numbers: "mức độ 3, 4", "cấp độ 2 và 3" (the numeral after the first). */
const LEVEL_LIST_BEFORE = /(?:^|[^\p{L}\p{M}])(?:mức độ|cấp độ|mức|cấp)\s*\d{1,2}(?:\s*(?:,|và|hoặc|[-–])\s*\d{1,2})*\s*(?:,|và|hoặc|[-–])\s*$/iu;
/** A count, its noun of one or two words, then a tier or level label and its number ending the item: "14 trường học cấp 2, ". */
const COUNT_THEN_LEVEL = /(?<![\d.,])\d[\d.]*\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)[^,;:\d]{0,30}?(?:mức|cấp)(?:\s+độ)?\s*\d{1,2}\s*(?:,|và|hoặc)\s*$/iu;

/** True when the numeral after a level's number counts the same noun as the count before it ("14 trường học cấp 2, 3 trường học dân lập"): the next item of a list of counts, no level (round 29a). */
function isNextCountOfNoun(before: string, after: string): boolean {
  const noun = COUNT_THEN_LEVEL.exec(before)?.[1];
  return noun !== undefined && after.trimStart().toLowerCase().startsWith(noun.toLowerCase());
}
/** The head of a list's size ("TỐP 10 các tỉnh …: …"), not a place in it ("lọt top 10", "nằm trong tốp 5"). */
const TOP_BEFORE = /(?:^|[^\p{L}\p{M}])(?:top|tốp)\s*$/iu;
const IN_TOP = /(?:lọt|vào|thuộc|trong|đứng|giữ|xếp|nằm|(?<!bảng\s)xếp\s+hạng)\s+(?:(?:các\s+)?nhóm\s+)?(?:top|tốp)\s*$/iu;
/** A "top N" that goes on a list of places in tops ("thuộc top 3 nước …, top 50 nước …", "trong top 3 ASEAN và top 70 thế giới") or after a rank ("đứng thứ hai ASEAN và top 7 quốc gia", session 25). */
const NEXT_TOP = /(?:(?:lọt|vào|thuộc|trong|đứng|giữ|xếp|nằm|(?<!bảng\s)xếp\s+hạng)\s+(?:top|tốp)\s*\d+|(?<![\p{L}\p{M}])(?:đứng|xếp(?:\s+hạng)?|(?:ở\s+)?vị\s+trí)\s+(?:thứ\s+[\p{L}\p{M}\d]+|đầu|nhất))[^.;:!?\d]{0,80}?(?:,|\svà|\shoặc)\s+(?:top|tốp)\s*$/iu;

/** Round 64: a top that a goal's colon opens ("Đặt mục tiêu đến 2025: Top 50 Chính phủ điện tử toàn cầu"): the place sought, a rank bound. */
const GOAL_TOP = /(?<![\p{L}\p{M}])(?:mục\s+tiêu|phấn\s+đấu|hướng\s+tới)[^.;:]{0,30}?:\s*(?:top|tốp)\s*$/iu; // a goal word, not a result's year alone ("Kết quả đến năm 2024: Top 10 …")

/** A top that heads the names after it ("TOP 5 gồm …", "top 10 là: …"): a list's size. */
const LIST_HEAD = /^[^.;,]{0,40}?(?:(?<![\p{L}\p{M}])(?:gồm|bao gồm)(?![\p{L}\p{M}])|:)/iu;

/** True when the numeral after `before` (lowercase) is a place in a top N, a rank bound (at most N): "lọt top 10", "xếp hạng top 3", the second top of "thuộc top 3 …, top 50 …". */
export function isPlaceInTop(before: string): boolean {
  return IN_TOP.test(before) || NEXT_TOP.test(before);
}
/** "1 trong số 5 địa phương dẫn đầu": the group a subject is one of (kept as a count). */
const ONE_OF = /trong\s+(?:số\s+)?$/iu;
/** Words after a bare count that make it the size of a group named in a ranking ("5 tỉnh dẫn đầu", "3 trụ cột"). */
const GROUP_AFTER = /(?<![\p{L}\p{M}])(?:dẫn đầu|đứng đầu|hàng đầu|xếp đầu|thấp nhất|cao nhất|tốt nhất|kém nhất|lớn nhất)(?![\p{L}\p{M}])/iu;
/** A place in a ranking right before the numeral ("xếp thứ 21 … và đứng đầu vùng"): a rank, not the size of a group. */
const PLACE_BEFORE = /(?<![\p{L}\p{M}])(?:thứ|vị trí)\s*$/iu;
/** A bound or estimate right before the count ("ít nhất 2 doanh nghiệp hàng đầu"): an amount sought, not the size of a group listed. */
const AMOUNT_BEFORE = /(?<![\p{L}\p{M}])(?:ít nhất|tối thiểu|không dưới|khoảng|gần|hơn)\s*$/iu;
/** The others a subject is named with ("Cùng với 9 địa phương khác gồm A, B, …, tỉnh X cũng …"): their number frames the subject's figure, no claim. */
const COMPANIONS = { before: /(?<![\p{L}\p{M}])cùng\s+với\s*$/iu, after: /^\s+[^\d,.;:()]{1,30}?\s+khác(?![\p{L}\p{M}])/iu };
/** A change right before the count ("giảm 12.000 lao động so với … nhưng vẫn dẫn đầu"): how much a figure moved, never the size of a group (round 32). */
const CHANGE_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm)(?:\s+(?:thêm|mạnh|nhẹ))?\s*$/iu;
/** Parts of an index's definition or of the country it is broken down by: "3 trụ cột", "cả 3 trụ cột", "dựa theo 52 chỉ số thành phần", "chia theo 6 vùng kinh tế - xã hội". */
const DEFINITION_NOUN = /^\s*(?:trụ cột|chỉ số thành phần|tiêu chí thành phần|vùng kinh tế)(?![\p{L}\p{M}])/iu;

/**
 * True when a bare count is structure, not a claim: a level in a list of levels ("mức độ 3, 4"), the size
 * of a list heading ("TỐP 10 các tỉnh …", not "lọt top 10"), the number of parts of an index ("3 trụ cột"), or the size of a group a
 * ranking names in its own clause ("có 5 đơn vị dẫn đầu, gồm: …", "là 5 tỉnh, thành dẫn đầu", "5 tỉnh có … thấp nhất", not after a bound: "ít nhất 2 …",
 * nor a superlative of the next clause: "cao nhất với 600 hồ sơ, trong khi B … thấp nhất"):
 * those count the names listed with them. `before` is the lowercase text before the numeral, `after`
 * the text after it.
 */
export function isStructureCount(before: string, after: string): boolean {
  if (IN_TOP.test(before) || ((NEXT_TOP.test(before) || GOAL_TOP.test(before)) && !LIST_HEAD.test(after))) return false; // "thuộc top 30 quốc gia dẫn đầu": a place in the top, a claim
  if ((LEVEL_LIST_BEFORE.test(before) && !isNextCountOfNoun(before, after)) || TOP_BEFORE.test(before) || DEFINITION_NOUN.test(after)) return true;
  if (isSetSize(before, after) || (COMPANIONS.before.test(before) && COMPANIONS.after.test(after))) return true;
  const phrase = /^(?:[^.;:()\d,]|,(?=\s*thành))*/u.exec(after.slice(0, 60))![0]; // the count's own clause: "5 tỉnh, thành dẫn đầu", not "645 hồ sơ, trong khi B … thấp nhất"
  return GROUP_AFTER.test(phrase) && !ONE_OF.test(before) && !AMOUNT_BEFORE.test(before) && !PLACE_BEFORE.test(before) && !CHANGE_BEFORE.test(before);
}

/** "nhóm 17 bộ, ngành có dịch vụ công": the size of a group named as such (a rank bound "nhóm 10 địa phương đứng đầu" is read before, `number-share.ts`). */
const GROUP_WORD_BEFORE = /(?<![\p{L}\p{M}])nhóm\s*$/iu;
/** A subject's membership of a group ("thuộc nhóm 10 …", "nằm trong nhóm 10 …"): the size bounds its rank, a claim. */
const MEMBER_BEFORE = /(?<![\p{L}\p{M}])(?:thuộc|trong|vào|lọt|đứng|giữ|xếp|duy trì)\s+(?:các\s+)?nhóm\s*$/iu;
/** "4 vị trí tiếp theo thuộc về …", "5 vị trí dẫn đầu": a count of places in a ranking (a qualifier of rank or "thuộc về"
 * follows); a move "tăng 5 vị trí" is no count of places, nor are "5 vị trí việc làm" (jobs). */
const PLACES_AFTER = /^\s+(?:vị trí|thứ hạng)(?![\p{L}\p{M}])(?=\s+(?:tiếp theo|kế tiếp|dẫn đầu|đầu|đầu tiên|cuối|cuối cùng|còn lại|cao nhất|thấp nhất)(?![\p{L}\p{M}])|[^.;]{0,40}thuộc về)/iu;
const MOVE_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm|lên|xuống|tụt|thăng|vượt|cải thiện|mất|nhảy)\s*(?:thêm\s*)?$/iu;
/** "trong bảng xếp hạng 63 tỉnh, thành phố": the field a ranking ranks, not a place in it. */
const TABLE_BEFORE = /(?<![\p{L}\p{M}])bảng\s+xếp\s+hạng\s*(?:của\s+|gồm\s+|với\s+)?$/iu;
/** "Trong số 34 tỉnh, thành phố …, A dẫn đầu": the field a ranking after it ranks (not "1 trong số 5 …", a count of the group a subject is one of). */
const AMONG_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:\d|một)\s+)(?:trong|trên)\s+(?:tổng\s+)?số\s*$/iu;
const RANKING_AFTER = /(?<![\p{L}\p{M}])(?:dẫn\s+đầu|đứng\s+đầu|xếp\s+thứ|đứng\s+thứ|xếp\s+hạng|vị\s+trí\s+thứ)(?![\p{L}\p{M}])/iu;
const FIELD_AFTER = /^\s+(?:quốc gia|nước|nền kinh tế|tỉnh|thành phố|địa phương|bộ|ngành|đơn vị)(?![\p{L}\p{M}])/iu;

/**
 * True when a bare count is the size of a set a text names, not a claim: a group named "nhóm" ("ở nhóm 17 bộ,
 * ngành có dịch vụ công", not a subject's membership "nằm trong nhóm 10 tỉnh …", a bound of its rank), a count of places in a ranking ("4 vị trí tiếp theo thuộc về …"), the field of a
 * ranking table ("trong bảng xếp hạng 63 tỉnh") or of a ranking after it ("Trong số 34 tỉnh, thành phố, A dẫn đầu"). `before` is the lowercase text before the numeral, `after` the text after it.
 */
export function isSetSize(before: string, after: string): boolean {
  if ((GROUP_WORD_BEFORE.test(before) && !MEMBER_BEFORE.test(before)) || (TABLE_BEFORE.test(before) && FIELD_AFTER.test(after))) return true;
  if (AMONG_BEFORE.test(before) && FIELD_AFTER.test(after) && RANKING_AFTER.test(after)) return true;
  return PLACES_AFTER.test(after) && !MOVE_BEFORE.test(before);
}

/** What opens the list of the names a group's size counts, after the size: "(gồm: …", "gồm: …", "là …", ": …". */
const LIST_OPENS = /^[^.;:()]{0,120}?(?:\(\s*(?:gồm|bao gồm)?\s*:?|(?<![\p{L}\p{M}])(?:gồm|bao gồm|là)\s*:?\s*\(?|:)\s*/u;
/** The items of a list: "A, B, C và D" (a name of at most `words` words each, no figure). */
function listItems(text: string, words = 5): string[] | undefined {
  const items = text.split(/\s*,\s*|\s+và\s+/u).map((x) => x.trim());
  return items.every((x) => x !== '' && x.split(/\s+/u).length <= words && !/\d/u.test(x.replace(/(?:xếp\s+)?(?:hạng|thứ)\s+\d+/gu, ''))) ? items : undefined;
}
/** A capitalised name's own qualifier in brackets, no figure in it: "Ma Cao (Trung Quốc)", "Hồng Kông (Trung Quốc)" (round 32; not "(xã …)"). */
const NAME_QUALIFIER = /\s*\(\p{Lu}[^()\d,;]{0,24}\)/gu;
/** Where a listed name ends and its clause goes on: a verb of place, state or share ("…, Brunei ở khu vực …", "…, Úc đóng góp phần lớn"). */
const ITEMS_END = /[).;]|\s(?:với|có|đạt|chiếm|ở|tại|thuộc|đã|đều|đang|sẽ|vừa|được|đóng\s+góp)\s/u;

/**
 * True when a bare count is the size of a group whose names stand with it: "là một trong 8 quốc gia …
 * (gồm: Trung Quốc, …, Iran và Marocco)", "gồm 3 cấp là DTI cấp tỉnh, DTI cấp bộ và DTI quốc gia", "Cao Bằng,
 * Quảng Trị và Hưng Yên là 3 địa phương …", "6 mục tiêu (A đạt 20%; …; F đạt 2%)": it counts the names or items listed, as many as it says. `before` is the
 * sentence up to the numeral, `after` the text after it, `n` its value.
 */
export function isListedGroupSize(before: string, after: string, n: number): boolean {
  if (!Number.isInteger(n) || n < 2 || n > 12 || AWARDS.test(after) || STILL_LEFT.test(before) || isRankBefore(wordsOf(before))) return false; // round 48: "đứng thứ 2: hạ tầng số và …": a rank, not the list's size
  const open = LIST_OPENS.exec(after);
  if (open && TALLY_BEFORE.test(before) && !INDEX_PARTS_AFTER.test(after) && REACHED.test(open[0])) return false; // round 51: "có 12 địa phương đạt điểm đánh giá tốt gồm A, …, L": a tally of a result the names spell out
  const tail = open ? after.slice(open[0].length).replace(NAME_QUALIFIER, '').split(ITEMS_END)[0]! : ''; // "…, Brunei ở khu vực …", "…, Hải Phòng đã hoàn thành …": where they are or what they did is no item
  const ownBracket = open !== null && open[0].length <= 40 && open[0].trimEnd().endsWith('(') && !PLACE_BEFORE.test(before.toLowerCase()); // the count's noun, then its bracket
  if (open && listItems(tail, ownBracket ? 15 : 5)?.length === n) return true; // names in the count's own bracket may be long: "4 doanh nghiệp (A, B, Công ty cổ phần C - Chi nhánh D)"
  const bracket = open?.[0].includes('(') ? /^[^()]*(?=\))/u.exec(after.slice(open[0].length))?.[0] : undefined;
  if (bracket?.includes(';') && bracket.split(';').filter((x) => x.trim() !== '').length === n) return true; // "6 mục tiêu (A đạt 20%; …; F)"
  const lead = /(?:^|[;:(]|,\s*trong đó)\s*([^;:()]*?)\s+(?:là|gồm)\s*$/u.exec(before);
  return !!lead && listItems(lead[1]!)?.length === n;
}

/** Round 48: those still left ("vẫn còn 9 cục thuế … gồm A, …, I"): a tally of laggards the names then spell out, a result. */
const STILL_LEFT = /(?<![\p{L}\p{M}])(?:vẫn\s+)?còn(?:\s+(?:lại|tới|đến|khoảng|hơn|gần))?\s*$/iu;

/** Round 51: an existential count ("có 12 địa phương …") and a result reached between it and its list ("đạt", "được xếp loại", "hoàn thành"). */
const TALLY_BEFORE = /(?<![\p{L}\p{M}])có\s*$/iu;
/** An index's own parts counted ("Có 3 nhóm chỉ số mà … đạt điểm tương đối cao gồm: …"): the index's structure, no tally. */
const INDEX_PARTS_AFTER = /^\s+(?:nhóm\s+chỉ\s+số|chỉ\s+số|tiêu\s+chí|trụ\s+cột|nhóm)(?![\p{L}\p{M}])/iu;
const REACHED = /(?<![\p{L}\p{M}])(?:đạt|được\s+xếp|xếp\s+loại|hoàn\s+thành)(?![\p{L}\p{M}])/iu;

/** Awards won, a result even when the bracket names them ("02 giải cá nhân (giải nhất … và giải nhì …)"). */
const AWARDS = /^\s+(?:giải|huy chương|huân chương|bằng khen|cúp)(?![\p{L}\p{M}])/iu;

/** True when a bare count `n` counts a group, not a figure: the names listed with it (`isListedGroupSize`), a number of a
 * survey's design (survey-design.ts: its sample, field or criterion) or a whole named before its part (whole-first.ts). */
export function isGroupCount(before: string, after: string, n: number): boolean {
  return isListedGroupSize(before, after, n) || isSurveyDesignCount(before, after) || isWholeBeforePart(before, after);
}

/** A classification into bands: "được chia làm 04 mức (", "phân thành 3 nhóm (". */
const BANDS_BEFORE = /(?:chia|phân)\s+(?:làm|thành)\s+\d+\s+(?:mức|nhóm|cấp|loại|bậc|hạng)[^()]{0,20}\($/iu;

/**
 * True when position `p` is inside the bracket that defines the bands of a classification ("EGDI được
 * chia làm 04 mức (Rất cao: lớn hơn 0,75; Cao: từ 0,5 đến 0,75; …)"): its numbers are bounds, not claims.
 */
export function inBandDefinition(s: string, p: number): boolean {
  const open = s.lastIndexOf('(', p);
  if (open < 0 || s.lastIndexOf(')', p) > open) return false;
  return BANDS_BEFORE.test(s.slice(Math.max(0, open - 60), open + 1));
}

/** Line-start list markers: "- ", "+ ", "• ", "1. ", "2) ", "(3) ", "a) ", "Thứ nhất, ", "Một là, ". */
export const LIST_MARKER = /^(?:[-–+•*▪●◦]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s+|\(\d{1,2}\)\s*|\(?[a-zđ][).]\s+|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\p{M}])[,:.]?\s*|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+là\s*[,:]\s*)/iu;

/** True for a paragraph that starts as a list item. */
export function isListItem(paragraph: string): boolean {
  return LIST_MARKER.test(paragraph.trim());
}

/**
 * True for a heading: a short line with no final punctuation that is mostly capitals ("ĐÁNH GIÁ KẾT
 * QUẢ THỰC HIỆN NĂM 2024") or numbered as a part ("Phần I", "II. Nhiệm vụ năm 2025", "Chương 2").
 */
export function isHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 150 || /[.!?;:,]$/u.test(t)) return false;
  if (/^(?:phần|chương|mục)\s+(?:[ivxlc]+|\d+)(?![\p{L}\p{M}])/iu.test(t) || /^[IVXLC]+\.\s/u.test(t)) return true;
  const letters = t.match(/\p{L}/gu) ?? [];
  return letters.length >= 8 && (t.match(/\p{Lu}/gu) ?? []).length / letters.length > 0.7;
}

/** True for a paragraph (or sentence) that introduces a list: it ends with ":". */
export function isLeadIn(text: string): boolean {
  return /:\s*$/u.test(text);
}
